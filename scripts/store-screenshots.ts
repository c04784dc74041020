/**
 * `npm run store:screenshots`: the store listing's screenshots, 1280x800 PNGs in store/screenshots/,
 * taken headless from the built extension (run `npm run build` first) on the demo page:
 * 1-highlights.png  the demo page with its medical terms highlighted;
 * 2-card.png        the card open on "OMS", its most likely meaning first;
 * 3-popup.png       the toolbar popup (site switch, a lookup, the terms on the page), drawn where
 *                   the browser shows it, over the demo page.
 * The demo page is served by the local static server but shown as https://example.org.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, launchWithExtension, tabIdOf } from './browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'store', 'screenshots');
const SIZE = { width: 1280, height: 800 };
const POPUP_WIDTH = 380;
/** The demo page is shown under a reserved example domain rather than 127.0.0.1 (served locally). */
const SHOWN_ORIGIN = 'https://example.org';

async function demoPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-medgloss-status="ready"]', { timeout: 20_000 });
  return page;
}

/** Hovers the first highlighted "OMS", a third of the way down the view, and waits for the card to settle. */
async function openOmsCard(page: Page): Promise<void> {
  const oms = page.locator('mark[data-medgloss-term="oms"]').first();
  await oms.evaluate((mark) =>
    window.scrollTo({ top: mark.getBoundingClientRect().top + window.scrollY - 260, behavior: 'instant' }),
  );
  await oms.hover();
  await page.locator('medgloss-card').waitFor(); // its shadow root is closed: the host shows the card
  await page.waitForTimeout(300);
}

/** The popup for `tabId` with a word looked up, as a PNG of the popup's own size. */
async function popupShot(context: BrowserContext, tabId: number): Promise<Buffer> {
  const id = await extensionId(context);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.pressSequentially('nephrobl', { delay: 40 });
  await popup.getByRole('option').first().waitFor();
  await box.press('Enter');
  await popup.locator('.card .term').waitFor();
  await popup.waitForTimeout(200);
  const height = await popup.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await popup.setViewportSize({ width: POPUP_WIDTH, height: Math.min(height, 740) });
  const png = await popup.screenshot();
  await popup.close();
  return png;
}

/** Draws the popup image where the browser shows a toolbar popup: top right, with its shadow. */
async function overlayPopup(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(
    (src) => {
      const frame = document.createElement('div');
      frame.style.cssText =
        'position:fixed;top:8px;right:16px;z-index:2147483647;border-radius:8px;overflow:hidden;' +
        'box-shadow:0 8px 32px rgba(15,25,40,.28),0 0 0 1px rgba(15,25,40,.12);background:#fff;line-height:0';
      const image = document.createElement('img');
      image.src = src;
      image.alt = '';
      frame.append(image);
      document.body.append(frame);
      return image.decode();
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/': resolve(ROOT, 'demo') });
  const context = await launchWithExtension({ viewport: SIZE, colorScheme: 'light' });
  try {
    // Nothing goes online: the example origin is answered by the local server, the rest is refused.
    await context.route('**/*', async (route) => {
      const requested = new URL(route.request().url());
      if (requested.origin === SHOWN_ORIGIN)
        return route.fulfill({ response: await route.fetch({ url: `${server.url}${requested.pathname}` }) });
      return requested.protocol.startsWith('http') && requested.hostname !== '127.0.0.1'
        ? route.abort()
        : route.continue();
    });
    const url = `${SHOWN_ORIGIN}/oms-faq.html`;
    const page = await demoPage(context, url);
    const count = await page.locator('mark[data-medgloss-term]').count();
    await page.mouse.move(2, 2);
    await page.screenshot({ path: resolve(OUT, '1-highlights.png') });

    await openOmsCard(page);
    await page.screenshot({ path: resolve(OUT, '2-card.png') });

    const tabId = await tabIdOf(context, page);
    const png = await popupShot(context, tabId);
    const behind = await demoPage(context, url);
    await behind.mouse.move(2, 2);
    await overlayPopup(behind, png);
    await behind.screenshot({ path: resolve(OUT, '3-popup.png') });

    console.log(`Saved 3 screenshots (${SIZE.width}x${SIZE.height}) in ${OUT}; the demo page had ${count} highlights.`);
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
