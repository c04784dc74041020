/** Each measurement opens its own tab, so no run sees another's DOM changes or warm state. */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { SETTLE_MS } from './config';

export interface Tab {
  page: Page;
  cdp: CDPSession;
}

export async function inTab<T>(context: BrowserContext, use: (tab: Tab) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    // The style and layout counters only count while the Performance domain is on: turn it on before loading.
    await cdp.send('Performance.enable');
    return await use({ page, cdp });
  } finally {
    await page.close(); // ends the CDP session too
  }
}

export async function loadAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
}
