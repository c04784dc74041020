/**
 * What a page could try against the reader: each attack is performed for real, by a page script
 * (the page's own world, not the test's) or by the page's frames. The card's shadow root is
 * closed in these tests, as in the production build (see `closeCardRoots`).
 */
import type { Page } from '@playwright/test';
import {
  clickExplainMenu,
  closeCardRoots,
  expect,
  highlights,
  runCommand,
  servePage,
  setStorage,
  tabIdOf,
  test,
  waitForPass,
} from './fixtures';

const SECRET = 'My mother’s diagnosis, kept private';
/** An own term as MedGloss 0.1 stored it, with its guessable id. */
const LEGACY_TERM = { id: 'user-zorblax', term: 'zorblax', aliases: [], explanation: SECRET };

const PLAIN = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>
<p id="text">Nothing medical here, only a plain sentence about the weather.</p>
</body></html>`;

const WITH_OWN_TERM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Own</title></head><body>
<p id="text">The zorblax reading was high this morning.</p>
</body></html>`;

/** What the page's own script can find out about a card, after giving MedGloss time to open one. */
async function whatThePageSees(page: Page) {
  await page.waitForTimeout(700); // hover intent opens after 200 ms; the entry comes from the background
  return page.evaluate(() => {
    const host = document.querySelector('medgloss-card');
    return {
      cards: document.querySelectorAll('medgloss-card').length,
      shadowText: host?.shadowRoot?.textContent ?? null,
      hostAttributes: host ? host.getAttributeNames().map((n) => `${n}=${host.getAttribute(n)}`) : [],
      html: document.documentElement.outerHTML,
    };
  });
}

test.describe('a page cannot read the reader’s own terms', () => {
  test.beforeEach(async ({ background }) => {
    await closeCardRoots(background);
    await setStorage(background, 'local', { userTerms: [LEGACY_TERM] });
  });

  test('a mark the page made itself opens no card, whatever its id', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('hostile-fake-mark', PLAIN));
    await waitForPass(page);
    await page.evaluate(() => {
      const fake = document.createElement('mark');
      fake.setAttribute('data-medgloss-term', 'user-zorblax');
      fake.setAttribute('data-medgloss-kind', 'own');
      fake.textContent = 'zorblax';
      fake.tabIndex = 0;
      document.getElementById('text')!.append(' ', fake);
      fake.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      fake.click();
      fake.focus();
    });
    let seen = await whatThePageSees(page);
    expect(seen.cards).toBe(0);
    expect(seen.html).not.toContain(SECRET);
    // Even the reader's own pointer on the page's mark opens nothing: MedGloss did not make it.
    await page.locator('#text mark').hover();
    seen = await whatThePageSees(page);
    expect(seen.cards).toBe(0);
  });

  test('synthetic events on a real highlight open no card; a real one opens a card the page cannot read', async ({
    context,
    server,
    background,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('hostile-real-mark', WITH_OWN_TERM));
    await waitForPass(page);
    const mark = page.locator('mark[data-medgloss-term^="user-"]');
    await expect(mark).toHaveText('zorblax');
    // The stored id was not guessable from the name: the old `user-<name>` id was replaced, the term kept.
    const id = (await mark.getAttribute('data-medgloss-term'))!;
    expect(id).not.toBe('user-zorblax');
    expect(id).toMatch(/^user-[0-9a-f]{24}$/);
    const stored = await background.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage.local.get('userTerms')).userTerms;
    });
    expect(stored).toEqual([{ ...LEGACY_TERM, id }]);

    await page.evaluate(() => {
      const real = document.querySelector('mark[data-medgloss-term^="user-"]') as HTMLElement;
      real.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
      real.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      real.click();
      document.dispatchEvent(
        new KeyboardEvent('keydown', { bubbles: true, altKey: true, shiftKey: true, code: 'KeyM' }),
      );
    });
    expect((await whatThePageSees(page)).cards).toBe(0);

    await mark.hover(); // the reader's own pointer
    await expect(page.locator('medgloss-card')).toHaveCount(1);
    const seen = await whatThePageSees(page);
    expect(seen.cards).toBe(1);
    expect(seen.shadowText).toBeNull();
    expect(seen.hostAttributes.join(' ')).not.toMatch(/zorblax|explanation/i);
    expect(seen.html).not.toContain(SECRET);
  });
});

