/** The WordNet broad layer as compile() wants it; empty until dictionary/wordnet.ts exists. */
import type { BroadInput } from './compile';

export function loadBroadLayer(): BroadInput[] {
  return [];
}
