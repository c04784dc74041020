/** The toolbar badge: the number of terms on the page, and "off" the moment Alt+Shift+H switches the site off. */
import type { Worker } from '@playwright/test';
import { expect, openDemo, runCommand, tabIdOf, test, waitForPass } from './fixtures';

type Chrome = typeof import('wxt/browser').browser;

const badgeText = (background: Worker, tabId: number) =>
  background.evaluate(
    (tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId }),
    tabId,
  );

test('the badge counts the terms on the page and says "off" when the site is switched off', async ({
  context,
  server,
  background,
}) => {
  const page = await openDemo(context, server.url);
  const tab = await tabIdOf(background, page);
  const terms = await page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('mark[data-medgloss-term]')].map((m) => m.getAttribute('data-medgloss-term')),
      ).size,
  );
  expect(terms).toBeGreaterThan(5);
  await expect.poll(() => badgeText(background, tab)).toBe(String(terms));

  await runCommand(background, 'toggle-site');
  await waitForPass(page, 'off');
  await expect.poll(() => badgeText(background, tab)).toBe('off');

  await runCommand(background, 'toggle-site');
  await waitForPass(page);
  await expect.poll(() => badgeText(background, tab)).toBe(String(terms));
});
