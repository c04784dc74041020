/**
 * Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver
 * BiDi (Playwright needs its own Firefox build, which cannot be downloaded here). One browser per
 * test file keeps the suite quick; each test opens its own tabs and closes them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/paths';

export { HAS_SHARED_PAGES, NO_SHARED_PAGES, SHARED_PAGES } from '../e2e/paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The e2e build for Firefox (`wxt build -b firefox --mode e2e`), made by global-setup.ts. */
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, process.env.MEDGLOSS_OUT_DIR ?? '.output', 'firefox-mv3-e2e');

/** The add-on id from wxt.config.ts, and the internal UUID we give it, so its pages have a known URL. */
const ADDON_ID = 'medgloss@medgloss.app';
const ADDON_UUID = '6d1a3c2e-0b7f-4c55-9d0e-4a8f6b2c1e01';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** `prefs`: more Firefox preferences for this browser. */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Browser> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: the suite's global setup makes it.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it (the popup, options).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // permissions.request() from the popup: grant without the doorhanger headless cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  firstTabs.set(browser, new Set(await browser.pages()));
  return browser;
}

/** The tabs a browser started with: `closeTestTabs` leaves them (Firefox quits with its last tab). */
const firstTabs = new WeakMap<Browser, Set<Page>>();

/**
 * Closes every tab opened since the browser started; for `afterEach`. A test that fails midway
 * never reaches its own `page.close()`, and a page left open at the same address is what
 * `tabIdOf` would find for the retry or the next test (the popup then opened the card there).
 */
export async function closeTestTabs(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const keep = firstTabs.get(browser);
  for (const page of await browser.pages()) if (!keep?.has(page)) await page.close().catch(() => undefined);
}

export async function openPage(browser: Browser, url: string, status: Status = 'ready'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await waitForPass(page, status);
  return page;
}

type Status = 'ready' | 'off';

export async function waitForPass(page: Page, status: Status = 'ready'): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.dataset.medglossStatus === s, { timeout: 15_000 }, status);
}

/** The text of every highlight, in document order; `selector` narrows them (`#below mark`). */
export function highlightTexts(page: Page, selector = 'mark[data-medgloss-term]'): Promise<string[]> {
  return page.$$eval(selector, (marks) => marks.map((mark) => mark.textContent ?? ''));
}

/** Waits for the open card and returns the text of `part` in it (its shadow root is open). */
export async function cardText(page: Page, part = '.card'): Promise<string> {
  const handle = await page.waitForFunction(
    (part) => document.querySelector('medgloss-card')?.shadowRoot?.querySelector(part)?.textContent || undefined,
    { timeout: 10_000 },
    part,
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Opens an extension page (`popup.html?tab=…`, `options.html`) in a tab. BiDi sees the document
 * but not the navigation's end (the tab moves to the extension process), so this waits on the
 * document itself. Under load, Firefox's BiDi layer sometimes fails every evaluate in such a tab
 * with an internal error ("right-hand side of 'in' should be an object, got null"; 4 of 10 runs
 * of popup-options.test.ts on a loaded machine, and waiting again in the same tab fails the same
 * way): that tab is closed and the page opened in a new one.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
    try {
      await page.waitForFunction(
        (origin) => location.origin === origin && document.readyState === 'complete',
        { timeout: 15_000 },
        EXTENSION_ORIGIN,
      );
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      const cause = (error as Error & { cause?: unknown }).cause;
      if (attempt === 3 || !/right-hand side of 'in'/.test(`${String(error)} ${String(cause)}`)) throw error;
      console.warn(`openExtensionPage(${path}): BiDi's internal error, opened again in a new tab`);
    }
  }
}

/**
 * The browser's id of the tab showing `url`, as the extension sees it (asked from an extension
 * page). Exactly one tab must show it: with two, the test could talk to the wrong one.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const ids = await extensionPage.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
    const tabs = await api.tabs.query({});
    return tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
  }, url);
  if (ids.length !== 1)
    throw new Error(`${ids.length} tabs show ${url} (ids ${ids.join(', ')}): expected exactly one.`);
  return ids[0]!;
}

/** The switch (a checkbox with role="switch") whose label reads `label`. */
export async function switchLabelled(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('label')]
        .find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === label)
        ?.querySelector<HTMLInputElement>('input[role="switch"]'),
    { timeout: 10_000 },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}
