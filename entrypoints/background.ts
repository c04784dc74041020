/**
 * The background: owns the full dictionary (cards and lookups ask it), the "Explain" context
 * menu, the keyboard commands, and the check of stored settings at start.
 */
import loadDictionary from 'virtual:medgloss/dictionary';
import { browser } from 'wxt/browser';
import { Dictionary, type WithOwnTerms } from '@/dictionary/index';
import { onMessage, sendMessage } from '@/messages';
import { repairStorage } from '@/settings/storage-repair';
import { SETTINGS, isSiteEnabled, ownTerms, ownTermsIndex, readSetting, setSiteEnabled } from '@/settings/registry';
import { buildOwnTermsIndex, ownTermsSource, withOwnTerms } from '@/settings/user-terms';

const EXPLAIN_MENU = 'medgloss-explain';

export default defineBackground(() => {
  const dictionary = new Dictionary(loadDictionary());
  let withOwn: WithOwnTerms | undefined;
  const lookup = async () => (withOwn ??= withOwnTerms(dictionary, await readSetting(ownTerms)));
  // Pages match own terms with an index built here, once per change, not in every frame.
  const indexOwnTerms = async () => {
    const terms = await readSetting(ownTerms);
    if ((await readSetting(ownTermsIndex)).source !== ownTermsSource(terms))
      await ownTermsIndex.item.setValue(buildOwnTermsIndex(terms));
  };
  void indexOwnTerms();
  ownTerms.item.watch(() => {
    withOwn = undefined;
    void indexOwnTerms();
  });

  void repairStorage();

  onMessage('getEntries', async ({ data: ids }) => {
    const all = await lookup();
    const seen = new Set<string>();
    return ids.flatMap((id) => all.withLinked(id)).filter((e) => !seen.has(e.id) && seen.add(e.id));
  });

  onMessage('lookupText', async ({ data: text }) => (await lookup()).explain(text)?.id ?? null);

  onMessage('openOptions', ({ data: addTerm }) => {
    const hash = addTerm ? `#add=${encodeURIComponent(addTerm)}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
  });

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: EXPLAIN_MENU, title: 'Explain “%s”', contexts: ['selection'] }));
  });

  const onMenuClick = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => {
    if (info.menuItemId === EXPLAIN_MENU && tab?.id !== undefined)
      void sendMessage('explainSelection', info.selectionText, tab.id).catch(() => undefined);
  };
  browser.contextMenus.onClicked.addListener(onMenuClick);

  const runCommand = async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'explain-selection') {
      await sendMessage('explainSelection', undefined, tab.id).catch(() => undefined);
    } else if (command === 'toggle-site') {
      const page = await sendMessage('getPageInfo', undefined, tab.id).catch(() => undefined);
      if (page)
        await setSiteEnabled(page.hostname, !isSiteEnabled(await readSetting(SETTINGS.disabledSites), page.hostname));
    }
  };
  browser.commands.onCommand.addListener((command) => void runCommand(command));

  // Only in the end-to-end tests' build (`wxt build --mode e2e`): Chromium does not run extension
  // commands for synthetic key presses, nor open a context menu, so the tests call the very
  // listeners the browser would. Vite replaces MODE at build time and drops this from the
  // production build (tests/unit/built-extension.test.ts checks).
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, { medglossTest: { runCommand, clickMenu: onMenuClick, EXPLAIN_MENU } });
});
