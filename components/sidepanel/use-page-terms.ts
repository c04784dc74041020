/**
 * The terms of a tab's page, kept current: the panel opens a port to the tab's content script,
 * which posts the page's terms after every pass (content/page-info.ts). When the tab navigates the
 * port closes; the panel connects again once the new page's content script is there.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageInfo } from '@/messages';

/** Must match content/page-info.ts (components may not import content/). */
const PAGE_TERMS_PORT = 'medgloss-page-terms';
const RETRY_MS = 500;
const RETRIES = 8;

export type PageState = PageInfo | 'connecting' | 'unavailable';

export function usePageTerms(tabId: number | undefined): PageState {
  const [state, setState] = useState<PageState>('connecting');
  useEffect(() => {
    if (tabId === undefined) return;
    setState('connecting');
    let stopped = false;
    let port: ReturnType<typeof browser.tabs.connect> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const connect = () => {
      if (stopped) return;
      port = browser.tabs.connect(tabId, { name: PAGE_TERMS_PORT });
      port.onMessage.addListener((info) => {
        failures = 0;
        setState(info as PageInfo);
      });
      port.onDisconnect.addListener(() => {
        port = undefined;
        if (stopped) return;
        // A navigation or a page without MedGloss: try again a few times, then say so.
        if (++failures > RETRIES) return setState('unavailable');
        timer = setTimeout(connect, RETRY_MS);
      });
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete' || port) return;
      failures = 0;
      if (timer) clearTimeout(timer);
      connect();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      port?.disconnect();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return state;
}
