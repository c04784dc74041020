/**
 * The background's part for a new reader: the toolbar badge of each tab ("off", or the number of
 * terms found, from each page's report) and the welcome page, opened once on a fresh install.
 */
import { browser } from 'wxt/browser';
import { fromContentScript, isPageState, onMessage } from '@/messages';
import { showBadge } from '@/settings/badge';

export function watchToolbarAndInstall(): { onInstalled: (details: { reason: string }) => void } {
  onMessage(
    'pageStatus',
    fromContentScript(isPageState, (state, { tab }) => showBadge(browser.action, tab?.id, state)),
  );
  // Not on updates. The e2e tests' fresh profiles are all fresh installs: there tests call it themselves.
  const onInstalled = ({ reason }: { reason: string }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  };
  if (import.meta.env.MODE !== 'e2e') browser.runtime.onInstalled.addListener(onInstalled);
  return { onInstalled };
}
