/**
 * The content script: wiring only. Settings decide whether this site is on; the scanner finds
 * and highlights terms; hover intent opens the card; the popup asks about the page by message.
 */
import './highlights.css';
import matchIndex from 'virtual:medgloss/match-index';
import { Matcher } from '@/utils/matcher';
import { Highlighter, TERM_ATTRIBUTE } from '@/utils/highlighter';
import { PageScanner } from '@/utils/scanner';
import { HoverCard } from '@/utils/hover-card';
import { watchHoverIntent } from '@/utils/hover-intent';
import { senseContextOf } from '@/utils/page-context';
import { termsOnPage } from '@/utils/page-terms';
import { disabledSites, isSiteEnabled } from '@/utils/storage';
import { onMessage, sendMessage } from '@/utils/messages';

type Status = 'working' | 'ready' | 'off';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_end',
  async main(ctx) {
    const doc = document;
    let status: Status = 'working';
    const setStatus = (next: Status) => {
      status = next;
      doc.documentElement.setAttribute('data-medgloss-status', next);
    };
    const matcher = new Matcher(matchIndex.names);
    const highlighter = new Highlighter();
    const scanner = new PageScanner({ matcher, highlighter, onStatus: setStatus });
    const card = new HoverCard(doc, {
      loadEntries: (ids) => sendMessage('getEntries', ids),
      senseContext: senseContextOf,
    });
    watchHoverIntent(ctx, doc, card);

    let enabled: boolean | undefined;
    const apply = (on: boolean) => {
      if (on === enabled) return;
      enabled = on;
      if (on) scanner.start(doc);
      else {
        scanner.stop();
        card.close();
        highlighter.unwrapAll();
        setStatus('off');
      }
    };
    apply(isSiteEnabled(await disabledSites.getValue(), location.hostname));
    const unwatch = disabledSites.watch((sites) => apply(isSiteEnabled(sites, location.hostname)));

    ctx.onInvalidated(() => {
      unwatch();
      scanner.stop();
      card.close();
      highlighter.unwrapAll();
      doc.documentElement.removeAttribute('data-medgloss-status');
    });

    if (window !== window.top) return; // the popup talks to the top frame only
    onMessage('getPageInfo', () => ({ hostname: location.hostname, status, terms: termsOnPage(highlighter) }));
    onMessage('showTerm', ({ data: id }) => {
      const mark = highlighter.marks().find((m) => m.getAttribute(TERM_ATTRIBUTE) === id);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      void card.open(mark);
      return true;
    });
  },
});
