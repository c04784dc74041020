/**
 * Pure: the bases of derived words (MatchIndex.bases) as the content script gets them.
 *
 * Almost every base is also a one-word name in the trie's lower-case view, with the same id
 * (4,751 of the 4,888 when this was written): for those the trie already says it, so only the
 * others are written out. Written out whole, the bases were 131 KB of the 521 KB match index
 * that every page with text reads from storage, and about 250 KB of a page's heap as an object of
 * 4,888 properties.
 */
import { hasOwn, type TrieData } from './matcher';

export interface PackedBases {
  /** Bases the trie does not give: not a one-word name there, or one with another id. */
  added: Record<string, string>;
  /** One-word names in the trie's lower-case view that are not bases (abbreviations, unreviewed entries). */
  notBases: string[];
}

/** Reads a one-word name's value (category code, then id) in the trie's lower-case view: Matcher.wordValue. */
export type WordValue = (word: string) => string | undefined;

/** Build time: what the content script needs besides the trie to read every base. */
export function packBases(bases: Record<string, string>, trie: TrieData, wordValue: WordValue): PackedBases {
  const added: Record<string, string> = {};
  for (const [word, id] of Object.entries(bases)) if (wordValue(word)?.slice(1) !== id) added[word] = id;
  const notBases = Object.keys(trie.lower).filter((word) => wordValue(word) !== undefined && !hasOwn.call(bases, word));
  return { added, notBases };
}

/** Page time: the base a word names (its entry id), exactly as the whole map would say. */
export function baseLookup(
  { added, notBases }: PackedBases,
  wordValue: WordValue,
): (word: string) => string | undefined {
  const not = new Set(notBases);
  return (word) => {
    if (hasOwn.call(added, word)) return added[word];
    return not.has(word) ? undefined : wordValue(word)?.slice(1);
  };
}
