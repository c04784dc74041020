/**
 * DOM: turns pointer movement into "open this card" and "close it" with a little patience:
 * a card opens only when the pointer rests on a term, and it stays while the pointer travels
 * from the term into the card.
 */
import type { ContentScriptContext } from '#imports';
import type { HoverCard } from './hover-card';
import { TERM_ATTRIBUTE } from './highlighter';

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 300;

function termAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`mark[${TERM_ATTRIBUTE}]`) : null;
}

export function watchHoverIntent(ctx: ContentScriptContext, doc: Document, card: HoverCard): void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  ctx.addEventListener(doc, 'pointerover', (event) => {
    const term = termAt(event.target);
    if (term) {
      cancel();
      if (card.openFor !== term) openTimer = setTimeout(() => void card.open(term), OPEN_DELAY_MS);
    } else if (card.contains(event.target as Node)) {
      cancel();
    }
  });

  ctx.addEventListener(doc, 'pointerout', (event) => {
    const leaving = termAt(event.target) ?? (card.contains(event.target as Node) ? card.element : null);
    if (!leaving) return;
    const into = event.relatedTarget as Node | null;
    if (into && (leaving.contains(into) || card.contains(into) || termAt(into) === card.openFor)) return;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (card.openFor) closeTimer = setTimeout(() => card.close(), CLOSE_DELAY_MS);
  });

  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && card.openFor) {
      cancel();
      card.close();
    }
  });
}
