/**
 * What the reader sees is highlighted first: at the top of a fresh page, the top; on a page
 * reloaded further down (the browser restores the scroll), what is on screen there. The first
 * pass tells the two apart without forcing the page's layout early (issue 15).
 */
import type { Page } from '@playwright/test';
import { expect, servePage, test, waitForPass } from './fixtures';

/** A long page: 400 sections, each with a heading and a paragraph naming asthma once. */
const LONG_PAGE = `<!doctype html><html lang="en"><body>${Array.from(
  { length: 400 },
  (_, i) =>
    `<h2>Part ${i}</h2><p>Part ${i} of a long guide. People with asthma may cough at night, and the ` +
    `advice in this part is about what helps. ${'Plain words fill the rest of the line. '.repeat(6)}</p>`,
).join('\n')}</body></html>`;

/** Init script: where the first highlight MedGloss inserts sits, relative to the screen. */
function recordFirstMark(): void {
  const seen = { top: Number.NaN, height: 0 };
  (window as unknown as { __firstMark: typeof seen }).__firstMark = seen;
  new MutationObserver((records, observer) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeName === 'MARK' && (node as Element).hasAttribute('data-medgloss-term')) {
          observer.disconnect();
          seen.top = (node as Element).getBoundingClientRect().top;
          seen.height = window.innerHeight;
          return;
        }
  }).observe(document, { subtree: true, childList: true });
}

async function firstMark(page: Page): Promise<{ top: number; height: number }> {
  await waitForPass(page);
  return page.evaluate(() => (window as unknown as { __firstMark: { top: number; height: number } }).__firstMark);
}

test('a fresh page is highlighted from the top; one reloaded further down, from where the reader is', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.addInitScript(recordFirstMark);
  await page.goto(server.url + servePage('long-guide', LONG_PAGE));
  const fresh = await firstMark(page);
  expect(fresh.top).toBeGreaterThanOrEqual(0);
  expect(fresh.top).toBeLessThan(fresh.height);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.reload();
  const reloaded = await firstMark(page);
  expect(reloaded.top).toBeGreaterThanOrEqual(-reloaded.height);
  expect(reloaded.top).toBeLessThan(2 * reloaded.height);
});
