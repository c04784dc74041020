import { describe, expect, it } from 'vitest';
import parts from '../../dictionary/data/word-parts.json';
import everyday from '../../dictionary/data/word-parts-everyday.json';
import { Dictionary } from '../../dictionary/index';
import { readDiseaseTable, compileAll } from '../../dictionary/load';
import { resolveOverlaps } from '../../dictionary/layers/overlaps';
import type { WordPart } from '../../dictionary/layers/word-parts';
import { recognitionLayers } from '../../dictionary/recognition-layers';
import { Recognizer } from '../../dictionary/recognized';
import type { Match } from '../../dictionary/matcher';

const compiled = compileAll();
const dictionary = new Dictionary(compiled.dictionary);
const recognizer = new Recognizer(
  dictionary,
  recognitionLayers(
    () => compiled.matchIndex.bases,
    readDiseaseTable,
    () => ({ parts: parts as WordPart[], everyday }),
  ),
);

describe('overlapping matches from several layers', () => {
  const m = (start: number, end: number, kind?: Match['kind']): Match => ({ start, end, id: `${kind}`, kind });
  it('the longer match wins: "non-metastatic" over "metastatic", a disease name over a word in it', () => {
    expect(resolveOverlaps([m(4, 14), m(0, 14, 'derived')])).toEqual([m(0, 14, 'derived')]);
    expect(resolveOverlaps([m(19, 27), m(0, 27, 'disease')])).toEqual([m(0, 27, 'disease')]);
  });
  it('at equal length the page beats the dictionary, which beats the other layers', () => {
    expect(resolveOverlaps([m(0, 3), m(0, 3, 'page')])).toEqual([m(0, 3, 'page')]);
    expect(resolveOverlaps([m(0, 9, 'word-parts'), m(0, 9), m(0, 9, 'disease')])).toEqual([m(0, 9)]);
  });
  it("the reader's own terms win even over a longer match", () => {
    expect(resolveOverlaps([m(0, 20), m(5, 9, 'own')])).toEqual([m(5, 9, 'own')]);
  });
  it('keeps matches that do not overlap, in text order', () => {
    expect(resolveOverlaps([m(10, 12, 'page'), m(0, 4)])).toEqual([m(0, 4), m(10, 12, 'page')]);
  });
});

describe('cards for recognized terms', () => {
  it('a derived word: its rule, then the explanation of the entry it comes from', () => {
    // "Rheumatologist" has its own entry now; the word-family rule still explains its rarer kin.
    const [card, base] = recognizer.withLinked('derived:otorhinolaryngologist');
    const specialty = dictionary.resolve('otolaryngology')!;
    expect(card.kind).toBe('derived');
    expect(card.lead).toBe('Otorhinolaryngologist: a doctor who specializes in otolaryngology:');
    expect(card.basis).toBe('Derived from otolaryngology');
    expect(card.explanation).toBe(specialty.explanation);
    expect(base.id).toBe(specialty.id);
  });
  it('a disease: "a type of" the nearest ancestor with an entry, and the ontology as its source', () => {
    // A name the dictionary does not list ("kuru" has its own entry now).
    const row = recognizer.explain("bird fancier's lung")!;
    expect(row.kind).toBe('disease');
    const type = /^Bird fancier's lung: a type of (.+):$/.exec(row.lead ?? '')?.[1];
    expect(type).toBeDefined();
    expect(dictionary.resolve(type!)?.reviewed).toBe(true);
    expect(row.basis).toBe(`A type of ${type}: from the Human Disease Ontology`);
    expect(row.source).toContain('Human Disease Ontology');
  });
  it('a word read from its parts: each part and its meaning, and the plain note', () => {
    const [card] = recognizer.withLinked('parts:hydrodensitometry');
    expect(card.parts?.map((p) => p.part)).toEqual(['hydr-', 'densit-', '-metry']);
    expect(card.explanation).toContain('read from the word’s parts');
  });
  it('an abbreviation the page defines: what it stands for here, then the long form explained', () => {
    const [card] = recognizer.pageTerm('BIS', 'bioimpedance spectroscopy');
    expect(card.lead).toBe('On this page, BIS stands for bioimpedance spectroscopy.');
    expect(card.basis).toBe('Defined on this page');
  });
  it("when the dictionary knows the abbreviation too, the page's meaning is its first sense", () => {
    const [card] = recognizer.pageTerm('MS', 'mitral stenosis');
    expect(card.senses?.[0].meaning).toBe('mitral stenosis');
    expect(card.senses!.length).toBeGreaterThan(1);
  });
  it('never explains a page abbreviation with a WordNet gloss', () => {
    // Names only the general dictionary (WordNet) explains: the card says what the page says, no more.
    const wordNetOnly = compiled.dictionary.entries
      .filter((entry) => entry.broad && /^[a-z]+$/.test(entry.term) && !recognizer.explain(entry.term)?.kind)
      .slice(0, 20);
    expect(wordNetOnly.length).toBe(20);
    for (const { term } of wordNetOnly) {
      const cards = recognizer.pageTerm('XQZ', term);
      expect(cards.map((card) => card.broad)).toEqual([undefined]);
      expect(cards[0].explanation, term).toBe(`MedGloss has no checked explanation of “${term}” yet.`);
    }
  });
  it('ids that are not recognized terms go to the dictionary, and nonsense finds nothing', () => {
    expect(recognizer.withLinked('rheumatology')[0].id).toBe('rheumatology');
    expect(recognizer.withLinked('derived:table')).toEqual([]);
    expect(recognizer.withLinked('disease:99999999')).toEqual([]);
  });
});

describe('lookup finds recognized terms', () => {
  it.each([
    ['otorhinolaryngologist', 'derived:otorhinolaryngologist'],
    ['Non-metastatic', 'derived:non-metastatic'],
    ['hydrodensitometry', 'parts:hydrodensitometry'],
  ])('"%s" explains as %s', (text, id) => {
    expect(recognizer.explain(text)?.id).toBe(id);
  });
  it('a name the dictionary has stays its entry', () => {
    expect(recognizer.explain('rheumatology')?.id).toBe('rheumatology');
  });
  it('search offers the recognized term first', () => {
    expect(recognizer.search('otorhinolaryngologists')[0].entry.id).toBe('derived:otorhinolaryngologists');
    expect(recognizer.search('pigeon breeder’s lung')[0].entry.kind).toBe('disease');
  });
});
