import { describe, expect, it } from 'vitest';
import { Matcher } from '../../dictionary/matcher';
import {
  EMPTY_OWN_TERMS_INDEX,
  buildOwnTermsIndex,
  exportUserTerms,
  isUserTermId,
  nameSlug,
  ownTermsSource,
  ownTermsTrie,
  readOwnTermsIndex,
  readUserTerms,
  type UserTerm,
} from '../../settings/user-terms';
import { applyImport, describePlan, parseUserTermsFile, planImportFile, undoImport } from '../../settings/term-import';

const saved: UserTerm[] = [
  { id: 'user-0123456789abcdef01234567', term: 'zorblax', aliases: [], explanation: 'A test word.' },
];
const withoutIds = (terms: UserTerm[]) =>
  terms.map(({ term, aliases, explanation }) => ({ term, aliases, explanation }));

function refused(text: string): string {
  const result = parseUserTermsFile(text, saved);
  expect(result.ok).toBe(false);
  // Every refusal says that nothing changed.
  if (!result.ok) expect(result.error).toMatch(/Nothing was imported\.$/);
  return result.ok ? '' : result.error;
}

describe('own terms import', () => {
  it('round-trips an export', () => {
    const result = parseUserTermsFile(exportUserTerms(saved), []);
    expect(result.ok && withoutIds(result.value.terms)).toEqual(withoutIds(saved));
    expect(result.ok && result.value.imported).toBe(saved.length);
  });

  it('adds new terms and replaces a term of the same name', () => {
    const file = JSON.stringify([
      { term: 'Zorblax', explanation: 'Changed.' },
      { term: 'flumox', aliases: ['FMX'], explanation: 'Another one.' },
    ]);
    const result = parseUserTermsFile(file, saved);
    expect(result.ok && result.value.terms.map((t) => [t.term, t.explanation])).toEqual([
      ['Zorblax', 'Changed.'],
      ['flumox', 'Another one.'],
    ]);
    // The replaced term keeps its id, so its highlights stay the same.
    expect(result.ok && result.value.terms[0].id).toBe(saved[0].id);
  });

  it('refuses a file that is not JSON, naming the problem', () => {
    expect(refused('{ not json')).toMatch(/not valid JSON/);
  });

  it('refuses wrong or missing fields, naming the term', () => {
    expect(refused(JSON.stringify({ terms: [{ term: 'ok', explanation: 'fine' }, { term: 'broken' }] }))).toMatch(
      /Term 2 \("broken"\) has no "explanation"/,
    );
    expect(refused(JSON.stringify({ terms: [{ explanation: 'no name' }] }))).toMatch(/Term 1 has no "term"/);
    expect(refused(JSON.stringify({ terms: [{ term: 'x', explanation: 'y', aliases: 'z' }] }))).toMatch(
      /"aliases" must be a list/,
    );
    expect(refused(JSON.stringify({ something: 1 }))).toMatch(/no list of terms/);
  });

  it('refuses duplicates inside the file and clashes with saved terms', () => {
    expect(
      refused(
        JSON.stringify([
          { term: 'abc', explanation: 'x' },
          { term: 'def', aliases: ['ABC'], explanation: 'y' },
        ]),
      ),
    ).toMatch(/"ABC" appears more than once/);
    expect(refused(JSON.stringify([{ term: 'other', aliases: ['zorblax'], explanation: 'x' }]))).toMatch(
      /"zorblax" appears more than once/,
    );
  });

  it('refuses a huge file', () => {
    expect(refused(' '.repeat(1_000_001))).toMatch(/too large/);
    const many = Array.from({ length: 2001 }, (_, i) => ({ term: `t${i}`, explanation: 'x' }));
    expect(refused(JSON.stringify(many))).toMatch(/at most 2000/);
  });

  it('keeps the total within the limit of 2,000 exactly', () => {
    const have = Array.from({ length: 4 }, (_, i): UserTerm => ({
      id: `user-h${i}`,
      term: `h${i}`,
      aliases: [],
      explanation: 'x',
    }));
    const file = (n: number) =>
      JSON.stringify(Array.from({ length: n }, (_, i) => ({ term: `t${i}`, explanation: 'x' })));
    expect(planImportFile(file(1996), have).ok).toBe(true);
    const over = planImportFile(file(1997), have);
    expect(over.ok === false && over.error).toMatch(
      /2001 in all, and at most 2,000 can be kept\. Nothing was imported\.$/,
    );
    // Replacing a term you have does not count twice.
    expect(
      planImportFile(
        JSON.stringify([{ term: 'h0', explanation: 'new' }]),
        have.concat(
          Array.from({ length: 1996 }, (_, i) => ({ id: `user-z${i}`, term: `z${i}`, aliases: [], explanation: 'x' })),
        ),
      ).ok,
    ).toBe(true);
  });

  it('compares names without case, accents or punctuation', () => {
    expect(nameSlug('Wilms’ Tümor 2')).toBe('wilms-tumor-2');
  });
});

