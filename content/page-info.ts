/**
 * What the popup asks the page (top frame only): the site, the status of the pass and the terms
 * found with their counts ("On this page"), and "show me this term" (scroll to it, open its card).
 */
import { onMessage, type PageInfo } from '../messages';
import type { HoverCard } from './card/hover-card';
import { TERM_ATTRIBUTE } from './highlight/highlighter';
import type { PageHighlighting } from './highlight/page-highlighting';

/**
 * The terms highlighted on the page, most frequent first. `count` is how often the page uses the
 * term (`occurrences`), never fewer than its highlights.
 */
export function termsOnPage(marks: HTMLElement[], occurrences = new Map<string, number>()): PageInfo['terms'] {
  const byId = new Map<string, { id: string; term: string; count: number }>();
  for (const mark of marks) {
    const id = mark.getAttribute(TERM_ATTRIBUTE)!;
    const found = byId.get(id);
    if (found) found.count++;
    else byId.set(id, { id, term: mark.textContent ?? id, count: 1 });
  }
  for (const found of byId.values()) found.count = Math.max(found.count, occurrences.get(found.id) ?? 0);
  return [...byId.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

/** Answers the popup's questions about this page; returns the function that stops answering. */
export function answerPageInfo(highlighting: PageHighlighting, card: HoverCard): () => void {
  const stops = [
    onMessage('getPageInfo', () => ({
      hostname: location.hostname,
      status: highlighting.status,
      terms: termsOnPage(highlighting.marks(), highlighting.occurrences()),
    })),
    onMessage('showTerm', ({ data: id }) => {
      const mark = highlighting.firstMark(id);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      void card.open(mark);
      return true;
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
