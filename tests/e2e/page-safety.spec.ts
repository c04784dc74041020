/**
 * Page safety on generated pages: what MedGloss must never touch, what it must still reach
 * (links, shadow roots, frames), and how it behaves when the page's own scripts change the text
 * it has split (React-like pages that keep Text node references, tickers).
 */
import type { Page, Worker } from '@playwright/test';
import { expect, highlights, servePage, setStorage, test as base, waitForPass } from './fixtures';

/**
 * Every test here also fails on any error MedGloss throws or logs. The generated pages' own
 * scripts are ours and throw nothing, so every uncaught error counts; console messages count when
 * they come from the extension.
 */
const test = base.extend<{ medglossErrors: string[] }>({
  medglossErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(`pageerror: ${error.error().stack ?? error.error().message}`));
      context.on('console', (message) => {
        const where = `${message.text()} @ ${message.location().url}`;
        if (message.type() === 'error' && /chrome-extension:\/\/|medgloss/i.test(where))
          errors.push(`console.${message.type()}: ${where}`);
      });
      await use(errors);
      expect(errors, 'no error from MedGloss').toEqual([]);
    },
    { auto: true },
  ],
});

const TERM = 'mark[data-medgloss-term]';

async function setSiteOff(background: Worker, off: boolean): Promise<void> {
  await setStorage(background, 'sync', { disabledSites: off ? ['127.0.0.1'] : [] });
}

async function open(page: Page, baseUrl: string, name: string, html: string): Promise<void> {
  await page.goto(baseUrl + servePage(name, html));
  await waitForPass(page);
}

/** Exact text of an element (Playwright's toHaveText normalizes whitespace, this does not). */
function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/**
 * Places MedGloss must leave alone. Each sits in its own heading section, so that the default
 * density (a term marked once per section) cannot hide a wrong highlight behind an earlier one.
 */
const SKIP_ZONES = [
  '<script>/* neuroblastoma */ window.note = "ataxia";</script>',
  '<script type="application/json">{"text": "neuroblastoma and ataxia"}</script>',
  '<style>/* ataxia */</style>',
  '<textarea>neuroblastoma and ataxia</textarea>',
  '<input value="neuroblastoma">',
  '<select><option>neuroblastoma</option><optgroup label="x"><option>ataxia</option></optgroup></select>',
  '<p>Type <code>neuroblastoma</code> here.</p>',
  '<p>Press <kbd>ataxia</kbd> now.</p>',
  '<p>Or <code><span>ataxia</span></code>.</p>',
  '<pre>neuroblastoma\n  and <b>ataxia</b></pre>',
  '<div contenteditable="true"><p>neuroblastoma <b>ataxia</b></p></div>',
  '<div contenteditable="plaintext-only">neuroblastoma</div>',
  '<div contenteditable=""><p>ataxia</p></div>',
  '<div role="textbox">neuroblastoma <span>ataxia</span></div>',
  '<svg width="300" height="40"><text x="0" y="20">neuroblastoma</text><g><text x="0" y="35"><tspan>ataxia</tspan></text></g></svg>',
  '<div hidden><p>neuroblastoma <em>ataxia</em></p></div>',
  '<p hidden>ataxia</p>',
];

