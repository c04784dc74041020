/**
 * The tab the side panel explains: the active tab of its window, followed as the reader switches
 * tabs. `?tab=ID` starts from a given tab (how the end-to-end tests open the panel as a page); the
 * panel's own tab, when it is opened as one, is never the page to explain.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export function useActiveTab(): number | undefined {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    let own: number | undefined;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.tabId !== own && (windowId === undefined || info.windowId === windowId)) setTabId(info.tabId);
    };
    void (async () => {
      const self = await browser.tabs.getCurrent().catch(() => undefined);
      own = self?.id;
      const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
      if (fromUrl) return setTabId(fromUrl);
      const win = await browser.windows.getCurrent();
      windowId = win.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      setTabId(tab?.id);
    })();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}
