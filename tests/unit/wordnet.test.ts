import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, aliasKey } from '../../dictionary/schema';
import {
  type BroadTerm,
  type HighlightData,
  EVERYDAY_WORDS,
  MIN_DEFINITION_LENGTH,
  ROOTS,
  UNSUITABLE_GLOSS,
  baseForms,
  definitionOf,
  isHighlightable,
  parseData,
  parseDataLine,
  parseIndex,
  parseTagCounts,
  readWordNetFiles,
  readWordNetMedical,
  selectMedical,
} from '../../dictionary/wordnet';

let terms: BroadTerm[];
let milliseconds: number;
let jsonBytes: number;

beforeAll(() => {
  const start = performance.now();
  terms = readWordNetMedical();
  milliseconds = performance.now() - start;
  jsonBytes = Buffer.byteLength(JSON.stringify(terms));
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, terms.filter((t) => t.category === c).length]));
  console.info(
    `WordNet broad layer: ${terms.length} terms in ${Math.round(milliseconds)} ms, ${jsonBytes} bytes of JSON`,
    perCategory,
  );
}, 60_000);

const names = (t: BroadTerm) => [t.term, ...t.aliases];
const lower = (s: string) => s.toLowerCase();
/** Terms that have this name (term or alias), compared without case. */
const withName = (name: string) => terms.filter((t) => names(t).some((n) => lower(n) === lower(name)));
/** Whether any term may highlight this name. */
const highlighted = (name: string) => terms.some((t) => t.highlightNames.some((n) => lower(n) === lower(name)));

