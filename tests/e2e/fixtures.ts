/**
 * Playwright fixtures: a Chromium with the built extension (one per worker, put back as the install
 * left it after every test; a fresh one for tests that ask), its id,
 * and a local server for the demo page and the real saved pages (see paths.ts; skipped without them).
 */
import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { ROOT, SHARED_PAGES } from './paths';
import { backgroundWorker, extensionId, launchWithExtension, type LaunchOptions } from '../../scripts/browser';
import { startStaticServer, type Route, type StaticServer } from '../../scripts/static-server';

export { HAS_SHARED_PAGES, NO_SHARED_PAGES, ROOT, SHARED_PAGES } from './paths';

/** Test pages made on the fly: `/generated/<name>.html`. */
const generated = new Map<string, NonNullable<ReturnType<Route>>>();
export function servePage(name: string, body: string, headers?: Record<string, string>): string {
  generated.set(`/generated/${name}.html`, { body, headers });
  return `/generated/${name}.html`;
}

/** A page sent in two parts, the second `laterMs` after the first: the browser parses the first while it waits. */
export function serveSlowPage(name: string, first: string, later: string, laterMs: number): string {
  generated.set(`/generated/${name}.html`, { body: first, later, laterMs });
  return `/generated/${name}.html`;
}

/** A stylesheet made on the fly, `/generated/<name>.css`, answered after `delayMs`. */
export function serveStylesheet(name: string, css: string, delayMs = 0): string {
  generated.set(`/generated/${name}.css`, { body: css, headers: { 'content-type': 'text/css' }, delayMs });
  return `/generated/${name}.css`;
}
const generatedRoute: Route = (path) => generated.get(path);

interface Fixtures {
  /** Per-file browser options, e.g. `test.use({ browserOptions: { colorScheme: 'dark' } })`: such a test gets a browser of its own. */
  browserOptions: LaunchOptions;
  /**
   * `test.use({ freshBrowser: true })`: a browser launched for this test alone, for tests that change
   * the browser context itself (routes, init scripts, context-wide listeners) or need a fresh install.
   */
  freshBrowser: boolean;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
}