test('a page can neither learn MedGloss’s id from its start-up message nor switch it off', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(
    server.url +
      servePage(
        'hostile-kill-switch',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kill switch</title>
<script>window.seen = []; addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));</script>
</head><body><p id="text">Nothing medical here.</p></body></html>`,
      ),
  );
  await waitForPass(page);
  await page.waitForTimeout(300); // every posted message has arrived
  const leaked = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(leaked.join('\n')).not.toContain(extensionId);

  // The page tries every way WXT 0.21 would accept, with an id it learnt or knew (store ids are public).
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'attacker' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);
  await page.waitForTimeout(300);
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-status', 'ready');
  await page.evaluate(() => document.getElementById('text')!.append(' A neuroblastoma was found.'));
  await expect(highlights(page, 'neuroblastoma')).toHaveCount(1);
});

test.describe('“Explain” reaches only the frame where the reader chose it', () => {
  test.beforeEach(async ({ background }) => closeCardRoots(background));

  async function openWithIframe(page: Page, url: string) {
    const inner = servePage(
      'hostile-inner',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inner</title></head><body>
<p id="inner">An embedded page keeps its own selection: zorblax secret.</p>
<script>
const text = document.getElementById('inner').firstChild;
const range = document.createRange();
range.setStart(text, text.data.indexOf('zorblax'));
range.setEnd(text, text.data.indexOf('zorblax') + 'zorblax'.length);
getSelection().addRange(range);
</script></body></html>`,
    );
    const crossOrigin = url.replace('127.0.0.1', 'localhost');
    const outer = servePage(
      'hostile-outer',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outer</title></head><body>
<p id="outer">After the stroke she needed help.</p>
<iframe id="frame" src="${crossOrigin}${inner}" width="500" height="150"></iframe>
</body></html>`,
    );
    await page.goto(url + outer);
    await waitForPass(page);
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('html')).toHaveAttribute('data-medgloss-status', 'ready');
    expect(await frame.locator('body').evaluate(() => getSelection()!.toString())).toBe('zorblax');
    await page.evaluate(() => {
      const text = document.getElementById('outer')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('stroke'));
      range.setEnd(text, text.data.indexOf('stroke') + 'stroke'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    return frame;
  }

  test('the context menu, chosen in the top page, opens no card in a cross-origin frame', async ({
    context,
    server,
    background,
  }) => {
    const page = await context.newPage();
    const frame = await openWithIframe(page, server.url);
    await clickExplainMenu(background, await tabIdOf(background, page), 'stroke', 0);
    await expect(page.locator('medgloss-card')).toHaveCount(1);
    await page.waitForTimeout(500);
    await expect(frame.locator('medgloss-card')).toHaveCount(0);
  });

  test('the keyboard command, pressed in the top page, opens no card in a cross-origin frame', async ({
    context,
    server,
    background,
  }) => {
    const page = await context.newPage();
    const frame = await openWithIframe(page, server.url);
    await page.locator('#outer').click({ position: { x: 2, y: 2 } });
    await page.evaluate(() => {
      const text = document.getElementById('outer')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, text.data.indexOf('stroke'), text, text.data.indexOf('stroke') + 6);
    });
    await tabIdOf(background, page);
    await runCommand(background, 'explain-selection');
    await expect(page.locator('medgloss-card')).toHaveCount(1);
    await page.waitForTimeout(500);
    await expect(frame.locator('medgloss-card')).toHaveCount(0);
  });
});

test('a switched-off site stays off in its about:blank and srcdoc frames', async ({ context, server, background }) => {
  await setStorage(background, 'sync', { disabledSites: ['127.0.0.1'] });
  const page = await context.newPage();
  await page.goto(
    server.url +
      servePage(
        'hostile-blank-frames',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>A neuroblastoma was found.</p>
<iframe id="srcdoc" srcdoc="<p>A neuroblastoma was found in the srcdoc frame.</p>"></iframe>
<iframe id="blank"></iframe>
<script>document.getElementById('blank').contentDocument.body.innerHTML = '<p>A neuroblastoma in the blank frame.</p>';</script>
</body></html>`,
      ),
  );
  await waitForPass(page, 'off');
  for (const id of ['#srcdoc', '#blank']) {
    const frame = page.frameLocator(id);
    await expect(frame.locator('html')).toHaveAttribute('data-medgloss-status', 'off');
    await expect(frame.locator('mark')).toHaveCount(0);
  }
  await expect(page.locator('mark')).toHaveCount(0);
});