test('nothing is highlighted in scripts, styles, form fields, code, editable, svg or hidden content', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'skip-zones',
    `<!doctype html><html><head><title>neuroblastoma</title>
    <style>/* neuroblastoma */ .ataxia { color: teal }</style></head><body>
    <p class="control">Children with neuroblastoma may have ataxia.</p>
    ${SKIP_ZONES.map((zone, i) => `<h2>Zone ${i + 1}</h2>\n${zone}`).join('\n')}
    <h2>Later</h2>
    <section id="late"></section>
    </body></html>`,
  );
  const outside = () =>
    page.evaluate(
      (term) =>
        [...document.querySelectorAll(term)]
          .filter((mark) => !mark.closest('.control'))
          .map((mark) => mark.parentElement?.outerHTML.slice(0, 120) ?? '(no parent)'),
      TERM,
    );
  await expect(page.locator(`.control ${TERM}`)).toHaveCount(2);
  expect(await outside(), 'highlights outside the plain paragraph').toEqual([]);

  // The same places when their content arrives after the pass (the mutation path, not the walk).
  await page.evaluate(() => {
    const add = (selector: string, text = ' opsoclonus and neuroblastoma') => {
      for (const element of document.querySelectorAll(selector)) element.append(text);
    };
    add('script');
    add('style');
    add('textarea');
    add('option');
    add('code');
    add('code span');
    add('kbd');
    add('pre');
    add('pre b');
    add('[contenteditable]');
    add('[contenteditable] p');
    add('[role="textbox"]');
    add('[role="textbox"] span');
    add('svg text');
    add('svg tspan');
    add('[hidden]');
    add('[hidden] em');
    const code = document.createElement('code');
    code.innerHTML = '<span>new code about ataxia</span>';
    document.getElementById('late')!.append(code);
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.innerHTML = '<p>new editable about ataxia</p>';
    document.getElementById('late')!.append(editable);
    const control = document.createElement('p');
    control.className = 'control';
    control.textContent = 'New plain text about opsoclonus.';
    document.getElementById('late')!.append(control);
  });
  // The new plain paragraph proves the late content was looked at.
  await expect(page.locator(`#late .control ${TERM}`)).toHaveCount(1);
  await waitForPass(page);
  expect(await outside(), 'highlights in content added after the pass').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { note: string }).note)).toBe('ataxia');
});

test('a highlight inside a link keeps the link working', async ({ context, server }) => {
  servePage('link-target', '<!doctype html><p id="arrived">You followed the link.</p>');
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'link',
    `<!doctype html><p>Read <a id="link" href="/generated/link-target.html" title="more">about neuroblastoma in children</a>.</p>
     <p><a id="whole" href="/generated/link-target.html#whole">ataxia</a></p>`,
  );
  const mark = page.locator(`#link ${TERM}`);
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText('neuroblastoma');
  await expect(page.locator('#link')).toHaveAttribute('href', '/generated/link-target.html');
  expect(await textOf(page, '#link')).toBe('about neuroblastoma in children');

  await mark.click();
  await page.waitForURL('**/generated/link-target.html');
  await expect(page.locator('#arrived')).toBeVisible();

  // A link that is nothing but the term.
  await page.goBack();
  await waitForPass(page);
  const whole = page.locator(`#whole ${TERM}`);
  await expect(whole).toHaveCount(1);
  await whole.click();
  await page.waitForURL('**/generated/link-target.html#whole');
});

test('open shadow roots and same-origin frames are highlighted', async ({ context, server }) => {
  servePage('child-frame', '<!doctype html><p id="in-frame">A frame about neuroblastoma.</p>');
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'shadow-and-frames',
    `<!doctype html><body>
     <p>Plain text about ataxia.</p>
     <div id="host"></div>
     <div id="nested-host"></div>
     <iframe id="same" src="/generated/child-frame.html"></iframe>
     <iframe id="srcdoc" srcdoc="<p id='in-srcdoc'>A srcdoc frame about opsoclonus.</p>"></iframe>
     <script>
       document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
         '<p>Shadow text about neuroblastoma.</p>';
       const outer = document.getElementById('nested-host').attachShadow({ mode: 'open' });
       outer.innerHTML = '<section><div class="inner"></div></section>';
       outer.querySelector('.inner').attachShadow({ mode: 'open' }).innerHTML = '<p>Deep shadow about ataxia.</p>';
     </script></body>`,
  );
  await expect(page.locator(`#host ${TERM}`), 'open shadow root').toHaveText(['neuroblastoma']);
  await expect(page.locator(`#nested-host ${TERM}`), 'shadow root inside a shadow root').toHaveText(['ataxia']);

  const same = page.frameLocator('#same');
  await expect(same.locator('html')).toHaveAttribute('data-medgloss-status', 'ready');
  await expect(same.locator(TERM), 'same-origin frame').toHaveText(['neuroblastoma']);
  const srcdoc = page.frameLocator('#srcdoc');
  await expect(srcdoc.locator(TERM), 'srcdoc frame').toHaveText(['opsoclonus']);
  // The text in each place is unchanged.
  expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.textContent)).toBe(
    'Shadow text about neuroblastoma.',
  );
  await expect(same.locator('#in-frame')).toHaveText('A frame about neuroblastoma.');
});

