/**
 * Robustness on real saved pages (../shared/pages or $MEDGLOSS_SHARED_DIR/pages, read at test
 * time, one test per page; without them one skipped test says why): the
 * extension finishes its pass, keeps the page's text exactly, throws nothing, and switching it off
 * gives back the very DOM (and the very Text node objects) the page had before we touched it.
 *
 * How "before" is captured: an init script (main world, runs before any page script) snapshots
 * the body on DOMContentLoaded in the capture phase. MedGloss's content script runs at
 * `document_start`, but its first change waits for DOMContentLoaded (its own listener, not in the
 * capture phase, so it runs after the snapshot's) and for its settings from storage, so the
 * snapshot predates every highlight (asserted below: no status attribute and no
 * <mark data-medgloss-term> at snapshot time).
 *
 * Why the pages' own JavaScript is blocked: the saved pages carry hundreds of scripts that cannot
 * work offline; some still change the DOM after DOMContentLoaded (measured with MedGloss off:
 * aktualne, nytimes-4 and tmz-1), which would make "the DOM after switching off equals the DOM
 * before" meaningless for reasons that are not ours. We serve each page with the response header
 * `Content-Security-Policy: script-src 'none'`. That blocks every page script (inline, external,
 * event handlers) but keeps Playwright's init script and the extension's content script running:
 * Chromium exempts both from the page's CSP (checked: snapshot taken, status reaches "ready").
 * Disabling JavaScript instead does not work here (checked with CDP
 * Emulation.setScriptExecutionDisabled, which is how Playwright implements `javaScriptEnabled:
 * false`): the init script does not run, and the content script starts ("working") but its timers
 * never fire, so the pass never ends. With the CSP the DOM is exactly the parsed HTML, and every
 * change to it is MedGloss's. Requests to other hosts are aborted: offline and deterministic.
 * A second, quicker load of each page then runs the page's own scripts too (real pages are not
 * static), and checks only what still holds there: the pass completes and MedGloss throws nothing.
 *
 * One browser (fresh profile) serves all the tests of this file, each on its own tab, to keep the
 * 40 pages well under two minutes; each test switches the site back on before it starts.
 */
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { backgroundWorker, launchWithExtension } from '../../scripts/browser';
import {
  HAS_SHARED_PAGES,
  NO_SHARED_PAGES,
  SHARED_PAGES,
  expect,
  highlights,
  setStorage,
  test as base,
  waitForPass,
} from './fixtures';

const test = base.extend<object, { shared: { context: BrowserContext; background: Worker } }>({
  shared: [
    async ({}, use) => {
      const context = await launchWithExtension();
      await use({ context, background: await backgroundWorker(context) });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const PAGES = HAS_SHARED_PAGES
  ? readdirSync(SHARED_PAGES)
      .filter((file) => file.endsWith('.html'))
      .sort()
  : [];

if (PAGES.length === 0)
  base('real saved pages: finish, keep the text, throw nothing, restore the DOM', () => {
    console.warn(`Skipped: ${NO_SHARED_PAGES}.`);
    base.skip(true, NO_SHARED_PAGES);
  });

/** The pass on a 1.6 MB page is slow in a loaded CI container: be generous. */
const PASS_TIMEOUT = 30_000;

/** Elements nothing of ours may appear in, on any page. */
const FORBIDDEN_PARENTS = [
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'textarea',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'svg',
  'math',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[hidden]',
].join(',');

interface Probe {
  /** What the page looked like on DOMContentLoaded, before MedGloss ran. */
  before: {
    status: string | null;
    marks: number;
    html: string;
    skeleton: string;
    texts: Text[];
    data: string[];
  } | null;
  skeleton(root: Node): string;
  textNodes(root: Node): Text[];
}

/**
 * Runs in the page's main world before anything else (also in frames, harmlessly). DOM nodes are
 * shared between the main world and the content script's isolated world, so the Text nodes we keep
 * here are the very objects MedGloss splits and restores. The references are strong on purpose: a
 * node MedGloss dropped stays inspectable (isConnected === false) instead of being collected.
 */
function installProbe(): void {
  const TERM = 'data-medgloss-term';
  /**
   * The text of the tree, node boundaries aside: elements as bare tags, adjacent text merged into
   * one run, our marks transparent. Highlighting must leave this string unchanged: it catches text
   * lost, duplicated, reordered or moved into another element, which textContent alone would not.
   */
  const skeleton = (root: Node): string => {
    const out: string[] = [];
    let run: string | null = null;
    const flush = () => {
      if (run !== null) out.push(JSON.stringify(run));
      run = null;
    };
    const visit = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) run = (run ?? '') + (child as Text).data;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const element = child as Element;
          if (element.localName === 'mark' && element.hasAttribute(TERM)) {
            visit(element);
            continue;
          }
          flush();
          out.push(`<${element.localName}>`);
          if (element.shadowRoot) {
            out.push('<#shadow>');
            visit(element.shadowRoot);
            flush();
            out.push('</#shadow>');
          }
          visit(element);
          flush();
          out.push('</>');
        }
      }
    };
    visit(root);
    flush();
    return out.join('');
  };
  const textNodes = (root: Node): Text[] => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    return texts;
  };
  const probe = { before: null as unknown, skeleton, textNodes };
  Object.defineProperty(window, '__medglossProbe', { value: probe });
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const body = document.body;
      if (!body) return;
      const texts = textNodes(body);
      probe.before = {
        status: document.documentElement.getAttribute('data-medgloss-status'),
        marks: document.querySelectorAll(`mark[${TERM}]`).length,
        html: body.innerHTML,
        skeleton: skeleton(body),
        texts,
        data: texts.map((t) => t.data),
      };
    },
    { capture: true, once: true },
  );
}

