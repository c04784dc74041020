/**
 * The extension's own pages in Firefox: the popup's lookup, its offer to allow MedGloss on
 * websites (Firefox lets the reader withhold Manifest V3 host permissions), the options page
 * reaching an open tab, and the keyboard shortcuts Firefox accepted.
 */
import { resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { ROOT } from '../e2e/paths';
import {
  cardText,
  closeTestTabs,
  highlightTexts,
  launchFirefox,
  openExtensionPage,
  openPage,
  tabIdOf,
  waitForPass,
} from './firefox';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchFirefox(), startStaticServer({ '/': resolve(ROOT, 'demo') })]);
});

afterEach(() => closeTestTabs(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Api = typeof import('wxt/browser').browser;

/** Types into the popup's lookup box (a search input) and waits for the first result. */
async function lookUp(popup: Page, text: string): Promise<string> {
  const box = (await popup.waitForSelector('input[type="search"][aria-label="Look up a medical term"]'))!;
  await box.click({ count: 3 });
  await box.type(text);
  const first = await popup.waitForSelector('[role="option"]');
  return first!.evaluate((option) => option.textContent ?? '');
}

describe('the popup and options page in Firefox', () => {
  it('the lookup box finds a term by abbreviation and synonym, suggests one for a typo, and shows its card', async () => {
    const popup = await openExtensionPage(browser, 'popup.html?tab=-1');
    expect(await lookUp(popup, 'nephroblastma')).toContain('nephroblastoma');
    // A typo's close spelling is only a suggestion ("Did you mean"): the reader picks it.
    await popup.waitForFunction(() => document.body.textContent?.includes('Did you mean'));
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => /Wilms/.test(document.querySelector('.card .term')?.textContent ?? ''));
    expect(await popup.$eval('.card .aliases', (el) => el.textContent)).toContain('nephroblastoma');

    expect(await lookUp(popup, 'ACTH')).toMatch(/ACTH/);
    await popup.keyboard.press('Enter');
    await popup.waitForFunction(() => /hormone/i.test(document.querySelector('.card')?.textContent ?? ''));

    const box = (await popup.$('input[type="search"]'))!;
    await box.click({ count: 3 });
    await box.type('xyzzy');
    await popup.waitForFunction(() => document.body.textContent?.includes('is not in the dictionary'));
    await popup.close();
  });

  it('where MedGloss may not read websites, the popup says so and the reader can allow it', async () => {
    const url = `${server.url}/oms-faq.html`;
    const page = await openPage(browser, url);
    const probe = await openExtensionPage(browser, 'popup.html?tab=-1');
    const tabId = await tabIdOf(probe, url);
    // What a reader does in Firefox's add-ons manager: take the permission to read websites away.
    await probe.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.permissions.remove({
        origins: ['http://*/*', 'https://*/*'],
      }),
    );
    await probe.close();
    await page.reload();
    await new Promise((done) => setTimeout(done, 1000));
    expect(await page.evaluate(() => document.documentElement.dataset.medglossStatus)).toBeUndefined();

    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    const allow = await popup.waitForSelector('.site-access button');
    expect(await popup.$eval('.site-access', (el) => el.textContent)).toContain('which websites MedGloss may read');
    await allow!.click(); // permissions.request() needs the reader's click: this is one
    await waitForPass(page); // the popup reloaded the tab, and MedGloss runs there now
    expect((await highlightTexts(page)).length).toBeGreaterThan(20);
    await popup.waitForFunction(() => !document.querySelector('.site-access'));
    await popup.waitForFunction(() => document.body.textContent?.includes('Highlight terms on'));
    await popup.close();
    await page.close();
  });

  it('the options page changes the highlight style and density in an open tab', async () => {
    const page = await openPage(browser, `${server.url}/oms-faq.html`);
    const count = (await highlightTexts(page)).length;
    const options = await openExtensionPage(browser, 'options.html');
    const tint = await options.waitForSelector('input[type="radio"][value="background"]:not(:disabled)');
    await tint!.click();
    await page.waitForFunction(() => document.documentElement.dataset.medglossStyle === 'background');
    const background = await page.$eval('mark[data-medgloss-term]', (mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    await (await options.$('input[type="radio"][value="all"]'))!.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('mark[data-medgloss-term]').length > count,
      { timeout: 15_000 },
      count,
    );
    await waitForPass(page);
    await (await options.$('input[type="radio"][value="underline"]'))!.click();
    await (await options.$('input[type="radio"][value="first-per-section"]'))!.click();
    // Back to the defaults, and the page follows: the next test starts from settled settings.
    await page.waitForFunction(
      (count) =>
        document.documentElement.dataset.medglossStyle === 'underline' &&
        document.documentElement.dataset.medglossStatus === 'ready' &&
        document.querySelectorAll('mark[data-medgloss-term]').length === count,
      { timeout: 15_000 },
      count,
    );
    await options.close();
    await page.close();
  });

  it('the card on the page opens from the popup’s "On this page"', async () => {
    const url = `${server.url}/oms-faq.html`;
    const page = await openPage(browser, url);
    const probe = await openExtensionPage(browser, 'popup.html?tab=-1');
    const tabId = await tabIdOf(probe, url);
    await probe.close();
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    const wilms = await popup.waitForFunction(() =>
      [...document.querySelectorAll('[aria-label="Terms on this page"] li')]
        .find((li) => li.textContent?.includes('Wilms'))
        ?.querySelector('button'),
    );
    await (wilms as ElementHandle<HTMLButtonElement>).click();
    expect(await cardText(page, '.term')).toMatch(/Wilms/);
    await page.close();
  });

  it('Firefox accepted both keyboard shortcuts (none is one it reserves)', async () => {
    const popup = await openExtensionPage(browser, 'popup.html?tab=-1');
    const commands = await popup.evaluate(async () =>
      (await (globalThis as unknown as { browser: Api }).browser.commands.getAll())
        .map(({ name, shortcut }) => `${name}=${shortcut}`)
        .sort(),
    );
    expect(commands).toEqual(['explain-selection=Alt+Shift+E', 'toggle-site=Alt+Shift+H']);
    await popup.close();
  });
});
