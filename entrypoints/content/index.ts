/**
 * The content script: wiring only. Settings decide whether and how this page is highlighted;
 * hover intent opens the card; the popup asks about the page by message.
 */
import './highlights.css';
import matchIndex from 'virtual:medgloss/match-index';
import { TERM_ATTRIBUTE } from '@/utils/highlighter';
import { HoverCard } from '@/utils/hover-card';
import { watchHoverIntent } from '@/utils/hover-intent';
import { watchTermNavigation } from '@/utils/term-navigation';
import { senseContextOf } from '@/utils/page-context';
import { PageHighlighting, type Status } from '@/utils/page-highlighting';
import { readPageSettings, watchPageSettings } from '@/utils/page-settings';
import { termsOnPage } from '@/utils/page-terms';
import { onMessage, sendMessage } from '@/utils/messages';

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
    const highlighting = new PageHighlighting(doc, matchIndex, setStatus);
    const card = new HoverCard(doc, {
      loadEntries: (ids) => sendMessage('getEntries', ids),
      senseContext: senseContextOf,
    });
    watchHoverIntent(ctx, doc, card);
    watchTermNavigation(ctx, doc, card, highlighting.highlighter);

    const apply = (settings: Awaited<ReturnType<typeof readPageSettings>>) => {
      if (!settings.enabled) card.close();
      highlighting.apply(settings);
    };
    apply(await readPageSettings(location.hostname));
    const unwatch = watchPageSettings(location.hostname, apply);

    ctx.onInvalidated(() => {
      unwatch();
      card.close();
      highlighting.stop();
      doc.documentElement.removeAttribute('data-medgloss-status');
      doc.documentElement.removeAttribute('data-medgloss-style');
    });

    if (window !== window.top) return; // the popup talks to the top frame only
    onMessage('getPageInfo', () => ({ hostname: location.hostname, status, terms: termsOnPage(highlighting.highlighter) }));
    onMessage('showTerm', ({ data: id }) => {
      const mark = highlighting.highlighter.marks().find((m) => m.getAttribute(TERM_ATTRIBUTE) === id);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      void card.open(mark);
      return true;
    });
  },
});
