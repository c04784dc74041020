/**
 * Opens the page glossary beside the page: Chrome's side panel, or Firefox's sidebar. Both must
 * be called straight from a click (a user gesture). Returns false where the browser has neither.
 */
import { browser } from 'wxt/browser';

interface SidePanelApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function canOpenSidePanel(): boolean {
  const apis = browser as unknown as SidePanelApis;
  return Boolean(apis.sidePanel?.open ?? apis.sidebarAction?.open);
}

export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  const apis = browser as unknown as SidePanelApis;
  if (apis.sidebarAction?.open) {
    await apis.sidebarAction.open();
    return true;
  }
  if (apis.sidePanel?.open && tabId !== undefined) {
    const tab = await browser.tabs.get(tabId);
    await apis.sidePanel.open({ windowId: tab.windowId });
    return true;
  }
  return false;
}