declare global {
  interface Window {
    __medglossProbe: Probe;
  }
}

/** Where two long strings first differ, with some context, instead of a megabyte-long diff. */
function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const from = Math.max(0, i - 120);
  return (
    `lengths ${actual.length} (now) vs ${expected.length} (before); first difference at ${i}:\n` +
    `  now:    …${JSON.stringify(actual.slice(from, i + 120))}…\n` +
    `  before: …${JSON.stringify(expected.slice(from, i + 120))}…`
  );
}

/**
 * Switches MedGloss off or on for 127.0.0.1 the way the popup does: in sync storage. Sync storage
 * allows 120 writes a minute per profile, and this file shares one profile across 40 fast tests,
 * so redundant writes are skipped and writes are paced to stay under the quota.
 */
let siteOff = false; // a fresh profile: on everywhere
const writes: number[] = [];
async function setSiteOff(background: Worker, off: boolean): Promise<void> {
  if (off === siteOff) return;
  while (writes.length && writes[0] < Date.now() - 60_000) writes.shift();
  if (writes.length >= 100) await new Promise((done) => setTimeout(done, writes[0] + 60_000 - Date.now() + 50));
  writes.push(Date.now());
  await setStorage(background, 'sync', { disabledSites: off ? ['127.0.0.1'] : [] });
  siteOff = off;
}

/**
 * Errors MedGloss caused. With page scripts blocked (`pageScriptsRun` false) any uncaught error
 * not located in the page's own origin can only be ours; with page scripts running, the saved
 * pages throw dozens of errors of their own (offline, half-saved), so only errors that name the
 * extension (a chrome-extension:// frame, or "medgloss") count.
 */
