/**
 * The content script: wiring only. Settings decide whether and how this page is highlighted;
 * hover intent and the keyboard open the card; the popup asks about the page by message.
 */
import '@/components/shared/highlights.css';
import loadMatchIndex from 'virtual:medgloss/match-index';
import { HoverCard } from '@/content/card/hover-card';
import { watchHoverIntent } from '@/content/card/hover-intent';
import { watchTermNavigation } from '@/content/card/term-navigation';
import { senseContextAt } from '@/content/highlight/page-context';
import { PageHighlighting } from '@/content/highlight/page-highlighting';
import { answerPageInfo } from '@/content/page-info';
import { onMessage, sendMessage } from '@/messages';
import { readPageSettings, watchPageSettings, type PageSettings } from '@/settings/page-settings';
import { ownTermsIndex, readSetting } from '@/settings/registry';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Loaded and ready before the page's DOM is: settings are read while the page parses, and the
  // first pass starts the moment the DOM is complete.
  runAt: 'document_start',
  async main(ctx) {
    const doc = document;
    const highlighting = new PageHighlighting(ctx, doc, loadMatchIndex, (status) =>
      doc.documentElement.setAttribute('data-medgloss-status', status),
    );
    const card = new HoverCard(doc, {
      loadEntries: (ids) => sendMessage('getEntries', ids),
      senseContext: (mark) => senseContextAt(mark, mark.textContent ?? ''),
      addOwnTerm: (text) => void sendMessage('openOptions', text),
    });
    watchHoverIntent(ctx, doc, card);
    watchTermNavigation(ctx, doc, card, () => highlighting.marks());

    const apply = (settings: PageSettings) => {
      if (!settings.enabled) card.close();
      highlighting.apply(settings);
    };
    const domComplete = new Promise<void>((done) => {
      if (doc.readyState !== 'loading') done();
      else ctx.addEventListener(doc, 'DOMContentLoaded', () => done(), { once: true });
    });
    const [terms, settings] = await Promise.all([
      readSetting(ownTermsIndex),
      readPageSettings(location.hostname),
      domComplete,
    ]);
    highlighting.setOwnTerms(terms);
    apply(settings);
    const stops = [
      watchPageSettings(location.hostname, apply),
      ownTermsIndex.item.watch((stored) => highlighting.setOwnTerms(ownTermsIndex.read(stored))),
      // Every frame answers: the selection may be inside an iframe.
      onMessage('explainSelection', async ({ data: text }) => {
        const selection = window.getSelection();
        const chosen = (text ?? selection?.toString() ?? '').trim();
        if (!selection?.rangeCount || !chosen || !selection.toString().trim()) return false;
        const range = selection.getRangeAt(0).cloneRange();
        await card.openAtSelection(range, chosen, await sendMessage('lookupText', chosen));
        return true;
      }),
    ];
    // The popup talks to the top frame only.
    if (window === window.top) stops.push(answerPageInfo(highlighting, card));

    ctx.onInvalidated(() => {
      stops.forEach((stop) => stop());
      card.close();
      highlighting.stop();
      doc.documentElement.removeAttribute('data-medgloss-status');
      doc.documentElement.removeAttribute('data-medgloss-style');
    });
  },
});