test('a shadow host added after the pass is highlighted too', async ({ context, server }) => {
  const page = await context.newPage();
  await open(page, server.url, 'late-shadow', '<!doctype html><body><p>Plain text about ataxia.</p></body>');
  await page.evaluate(() => {
    // What a web component does when it renders: the host itself is what gets added.
    const host = document.createElement('div');
    host.id = 'late-host';
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Late shadow text about neuroblastoma.</p>';
    document.body.append(host);
    // And a host that arrives inside a wrapper.
    const wrapper = document.createElement('div');
    const inner = document.createElement('span');
    inner.id = 'wrapped-host';
    inner.attachShadow({ mode: 'open' }).innerHTML = '<b>Wrapped shadow about opsoclonus.</b>';
    wrapper.append(inner);
    document.body.append(wrapper);
  });
  await expect(page.locator(`#wrapped-host ${TERM}`), 'a host inside an added wrapper').toHaveText(['opsoclonus']);
  await expect(page.locator(`#late-host ${TERM}`), 'an added host element').toHaveText(['neuroblastoma']);
});

test('switching off and on 5 times leaves the DOM identical', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Before MedGloss runs (it starts after DOMContentLoaded): the DOM and its very Text nodes.
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        // Adjacent Text nodes, as frameworks make them: a normalize() anywhere would merge them.
        const split = document.getElementById('split')!;
        split.append('Signs of opso', 'clonus and ', 'neuroblastoma', ' in one line.');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
        Object.assign(window, {
          before: { html: document.body.innerHTML, texts, data: texts.map((t) => t.data) },
        });
      },
      { capture: true, once: true },
    );
  });
  await open(
    page,
    server.url,
    'toggle',
    `<!doctype html><body>
     <h1>Neuroblastoma</h1>
     <p>Neuroblastoma, ataxia and opsoclonus; then neuroblastoma again: ataxia.</p>
     <p>ataxia</p>
     <p>Before <em>neuroblastoma</em> and <a href="#x">after ataxia</a>&nbsp;&amp; more &lt;text&gt;</p>
     <ul><li>ataxia</li><li>neuro<b>blastoma</b></li><li>Opsoclonus-myoclonus syndrome (OMS)</li></ul>
     <table><tr><td>neuroblastoma</td><td>x</td></tr></table>
     <h2>More</h2><p>Hypertension, hypotension and <i>sepsis</i>.</p>
     <p id="split"></p>
     </body>`,
  );
  const marks = await highlights(page).count();
  expect(marks).toBeGreaterThan(5);
  const check = () =>
    page.evaluate(() => {
      const { html, texts, data } = (window as unknown as { before: { html: string; texts: Text[]; data: string[] } })
        .before;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const now: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n as Text);
      return {
        sameHtml: document.body.innerHTML === html,
        html: document.body.innerHTML === html ? '' : document.body.innerHTML,
        nodes: now.length,
        originalNodes: texts.length,
        sameNodes: now.length === texts.length && now.every((n, i) => n === texts[i]),
        changed: texts.map((t, i) => (t.data === data[i] ? '' : `${data[i]} -> ${t.data}`)).filter(Boolean),
      };
    });
  for (let round = 1; round <= 5; round++) {
    await setSiteOff(background, true);
    await waitForPass(page, 'off');
    const off = await check();
    expect(off, `off, round ${round}`).toEqual({
      sameHtml: true,
      html: '',
      nodes: off.originalNodes,
      originalNodes: off.originalNodes,
      sameNodes: true,
      changed: [],
    });
    await setSiteOff(background, false);
    await waitForPass(page, 'ready');
    await expect(highlights(page), `on, round ${round}`).toHaveCount(marks);
  }
});

