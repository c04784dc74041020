import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiseaseNames, composeDiseaseText } from '../../dictionary/layers/disease-names';
import {
  type WordJudge,
  buildDiseaseTable,
  isIndexForm,
  isRecognizable,
  parseDiseaseTable,
  parseOntology,
  formatDiseaseTable,
} from '../../dictionary/layers/disease-table';
import { loadCuratedEntries } from '../../dictionary/load';
import { aliasKey } from '../../dictionary/schema';
import { COMMON_TOP, englishWords, everydayWords } from '../../dictionary/rules/everyday-words';

const shipped = parseDiseaseTable(
  readFileSync(new URL('../../dictionary/data/disease-names.tsv', import.meta.url), 'utf8'),
);
const diseases = new DiseaseNames(shipped);
const recognized = new Set(diseases.recognizableNames().map((name) => name.toLowerCase()));

const everyday = everydayWords();
const common = everydayWords(COMMON_TOP);
const english = englishWords();
const judge: WordJudge = {
  isEveryday: (w) => everyday.has(w),
  isEnglishWord: (w) => english.has(w),
  isCommon: (w) => common.has(w),
};

const curatedNames = new Set(
  loadCuratedEntries().flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((n) => aliasKey(n).toLowerCase())),
);
const inDictionary = (name: string) => curatedNames.has(name.toLowerCase());

describe('disease names that are recognized', () => {
  it.each([
    "bird fancier's lung",
    'pigeon breeder’s lung',
    'extrinsic allergic alveolitis',
    'hypersensitivity pneumonitis',
    'Costeff syndrome',
    'acute lymphoblastic leukemia',
    'acute lymphoblastic leukaemia',
    'transient hypogammaglobulinemia of infancy',
    'Crouzon syndrome-acanthosis nigricans syndrome',
    'nephroblastoma',
    'rhinitis',
    'kuru',
    'yaws',
    'mpox',
    'monkeypox',
    'Addison’s disease',
    'gouty arthritis',
  ])('%s', (name) => {
    expect(diseases.find(name)).toBeDefined();
    expect(isRecognizable(name.replace('’', "'"), judge)).toBe(true);
  });
});

describe('disease names that are refused', () => {
  it.each([
    ['stroke', 'a single everyday word'],
    ['cold', 'a single everyday word'],
    ['gout', 'a single everyday word'],
    ['acne', 'a single everyday word'],
    ['asthma', 'a single everyday word'],
    ['malaria', 'a single everyday word'],
    ['ALL', 'three letters and an English word'],
    ['CAN', 'three letters and an English word'],
    ['THI', 'three letters'],
    ['noma', 'four letters but an English word? no: kept'],
    ['common cold', 'only common words'],
    ['kidney cancer', 'only common words'],
    ['heart disease', 'only common words'],
    ['Fear of open spaces', 'only common words'],
  ])('%s (%s)', (name, why) => {
    if (why.endsWith('kept')) return expect(recognized.has(name)).toBe(true);
    expect(recognized.has(name.toLowerCase())).toBe(false);
    expect(isRecognizable(name, judge)).toBe(false);
  });

  it('never ships a code or an index form as a name a page is matched by', () => {
    for (const name of ['MRXS9', 'CMT1A', 'SCA1', 'Nasopharyngitis, acute', 'Nasopharyngitis - acute'])
      expect(isIndexForm(name)).toBe(true);
    for (const name of ['COVID-19', 'type 2 diabetes mellitus', 'HER2 positive breast cancer', 'X-linked ichthyosis'])
      expect(isIndexForm(name)).toBe(false);
  });

  it('keeps no single name of three letters or fewer', () => {
    expect([...recognized].filter((name) => name.replace(/[^\p{L}]/gu, '').length <= 3)).toEqual([]);
  });

  it('keeps no single everyday word (SUBTLEX top 20,000)', () => {
    expect([...recognized].filter((name) => /^\p{L}+$/u.test(name) && everyday.has(name))).toEqual([]);
  });
});

describe('a type of: the nearest ancestor the dictionary explains', () => {
  it('reads a parent by its synonym when that is the name the dictionary knows', () => {
    const hasEntry = (name: string) => name === 'hypersensitivity pneumonitis';
    const found = diseases.typeOf("bird fancier's lung", hasEntry)!;
    expect(found).toEqual({
      disease: "bird fancier's lung",
      type: 'hypersensitivity pneumonitis',
      explained: true,
      chain: ['hypersensitivity pneumonitis'],
    });
    expect(composeDiseaseText(found)).toBe("Bird fancier's lung: a type of hypersensitivity pneumonitis.");
  });

  it('climbs past parents the dictionary lacks', () => {
    const found = diseases.typeOf('Costeff syndrome', (name) => name === 'metabolic disease')!;
    expect(found.type).toBe('metabolic disease');
    expect(found.chain[0]).toBe('3-methylglutaconic aciduria');
    expect(found.chain.at(-1)).toBe('metabolic disease');
  });

  it('falls back to the parent, unexplained, and never says "a type of disease"', () => {
    expect(diseases.typeOf('Costeff syndrome', () => false)).toMatchObject({
      type: '3-methylglutaconic aciduria',
      explained: false,
    });
    expect(diseases.typeOf('xyzzy syndrome', () => true)).toBeUndefined();
  });

  it('explains real rare diseases from the curated dictionary', () => {
    const all = [
      'acute lymphoblastic leukemia',
      'transient hypogammaglobulinemia of infancy',
      'Crouzon syndrome-acanthosis nigricans syndrome',
    ].map((name) => diseases.typeOf(name, inDictionary));
    for (const found of all) expect(found).toBeDefined();
    // The nearest explained ancestor: leukemia, or nearer as the dictionary grows (acute leukemia).
    expect(all[0]).toMatchObject({ type: expect.stringMatching(/leukemia$/), explained: true });
    expect(all[0]!.chain.at(-1)).toBe(all[0]!.type);
  });
});

describe('the build', () => {
  it('turns ontology rows into a table, leaving out unreachable everyday names and codes', () => {
    const tsv = [
      'id\tname\tparents\texact_synonyms',
      'DOID:1\tlung disease\tdisease\t',
      'DOID:2\textrinsic allergic alveolitis\tlung disease\talveolitis | hypersensitivity pneumonitis | EAA1',
      "DOID:3\tbird fancier's lung\textrinsic allergic alveolitis\tBird-fancier's lung | bird fancier lung",
      'DOID:4\tcommon cold\tdisease\tNasopharyngitis, acute',
    ].join('\n');
    const table = buildDiseaseTable(parseOntology(tsv), judge);
    expect(table.diseases).toEqual([
      ['~disease', []],
      ["bird fancier's lung", 2],
      ['extrinsic allergic alveolitis', 3, 'alveolitis', 'hypersensitivity pneumonitis'],
      ['~lung disease', 0],
    ]);
    expect(parseDiseaseTable(formatDiseaseTable(table))).toEqual(table);
  });
});
