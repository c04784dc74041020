/**
 * The popup searches its lookup index (dictionary/lookup-index.ts), not the full dictionary: for
 * every query the reader sees the same results in the same order, under the same names, with the
 * same "Did you mean" suggestions, and the index carries no card text.
 */
import { describe, expect, it } from 'vitest';
import { Dictionary, type SearchHit } from '../../dictionary/index';
import { compileAll } from '../../dictionary/load';
import { compileLookupIndex, lookupIndexDictionary } from '../../dictionary/lookup-index';
import { ISSUE_ABBREVIATIONS, MORE_ABBREVIATIONS } from '../fixtures/everyday-abbreviations';

const compiled = compileAll().dictionary;
const full = new Dictionary(compiled);
// Through JSON, as the build ships it.
const data = JSON.parse(JSON.stringify(compileLookupIndex(compiled)));
const index = lookupIndexDictionary(data);

const shown = (hits: SearchHit[]) =>
  hits.map((hit) => [hit.entry.id, hit.name, hit.entry.term, !!hit.closeSpelling, !!hit.entry.broad]);

const QUERIES = [
  'a',
  'as',
  'asth',
  'ACTH',
  'PSA',
  'oms',
  'Wilms’ tumour',
  'wilms tumor',
  'neuroblastom',
  'sulfasalazin',
  'prednisolone',
  'pnuemonia',
  'heart attack',
  'café-au-lait',
  'x',
  'zzzz',
  ...[...ISSUE_ABBREVIATIONS, ...MORE_ABBREVIATIONS].map(([abbreviation]) => abbreviation),
  // A slice of real names, in their own spelling and lower case.
  ...compiled.entries
    .filter((_, i) => i % 97 === 0)
    .flatMap((entry) => [entry.term, entry.term.toLowerCase().slice(0, 5)]),
];

describe('the popup’s lookup index', () => {
  it.each(QUERIES)('finds what the full dictionary finds for %j, in the same order', (query) => {
    expect(shown(index.search(query, 12))).toEqual(shown(full.search(query, 12)));
  });

  it('resolves exact names to the same entries (recognized terms build on this)', () => {
    for (const entry of compiled.entries.filter((_, i) => i % 13 === 0))
      for (const name of [entry.term, ...entry.aliases])
        expect(index.resolve(name)?.id, name).toBe(full.resolve(name)?.id);
  });

  it('carries names and flags only, none of the cards’ text', () => {
    const text = JSON.stringify(data);
    const explained = compiled.entries.filter((entry) => (entry.explanation?.length ?? 0) > 60);
    expect(explained.length).toBeGreaterThan(100);
    expect(explained.filter((entry) => text.includes(entry.explanation!))).toEqual([]);
    expect(text.length).toBeLessThan(JSON.stringify(compiled).length / 4);
  });
});
