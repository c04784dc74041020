/**
 * `npm run screenshots`: the README's pictures of the card on the demo page, in light and dark
 * mode, in a narrow window and at the edge of the page. Run after a build.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from './browser';
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

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer({ '/': resolve(ROOT, 'demo') });
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await launchWithExtension({ colorScheme });
    for (const shot of SHOTS.filter((s) => s.colorScheme === colorScheme))
      await shoot(context, `${server.url}/oms-faq.html`, shot);
    await context.close();
  }
  await server.close();
  console.log(`Saved ${SHOTS.length} screenshots in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
