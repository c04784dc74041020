/**
 * The content script: wiring only. Settings decide whether and how this page is highlighted;
 * hover intent opens the card; the popup asks about the page by message.
 */
import '@/content/highlight/highlights.css';
import loadMatchIndex from 'virtual:medgloss/match-index';
import { TERM_ATTRIBUTE } from '@/content/highlight/highlighter';
import { HoverCard } from '@/content/card/hover-card';
import { watchHoverIntent } from '@/content/card/hover-intent';
import { watchTermNavigation } from '@/content/card/term-navigation';
import { senseContextAt } from '@/content/highlight/page-context';
import { PageHighlighting, type Status } from '@/content/highlight/page-highlighting';
import { readPageSettings, watchPageSettings } from '@/settings/page-settings';
import { termsOnPage } from '@/content/page-info';
import { onMessage, sendMessage } from '@/messages';
import { userTerms } from '@/settings/storage';
import { readUserTerms } from '@/settings/user-terms';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Loaded and ready before the page's DOM is: settings are read while the page parses, and the
  // first pass starts the moment the DOM is complete.
  runAt: 'document_start',
  async main(ctx) {
    const doc = document;
    let status: Status = 'working';
    const setStatus = (next: Status) => {
      status = next;
      doc.documentElement.setAttribute('data-medgloss-status', next);
    };
    const highlighting = new PageHighlighting(doc, loadMatchIndex, setStatus);
    const card = new HoverCard(doc, {
      loadEntries: (ids) => sendMessage('getEntries', ids),
      senseContext: (mark) => senseContextAt(mark, mark.textContent ?? ''),
      addOwnTerm: (text) => void sendMessage('openOptions', text),
    });
    watchHoverIntent(ctx, doc, card);
    watchTermNavigation(ctx, doc, card, highlighting.highlighter);

    const apply = (settings: Awaited<ReturnType<typeof readPageSettings>>) => {
      if (!settings.enabled) card.close();
      highlighting.apply(settings);
    };
    const domComplete = new Promise<void>((done) => {
      if (doc.readyState !== 'loading') done();
      else ctx.addEventListener(doc, 'DOMContentLoaded', () => done(), { once: true });
    });
    const [ownTerms, settings] = await Promise.all([
      userTerms.getValue(),
      readPageSettings(location.hostname),
      domComplete,
    ]);
    highlighting.setOwnTerms(readUserTerms(ownTerms));
    apply(settings);
    const unwatchSettings = watchPageSettings(location.hostname, apply);
    const unwatchTerms = userTerms.watch((terms) => highlighting.setOwnTerms(readUserTerms(terms)));
    const unwatch = () => {
      unwatchSettings();
      unwatchTerms();
    };

    // Every frame answers: the selection may be inside an iframe.
    onMessage('explainSelection', async ({ data: text }) => {
      const selection = window.getSelection();
      const chosen = (text ?? selection?.toString() ?? '').trim();
      if (!selection?.rangeCount || !chosen || !selection.toString().trim()) return false;
      const range = selection.getRangeAt(0).cloneRange();
      await card.openAtSelection(range, chosen, await sendMessage('lookupText', chosen));
      return true;
    });

    ctx.onInvalidated(() => {
      unwatch();
      card.close();
      highlighting.stop();
      doc.documentElement.removeAttribute('data-medgloss-status');
      doc.documentElement.removeAttribute('data-medgloss-style');
    });

    if (window !== window.top) return; // the popup talks to the top frame only
    onMessage('getPageInfo', () => ({
      hostname: location.hostname,
      status,
      terms: termsOnPage(highlighting.highlighter),
    }));
    onMessage('showTerm', ({ data: id }) => {
      const mark = highlighting.highlighter.marks().find((m) => m.getAttribute(TERM_ATTRIBUTE) === id);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      void card.open(mark);
      return true;
    });
  },
});
