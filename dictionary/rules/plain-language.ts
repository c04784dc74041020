/**
 * How plain an explanation is: its length in words, its Flesch-Kincaid grade, and the words in it
 * that are not everyday words. Pure (the everyday word list is passed in), so the build, the
 * stats script, the draft checker and the tests share one definition.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Hard limits the build enforces on every explanation. */
export const PLAIN_LIMITS = { words: 45, grade: 10 } as const;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function sentenceCount(text: string): number {
  // A full stop inside "e.g." or a number does not end a sentence; a colon joining two clauses does not either.
  const ends = text.replace(/\b(?:e\.g|i\.e|etc|vs|Dr|St)\./g, '').match(/[.!?]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

/** US school grade a reader needs (Flesch-Kincaid, 1975). Numbers count as one syllable. */
export function gradeLevel(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllables = list.reduce((n, w) => n + (/^\p{N}+$/u.test(w) ? 1 : Math.max(1, syllable(w))), 0);
  return fleschKincaid({ sentence: sentenceCount(text), word: list.length, syllable: syllables });
}

/** Lower-case forms a word may be listed under: itself, and without a plural or verb ending. */
function forms(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ly')) out.push(w.slice(0, -2));
  return out;
}

/**
 * Words of `text` that a 12-year-old may not know: not in the everyday list, not a number, and not
 * one of `known` (the entry's own names and the names of the terms its card links to).
 */
export function uncommonWords(text: string, everyday: ReadonlySet<string>, known: Iterable<string> = []): string[] {
  const knownWords = new Set<string>();
  for (const name of known) for (const w of words(name)) for (const f of forms(w)) knownWords.add(f);
  const out = new Set<string>();
  for (const word of words(text)) {
    if (/\p{N}/u.test(word)) continue;
    // Abbreviations the card explains are in `known`; other all-capital words are names (DNA is everyday).
    const candidates = forms(word);
    if (candidates.some((f) => everyday.has(f) || knownWords.has(f))) continue;
    out.add(word);
  }
  return [...out];
}

export interface PlainnessReport {
  words: number;
  grade: number;
  uncommon: string[];
}

export function plainness(text: string, everyday: ReadonlySet<string>, known: Iterable<string> = []): PlainnessReport {
  return { words: words(text).length, grade: gradeLevel(text), uncommon: uncommonWords(text, everyday, known) };
}