function collectOurErrors(page: Page, pageOrigin: string, pageScriptsRun: boolean): string[] {
  const errors: string[] = [];
  const ours = (where: string) => /chrome-extension:\/\/|medgloss/i.test(where);
  page.on('pageerror', (error) => {
    const where = `${error.message}\n${error.stack ?? ''}`;
    if (ours(where) || (!pageScriptsRun && !where.includes(pageOrigin))) errors.push(`pageerror: ${where}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = `${message.text()} @ ${message.location().url}`;
    if (ours(where)) errors.push(`console.${message.type()}: ${where}`);
  });
  return errors;
}

/** Abort everything not served by the local server: offline, fast, deterministic. */
async function stayLocal(page: Page): Promise<void> {
  await page.route(
    (u) => u.protocol.startsWith('http') && u.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
}

for (const name of PAGES) {
  test(`${name}: finishes, keeps the text, throws nothing, and switching off restores the DOM`, async ({
    shared: { context, background },
    server,
  }) => {
    await setSiteOff(background, false);
    const page = await context.newPage();
    const url = `${server.url}/pages/${name}`;
    await stayLocal(page);
    await page.route(url, async (route) => {
      // Playwright's own request to the local server: a CI run once lost it to ECONNRESET
      // (yahoo-4.html), before the page or MedGloss were involved. Playwright retries that error only.
      const response = await route.fetch({ maxRetries: 2 });
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    });
    await page.addInitScript(installProbe);
    const errors = collectOurErrors(page, server.url, false);

    await page.goto(url, { waitUntil: 'domcontentloaded' });

    // 1. The pass completes.
    await expect(page.locator('html')).toHaveAttribute('data-medgloss-status', 'ready', { timeout: PASS_TIMEOUT });
    const before = await page.evaluate(() => {
      const b = window.__medglossProbe.before;
      return b && { status: b.status, marks: b.marks, nodes: b.texts.length };
    });
    expect(before, 'the DOMContentLoaded snapshot was taken').not.toBeNull();
    expect(before!.status, 'the snapshot predates MedGloss').toBeNull();
    expect(before!.marks, 'the snapshot predates MedGloss').toBe(0);

    // 2. The text is exactly the same, highlighted or not.
    const state = await page.evaluate((forbidden) => {
      const probe = window.__medglossProbe;
      const b = probe.before!;
      const marks = [...document.querySelectorAll('mark[data-medgloss-term]')];
      return {
        skeleton: probe.skeleton(document.body),
        beforeSkeleton: b.skeleton,
        marks: marks.length,
        detached: b.texts.filter((t) => !t.isConnected).map((t) => t.data.slice(0, 60)),
        misplaced: marks
          .filter((m) => m.parentElement?.closest(forbidden) || m.querySelector('mark'))
          .map((m) => (m.parentElement?.closest(forbidden) ?? m).outerHTML.slice(0, 160)),
      };
    }, FORBIDDEN_PARENTS);
    test.info().annotations.push({ type: 'highlights', description: String(state.marks) });
    expect(firstDifference(state.skeleton, state.beforeSkeleton), 'the highlighted page has the same text').toBeNull();
    expect(state.detached, 'the page’s own Text nodes stay in the document while highlighted').toEqual([]);
    expect(state.misplaced, 'no highlight in code, forms, scripts, hidden or editable content').toEqual([]);

    // 3. Switching off gives back the very DOM of before, with the same Text node objects.
    await setSiteOff(background, true);
    await waitForPass(page, 'off');
    await expect(highlights(page)).toHaveCount(0);
    const restored = await page.evaluate(() => {
      const probe = window.__medglossProbe;
      const b = probe.before!;
      const now = probe.textNodes(document.body);
      const changed: string[] = [];
      b.texts.forEach((node, i) => {
        if (!node.isConnected) changed.push(`detached: ${JSON.stringify(b.data[i].slice(0, 80))}`);
        else if (node.data !== b.data[i])
          changed.push(
            `rewritten: ${JSON.stringify(b.data[i].slice(0, 80))} -> ${JSON.stringify(node.data.slice(0, 80))}`,
          );
      });
      const sameOrder = now.length === b.texts.length && now.every((node, i) => node === b.texts[i]);
      return {
        html: document.body.innerHTML,
        beforeHtml: b.html,
        changed: changed.slice(0, 10),
        changedCount: changed.length,
        nodesBefore: b.texts.length,
        nodesNow: now.length,
        sameOrder,
      };
    });
    expect(firstDifference(restored.html, restored.beforeHtml), 'body.innerHTML is back to the original').toBeNull();
    expect(
      { changed: restored.changed, count: restored.changedCount },
      'every original Text node is back, in place, with its original text',
    ).toEqual({ changed: [], count: 0 });
    expect(
      { nodes: restored.nodesNow, sameOrder: restored.sameOrder },
      'the body holds exactly the original Text nodes, in order (no leftover pieces, nothing merged)',
    ).toEqual({ nodes: restored.nodesBefore, sameOrder: true });

    // 4. Nothing of ours went wrong along the way.
    expect(errors, 'no error from MedGloss').toEqual([]);
    await page.close();

    // 5. The same page with its own scripts running: the pass still completes, nothing thrown.
    await setSiteOff(background, false);
    const live = await context.newPage();
    await stayLocal(live);
    const liveErrors = collectOurErrors(live, server.url, true);
    await live.goto(url, { waitUntil: 'domcontentloaded' });
    await expect(live.locator('html')).toHaveAttribute('data-medgloss-status', 'ready', { timeout: PASS_TIMEOUT });
    expect(liveErrors, 'no error from MedGloss with the page’s scripts running').toEqual([]);
    await live.close();
  });
}
