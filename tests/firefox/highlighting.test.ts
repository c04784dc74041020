/**
 * The page pass in Firefox itself: the demo page, its card with the page's meaning first, pages
 * with stylesheets (issue 17: Firefox highlighted nothing on them), a page that changes, and
 * switching off giving the page its own text nodes back.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { resolve } from 'node:path';
import { ROOT } from '../e2e/paths';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { STYLED, STYLESHEET, STYLESHEET_DELAYS_MS, styledPage } from '../e2e/stylesheet-page';
import {
  cardText,
  closeTestTabs,
  highlightTexts,
  switchLabelled,
  launchFirefox,
  openExtensionPage,
  openPage,
  tabIdOf,
  waitForPass,
} from './firefox';

let browser: Browser;
let server: StaticServer;
/** Serves the stylesheet pages: `/styled-<delay>.html` links `/styled-<delay>.css`, answered after <delay> ms. */
let styled: Server;
let styledUrl: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchFirefox(),
    startStaticServer({ '/': resolve(ROOT, 'demo') }, [
      (path) =>
        path === '/changing.html'
          ? { body: '<!doctype html><html lang="en"><body><main><p>Nothing medical yet.</p></main></body></html>' }
          : undefined,
    ]),
  ]);
  styled = createServer((request, response) => {
    const [, name, delay, type] = /^\/(styled-(\d+))\.(html|css)$/.exec(request.url ?? '') ?? [];
    if (!name) return void response.writeHead(404).end();
    const send = () =>
      response
        .writeHead(200, { 'content-type': type === 'css' ? 'text/css' : 'text/html; charset=utf-8' })
        .end(type === 'css' ? STYLESHEET : styledPage(`${name}.css`));
    if (type === 'css') setTimeout(send, Number(delay));
    else send();
  });
  await new Promise<void>((done) => styled.listen(0, '127.0.0.1', done));
  const address = styled.address();
  styledUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterEach(() => closeTestTabs(browser));

afterAll(async () => {
  await browser?.close();
  await server?.close();
  styled?.close();
});

describe('the demo page in Firefox', () => {
  it('highlights its jargon, and the cards of OMS and ACTH put the page’s meaning first', async () => {
    const page = await openPage(browser, `${server.url}/oms-faq.html`);
    const marked = (await highlightTexts(page)).map((text) => text.toLowerCase());
    for (const term of ['oms', 'acth', 'opsoclonus', 'neuroblastoma', 'nephroblastoma', 'paraneoplastic'])
      expect(marked, `"${term}"`).toContain(term);
    expect(marked.length).toBeGreaterThan(20);
    for (const word of ['children', 'brain', 'kidney']) expect(marked, `"${word}" is plain`).not.toContain(word);

    await page.hover('mark[data-medgloss-term="oms"]');
    const oms = await cardText(page, '.sense-meaning');
    expect(oms).toContain('opsoclonus-myoclonus syndrome');
    expect(oms).toContain('Most likely here');
    expect(await cardText(page)).toContain('oral and maxillofacial surgery');
    expect(await cardText(page)).toContain('Not medical advice');

    // The pointer leaves: the card closes; ACTH's card then explains the hormone first.
    await page.mouse.move(5, 5, { steps: 3 });
    await page.waitForFunction(() => !document.querySelector('medgloss-card')?.shadowRoot?.querySelector('.card'));
    const acth = await page.$('mark[data-medgloss-term="adrenocorticotropic-hormone"]');
    expect(acth, 'ACTH is highlighted as the hormone').not.toBeNull();
    expect(await acth!.evaluate((mark) => mark.textContent)).toBe('ACTH');
    await acth!.scrollIntoView();
    await acth!.hover();
    expect(await cardText(page, '.term')).toMatch(/adrenocorticotropic hormone|ACTH/i);
    expect(await cardText(page, '.explanation')).toMatch(/hormone/i);
    await page.close();
  });

  for (const delayMs of STYLESHEET_DELAYS_MS)
    it(`highlights a page whose stylesheet arrives after ${delayMs} ms, and leaves what it hides alone`, async () => {
      const page = await openPage(browser, `${styledUrl}/styled-${delayMs}.html`);
      const marked = (await highlightTexts(page)).map((text) => text.toLowerCase());
      for (const term of STYLED.top) expect(marked, `"${term}" on the first screen`).toContain(term.toLowerCase());
      expect(await highlightTexts(page, '#below mark')).toContain('neuroblastoma');
      expect(await highlightTexts(page, '.gone mark'), 'hidden text').toEqual([]);
      await page.close();
    });

  it('highlights text a page adds later', async () => {
    const page = await openPage(browser, `${server.url}/changing.html`);
    expect(await highlightTexts(page)).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Her neuroblastoma was found early; she had ACTH injections.';
      document.querySelector('main')!.append(p);
    });
    await page.waitForFunction(() => document.querySelectorAll('mark[data-medgloss-term]').length >= 2);
    expect(await highlightTexts(page)).toEqual(expect.arrayContaining(['neuroblastoma', 'ACTH']));
    await waitForPass(page);
    await page.close();
  });

  it('switching the site off from the popup gives the page its own text nodes back', async () => {
    const url = `${server.url}/oms-faq.html`;
    const page = await browser.newPage();
    // Before any highlight: every text node of the article, kept by the page itself.
    await page.evaluateOnNewDocument(() =>
      document.addEventListener(
        'DOMContentLoaded',
        () => {
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          const nodes: Node[] = [];
          while (walker.nextNode()) nodes.push(walker.currentNode);
          (window as unknown as { ownNodes: Node[] }).ownNodes = nodes;
        },
        { capture: true },
      ),
    );
    await page.goto(url);
    await waitForPass(page);
    expect((await highlightTexts(page)).length).toBeGreaterThan(20);

    const probe = await openExtensionPage(browser, 'popup.html');
    const tabId = await tabIdOf(probe, url);
    await probe.close();
    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    const toggle = await switchLabelled(popup, 'Highlight terms on 127.0.0.1');
    expect(await toggle!.evaluate((input) => (input as HTMLInputElement).checked)).toBe(true);
    await toggle!.click();
    await waitForPass(page, 'off');

    const same = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      const now: Node[] = [];
      while (walker.nextNode()) now.push(walker.currentNode);
      const own = (window as unknown as { ownNodes: Node[] }).ownNodes;
      return {
        marks: document.querySelectorAll('mark').length,
        same: now.length === own.length && now.every((node, i) => node === own[i]),
      };
    });
    expect(same).toEqual({ marks: 0, same: true });

    // Remembered on reload; on again highlights again.
    await page.reload();
    await waitForPass(page, 'off');
    await toggle!.click();
    await waitForPass(page);
    expect((await highlightTexts(page)).length).toBeGreaterThan(20);
    await popup.close();
    await page.close();
  });
});
