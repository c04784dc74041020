import { describe, expect, it } from 'vitest';
import { Matcher } from '../../dictionary/matcher';
import {
  buildOwnTermsIndex,
  exportUserTerms,
  ownTermsSource,
  ownTermsTrie,
  parseUserTermsFile,
  readOwnTermsIndex,
  userTermId,
  type UserTerm,
} from '../../settings/user-terms';

const saved: UserTerm[] = [{ id: 'user-zorblax', term: 'zorblax', aliases: [], explanation: 'A test word.' }];

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
    expect(result).toEqual({ ok: true, value: { terms: saved, imported: saved.length } });
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

  it('makes stable ids from names', () => {
    expect(userTermId('Wilms’ Tümor 2')).toBe('user-wilms-tumor-2');
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

  it('treats a corrupt stored index as none, never as a broken page', () => {
    expect(readOwnTermsIndex({ trie: {}, source: 1 })).toBeUndefined();
    expect(readOwnTermsIndex('x')).toBeUndefined();
    expect(ownTermsTrie({ trie: '{not json', source: '' })).toEqual({ lower: {}, exact: {} });
  });
});
