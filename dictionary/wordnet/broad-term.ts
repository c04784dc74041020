/** What the broad layer produces: one medical WordNet synset as a dictionary term. */
import type { Category } from '../schema';

export interface BroadTerm {
  /** "wn-" + the synset offset in data.noun, e.g. "wn-14070360". */
  id: string;
  /** First lemma, underscores as spaces, WordNet's capitalisation kept. */
  term: string;
  /** The synset's other lemmas, same treatment, without duplicates of the term or each other. */
  aliases: string[];
  category: Category;
  /** The gloss without its example sentences. */
  definition: string;
  /** The names (term and aliases) pages may be highlighted with, possibly none; see highlight-rule.ts. */
  highlightNames: string[];
}
