import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explanationsOf } from '../../dictionary/rules/entry-rules';
import { words } from '../../dictionary/rules/plain-language';
import { afterAll, describe, expect, it } from 'vitest';
import { DictionaryError, validateEntries, type EntryFile } from '../../dictionary/schema';
import { loadCuratedEntries } from '../../dictionary/load';

const good = {
  id: 'ataxia',
  term: 'ataxia',
  category: 'symptom',
  explanation: 'Clumsy, unsteady movement.',
  source: 'NINDS',
};

function problemsOf(files: EntryFile[]): string[] {
  try {
    validateEntries(files);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DictionaryError);
    return (error as DictionaryError).problems;
  }
}

describe('dictionary validation', () => {
  it('accepts a well-formed file', () => {
    expect(problemsOf([{ file: 'a.json', entries: [good] }])).toEqual([]);
  });

  it('names file, entry and reason for each broken rule', () => {
    const problems = problemsOf([
      {
        file: 'a.json',
        entries: [
          good,
          { ...good, id: 'no-source', term: 'x1', source: undefined },
          { ...good, id: 'no-explanation', term: 'x2', explanation: undefined },
          { ...good, id: 'too-long', term: 'x3', explanation: 'word '.repeat(80) },
          { ...good, id: 'bad-related', term: 'x4', related: ['missing-id'] },
          { ...good, id: 'Bad Id', term: 'x5' },
          { ...good, id: 'clash', term: 'Ataxia' },
        ],
      },
      { file: 'b.json', entries: [{ ...good, term: 'other' }] },
    ]);
    expect(problemsOf([{ file: 'c.json', entries: {} }])).toEqual(['c.json: must hold a JSON array of entries']);
    const expected = [
      'a.json, entry "no-source": "source" is missing',
      'a.json, entry "no-explanation": "explanation" is missing',
      'a.json, entry "too-long": explanation is too long',
      'a.json, entry "bad-related": related id "missing-id" does not exist',
      'a.json, entry "Bad Id": "id" must be kebab-case',
      'a.json, entry "clash": name "ataxia" clashes with entry "ataxia"',
      'b.json, entry "ataxia": duplicate id (also in a.json)',
    ];
    for (const start of expected)
      expect(
        problems.some((p) => p.startsWith(start)),
        start,
      ).toBe(true);
  });

  it('keeps abbreviations apart from words by case', () => {
    expect(
      problemsOf([
        {
          file: 'a.json',
          entries: [
            { ...good, id: 'oms', term: 'OMS' },
            { ...good, id: 'oms-word', term: 'oms' },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('requires every sense of an abbreviation to explain itself or point to an entry', () => {
    const problems = problemsOf([
      {
        file: 'a.json',
        entries: [
          good,
          {
            id: 'ms',
            term: 'MS',
            category: 'abbreviation',
            source: 'NHS',
            senses: [
              { meaning: 'multiple sclerosis', cues: ['nerve'] },
              { meaning: 'ataxia', entry: 'ataxia', cues: [] },
            ],
          },
          {
            id: 'pe',
            term: 'PE',
            category: 'abbreviation',
            source: 'NHS',
            senses: [
              { meaning: 'pulmonary embolism', explanation: 'A clot in the lungs.', cues: ['clot'] },
              { meaning: 'ataxia', entry: 'nowhere', cues: [] },
            ],
          },
        ],
      },
    ]);
    expect(problems).toEqual([
      'a.json, entry "ms", sense 1: needs "entry" or "explanation"',
      'a.json, entry "pe": sense "ataxia" points to missing entry "nowhere"',
    ]);
  });
});

describe('the curated dictionary', () => {
  const entries = loadCuratedEntries();

  it('is valid and large enough to be useful', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it('has every entry fact-checked against a named source', () => {
    const unchecked = entries.filter((e) => !e.reviewedBy).map((e) => e.id);
    expect(unchecked).toEqual([]);
  });

  it('keeps explanations short: at most 45 words (entries reviewed under the current rules)', () => {
    const long = entries.filter((e) => e.checkedAgainst && explanationsOf(e).some((text) => words(text).length > 45));
    expect(long.map((e) => e.id)).toEqual([]);
  });
});

describe('the hard rules of plainness and sources', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dirWith = (entries: object[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'medgloss-rules-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'rules.json'), JSON.stringify(entries));
    return dir;
  };
  const reviewed = {
    category: 'condition',
    source: 'MedlinePlus: Cystitis',
    reviewedBy: 'reviewer',
    checkedAgainst: ['https://medlineplus.gov/bladderinfection.html'],
  };

  it('accepts a short, plain entry with a findable source', () => {
    const dir = dirWith([
      { ...reviewed, id: 'cystitis', term: 'cystitis', explanation: 'An infection of the bladder.' },
    ]);
    expect(loadCuratedEntries(dir).map((e) => e.id)).toEqual(['cystitis']);
  });

  it('refuses a vague source, a long explanation and a hard one, naming file, entry and reason', () => {
    const long = Array.from({ length: 50 }, () => 'word').join(' ') + '.';
    const hard =
      'Glomerulonephritis characteristically necessitates comprehensive immunosuppressive pharmacological intervention considerations.';
    const dir = dirWith([
      { ...reviewed, id: 'vague', term: 'vague', explanation: 'An illness.', source: 'a standard textbook' },
      { ...reviewed, id: 'long', term: 'long', explanation: long },
      { ...reviewed, id: 'hard', term: 'hard', explanation: hard },
    ]);
    let message = '';
    try {
      loadCuratedEntries(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/rules\.json, entry "vague": source "a standard textbook" is vague/);
    expect(message).toMatch(/rules\.json, entry "long": explanation has 50 words \(at most 45\)/);
    expect(message).toMatch(/rules\.json, entry "hard": explanation reads at grade \d+\.\d \(at most 10\)/);
  });
});
