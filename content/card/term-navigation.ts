/**
 * DOM: keyboard access to highlights without touching the page's own tab order. Alt+Shift+M
 * enters term navigation: focus goes to the first term on screen and its card opens; arrow keys
 * (or n / p) move between terms; Tab enters the card; Escape closes the card and gives focus back.
 * Terms get tabindex="-1" only, so Tab through the page is exactly what the page made it.
 */
import type { ContentScriptContext } from '#imports';
import type { HoverCard } from './hover-card';
import { termAt } from './hover-intent';

function isNavigationShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM';
}

function focusTerm(mark: HTMLElement): void {
  mark.setAttribute('tabindex', '-1');
  mark.focus({ preventScroll: false });
  mark.scrollIntoView({ block: 'nearest' });
}

export function watchTermNavigation(
  ctx: ContentScriptContext,
  doc: Document,
  card: HoverCard,
  marksInOrder: () => HTMLElement[],
): void {
  let returnTo: HTMLElement | null = null;

  const step = (from: HTMLElement, delta: number) => {
    const marks = marksInOrder();
    const next = marks[marks.indexOf(from) + delta];
    if (next) focusTerm(next);
  };

  // Only the reader's own keys and focus move through terms (isTrusted: not a page script's events).
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (!event.isTrusted) return;
    if (isNavigationShortcut(event)) {
      const marks = marksInOrder();
      const first = marks.find((m) => m.getBoundingClientRect().bottom > 0) ?? marks[0];
      if (!first) return;
      event.preventDefault();
      returnTo = doc.activeElement instanceof HTMLElement && !termAt(doc.activeElement) ? doc.activeElement : null;
      focusTerm(first);
      return;
    }
    const focusedTerm = termAt(doc.activeElement);
    const inCard = card.contains(doc.activeElement);
    if (event.key === 'Escape' && (card.isOpen || focusedTerm)) {
      event.preventDefault();
      if (inCard) return card.close({ returnFocus: true });
      card.close();
      if (focusedTerm) {
        focusedTerm.blur();
        returnTo?.focus();
        returnTo = null;
      }
      return;
    }
    if (!focusedTerm) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight' || event.key === 'n') step(focusedTerm, +1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft' || event.key === 'p') step(focusedTerm, -1);
    else if (event.key === 'Tab' && !event.shiftKey && card.openFor === focusedTerm) card.focusInside();
    else return;
    event.preventDefault();
  });

  // Focus on a term opens its card; focus leaving both term and card closes it.
  ctx.addEventListener(doc, 'focusin', (event) => {
    if (!event.isTrusted) return;
    const term = termAt(event.target);
    if (term && card.openFor !== term) void card.open(term);
  });
  ctx.addEventListener(doc, 'focusout', (event) => {
    const from = termAt(event.target);
    const to = event.relatedTarget as Node | null;
    if (from && from === card.openFor && !card.contains(to) && !termAt(to) && !card.pinned) card.close();
  });
}
