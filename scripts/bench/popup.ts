/**
 * The popup, opened as a tab beside a bench page (`?tab=ID`, as the e2e tests do): time from
 * navigation to a lookup box the reader can type in, and from a keystroke to the first results,
 * the first keystroke (cold) and the next one (warm). Page code follows the rule in probe.ts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { backgroundWorker, extensionId } from '../browser';

export interface PopupResult {
  /** Navigation start to an enabled search box in the document. */
  interactiveMs: number;
  /** Keydown of the first letter to the first result option in the document. */
  firstResultsMs: number;
  /** Keydown of the second letter to the results changing. */
  nextResultsMs: number;
}

/** Init script for the popup: when the box appeared, and when results follow each keydown. */
function popupProbe(): void {
  const probe = { boxAt: 0, keys: [] as number[], results: [] as number[] };
  (window as unknown as { __popupBench: typeof probe }).__popupBench = probe;
  new MutationObserver(() => {
    const box = document.querySelector('input[type="search"]') as HTMLInputElement | null;
    if (!probe.boxAt && box && !box.disabled) probe.boxAt = performance.now();
    if (probe.keys.length > probe.results.length && document.querySelector('[role="option"]'))
      probe.results.push(performance.now());
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // event.timeStamp: when the browser created the key event, before any handler ran.
  document.addEventListener('keydown', (event) => probe.keys.push(event.timeStamp), { capture: true });
}

/** `inspect` reads the open popup after the measurement (popup-profile.ts: what it loaded, and when). */
export async function measurePopup(
  context: BrowserContext,
  pageUrl: string,
  inspect?: (popup: Page) => Promise<void>,
): Promise<PopupResult> {
  const id = await extensionId(context);
  const page = await context.newPage();
  const popup = await context.newPage();
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    const worker = await backgroundWorker(context);
    const tabId = await worker.evaluate(async (url) => {
      type Tabs = { query(q: object): Promise<{ id?: number; url?: string }[]> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      return (await tabs.query({})).find((tab) => tab.url === url)?.id ?? 0;
    }, pageUrl);
    await popup.addInitScript(popupProbe);
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    const box = popup.locator('input[type="search"]');
    await box.focus();
    await popup.keyboard.press('a');
    await popup.waitForSelector('[role="option"]');
    await popup.keyboard.press('s');
    await popup.waitForFunction(() => {
      const probe = (window as unknown as { __popupBench: { results: number[] } }).__popupBench;
      return probe.results.length >= 2;
    });
    await inspect?.(popup);
    return await popup.evaluate(() => {
      const probe = (window as unknown as { __popupBench: { boxAt: number; keys: number[]; results: number[] } })
        .__popupBench;
      return {
        interactiveMs: probe.boxAt,
        firstResultsMs: probe.results[0] - probe.keys[0],
        nextResultsMs: probe.results[1] - probe.keys[1],
      };
    });
  } finally {
    await popup.close();
    await page.close();
  }
}
