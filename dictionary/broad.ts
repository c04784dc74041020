/** The WordNet broad layer as compile() wants it (see wordnet.ts for what is selected and why). */
import type { BroadInput } from './compile';
import { readWordNetMedical } from './wordnet';

export function loadBroadLayer(): BroadInput[] {
  return readWordNetMedical();
}
