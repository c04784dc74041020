/**
 * The toolbar lookup as the popup runs it (the shipped dictionary, WordNet included): the
 * abbreviations patients meet are found and explained, an exact name comes first, and a close
 * spelling is only ever a marked suggestion, never another medicine for a medicine's name.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary, type CompiledEntry } from '../../dictionary/compile';
import { Dictionary, WithOwnTerms } from '../../dictionary/index';
import { compileAll, loadCuratedEntries } from '../../dictionary/load';
import { searchKey } from '../../dictionary/lookup-ranking';
import type { Entry } from '../../dictionary/schema';
import { ISSUE_ABBREVIATIONS, MORE_ABBREVIATIONS } from '../fixtures/everyday-abbreviations';

const shipped = new Dictionary(compileAll().dictionary);

/** What a reader sees first on the card: the explanation, or the meanings of an ambiguous abbreviation. */
const cardText = (entry: CompiledEntry) =>
  [entry.term, entry.explanation ?? '', ...(entry.senses ?? []).map((s) => s.meaning)].join(' ');

/** Issue 11's everyday abbreviations and the like, with words their card must say. */
const EVERYDAY = [...ISSUE_ABBREVIATIONS, ...MORE_ABBREVIATIONS];

describe('the lookup finds the abbreviations patients meet', () => {
  it.each(EVERYDAY)('%s: first hit is that abbreviation, a reviewed entry that explains it', (abbreviation, says) => {
    const [first] = shipped.search(abbreviation, 12);
    expect(first, abbreviation).toBeDefined();
    expect(first.closeSpelling).toBeUndefined();
    expect(searchKey(first.name)).toBe(searchKey(abbreviation));
    expect(first.entry.broad).toBeFalsy();
    expect(cardText(first.entry)).toMatch(says);
  });
});

describe('lookup ranking', () => {
  const ids = (query: string) => shipped.search(query, 12).map((hit) => hit.entry.id);

  it('puts the exact abbreviation first and the test it names before a word that starts with its letters', () => {
    const hits = shipped.search('PSA', 12);
    expect(hits[0].entry.id).toBe('psa-test');
    const psammoma = hits.findIndex((hit) => /psammoma/i.test(hit.name));
    const named = hits.findIndex((hit) => hit.name.includes('PSA') && hit.entry.id !== 'psa-test');
    if (psammoma >= 0 && named >= 0) expect(named).toBeLessThan(psammoma);
  });

  it('does not offer names that merely contain three typed letters (ICU inside "clavicular")', () => {
    expect(ids('ICU')[0]).toBe('intensive-care-unit');
    expect(shipped.search('ICU', 12).map((hit) => hit.name.toLowerCase())).not.toContain('clavicular');
  });

  it('ranks exact names, then other names, then close spellings, marked as such', () => {
    const hits = shipped.search('nephrobl', 12);
    expect(hits[0].name).toBe('nephroblastoma');
    expect(hits[0].closeSpelling).toBeUndefined();
    const levels = hits.map((hit) => (hit.closeSpelling ? 1 : 0));
    expect(levels).toEqual([...levels].sort());
    const typo = shipped.search('neuroblastma', 12);
    expect(typo[0]).toMatchObject({ closeSpelling: true });
    expect(typo.map((hit) => hit.entry.id)).toContain('neuroblastoma');
    expect(typo.every((hit) => hit.closeSpelling)).toBe(true);
  });

  it('offers no close spelling once the word typed is found (prednisone is not prednisolone)', () => {
    const hits = shipped.search('prednisone', 12);
    expect(hits[0].entry.id).toBe('prednisone');
    expect(hits.some((hit) => hit.closeSpelling)).toBe(false);
    expect(hits.map((hit) => hit.entry.id)).not.toContain('prednisolone');
  });

  it('finds every shipped abbreviation and a sample of medicines by their own name first', () => {
    const curated = loadCuratedEntries();
    const abbreviations = curated.filter((e) => e.category === 'abbreviation');
    const medicines = curated.filter((e) => e.category === 'medicine').filter((_, i) => i % 25 === 0);
    for (const entry of [...abbreviations, ...medicines]) {
      const [first] = shipped.search(entry.term, 5);
      expect(first?.entry.id, entry.term).toBe(shipped.resolve(entry.term)?.id);
      expect(first.closeSpelling, entry.term).toBeUndefined();
    }
  }, 60_000); // some hundred searches over every name: slow on a busy machine
});

describe('a medicine name never opens another medicine', () => {
  const medicine = (id: string, term: string, aliases: string[] = []): Entry => ({
    id,
    term,
    aliases,
    category: 'medicine',
    explanation: `${term}: a medicine.`,
    source: 'MedlinePlus Drug Information: test',
  });
  const { dictionary: data } = compileDictionary([
    medicine('sulfadiazine', 'sulfadiazine'),
    medicine('acetaminophen', 'acetaminophen', ['paracetamol', 'Tylenol']),
    {
      id: 'neurology',
      term: 'neurology',
      aliases: [],
      category: 'clinical',
      explanation: 'The medicine of the brain and nerves.',
      source: 'MedlinePlus: Neurology',
    },
  ]);
  const lookup = new Dictionary(data);

  it('"sulfasalazine" does not find sulfadiazine, not even as a suggestion', () => {
    expect(lookup.search('sulfasalazine')).toEqual([]);
  });

  it('a one-letter slip in a medicine name is offered, marked as a suggestion', () => {
    const [started] = lookup.search('sulfadiazin');
    expect(started.name).toBe('sulfadiazine');
    expect(started.closeSpelling).toBeUndefined();
    expect(lookup.search('sulfadiazne')).toEqual([
      expect.objectContaining({ name: 'sulfadiazine', closeSpelling: true }),
    ]);
    expect(lookup.search('paracetmol')).toEqual([
      expect.objectContaining({ name: 'paracetamol', closeSpelling: true }),
    ]);
  });

  it('a close spelling of another kind of word is a suggestion, not an answer ("urolgy")', () => {
    expect(lookup.search('neurolgy')).toEqual([expect.objectContaining({ name: 'neurology', closeSpelling: true })]);
  });

  it("with the reader's own terms, every answer comes before any suggestion", () => {
    const own = new Dictionary(
      compileDictionary([
        {
          id: 'user-1',
          term: 'neurologx',
          aliases: [],
          category: 'clinical',
          explanation: 'Mine.',
          source: 'Me: my note',
        },
      ]).dictionary,
    );
    const both = new WithOwnTerms(lookup, own);
    const hits = both.search('neurology', 12);
    expect(hits[0]).toMatchObject({ name: 'neurology' });
    expect(hits.some((hit) => hit.closeSpelling)).toBe(false);
    expect(both.search('neurolog', 12).map((hit) => hit.name)).toEqual(['neurologx', 'neurology']);
  });
});
