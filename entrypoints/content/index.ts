/** The content script: wiring only. Settings decide whether and how this page is highlighted; hover
 * intent and the keyboard open the card; the popup asks about the page by message. */
// First: WXT's start-up messages must be quiet before WXT makes this script's context.
import '@/content/quiet-context';
import '@/components/shared/highlights.css';
import { HoverCard } from '@/content/card/hover-card';
import { cardEntries } from '@/content/card/card-entries';
import { watchHoverIntent } from '@/content/card/hover-intent';
import { watchTermNavigation } from '@/content/card/term-navigation';
import { senseContextAt } from '@/content/highlight/page-context';
import { PageHighlighting } from '@/content/highlight/page-highlighting';
import { answerPageInfo } from '@/content/page-info';
import { watchKnownWords } from '@/content/known-words';
import { answerExplainSelection } from '@/content/explain-selection';
import { siteOfTab } from '@/content/frame-site';
import { whenDomComplete, whenFrameHasText } from '@/content/frame-text';
import { PageData, readPageData } from '@/content/page-data';
import { testOpensShadowRoots } from '@/content/card/shadow-host';
import { MAX_TEXT, sendMessage } from '@/messages';
import { watchPageSettings, type PageSettings } from '@/settings/page-settings';
import { ownTermsIndex } from '@/settings/registry';
import { applierOf, readFrameSettings } from '@/content/frame-settings';
import { frameReads } from '@/content/early-read';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Settings are read, and the set-up done (PageHighlighting.warmUp), while the page parses.
  runAt: 'document_start',
  async main(ctx) {
    const doc = document;
    const top = window === window.top;
    // A sub-frame without text (an ad, a tracker) waits here, reading no setting; the top page starts at once.
    if (!top && !(await whenFrameHasText(ctx, doc))) return;
    const data = new PageData();
    const highlighting: PageHighlighting = new PageHighlighting(
      ctx,
      doc,
      data.matchIndex,
      (status) => {
        doc.documentElement.setAttribute('data-medgloss-status', status);
        // The toolbar badge shows the top page's state (Alt+Shift+H gives a visible sign).
        if (top && status !== 'working') {
          const terms = new Set(highlighting.marks().map((mark) => mark.getAttribute('data-medgloss-term'))).size;
          void sendMessage('pageStatus', { status, terms }).catch(() => undefined);
        }
      },
      { dictionaryMatcher: data.dictionaryMatcher, diseaseMatcher: data.diseaseMatcher, wordParts: data.wordParts },
    );
    const loadEntries = cardEntries((short) => highlighting.recognition.definition(short));
    let openRoot = false;
    const card = new HoverCard(doc, {
      isHighlight: (mark) => highlighting.isHighlight(mark),
      openRoot: () => openRoot,
      loadEntries,
      senseContext: (mark) => senseContextAt(mark, mark.textContent ?? ''),
      addOwnTerm: (text) => void sendMessage('openOptions', text.slice(0, MAX_TEXT)),
    });
    watchHoverIntent(ctx, doc, card);
    watchTermNavigation(ctx, doc, card, () => highlighting.marks());
    const apply = (settings: PageSettings) => {
      if (!settings.enabled) card.close();
      highlighting.apply(settings);
    };
    const domComplete = whenDomComplete(ctx, doc);
    const site = await siteOfTab();
    const applyStored = applierOf(highlighting, apply);
    const reads = frameReads(site); // the top page's were asked for by entrypoints/early-read.content.ts
    highlighting.readAhead(reads.settings.then(({ settings }) => settings.enabled)); // while the data is on its way
    const [stored, testOpenRoot, hasData] = await Promise.all([
      reads.settings,
      testOpensShadowRoots(),
      readPageData(data, reads.pageData),
    ]);
    if (!hasData) highlighting.withoutDictionary();
    if (stored.settings.enabled && doc.readyState === 'loading') highlighting.warmUp();
    await domComplete;
    openRoot = testOpenRoot;
    applyStored(stored);
    const stops = [
      watchPageSettings(site, apply),
      ownTermsIndex.item.watch((stored) => highlighting.setOwnTerms(ownTermsIndex.read(stored))),
      watchKnownWords(highlighting, card),
      answerExplainSelection(doc, card),
    ];
    // The popup talks to the top frame only.
    if (top) stops.push(answerPageInfo(highlighting, card));
    // Stored between the read and the watches (a term added as the page loaded): read again.
    if (reads.changedSinceRead()) void readFrameSettings(site).then((now) => ctx.isValid && applyStored(now));
    ctx.onInvalidated(() => {
      stops.forEach((stop) => stop());
      card.close();
      highlighting.stop();
      doc.documentElement.removeAttribute('data-medgloss-status');
      doc.documentElement.removeAttribute('data-medgloss-style');
    });
  },
});
