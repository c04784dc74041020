/** DOM: the terms highlighted on this page, with their counts, for the popup's "On this page". */
import type { PageInfo } from '../messages';
import type { Highlighter } from './highlight/highlighter';
import { TERM_ATTRIBUTE } from './highlight/highlighter';

export function termsOnPage(highlighter: Highlighter): PageInfo['terms'] {
  const byId = new Map<string, { id: string; term: string; count: number }>();
  for (const mark of highlighter.marks()) {
    const id = mark.getAttribute(TERM_ATTRIBUTE)!;
    const found = byId.get(id);
    if (found) found.count++;
    else byId.set(id, { id, term: mark.textContent ?? id, count: 1 });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
