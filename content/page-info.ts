/**
 * What the popup asks the page (top frame only): the site, the status of the pass and the terms
 * found with their counts ("On this page"), and "show me this term" (scroll to it, open its card).
 */
import { browser, type Browser } from 'wxt/browser';
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

/** The port the side panel opens to a tab: the page posts its PageInfo after every pass. */
export const PAGE_TERMS_PORT = 'medgloss-page-terms';

/**
 * Keeps a connected side panel up to date: a new PageInfo whenever a pass over the page ends
 * (the status attribute every pass sets), so terms added by the page show up in the panel.
 */
function answerSidePanel(info: () => PageInfo): () => void {
  const onConnect = (port: Browser.runtime.Port) => {
    // Only MedGloss's own pages (the side panel) connect; never another extension.
    if (port.name !== PAGE_TERMS_PORT || port.sender?.id !== browser.runtime.id) return;
    const post = () => {
      try {
        port.postMessage(info());
      } catch {
        observer.disconnect(); // the panel went away between two passes
      }
    };
    const observer = new MutationObserver(post);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-medgloss-status'] });
    port.onDisconnect.addListener(() => observer.disconnect());
    post();
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}

/** Answers the popup's and the side panel's questions about this page; returns the function that stops answering. */
export function answerPageInfo(highlighting: PageHighlighting, card: HoverCard): () => void {
  const info = (): PageInfo => ({
    hostname: location.hostname,
    title: document.title,
    url: location.href,
    status: highlighting.status,
    terms: termsOnPage(highlighting.marks(), highlighting.occurrences()),
  });
  const stops = [
    onMessage('getPageInfo', info),
    answerSidePanel(info),
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