/** A page whose script keeps a reference to a Text node, as React and Vue do. */
const REACT_LIKE = `<!doctype html><body>
  <p id="r">Children with neuroblastoma need care.</p>
  <p id="other">Unrelated text about ataxia.</p>
  <script>window.node = document.getElementById('r').firstChild;</script></body>`;

/** Opens REACT_LIKE and waits for its word to be highlighted, before the page changes it. */
async function openReactLike(page: Page, url: string, name: string): Promise<void> {
  await open(page, url, name, REACT_LIKE);
  await expect(page.locator(`#r ${TERM}`)).toHaveText(['neuroblastoma']);
}

test('React-like: the page rewrites a Text node MedGloss split: the new text shows, once, and is highlighted', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await openReactLike(page, server.url, 'react-rewrite');

  await page.evaluate(() => {
    (window as unknown as { node: Text }).node.nodeValue = 'new text about ataxia';
  });
  await expect.poll(() => textOf(page, '#r'), { timeout: 2000 }).toBe('new text about ataxia');
  await expect(page.locator(`#r ${TERM}`)).toHaveText(['ataxia']);
  await waitForPass(page);
  expect(await textOf(page, '#r')).toBe('new text about ataxia');
  // The page's reference still points at the paragraph's text: a second update works the same.
  expect(
    await page.evaluate(() => (window as unknown as { node: Text }).node.parentNode === document.getElementById('r')),
  ).toBe(true);
  await page.evaluate(() => {
    (window as unknown as { node: Text }).node.nodeValue = 'plain words only';
  });
  await expect.poll(() => textOf(page, '#r'), { timeout: 2000 }).toBe('plain words only');
  await expect(page.locator(`#r ${TERM}`)).toHaveCount(0);
  await expect(page.locator(`#other ${TERM}`)).toHaveText(['ataxia']);
});

test('React-like: the page removes a Text node MedGloss split: no text is left behind', async ({ context, server }) => {
  const page = await context.newPage();
  await openReactLike(page, server.url, 'react-remove');
  await page.evaluate(() => {
    const node = (window as unknown as { node: Text }).node;
    node.parentNode!.removeChild(node);
  });
  await expect.poll(() => textOf(page, '#r'), { timeout: 2000 }).toBe('');
  await waitForPass(page);
  expect(await page.evaluate(() => document.getElementById('r')!.childNodes.length)).toBe(0);
  await expect(page.locator(`#other ${TERM}`)).toHaveText(['ataxia']);
});

test('the page removes one of MedGloss’s highlights: its words come back in the page’s own Text node, highlighted again', async ({
  context,
  server,
}) => {
  // A sanitizer or an editor's script that strips <mark> elements: the text in them must not be lost.
  const page = await context.newPage();
  await openReactLike(page, server.url, 'page-removes-mark');
  await page.evaluate(() => document.querySelector('#r mark')!.remove());
  await expect.poll(() => textOf(page, '#r'), { timeout: 2000 }).toBe('Children with neuroblastoma need care.');
  await expect(page.locator(`#r ${TERM}`)).toHaveText(['neuroblastoma']);
  await waitForPass(page);
  expect(await textOf(page, '#r')).toBe('Children with neuroblastoma need care.');
  // The page's own node is still the paragraph's first child, its reference still good.
  expect(
    await page.evaluate(() => (window as unknown as { node: Text }).node === document.getElementById('r')!.firstChild),
  ).toBe(true);
});