describe('readWordNetMedical: size and shape', () => {
  it('selects several thousand terms, in every category it uses', () => {
    expect(terms.length).toBeGreaterThan(4000);
    const count = (c: string) => terms.filter((t) => t.category === c).length;
    expect(count('condition')).toBeGreaterThan(1000);
    expect(count('anatomy')).toBeGreaterThan(1000);
    expect(count('treatment')).toBeGreaterThan(100);
    expect(count('medicine')).toBeGreaterThan(300);
    expect(count('biology')).toBeGreaterThan(300);
    expect(count('symptom')).toBeGreaterThan(300);
    expect(count('procedure')).toBeGreaterThan(150);
    const used = new Set(terms.map((t) => t.category));
    expect([...used].sort()).toEqual([
      'anatomy',
      'biology',
      'condition',
      'medicine',
      'procedure',
      'symptom',
      'treatment',
    ]);
  });

  it('is quick enough for a build step and small enough to ship', () => {
    expect(milliseconds).toBeLessThan(15_000);
    expect(jsonBytes).toBeLessThan(3_000_000);
  });

  it('gives every term a unique "wn-" + offset id, sorted', () => {
    const ids = terms.map((t) => t.id);
    for (const id of ids) expect(id).toMatch(/^wn-\d{8}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('shows lemmas with spaces, keeps WordNet capitalisation and lists no alias twice', () => {
    for (const t of terms) {
      for (const n of names(t)) {
        expect(n).not.toContain('_');
        expect(n.trim()).toBe(n);
        expect(n.length).toBeGreaterThan(0);
      }
      expect(new Set(names(t).map(aliasKey)).size).toBe(names(t).length);
    }
    expect(withName("Alzheimer's disease")[0].term).toBe("Alzheimer's disease");
    expect(withName('nephroblastoma')[0].aliases).toContain('nephroblastoma');
  });

  it('has non-empty definitions without example sentences', () => {
    for (const t of terms) {
      expect(t.definition.length).toBeGreaterThanOrEqual(MIN_DEFINITION_LENGTH);
      expect(t.definition).not.toContain('"');
      expect(t.definition).not.toMatch(/;\s*$/);
      expect(t.definition.trim()).toBe(t.definition);
    }
    const stroke = withName('apoplexy')[0];
    expect(stroke.definition).toMatch(/^a sudden loss of consciousness/);
  });

  it('highlights only names the term has, and thousands of terms through at least one', () => {
    for (const t of terms) for (const n of t.highlightNames) expect(names(t)).toContain(n);
    expect(terms.filter((t) => t.highlightNames.length > 0).length).toBeGreaterThan(3000);
  });
});

describe('readWordNetMedical: the selection', () => {
  it('puts terms in sensible categories', () => {
    const categoryOf = (name: string) => [...new Set(withName(name).map((t) => t.category))];
    expect(categoryOf('liver')).toEqual(['anatomy']);
    expect(categoryOf('aspirin')).toEqual(['medicine']);
    expect(categoryOf('pneumonia')).toEqual(['condition']);
    expect(categoryOf('appendectomy')).toEqual(['procedure']);
    expect(categoryOf('biopsy')).toEqual(['procedure']);
    expect(categoryOf('insulin')).toEqual(['biology']);
    expect(categoryOf('leukocyte')).toEqual(['biology']);
    expect(categoryOf('cough')).toEqual(['symptom']);
    expect(categoryOf('tachycardia')).toEqual(['condition']);
    expect(categoryOf('chemotherapy')).toEqual(['treatment']);
    // Filed under "symptom" in WordNet, but the nearest root is "syndrome": a condition.
    expect(categoryOf("Tourette's syndrome")).toEqual(['condition']);
  });

  it('keeps the everyday words as terms, in their medical sense', () => {
    expect(withName('stroke').some((t) => t.aliases.includes('apoplexy'))).toBe(true);
    expect(withName('cold').some((t) => t.aliases.includes('common cold'))).toBe(true);
    expect(withName('depression').some((t) => t.definition.startsWith('a mental state'))).toBe(true);
    expect(withName('cell').some((t) => t.definition.startsWith('(biology)'))).toBe(true);
    expect(withName('back').some((t) => t.category === 'anatomy')).toBe(true);
    expect(withName('culture').some((t) => t.definition.includes('microorganisms'))).toBe(true);
    expect(withName('labor').some((t) => t.definition.includes('pregnancy'))).toBe(true);
    expect(withName('trunk').some((t) => t.term === 'torso')).toBe(true);
    expect(withName('symptom').some((t) => t.category === 'symptom')).toBe(true);
    expect(withName('heart').some((t) => t.category === 'anatomy')).toBe(true);
    expect(withName('blood').some((t) => t.category === 'biology')).toBe(true);
  });

  it('leaves out non-medical branches and slang', () => {
    for (const name of ['potato blight', 'hashish', 'heroin', 'face powder', 'goatee', 'tropism', 'hunger', 'chrism'])
      expect(withName(name), name).toEqual([]);
    // Only the medical senses of ambiguous words come in.
    expect(withName('stroke')).toHaveLength(1);
    expect(withName('trunk')).toHaveLength(1);
    for (const t of terms) expect(UNSUITABLE_GLOSS.test(t.definition), t.term).toBe(false);
  });
});

describe('the highlight rule', () => {
  it('never highlights the everyday words', () => {
    for (const word of [
      'cold',
      'stroke',
      'depression',
      'cell',
      'back',
      'culture',
      'labor',
      'trunk',
      'symptom',
      'heart',
      'blood',
    ])
      expect(highlighted(word), word).toBe(false);
    for (const word of EVERYDAY_WORDS) expect(highlighted(word), word).toBe(false);
  });

  it('highlights technical words (all checked to be in WordNet 3.1; "opsoclonus" is not)', () => {
    expect(withName('opsoclonus')).toEqual([]);
    for (const word of [
      'nephroblastoma',
      'neuroblastoma',
      'myoclonus',
      'ataxia',
      'leukemia',
      'tachycardia',
      'hepatitis',
      'appendectomy',
      'antibiotic', // also an adjective, derived from the noun: still highlightable
      'cerebrospinal fluid',
      "Alzheimer's disease",
    ]) {
      expect(withName(word).length, word).toBeGreaterThan(0);
      expect(highlighted(word), word).toBe(true);
    }
  });

  it('highlights a term only through its technical names', () => {
    const stroke = withName('apoplexy')[0];
    expect(stroke.highlightNames).toContain('apoplexy');
    expect(stroke.highlightNames).toContain('CVA');
    expect(stroke.highlightNames).not.toContain('stroke');
  });

  it('refuses common words, inflections, adjectives used as nouns, short names and phrases of everyday words', () => {
    expect(highlighted('tumor')).toBe(false); // tag count 18
    expect(highlighted('bends')).toBe(false); // "bend"
    expect(highlighted('hives')).toBe(false); // "hive"
    expect(highlighted('spinal')).toBe(false); // adjective of "spine"
    expect(highlighted('coronary')).toBe(false);
    expect(highlighted('ED')).toBe(false); // two-letter abbreviation
    expect(highlighted('blood pressure')).toBe(false);
    expect(highlighted('heart attack')).toBe(false);
    expect(highlighted('Bayer')).toBe(false);
  });
});

describe('pure helpers', () => {
  const line =
    '14114736 26 n 04 ataxia 0 ataxy 0 dyssynergia 0 motor_ataxia 0 003 @ 14114007 n 0000 + 00028227 a 0101 ~ 14114993 n 0000 | inability to coordinate voluntary muscle movements; unsteady movements and staggering gait  ';

  it('parses a data line', () => {
    const synset = parseDataLine(line)!;
    expect(synset.offset).toBe('14114736');
    expect(synset.lexFile).toBe(26);
    expect(synset.pos).toBe('n');
    expect(synset.lemmas).toEqual(['ataxia', 'ataxy', 'dyssynergia', 'motor_ataxia']);
    expect(synset.pointers.map((p) => p.symbol)).toEqual(['@', '+', '~']);
    expect(synset.pointers[1]).toEqual({ symbol: '+', offset: '00028227', pos: 'a', source: 1 });
    expect(synset.gloss).toMatch(/^inability to coordinate/);
    expect(parseDataLine('  1 This software and database is being provided')).toBeUndefined();
    expect(
      parseDataLine('00002137 03 n 0a a 0 b 0 c 0 d 0 e 0 f 0 g 0 h 0 i 0 j 0 000 | ten lemmas')!.lemmas,
    ).toHaveLength(10);
  });

  it('cuts the examples off a gloss', () => {
    expect(definitionOf('a physical condition; "the doctor prescribed rest"; "an upset"')).toBe('a physical condition');
    expect(definitionOf('a polygenic disease; any of several metabolic conditions')).toBe(
      'a polygenic disease; any of several metabolic conditions',
    );
  });

  it('sums tag counts over all senses', () => {
    const counts = parseTagCounts(
      'cold%1:26:00:: 14168983 1 5\ncold%3:00:01:: 01254201 1 35\nataxia%1:26:00:: 14114736 1 0\n',
    );
    expect(counts.get('cold')).toBe(40);
    expect(counts.get('ataxia')).toBe(0);
  });

  it('finds base forms like WordNet morphy', () => {
    expect(baseForms('hives')).toContain('hive');
    expect(baseForms('hurting')).toContain('hurt');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('abscess')).not.toContain('absces');
    expect(baseForms('ataxia')).toEqual([]);
  });

  it('decides a name on synthetic data', () => {
    // Nouns: zorbitis (medical), blip (one medical and one everyday sense), glorp (medical, and an
    // adjective derived from it).
    const adjectives = new TextEncoder().encode(
      '00000000 00 a 01 glorp 0 002 \\ 00000004 n 0101 + 00000004 n 0101 | of or relating to glorp\n',
    );
    const data: HighlightData = {
      selected: new Set(['00000001', '00000002', '00000004']),
      nounSenses: new Map([
        ['zorbitis', ['00000001']],
        ['blip', ['00000002', '00000003']],
        ['glorp', ['00000004']],
      ]),
      otherSenses: [
        {
          pos: 'a',
          index: parseIndex('glorp a 1 2 \\ + 1 0 00000000\n'),
          synset: () => parseDataLine(new TextDecoder().decode(adjectives).trim()),
        },
      ],
      tagCounts: new Map([
        ['zorbitis', 0],
        ['glorp', 2],
      ]),
    };
    expect(isHighlightable('zorbitis', data)).toBe(true);
    expect(isHighlightable('blip', data)).toBe(false); // a non-medical noun sense
    expect(isHighlightable('glorp', data)).toBe(true); // adjective derived from the same noun
    expect(isHighlightable('glorp', { ...data, tagCounts: new Map([['glorp', 3]]) })).toBe(false); // too common
  });

  it('fails loudly on a root WordNet does not have', () => {
    const nouns = parseData(readWordNetFiles().dataNoun);
    expect(() =>
      selectMedical(nouns, [...ROOTS, { lemma: 'disease', gloss: 'no such gloss', category: 'condition' }]),
    ).toThrow(/no such gloss/);
  });
});
