/**
 * "I know this word": the page follows the list of words the reader knows. A change waits while
 * a card is open, so the card where the reader just said "I know this word" stays (with its undo)
 * instead of vanishing with its highlight; the page catches up once the card closes.
 */
import { knownWords } from '../settings/registry';
import type { HoverCard } from './card/hover-card';
import type { PageHighlighting } from './highlight/page-highlighting';

const RECHECK_MS = 300;

export function watchKnownWords(highlighting: PageHighlighting, card: HoverCard): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string[] | undefined;
  const applyWhenClosed = () => {
    timer = undefined;
    if (!pending) return;
    if (card.isOpen) {
      timer = setTimeout(applyWhenClosed, RECHECK_MS);
      return;
    }
    highlighting.setKnown(pending);
    pending = undefined;
  };
  const unwatch = knownWords.item.watch((stored) => {
    pending = knownWords.read(stored).map((w) => w.id);
    if (!timer) applyWhenClosed();
  });
  return () => {
    unwatch();
    if (timer) clearTimeout(timer);
  };
}