describe('own-term ids', () => {
  it('are random, not made from the name, and kept once stored', () => {
    const file = JSON.stringify([{ term: 'zorblax', explanation: 'x', id: 'user-zorblax' }]);
    const result = parseUserTermsFile(file, []);
    const id = result.ok ? result.value.terms[0].id : '';
    expect(isUserTermId(id)).toBe(true);
    expect(id).not.toContain('zorblax');
    expect(readUserTerms([{ id, term: 'zorblax', aliases: [], explanation: 'x' }])[0].id).toBe(id);
  });

  it('replaces an old guessable id (and a repeated one), keeping the term', () => {
    const [old, twice] = readUserTerms([
      { id: 'user-zorblax', term: 'zorblax', aliases: ['zbx'], explanation: 'Mine.' },
      { id: saved[0].id, term: 'flumox', aliases: [], explanation: 'x' },
      { id: saved[0].id, term: 'other', aliases: [], explanation: 'y' },
    ]).filter((t) => t.id !== saved[0].id);
    expect(old).toMatchObject({ term: 'zorblax', aliases: ['zbx'], explanation: 'Mine.' });
    expect(isUserTermId(old.id)).toBe(true);
    expect(twice.term).toBe('other');
    expect(isUserTermId(twice.id)).toBe(true);
  });
});

describe('own terms that would share an id', () => {
  it('are refused as duplicates', () => {
    const file = JSON.stringify([
      { term: 'Zorblax', explanation: 'x' },
      { term: 'zorblax!', explanation: 'y' },
    ]);
    const result = parseUserTermsFile(file, []);
    expect(result.ok).toBe(false);
  });
});

describe('own terms index', () => {
  const terms: UserTerm[] = [
    { id: 'user-zorblax', term: 'zorblax', aliases: ['ZBX', 'zorb syndrome'], explanation: 'A test word.' },
  ];

  it('matches every name of every term, built once from the terms', () => {
    const matcher = new Matcher(ownTermsTrie(buildOwnTermsIndex(terms)));
    expect(matcher.find('zorblax, ZBX and zorb syndrome').map((m) => m.id)).toEqual([
      'user-zorblax',
      'user-zorblax',
      'user-zorblax',
    ]);
  });

  it('changes its source when a name changes, so the background rebuilds it', () => {
    const renamed = [{ ...terms[0], aliases: ['ZBX'] }];
    expect(ownTermsSource(renamed)).not.toBe(ownTermsSource(terms));
    expect(ownTermsSource(terms)).toBe(buildOwnTermsIndex(terms).source);
  });

  it('is empty when there are no terms, as written out for pages', () => {
    expect(EMPTY_OWN_TERMS_INDEX).toEqual(buildOwnTermsIndex([]));
  });

  it('treats a corrupt stored index as none, never as a broken page', () => {
    expect(readOwnTermsIndex({ trie: {}, source: 1 })).toBeUndefined();
    expect(readOwnTermsIndex('x')).toBeUndefined();
    expect(ownTermsTrie({ trie: '{not json', source: '' })).toEqual({ lower: {}, exact: {} });
  });
});

describe('an import, previewed before it is saved', () => {
  const mine: UserTerm[] = [
    {
      id: 'user-alpha',
      term: 'Alpha',
      aliases: [],
      explanation: 'Mine, edited last week.',
      updated: Date.UTC(2026, 10, 20),
    },
    { id: 'user-beta', term: 'Beta', aliases: [], explanation: 'Mine, old.', updated: Date.UTC(2026, 0, 1) },
    { id: 'user-gamma', term: 'Gamma', aliases: [], explanation: 'Same in both.' },
    { id: 'user-delta', term: 'Delta', aliases: [], explanation: 'Mine, no date.' },
  ];
  const file = JSON.stringify({
    medgloss: 1,
    terms: [
      { term: 'Alpha', explanation: 'From an old backup.', updated: '2026-06-01T00:00:00.000Z' },
      { term: 'Beta', explanation: 'Newer in the file.', updated: '2026-06-01T00:00:00.000Z' },
      { term: 'Gamma', aliases: [], explanation: 'Same in both.' },
      { term: 'Delta', explanation: 'Undated in the file too.' },
      { term: 'Epsilon', explanation: 'New.' },
    ],
  });

  it('sorts each term into new, replaces yours, older than yours (kept) and the same (skipped)', () => {
    const plan = planImportFile(file, mine);
    if (!plan.ok) throw new Error(plan.error);
    const names = (list: UserTerm[]) => list.map((t) => t.term);
    expect(names(plan.value.add)).toEqual(['Epsilon']);
    expect(names(plan.value.replace)).toEqual(['Beta', 'Delta']);
    expect(names(plan.value.older)).toEqual(['Alpha']);
    expect(names(plan.value.same)).toEqual(['Gamma']);
    expect(describePlan(plan.value)).toBe(
      'The file has 5 terms: 1 new, 2 will replace yours, 1 older than yours (yours kept), 1 the same as yours (skipped).',
    );
    const after = applyImport(mine, plan.value);
    expect(after.map((t) => t.explanation)).toEqual([
      'Mine, edited last week.',
      'Newer in the file.',
      'Same in both.',
      'Undated in the file too.',
      'New.',
    ]);
    expect(applyImport(mine, plan.value, { replaceOlder: true })[0].explanation).toBe('From an old backup.');
  });

  it('can be undone, keeping what was changed since', () => {
    const plan = planImportFile(file, mine);
    if (!plan.ok) throw new Error(plan.error);
    const after = applyImport(mine, plan.value, { replaceOlder: true });
    expect(undoImport(after, mine, plan.value)).toEqual(mine);
    const since = [...after, { id: 'user-zeta', term: 'Zeta', aliases: [], explanation: 'Added after.' }];
    expect(undoImport(since, mine, plan.value).map((t) => t.term)).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta', 'Zeta']);
  });

  it('exports dates, so a later import can tell older from newer', () => {
    expect(JSON.parse(exportUserTerms(mine.slice(0, 1))).terms[0].updated).toBe('2026-11-20T00:00:00.000Z');
  });
});
