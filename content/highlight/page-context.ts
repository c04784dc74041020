/**
 * DOM: the words around a term and on the page, for ranking an abbreviation's meanings. One
 * definition for both places that rank: the scanner (is "OS" jargon here?) and the card (which
 * meaning comes first), so the two never disagree about the same occurrence.
 */
import { countWords, type SenseContext } from '../../dictionary/senses';
import { TERM_ATTRIBUTE } from './highlighter';
import { isSkippedElement } from './text-filter';
import { TextWalk } from './text-walk';

const NEAR_CHARS = 300;
const BLOCKS = 'p, li, dd, td, blockquote, h1, h2, h3, h4, h5, h6, section, article';
/** Cue counts saturate after a few, so the start of a long page tells enough. */
const PAGE_CHARS = 100_000;
/** Page words are counted again when older than this: pages change, but not between two hovers. */
const PAGE_WORDS_MAX_AGE_MS = 10_000;

const pageWordsCache = new WeakMap<Document, { at: number; counts: Map<string, number> }>();

/**
 * The page's words are those of the text MedGloss reads (text-filter.ts: no scripts, code, inputs
 * or hidden text), its own highlights included. A page's inline scripts (a framework's state, an
 * analytics config) can fill the first 100,000 characters before any paragraph, and their words
 * ("hiring", "version") would vote for an everyday meaning.
 */
const isPageText = (element: Element) => !isSkippedElement(element) || element.hasAttribute(TERM_ATTRIBUTE);

/** The first `limit` characters of the page's text, without copying all of a 1 MB page. */
function startOfText(doc: Document, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  const walk = new TextWalk(doc.body ?? doc.documentElement, isPageText);
  for (let node = walk.next(); node && length < limit; node = walk.next()) {
    parts.push(node.data);
    length += node.data.length;
  }
  return parts.join(' ');
}

function pageWords(doc: Document): Map<string, number> {
  const cached = pageWordsCache.get(doc);
  if (cached && performance.now() - cached.at < PAGE_WORDS_MAX_AGE_MS) return cached.counts;
  const counts = countWords(startOfText(doc, PAGE_CHARS));
  pageWordsCache.set(doc, { at: performance.now(), counts });
  return counts;
}

/**
 * The page's word counts as the recognition read them (PageRecognition: the same text, before any
 * highlight), kept as if counted now. Counting them at the first ambiguous abbreviation walked the
 * page again inside a highlighting slice: 10-27 ms on the 100 KB bench page, which made that slice
 * a task of 55-67 ms.
 */
export function notePageWords(doc: Document, counts: Map<string, number>): void {
  pageWordsCache.set(doc, { at: performance.now(), counts });
}

/** The block (paragraph, list item...) that holds `node`: where the words around a term are read. */
export function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(BLOCKS) ?? element;
}

/**
 * The context of `term` as it stands in the block that holds `node`. It depends only on the block
 * and the term (the first occurrence in the block is the one read), so callers may keep the
 * answer per block and term.
 */
export function senseContextAt(node: Node, term: string): SenseContext {
  const block = blockOf(node);
  const blockText = block?.textContent ?? '';
  const at = Math.max(0, blockText.indexOf(term));
  const near = blockText.slice(Math.max(0, at - NEAR_CHARS), at + term.length + NEAR_CHARS);
  return { near, pageWords: pageWords(node.ownerDocument ?? document) };
}
