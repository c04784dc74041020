import { describe, expect, it } from 'vitest';
import { MEDICAL_PAGES_CODES, categoryCode, compileDictionary, medicalPagesCode } from '../../dictionary/compile';
import { Matcher } from '../../dictionary/matcher';
import { Dictionary, editDistance } from '../../dictionary/index';
import { compileAll, loadCuratedEntries } from '../../dictionary/load';

const { dictionary: data, highlightable, matchIndex } = compileDictionary(loadCuratedEntries());
const dictionary = new Dictionary(data);

describe('lookup', () => {
  it('resolves a term by name, synonym, abbreviation and spelling variant', () => {
    expect(dictionary.resolve('nephroblastoma')?.id).toBe('wilms-tumor');
    expect(dictionary.resolve('Wilms’ tumour')?.id).toBe('wilms-tumor');
    expect(dictionary.resolve('Kinsbourne syndrome')?.id).toBe('opsoclonus-myoclonus-syndrome');
    expect(dictionary.resolve('OMS')?.id).toBe('oms');
    expect(dictionary.resolve('ACTH')?.category).toBe('biology');
  });

  it('searches by prefix first and forgives a typo', () => {
    expect(dictionary.search('nephrobl')[0].entry.id).toBe('wilms-tumor');
    expect(dictionary.search('neuroblastma').map((h) => h.entry.id)).toContain('neuroblastoma');
    expect(dictionary.search('opsoclonus')[0].entry.id).toBe('opsoclonus');
    expect(dictionary.search('')).toEqual([]);
    expect(dictionary.search('qqqqqq')).toEqual([]);
  });

  it('returns each entry once', () => {
    const ids = dictionary.search('syndrome', 50).map((h) => h.entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a card its entry and the entries its senses point to', () => {
    const [oms, ...linked] = dictionary.withLinked('oms');
    expect(oms.senses?.[0].meaning).toBe('opsoclonus-myoclonus syndrome');
    expect(linked.map((e) => e.id)).toContain('opsoclonus-myoclonus-syndrome');
  });

  it('puts everyday words in lookup but not in the page highlighter', () => {
    const highlighted = new Set(highlightable.flatMap(([, , names]) => names.map((n) => n.toLowerCase())));
    for (const word of ['cancer', 'fever', 'kidney', 'shock', 'syndrome']) {
      expect(dictionary.resolve(word), word).toBeDefined();
      expect(highlighted.has(word), word).toBe(false);
    }
  });

  it('highlights the medical-pages entries only where the page is medical: their own trie code', () => {
    const medicalPagesOnly = new Set(
      highlightable.filter(([, , , only]) => only).flatMap(([, , names]) => names.map((n) => n.toLowerCase())),
    );
    for (const word of ['seizure', 'tremor', 'hormone', 'bilateral', 'sporadic', 'benign']) {
      expect(dictionary.resolve(word), word).toBeDefined();
      expect(medicalPagesOnly.has(word), word).toBe(true);
    }
    expect(matchIndex.medicalPages).toContain('sporadic');
    expect(matchIndex.medicalPages).not.toContain('wilms-tumor');
    const text = 'bilateral Wilms tumor, sporadic cases';
    const matcher = new Matcher(structuredClone(matchIndex.trie));
    expect(matcher.find(text).map((m) => m.id)).toEqual(['bilateral', 'wilms-tumor', 'sporadic']);
    // A page that is not medical hides every medical-pages code; the rest stays.
    matcher.hideCategories(MEDICAL_PAGES_CODES);
    expect(matcher.find(text).map((m) => m.id)).toEqual(['wilms-tumor']);
    // Hiding a category hides both of its codes (content/highlight/page-highlighting.ts).
    matcher.hideCategories([categoryCode('clinical'), medicalPagesCode('clinical')]);
    expect(matcher.find(text).map((m) => m.id)).toEqual(['wilms-tumor']);
  });

  it('leaves hidden categories out of the highlighter', () => {
    const matcher = new Matcher(structuredClone(matchIndex.trie));
    const text = 'Wilms tumor and ACTH';
    expect(matcher.find(text).map((m) => m.id)).toEqual(['wilms-tumor', 'adrenocorticotropic-hormone']);
    matcher.hideCategories(['0']); // condition
    expect(matcher.find(text).map((m) => m.id)).toEqual(['adrenocorticotropic-hormone']);
  });

  it('gives the highlighter the distinctive words of an abbreviation’s medical meanings only', () => {
    // "opsoclonus" on a page points to OMS's medical meaning; "syndrome" says nothing.
    expect(matchIndex.meaningWords.oms).toEqual(['opsoclonus', 'myoclonus']);
    // Never a word of a meaning outside medicine (OS: operating system), nor an everyday word
    // that is no dictionary name ("multiple" of multiple sclerosis).
    expect(matchIndex.meaningWords.os).not.toContain('operating');
    expect(matchIndex.meaningWords.ms).not.toContain('multiple');
    expect(matchIndex.meaningWords.ms).toContain('morphine');
  });

  it('measures edit distance with a cap', () => {
    expect(editDistance('ataxia', 'ataxia', 2)).toBe(0);
    expect(editDistance('ataxai', 'ataxia', 2)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('explaining a selection', () => {
  it('finds the entry for a name, a plural or a term inside a sentence', () => {
    expect(dictionary.explain('Wilms’ tumour')?.id).toBe('wilms-tumor');
    expect(dictionary.explain(' neuroblastomas. ')?.id).toBe('neuroblastoma');
    expect(dictionary.explain('the child has OMS today')?.id).toBe('oms');
    expect(dictionary.explain('fever')?.id).toBe(dictionary.resolve('fever')?.id);
    expect(dictionary.explain('zorblax')).toBeUndefined();
  });
});

describe('the broad layer next to curated entries', () => {
  const curated = loadCuratedEntries().filter((e) => e.id === 'down-syndrome');
  const broad = [
    {
      id: 'wn-1',
      term: 'mongolism',
      aliases: ['Down syndrome', 'trisomy 21'],
      category: 'condition' as const,
      definition: 'x',
      highlightNames: ['mongolism'],
    },
    {
      id: 'wn-2',
      term: 'dyssynergia',
      aliases: [],
      category: 'symptom' as const,
      definition: 'Lack of coordination.',
      highlightNames: ['dyssynergia'],
    },
  ];
  const compiled = compileDictionary(curated, broad);
  const lookup = new Dictionary(compiled.dictionary);

  it('sends dated synonyms of a curated concept to the curated card, never onto it', () => {
    expect(lookup.resolve('mongolism')?.id).toBe('down-syndrome');
    expect(lookup.get('down-syndrome')?.aliases).not.toContain('mongolism');
    expect(lookup.get('wn-1')).toBeUndefined();
    expect(compiled.highlightable.flatMap(([, , names]) => names)).not.toContain('mongolism');
  });

  it('keeps a WordNet term of its own for lookup, but never highlights it', () => {
    expect(lookup.resolve('dyssynergia')).toMatchObject({ id: 'wn-2', broad: true });
    expect(compiled.highlightable.map(([id]) => id)).not.toContain('wn-2');
  });

  it('never shows a WordNet gloss for a medicine, nor a dated or offensive name', () => {
    const more = compileDictionary(curated, [
      {
        id: 'wn-3',
        term: 'clozapine',
        aliases: [],
        category: 'medicine',
        definition: 'a drug with few side effects',
        highlightNames: [],
      },
      {
        id: 'wn-4',
        term: 'gargoylism',
        aliases: [],
        category: 'condition',
        definition: 'a disease',
        highlightNames: [],
      },
      {
        id: 'wn-5',
        term: 'oligophrenia',
        aliases: [],
        category: 'condition',
        definition: 'mental retardation',
        highlightNames: [],
      },
    ]);
    const ids = more.dictionary.entries.map((e) => e.id);
    expect(ids).not.toContain('wn-3');
    expect(ids).not.toContain('wn-4');
    expect(ids).not.toContain('wn-5');
  });
});

describe('the shipped dictionary', () => {
  it('opens a reviewed entry for every highlighted name, never a WordNet card', { timeout: 60_000 }, () => {
    const { dictionary: shipped, highlightable: shippedHighlights } = compileAll();
    const byId = new Map(shipped.entries.map((e) => [e.id, e]));
    expect(shippedHighlights.length).toBeGreaterThan(500);
    for (const [id] of shippedHighlights) {
      expect(byId.get(id)?.broad, id).toBeUndefined();
      expect(byId.get(id)?.reviewed, id).toBe(true);
    }
  });
});
