/**
 * Playwright fixtures: a Chromium with the built extension (fresh profile per test), its id,
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
  /** Per-file browser options, e.g. `test.use({ browserOptions: { colorScheme: 'dark' } })`. */
  browserOptions: LaunchOptions;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
}

export const test = base.extend<Fixtures, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer({ '/pages/': SHARED_PAGES, '/': resolve(ROOT, 'demo') }, [generatedRoute]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserOptions: [{}, { option: true }],
  context: async ({ browserOptions }, use) => {
    const context = await launchWithExtension(browserOptions);
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => use(await backgroundWorker(context)),
  extensionId: async ({ context }, use) => use(await extensionId(context)),
});
export { expect };

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
