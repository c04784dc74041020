/**
 * The saved real pages (../shared/pages, or $MEDGLOSS_SHARED_DIR/pages) in Firefox: each pass
 * completes, keeps the page's text, highlights nothing in code, forms or scripts, and pausing
 * gives back the very Text nodes the page had. Without the pages one skipped test says why.
 *
 * As in the Chromium suite (tests/e2e/real-pages.spec.ts, which explains why), the pages' own
 * scripts are blocked with a `script-src 'none'` header so that every change to the DOM is ours;
 * requests to other hosts fail at once (a proxy nobody listens on), offline and deterministic.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import {
  HAS_SHARED_PAGES,
  NO_SHARED_PAGES,
  SHARED_PAGES,
  launchFirefox,
  openExtensionPage,
  waitForPass,
} from './firefox';

const PAGES = HAS_SHARED_PAGES
  ? readdirSync(SHARED_PAGES)
      .filter((file) => file.endsWith('.html'))
      .sort()
  : [];

/** Nothing of ours may appear inside these, on any page. */
const FORBIDDEN =
  'script, style, noscript, template, title, textarea, select, option, button, code, pre, kbd, svg, math';

let browser: Browser;
let server: StaticServer;
/** An extension page, to pause and resume MedGloss through its storage. */
let extension: Page;

type Api = typeof import('wxt/browser').browser;

async function setPaused(paused: boolean): Promise<void> {
  await extension.evaluate(
    (paused) => (globalThis as unknown as { browser: Api }).browser.storage.sync.set({ paused }),
    paused,
  );
}

describe.skipIf(PAGES.length === 0)('real saved pages in Firefox', () => {
  beforeAll(async () => {
    [browser, server] = await Promise.all([
      launchFirefox({
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
      }),
      startStaticServer({}, [
        (path) => {
          const file = path.slice('/pages/'.length);
          if (!path.startsWith('/pages/') || !PAGES.includes(file)) return undefined;
          return {
            body: readFileSync(join(SHARED_PAGES, file), 'utf8'),
            headers: { 'content-security-policy': "script-src 'none'" },
          };
        },
      ]),
    ]);
    extension = await openExtensionPage(browser, 'popup.html?tab=-1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const file of PAGES)
    it(`${file}: finishes, keeps the text, and pausing restores the page's own text nodes`, async () => {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(() =>
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const nodes: Text[] = [];
            while (walker.nextNode()) nodes.push(walker.currentNode as Text);
            Object.assign(window, { ownNodes: nodes, ownText: document.body.textContent });
          },
          { capture: true },
        ),
      );
      const url = `${server.url}/pages/${file}`;
      // A refused request of one of its frames can make BiDi report the navigation as failed
      // (gmw.html); the page itself is there all the same.
      await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(async (error: Error) => {
        if ((await page.evaluate(() => location.href).catch(() => '')) !== url) throw error;
      });
      await waitForPass(page);
      const after = await page.evaluate((forbidden) => {
        const w = window as unknown as { ownText: string };
        return {
          sameText: document.body.textContent === w.ownText,
          misplaced: [...document.querySelectorAll('mark[data-medgloss-term]')].filter((mark) =>
            mark.parentElement?.closest(forbidden),
          ).length,
        };
      }, FORBIDDEN);
      expect(after).toEqual({ sameText: true, misplaced: 0 });

      await setPaused(true);
      await waitForPass(page, 'off');
      const restored = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const now: Node[] = [];
        while (walker.nextNode()) now.push(walker.currentNode);
        const own = (window as unknown as { ownNodes: Text[] }).ownNodes;
        return {
          marks: document.querySelectorAll('mark[data-medgloss-term]').length,
          sameNodes: now.length === own.length && now.every((node, i) => node === own[i]),
        };
      });
      await setPaused(false);
      expect(restored).toEqual({ marks: 0, sameNodes: true });
      await page.close();
    });
});

if (PAGES.length === 0) {
  console.warn(`Skipped: ${NO_SHARED_PAGES}.`);
  it.skip(`real saved pages in Firefox: skipped, ${NO_SHARED_PAGES}`);
}