test('the page removes the text MedGloss split off after a highlight: it comes back, highlighted again', async ({
  context,
  server,
}) => {
  // MedGloss finds such a piece through the highlight before it (it remembers its marks only).
  const page = await context.newPage();
  await openReactLike(page, server.url, 'page-removes-piece');
  await page.evaluate(() => document.querySelector('#r mark')!.nextSibling!.remove());
  await expect.poll(() => textOf(page, '#r'), { timeout: 2000 }).toBe('Children with neuroblastoma need care.');
  await expect(page.locator(`#r ${TERM}`)).toHaveText(['neuroblastoma']);
  await waitForPass(page);
  expect(await textOf(page, '#r')).toBe('Children with neuroblastoma need care.');
  expect(await page.evaluate(() => document.getElementById('r')!.childNodes.length)).toBe(3);
});

test('the page moves the text MedGloss split off after a highlight: no text is left behind or shown twice', async ({
  context,
  server,
  background,
}) => {
  // A moved piece no longer follows its mark; taken for the page's own text, it was highlighted as
  // such in its new place, and switching off put its words back in both places.
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'page-moves-piece',
    `<!doctype html><body><h2>One</h2><p id="m">Signs of ataxia and more ataxia.</p>
     <h2>Two</h2><p id="dest">Elsewhere.</p></body>`,
  );
  await expect(page.locator(`#m ${TERM}`)).toHaveText(['ataxia']);
  await page.evaluate(() => document.getElementById('dest')!.append(document.querySelector('#m mark')!.nextSibling!));
  await expect.poll(() => textOf(page, '#m'), { timeout: 2000 }).toBe('Signs of ataxia and more ataxia.');
  await waitForPass(page);
  expect(await textOf(page, '#dest')).toBe('Elsewhere.');
  await expect(page.locator(`#dest ${TERM}`)).toHaveCount(0);
  await setSiteOff(background, true);
  await waitForPass(page, 'off');
  expect([await textOf(page, '#m'), await textOf(page, '#dest')]).toEqual([
    'Signs of ataxia and more ataxia.',
    'Elsewhere.',
  ]);
  expect(await page.evaluate(() => document.getElementById('m')!.childNodes.length)).toBe(1);
});

test('a page’s own Text node right after a highlight is the page’s: it is highlighted too, and kept', async ({
  context,
  server,
}) => {
  // Frameworks write {a}{b} as two Text nodes; the second follows MedGloss's mark directly once
  // the first is split, and must not pass for a piece MedGloss made.
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'own-text-after-mark',
    `<!doctype html><body><p id="two"></p>
     <script>window.second = document.createTextNode(' and ataxia.');
       document.getElementById('two').append('Neuroblastoma', window.second);</script></body>`,
  );
  await expect(page.locator(`#two ${TERM}`)).toHaveText(['Neuroblastoma', 'ataxia']);
  await page.evaluate(() => {
    (window as unknown as { second: Text }).second.nodeValue = ' and sepsis.';
  });
  await expect.poll(() => textOf(page, '#two'), { timeout: 2000 }).toBe('Neuroblastoma and sepsis.');
  await expect(page.locator(`#two ${TERM}`)).toHaveText(['Neuroblastoma', 'sepsis']);
});

test('React-like, a node that is one term and nothing else: rewritten, its highlight removed, the node removed', async ({
  context,
  server,
}) => {
  // MedGloss remembers such a node by its one mark only: the same repairs must hold.
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'react-one-term',
    `<!doctype html><body><p id="one"><a href="#x">neuroblastoma</a></p>
     <script>window.term = document.querySelector('#one a').firstChild;</script></body>`,
  );
  const term = () => page.locator(`#one ${TERM}`);
  await expect(term()).toHaveText(['neuroblastoma']);
  await page.evaluate(() => {
    (window as unknown as { term: Text }).term.nodeValue = 'ataxia';
  });
  await expect.poll(() => textOf(page, '#one'), { timeout: 2000 }).toBe('ataxia');
  await expect(term()).toHaveText(['ataxia']);
  await page.evaluate(() => document.querySelector('#one mark')!.remove());
  await expect.poll(() => textOf(page, '#one'), { timeout: 2000 }).toBe('ataxia');
  await expect(term()).toHaveText(['ataxia']);
  expect(
    await page.evaluate(
      () => (window as unknown as { term: Text }).term === document.querySelector('#one a')!.firstChild,
    ),
  ).toBe(true);
  await page.evaluate(() => (window as unknown as { term: Text }).term.remove());
  await expect.poll(() => textOf(page, '#one'), { timeout: 2000 }).toBe('');
  await waitForPass(page);
  expect(await page.evaluate(() => document.querySelector('#one a')!.childNodes.length)).toBe(0);
});