export const test = base.extend<Fixtures, { server: StaticServer; sharedBrowser: SharedBrowserSlot }>({
  sharedBrowser: [
    // Closed before the server (fixtures are torn down in reverse): its open connections would hold the server's close.
    async ({ server: _server }, use) => {
      const slot: SharedBrowserSlot = {};
      await use(slot);
      await slot.browser?.context.close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const server = await startStaticServer({ '/pages/': SHARED_PAGES, '/': resolve(ROOT, 'demo') }, [generatedRoute]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserOptions: [{}, { option: true }],
  freshBrowser: [false, { option: true }],
  context: async ({ browserOptions, freshBrowser, sharedBrowser }, use, testInfo) => {
    if (freshBrowser || Object.keys(browserOptions).length > 0) {
      const context = await launchWithExtension(browserOptions);
      await use(context);
      await context.close();
      return;
    }
    const shared = (sharedBrowser.browser ??= await launchSharedBrowser());
    await use(shared.context);
    // After a failure the browser may be in any state: the next test gets a new one.
    const reset = testInfo.status === testInfo.expectedStatus && (await resetSharedBrowser(shared));
    if (!reset) {
      sharedBrowser.browser = undefined;
      await shared.context.close().catch(() => undefined);
    }
  },
  background: async ({ context }, use) => use(await backgroundWorker(context)),
  extensionId: async ({ context }, use) => use(await extensionId(context)),
});
export { expect };

/**
 * A browser the tests of a worker take in turn (launching and closing Chromium cost 2-5 s a test on
 * the CI machine: the suite took 863 s with a browser per test, 560 s shared). Between tests it is
 * put back as it was just after the install: every tab closed, the extension's storage (local, sync,
 * session) exactly as the install left it, no route, cookie, permission or context-wide listener a
 * test added. The extension's background keeps running: what it holds in memory is either fixed
 * (the dictionary) or read again from storage, whose changes it watches. Not reset: the test pages'
 * own web storage and the HTTP cache (MedGloss uses neither; the test server sends no validators nor
 * expiry, so a page is fetched again on every load except back and forward navigation).
 */
interface SharedBrowser {
  context: BrowserContext;
  /** The extension's storage once the install had finished: what every test starts from. */
  installed: StorageSnapshot;
}
interface SharedBrowserSlot {
  browser?: SharedBrowser;
}
/** The background's globals, as `evaluate` sees them. */
type ExtensionGlobal = { chrome: typeof import('wxt/browser').browser };
type StorageArea = 'local' | 'sync' | 'session';
type StorageSnapshot = Record<StorageArea, Record<string, unknown>>;
const STORAGE_AREAS: StorageArea[] = ['local', 'sync', 'session'];
/** The key the background writes the matching data to on install (dictionary/page-data.ts): the install is done when it is there. */
const INSTALLED_KEY = 'pageData';
/** Listeners tests add to the context (page-safety's error watch): gone before the next test. */
const TEST_CONTEXT_EVENTS = [
  'weberror',
  'console',
  'request',
  'response',
  'requestfinished',
  'requestfailed',
  'dialog',
];

async function launchSharedBrowser(): Promise<SharedBrowser> {
  const context = await launchWithExtension();
  const background = await backgroundWorker(context);
  await expect
    .poll(
      () =>
        background.evaluate(
          async (key) => key in (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(key)),
          INSTALLED_KEY,
        ),
      {
        message: 'the extension writes its matching data on install',
      },
    )
    .toBe(true);
  const installed = await background.evaluate(async (areas) => {
    const snapshot: Record<string, Record<string, unknown>> = {};
    for (const area of areas)
      snapshot[area] = await (globalThis as unknown as ExtensionGlobal).chrome.storage[area].get(null);
    return snapshot as StorageSnapshot;
  }, STORAGE_AREAS);
  return { context, installed };
}

/** Puts the shared browser back as the install left it; false if it could not (it is then closed). */
async function resetSharedBrowser({ context, installed }: SharedBrowser): Promise<boolean> {
  try {
    const blank = await context.newPage();
    for (const page of context.pages()) if (page !== blank) await page.close();
    for (const event of TEST_CONTEXT_EVENTS) context.removeAllListeners(event);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearCookies();
    await context.clearPermissions();
    const background = await backgroundWorker(context);
    await background.evaluate(
      async ({ areas, installed }) => {
        for (const area of areas) {
          const storage = (globalThis as unknown as ExtensionGlobal).chrome.storage[area];
          const now = await storage.get(null);
          const added = Object.keys(now).filter((key) => !(key in installed[area]));
          if (added.length > 0) await storage.remove(added);
          const changed = Object.entries(installed[area]).filter(
            ([key, value]) => JSON.stringify(now[key]) !== JSON.stringify(value),
          );
          if (changed.length > 0) await storage.set(Object.fromEntries(changed));
          // Read back: a write the storage refused must not leave the next test another test's state.
          if (
            JSON.stringify(await storage.get(null)) !== JSON.stringify(await storage.get(Object.keys(installed[area])))
          )
            throw new Error(`storage.${area} still holds keys the install did not write`);
          for (const [key, value] of Object.entries(await storage.get(null)))
            if (JSON.stringify(value) !== JSON.stringify(installed[area][key]))
              throw new Error(`storage.${area}.${key} differs from the install's`);
        }
      },
      { areas: STORAGE_AREAS, installed },
    );
    if (context.pages().length !== 1) throw new Error(`${context.pages().length} tabs are still open`);
    return true;
  } catch (error) {
    console.warn(`The shared test browser could not be reset, a new one is launched: ${String(error)}`);
    return false;
  }
}

export async function waitForPass(page: Page, status: 'ready' | 'off' = 'ready'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-status', status);
}

export async function openDemo(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/oms-faq.html`);
  await waitForPass(page);
  return page;
}

export function highlights(page: Page, id?: string): Locator {
  return page.locator(id ? `mark[data-medgloss-term="${id}"]` : 'mark[data-medgloss-term]');
}

/**
 * The open card's content. The card's shadow root is closed (pages must not read it), and
 * Playwright cannot pierce closed roots; so the e2e build alone (`wxt build --mode e2e`) opens it,
 * unless a test asks for the production behaviour with `closeCardRoots`. The production build
 * always closes it (tests/unit/built-extension.test.ts checks).
 */
export function card(page: Page): Locator {
  return page.locator('medgloss-card .card');
}

/** Test-only storage key the e2e build reads (see `card`): pages opened after this get closed card roots. */
export const CLOSED_ROOTS_KEY = 'medglossTestClosedRoots';
export async function closeCardRoots(background: Worker): Promise<void> {
  await setStorage(background, 'local', { [CLOSED_ROOTS_KEY]: true });
}

/** The id of the browser tab showing `page`, as the extension sees it (the active tab once in front). */
export async function tabIdOf(background: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return background.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * The background's own listeners, exposed only by the e2e build (see entrypoints/background/index.ts):
 * Chromium neither runs extension commands for synthetic key presses nor opens a context menu.
 */
export async function runCommand(background: Worker, command: 'toggle-site' | 'explain-selection'): Promise<void> {
  await background.evaluate(
    (name) => (globalThis as unknown as { medglossTest: TestHooks }).medglossTest.runCommand(name),
    command,
  );
}

/** Clicks "Explain “…”" in the context menu of a selection in the tab, through the background's real listener. */
export async function clickExplainMenu(
  background: Worker,
  tabId: number,
  selectionText: string,
  frameId = 0,
): Promise<void> {
  await background.evaluate(
    ({ tabId, selectionText, frameId }) => {
      const { clickMenu, EXPLAIN_MENU } = (globalThis as unknown as { medglossTest: TestHooks }).medglossTest;
      clickMenu({ menuItemId: EXPLAIN_MENU, selectionText, frameId }, { id: tabId });
    },
    { tabId, selectionText, frameId },
  );
}

/** The background's install listener, as the browser calls it after an install or an update. */
export async function runInstalled(background: Worker, reason: 'install' | 'update'): Promise<void> {
  await background.evaluate(
    (reason) => (globalThis as unknown as { medglossTest: TestHooks }).medglossTest.onInstalled({ reason }),
    reason,
  );
}

interface TestHooks {
  onInstalled(details: { reason: string }): void;
  runCommand(command: string): Promise<void>;
  clickMenu(info: { menuItemId: string; selectionText?: string; frameId?: number }, tab: { id: number }): void;
  EXPLAIN_MENU: string;
}

/** Writes extension storage directly, as an older version or a corrupt profile might have left it. */
export async function setStorage(
  background: Worker,
  area: 'sync' | 'local',
  values: Record<string, unknown>,
): Promise<void> {
  await background.evaluate(
    async ({ area, values }) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      await api.storage[area].set(values);
    },
    { area, values },
  );
}
