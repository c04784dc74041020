/**
 * `npm run screenshots`: the README's pictures of the card on the demo page, in light and dark
 * mode, in a narrow window and at the edge of the page, and of the page glossary in the side panel
 * and My words in the popup; the popup's page terms and the welcome page. Run after a build.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { extensionId, launchWithExtension, tabIdOf } from './browser';
import { startStaticServer } from './static-server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs', 'screenshots');

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** Which highlight to hover: its entry id and which occurrence (-1: last). */
  term: string;
  nth: number;
}

const SHOTS: Shot[] = [
  { file: 'card-light.png', viewport: { width: 1000, height: 640 }, colorScheme: 'light', term: 'oms', nth: 0 },
  { file: 'card-dark.png', viewport: { width: 1000, height: 640 }, colorScheme: 'dark', term: 'wilms-tumor', nth: 0 },
  {
    file: 'card-narrow.png',
    viewport: { width: 380, height: 700 },
    colorScheme: 'light',
    term: 'neuroblastoma',
    nth: 0,
  },
  {
    file: 'card-edge.png',
    viewport: { width: 1000, height: 640 },
    colorScheme: 'light',
    term: 'neuroblastoma',
    nth: -1,
  },
];

async function shoot(context: BrowserContext, url: string, shot: Shot): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(shot.viewport);
  await page.goto(url);
  await page.waitForSelector('html[data-medgloss-status="ready"]');
  const marks = page.locator(`mark[data-medgloss-term="${shot.term}"]`);
  const mark = shot.nth < 0 ? marks.last() : marks.nth(shot.nth);
  if (shot.nth < 0) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // The term near the top, so the whole card fits below it.
  else
    await mark.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -140);
    });
  await mark.hover();
  await page.locator('medgloss-card').waitFor(); // its shadow root is closed: the host shows the card
  await page.waitForTimeout(250);
  await page.screenshot({ path: resolve(OUT, shot.file) });
  await page.close();
}

/** The demo page in a new tab, highlighted, with the extension's id and the tab's (for ?tab=). */
async function openDemo(context: BrowserContext, url: string) {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-medgloss-status="ready"]');
  return { id, page, tabId: await tabIdOf(context, page) };
}

/** The side panel and the popup, opened as pages (as the e2e tests do) beside the demo page. */
async function shootLearning(context: BrowserContext, url: string): Promise<void> {
  const { id, page, tabId } = await openDemo(context, url);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Two words in My words, saved with the star of the popup's lookup (the page's card has a closed root).
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  for (const term of ['neuroblastoma', 'opsoclonus']) {
    await popup.getByRole('searchbox', { name: 'Look up a medical term' }).fill(term);
    await popup.getByRole('option').first().click();
    await popup.locator('.card .star').click();
    // The saved word's name only: the page's title ("Opsoclonus-myoclonus syndrome") is in every row.
    await popup.locator('.saved-word .word-term', { hasText: new RegExp(`^${term}$`, 'i') }).waitFor();
  }
  await popup.close();
  for (const [file, path, viewport] of [
    ['side-panel.png', 'sidepanel.html', { width: 380, height: 700 }],
    ['popup-my-words.png', 'popup.html', { width: 400, height: 700 }],
  ] as const) {
    const view = await context.newPage();
    await view.setViewportSize(viewport);
    await view.goto(`chrome-extension://${id}/${path}?tab=${tabId}`);
    await view.waitForSelector(path === 'popup.html' ? '.saved-word' : '.glossary-term');
    if (path === 'popup.html') await view.locator('.my-words').scrollIntoViewIfNeeded();
    await view.waitForTimeout(250);
    await view.screenshot({ path: resolve(OUT, file) });
    await view.close();
  }
  await page.close();
}

/** The popup for the demo page's tab (On this page, sticky footer) and the welcome page with its card open. */
async function shootPages(context: BrowserContext, url: string): Promise<void> {
  const { id, page: demo, tabId } = await openDemo(context, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.getByRole('region', { name: 'Terms on this page' }).waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: resolve(OUT, 'popup.png') });
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 760 });
  await welcome.goto(`chrome-extension://${id}/welcome.html`);
  await welcome.locator('mark[data-medgloss-term="neuroblastoma"]').hover();
  await welcome.locator('medgloss-card').waitFor(); // its shadow root is closed: the host shows the card
  await welcome.waitForTimeout(300);
  await welcome.screenshot({ path: resolve(OUT, 'welcome.png') });
  await Promise.all([demo.close(), popup.close(), welcome.close()]);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/': resolve(ROOT, 'demo') });
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await launchWithExtension({ colorScheme });
    for (const shot of SHOTS.filter((s) => s.colorScheme === colorScheme))
      await shoot(context, `${server.url}/oms-faq.html`, shot);
    if (colorScheme === 'light') await shootPages(context, `${server.url}/oms-faq.html`);
    if (colorScheme === 'light') await shootLearning(context, `${server.url}/oms-faq.html`);
    await context.close();
  }
  await server.close();
  console.log(`Saved ${SHOTS.length + 4} screenshots in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