test('React-like: the reader never sees stale or duplicated text, not even for one frame', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await openReactLike(page, server.url, 'react-frame');
  // What the next frame paints: MutationObserver callbacks run before requestAnimationFrame, so a
  // repair made there reaches the screen together with the page's change.
  const painted = await page.evaluate(async () => {
    const paragraph = document.getElementById('r')!;
    const node = (window as unknown as { node: Text }).node;
    const nextFrame = () => new Promise<string>((done) => requestAnimationFrame(() => done(paragraph.textContent!)));
    node.nodeValue = 'new text about ataxia';
    const afterRewrite = await nextFrame();
    // Let the rewrite settle and be highlighted again before the removal.
    await new Promise((done) => setTimeout(done, 1000));
    const current = (window as unknown as { node: Text }).node;
    current.parentNode!.removeChild(current);
    const afterRemoval = await nextFrame();
    return { afterRewrite, afterRemoval };
  });
  expect(painted).toEqual({ afterRewrite: 'new text about ataxia', afterRemoval: '' });
});

test('a ticker adding content every 50 ms for 3 s gets highlighted, and the pass settles to "ready"', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await open(
    page,
    server.url,
    'ticker',
    `<!doctype html><body>
     <p id="clock">Waiting for ataxia news</p>
     <div id="feed"></div>
     <script>
       window.startTicker = () => {
         const clock = document.getElementById('clock').firstChild;
         let n = 0;
         const timer = setInterval(() => {
           n++;
           const p = document.createElement('p');
           p.className = 'tick';
           p.textContent = 'Tick ' + n + ': a child with neuroblastoma.';
           document.getElementById('feed').append(p);
           clock.nodeValue = 'Update ' + n + ' about ataxia';
           if (n === 60) { clearInterval(timer); document.body.dataset.done = 'yes'; }
         }, 50);
       };
     </script></body>`,
  );
  await page.evaluate(() => (window as unknown as { startTicker(): void }).startTicker());
  // New content is highlighted while the ticker still runs: the scanner is not starved.
  await expect
    .poll(
      () =>
        page.evaluate(() => [
          document.body.dataset.done ?? 'running',
          document.querySelectorAll('.tick mark').length > 0,
        ]),
      {
        timeout: 2500,
        intervals: [100],
      },
    )
    .toEqual(['running', true]);
  await expect(page.locator('body')).toHaveAttribute('data-done', 'yes', { timeout: 10_000 });
  await expect
    .poll(
      () =>
        page.evaluate(() => ({
          status: document.documentElement.getAttribute('data-medgloss-status'),
          ticks: document.querySelectorAll('.tick').length,
          highlighted: [...document.querySelectorAll('.tick')].filter(
            (p) => p.querySelectorAll('mark[data-medgloss-term]').length === 1,
          ).length,
        })),
      { timeout: 5000 },
    )
    .toEqual({ status: 'ready', ticks: 60, highlighted: 60 });
  const texts = await page.locator('.tick').evaluateAll((ps) => ps.map((p) => p.textContent));
  expect(texts).toEqual(Array.from({ length: 60 }, (_, i) => `Tick ${i + 1}: a child with neuroblastoma.`));
  expect(await textOf(page, '#clock')).toBe('Update 60 about ataxia');
  await expect(page.locator(`#clock ${TERM}`)).toHaveText(['ataxia']);
});
