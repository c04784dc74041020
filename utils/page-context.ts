/** DOM: the words around a highlight and on the whole page, for ranking an abbreviation's meanings. */
import { countWords, type SenseContext } from './senses';

const NEAR_CHARS = 300;
let pageWords: { text: string; counts: Map<string, number> } | undefined;

export function senseContextOf(mark: HTMLElement): SenseContext {
  const doc = mark.ownerDocument;
  const block = mark.closest('p, li, dd, td, blockquote, h1, h2, h3, h4, section, article') ?? mark.parentElement;
  const blockText = block?.textContent ?? '';
  const at = Math.max(0, blockText.indexOf(mark.textContent ?? ''));
  const near = blockText.slice(Math.max(0, at - NEAR_CHARS), at + NEAR_CHARS);
  const pageText = doc.body?.textContent ?? '';
  // Counting the page's words is the costly part; redo it only when the text changed.
  if (pageWords?.text.length !== pageText.length) pageWords = { text: pageText, counts: countWords(pageText) };
  return { near, pageWords: pageWords.counts };
}
