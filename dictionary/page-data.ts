/**
 * Pure: the data the content script matches with (the dictionary's match index, the disease
 * names' trie, the word parts), as the background keeps it in storage for every frame to read.
 * It is not bundled into the content script: Chromium reads and hashes a content script's whole
 * source again in every frame, so 1.1 MB of data there cost every frame without text (ads,
 * trackers) about 1.2 ms more; a frame reads it from storage only once it has text.
 * Each part is JSON text, parsed on first use only: a page that is not medical never parses the
 * disease names.
 */
import type { MatchIndex } from './compile';
import { Matcher, type AnyTrie } from './matcher';
import type { PackedBases } from './packed-bases';
import type { WordPart } from './layers/word-parts';

/** Its key in the extension's local storage (not a setting: a copy of what the build ships). */
export const PAGE_DATA_KEY = 'local:pageData';

export interface PageDataTexts {
  matchIndex: string;
  diseaseIndex: string;
  wordParts: string;
}

export interface StoredPageData extends PageDataTexts {
  /** The build's version of the data: another build's copy is never used. */
  version: string;
}

/** The match index as a page gets it: its tries packed, its bases mostly read from the trie (packed-bases.ts). */
export type PageMatchIndex = Omit<MatchIndex, 'bases'> & { bases: PackedBases };

/** The match index as a page keeps it: its trie goes into the dictionary's matcher (PageData.dictionaryMatcher). */
export type PageIndex = Omit<PageMatchIndex, 'trie'>;

export interface WordPartsData {
  parts: WordPart[];
  everyday: string[];
}

/** Whether storage (or a message) holds this build's data, whole. */
export function isPageData(value: unknown, version: string): value is StoredPageData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<StoredPageData>;
  return (
    data.version === version &&
    typeof data.matchIndex === 'string' &&
    typeof data.diseaseIndex === 'string' &&
    typeof data.wordParts === 'string'
  );
}

/** Makes the value on the first call and keeps it. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Parses `text` on the first call and keeps the result; the text itself is let go. */
function parsedOnce<T>(text: () => string): () => T {
  return once(() => JSON.parse(text()) as T);
}

/**
 * The content script's loaders, usable once `set` has been given the data (the set-up steps
 * that call them run only after it).
 */
export class PageData {
  /** Each text until it is parsed: then only the parsed data stays alive (a page's heap). */
  private readonly texts = new Map<keyof PageDataTexts, string>();

  set({ matchIndex, diseaseIndex, wordParts }: PageDataTexts): void {
    this.texts.set('matchIndex', matchIndex).set('diseaseIndex', diseaseIndex).set('wordParts', wordParts);
  }

  private text(part: keyof PageDataTexts): string {
    const text = this.texts.get(part);
    if (text === undefined) throw new Error(`MedGloss: the page data's ${part} was asked for before it was read.`);
    this.texts.delete(part);
    return text;
  }

  /** The parsed index's trie until the dictionary's matcher is built from it. */
  private dictionaryTrie: AnyTrie | undefined;

  readonly matchIndex = once((): PageIndex => {
    const { trie, ...index } = JSON.parse(this.text('matchIndex')) as PageMatchIndex;
    this.dictionaryTrie = trie as AnyTrie;
    return index;
  });

  /**
   * The dictionary's matcher, built once. The parsed trie is not kept next to it: its word numbers
   * and node shapes (about 60 KB) are needed only while the matcher is built.
   */
  readonly dictionaryMatcher = once(() => {
    this.matchIndex();
    const matcher = new Matcher(this.dictionaryTrie!);
    this.dictionaryTrie = undefined;
    return matcher;
  });
  /**
   * The disease names' matcher, built once: only the matcher is kept, not the parsed trie, whose
   * node shapes (30,000 of them) the matcher needs only while it is built.
   */
  readonly diseaseMatcher = once(() => new Matcher(JSON.parse(this.text('diseaseIndex')) as AnyTrie));
  readonly wordParts = parsedOnce<WordPartsData>(() => this.text('wordParts'));
}
