/**
 * DOM: pointer and touch -> card. The card opens when the pointer rests on a term (not on every
 * pass), stays while the pointer travels into it, and closes once it leaves. A click pins it. On
 * touch, the first tap on a term opens the card instead of following a link around the term; a
 * tap anywhere else closes it.
 */
import type { ContentScriptContext } from '#imports';
import type { HoverCard } from './hover-card';
import { TERM_ATTRIBUTE } from '../highlight/highlighter';
import { setContextTimeout } from '../context-timers';

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

export function termAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`mark[${TERM_ATTRIBUTE}]`) : null;
}

export function watchHoverIntent(ctx: ContentScriptContext, doc: Document, card: HoverCard): void {
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let lastPointer = 'mouse';
  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  // Only the reader opens a card: events a page script makes (isTrusted false) are ignored.
  ctx.addEventListener(doc, 'pointerover', (event) => {
    if (event.pointerType === 'touch' || !event.isTrusted) return;
    const term = termAt(event.target);
    if (term) {
      cancel();
      if (card.openFor !== term && !card.pinned)
        openTimer = setContextTimeout(ctx, () => void card.open(term), OPEN_DELAY_MS);
    } else if (card.contains(event.target as Node)) cancel();
  });

  ctx.addEventListener(doc, 'pointerout', (event) => {
    if (event.pointerType === 'touch' || !event.isTrusted) return;
    const leaving = termAt(event.target) ?? (card.contains(event.target as Node) ? card.element : null);
    if (!leaving) return;
    const into = event.relatedTarget as Node | null;
    if (into && (leaving.contains(into) || card.contains(into) || termAt(into) === card.openFor)) return;
    cancel();
    if (card.openFor && !card.pinned) closeTimer = setContextTimeout(ctx, () => card.close(), CLOSE_DELAY_MS);
  });

  ctx.addEventListener(doc, 'pointerdown', (event) => {
    if (!event.isTrusted) return;
    lastPointer = event.pointerType;
    if (card.isOpen && !card.contains(event.target as Node) && termAt(event.target) !== card.openFor) {
      if (card.pinned || event.pointerType !== 'mouse') card.close();
    }
  });

  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      const term = termAt(event.target);
      if (!term || !event.isTrusted) return;
      const inLink = term.closest('a[href]') !== null;
      if (lastPointer !== 'mouse') {
        // First tap opens the card; a second tap on the same term follows the link, if any.
        if (card.openFor === term) return;
        event.preventDefault();
        cancel();
        void card.open(term, { pinned: true });
        return;
      }
      if (inLink) return; // a mouse click on a linked term is a click on the link
      cancel();
      if (card.openFor === term && card.pinned) card.close();
      else void card.open(term, { pinned: true });
    },
    { capture: true },
  );
}
