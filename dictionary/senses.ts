/**
 * Pure: orders the meanings of an ambiguous abbreviation by how well the page supports each.
 * Cue words close to the term weigh more than cue words elsewhere on the page, so a page about
 * both meanings still gets each occurrence right where the context says so.
 */
export interface CuedSense {
  cues: string[];
}

export interface SenseContext {
  /** Text around the highlighted occurrence (a few hundred characters). */
  near: string;
  /** Lower-case word counts of the whole page. */
  pageWords: ReadonlyMap<string, number>;
}

const NEAR_WEIGHT = 5;
const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  addWordCounts(counts, text);
  return counts;
}

/** countWords for a text read in pieces (text nodes): adds the words of one piece to `counts`. */
export function addWordCounts(counts: Map<string, number>, text: string): void {
  for (const [word] of text.toLowerCase().matchAll(WORD)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

function cueScore(cues: string[], near: Map<string, number>, page: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const cue of cues) {
    const key = cue.toLowerCase();
    // Page counts saturate: one cue repeated fifty times must not outvote several different cues.
    score += NEAR_WEIGHT * Math.min(near.get(key) ?? 0, 3) + Math.min(page.get(key) ?? 0, 5);
  }
  return score;
}

/** Indexes of `senses`, best-supported first; ties keep the dictionary's order (most common first). */
export function rankSenses(senses: readonly CuedSense[], context: SenseContext): number[] {
  const near = countWords(context.near);
  const scores = senses.map((sense) => cueScore(sense.cues, near, context.pageWords));
  return senses.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}
