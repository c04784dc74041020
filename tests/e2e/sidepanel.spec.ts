/**
 * Issue 16, the page glossary beside the page (Chrome's side panel; Firefox's sidebar is the same
 * page): the tab's terms with their explanations, kept current as the page changes, a term chosen
 * scrolls the page to it, and the panel follows the active tab. The tests open the panel as a page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { card, expect, highlights, servePage, tabIdOf, test, waitForPass } from './fixtures';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glossary test</title></head>
<body><h1>About neuroblastoma</h1><p>Neuroblastoma is a cancer of young children.</p>
<div style="height: 3000px"></div><p id="far">Some children also have myoclonus.</p></body></html>`;

const OTHER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title></head>
<body><p>The child had ataxia.</p></body></html>`;

async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

test('the side panel lists the page’s terms with explanations, follows page changes, and scrolls to a term', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('glossary', ARTICLE));
  await waitForPass(page);
  const panel = await openPanel(context, extensionId, await tabIdOf(background, page));
  const glossary = panel.getByRole('region', { name: 'Terms on this page' });
  // The panel lists terms the way the popup does (most frequent first): compare as a set.
  await expect
    .poll(async () => (await glossary.locator('.term-name').allTextContents()).sort())
    .toEqual(['myoclonus', 'neuroblastoma']);
  await expect(glossary.locator('[data-term="neuroblastoma"] .explanation')).toContainText(/cancer/i);
  await expect(glossary.locator('[data-term="neuroblastoma"]')).toContainText('noor-oh-blas-TOH-muh');

  // The page changes: the new term shows up without reopening the panel.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Later, ataxia made walking hard.';
    document.body.prepend(p);
  });
  await expect(glossary.locator('[data-term="ataxia"] .explanation')).toBeVisible();

  // Choosing a term scrolls the page to it and opens its card.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await glossary.getByRole('button', { name: 'myoclonus' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(card(page).locator('.term')).toHaveText('myoclonus');
  await expect(highlights(page, 'myoclonus')).toBeInViewport();
});

test('the side panel follows the active tab, and says so on a page MedGloss does not run on', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const first = await context.newPage();
  await first.goto(server.url + servePage('glossary-first', ARTICLE));
  await waitForPass(first);
  const panel = await openPanel(context, extensionId, await tabIdOf(background, first));
  const glossary = panel.getByRole('region', { name: 'Terms on this page' });
  await expect(glossary.locator('[data-term="neuroblastoma"]')).toBeVisible();

  const second = await context.newPage();
  await second.goto(server.url + servePage('glossary-second', OTHER));
  await waitForPass(second);
  await second.bringToFront();
  await expect(glossary.locator('.term-name')).toHaveText(['ataxia']);

  await first.bringToFront();
  await expect(glossary.locator('[data-term="neuroblastoma"]')).toBeVisible();

  const blank = await context.newPage();
  await blank.goto('about:blank');
  await blank.bringToFront();
  await expect(panel.getByText('MedGloss does not run on this page.')).toBeVisible({ timeout: 15_000 });
});

test('the side panel shows My words too', async ({ context, extensionId }) => {
  const panel = await openPanel(context, extensionId, -1);
  await panel.getByRole('tab', { name: 'My words' }).click();
  await expect(panel.getByText('No saved words yet.')).toBeVisible();
});
