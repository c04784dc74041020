/**
 * The background: owns the full dictionary (cards and lookups ask it) and the pages' copy of
 * its matching data, the "Explain" menu, the keyboard commands, the check of stored settings.
 */
import { browser } from 'wxt/browser';
import {
  fromContentScript as checked,
  hasNoData,
  isEntryIds,
  isLookupText,
  isOptionalText,
  isPageDefinition,
  onMessage,
  sendMessage,
  type ExplainRequest,
} from '@/messages';
import { repairStorage } from '@/settings/storage-repair';
import { SETTINGS, isSiteEnabled, readSetting, setSiteEnabled } from '@/settings/registry';
import { backgroundLookup } from './lookup';
import { watchToolbarAndInstall } from './toolbar';
import { keepPageData } from './page-data';

const EXPLAIN_MENU = 'medgloss-explain';

export default defineBackground(() => {
  const lookup = backgroundLookup();
  void repairStorage();
  keepPageData();

  // Every message here comes from our content script; anything else, or other data, is refused.
  const entries = async (ids: string[]) => {
    const all = await lookup();
    const seen = new Set<string>();
    return ids.flatMap((id) => all.withLinked(id)).filter((e) => !seen.has(e.id) && seen.add(e.id));
  };
  // Our pages ask for entries too: the popup (names for "On this page"), the welcome page's card.
  onMessage('getEntries', checked(isEntryIds, entries, true));

  const pageTerm = async ({ short, long }: { short: string; long: string }) => (await lookup()).pageTerm(short, long);
  onMessage('getPageTerm', checked(isPageDefinition, pageTerm));

  onMessage(
    'lookupText',
    checked(isLookupText, async (text) => (await lookup()).explain(text)?.id ?? null),
  );

  onMessage(
    'openOptions',
    checked(isOptionalText, (addTerm) => {
      const hash = addTerm ? `#add=${encodeURIComponent(addTerm)}` : '';
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
    }),
  );

  // The tab's top page decides for all its frames (an about:blank frame has no site of its own).
  const hostOf = (url = '') => (URL.canParse(url) ? new URL(url).hostname || null : null);
  onMessage(
    'getTopSite',
    checked(hasNoData, (_, { tab }) => hostOf(tab?.url)),
  );

  const { onInstalled } = watchToolbarAndInstall();
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: EXPLAIN_MENU, title: 'Explain “%s”', contexts: ['selection'] }));
  });

  // The menu's selection goes to the frame where the reader chose the item, never to other frames.
  const explain = (tabId: number, request: ExplainRequest, frameId?: number) =>
    sendMessage('explainSelection', request, { tabId, frameId }).catch(() => undefined);

  const onMenuClick = (
    info: { menuItemId: string | number; selectionText?: string; frameId?: number },
    tab?: { id?: number },
  ) => {
    if (info.menuItemId === EXPLAIN_MENU && tab?.id !== undefined)
      void explain(tab.id, { text: info.selectionText }, info.frameId ?? 0);
  };
  browser.contextMenus.onClicked.addListener(onMenuClick);

  const runCommand = async (command: string) => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return;
    // No text leaves the background; only the frame that has the focus explains its own selection.
    if (command === 'explain-selection') await explain(tab.id, { focusedOnly: true });
    if (command !== 'toggle-site') return;
    const page = await sendMessage('getPageInfo', undefined, tab.id).catch(() => undefined);
    if (page)
      await setSiteEnabled(page.hostname, !isSiteEnabled(await readSetting(SETTINGS.disabledSites), page.hostname));
  };
  browser.commands.onCommand.addListener((command) => void runCommand(command));

  // Only in the e2e build (`wxt build --mode e2e`): Chromium runs no extension command for synthetic keys, nor
  // opens a context menu, so tests call the browser's listeners. Vite drops this (built-extension.test.ts checks).
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, { medglossTest: { runCommand, clickMenu: onMenuClick, EXPLAIN_MENU, onInstalled } });
});
