/**
 * Privacy: MedGloss itself never touches the network. Every request the browser makes is recorded
 * while the extension works (highlighting, the hover card, the popup's lookup) and attributed:
 * - requests of the extension's own contexts (service worker, popup page) come from Playwright's
 *   context-wide `request` event (`request.serviceWorker()` / a chrome-extension:// frame);
 * - requests the content script would make from inside a page are found through CDP: the
 *   initiator's stack runs in a script of the extension's isolated world;
 * - and on real saved pages the requests are compared with the same page loaded without the
 *   extension: MedGloss must add none.
 * Canary requests made on purpose from each of those contexts prove the recorders see them.
 * The test never goes online: everything not on 127.0.0.1 is aborted (and still recorded).
 */
import type { BrowserContext, CDPSession, Page, Request } from '@playwright/test';
import { launchWithExtension } from '../../scripts/browser';
import { HAS_SHARED_PAGES, NO_SHARED_PAGES, card, expect, highlights, openPopup, test, waitForPass } from './fixtures';

// Its routes and request recorders are the browser context's own: a browser for each test.
test.use({ freshBrowser: true });

const CANARY = '/__privacy-canary/';

type Origin = 'service-worker' | 'extension-page' | 'page';
interface Recorded {
  url: string;
  from: Origin;
  frameUrl: string;
}

function originOf(request: Request): { from: Origin; frameUrl: string } {
  const worker = request.serviceWorker();
  if (worker)
    return { from: worker.url().startsWith('chrome-extension://') ? 'service-worker' : 'page', frameUrl: worker.url() };
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // A navigation request issued before its frame exists.
  }
  const isExtension = frameUrl.startsWith('chrome-extension://') || request.url().startsWith('chrome-extension://');
  return { from: isExtension ? 'extension-page' : 'page', frameUrl };
}

/** Records every request of the context and keeps the test offline (non-local http(s) is aborted). */
async function recordRequests(context: BrowserContext): Promise<Recorded[]> {
  const seen: Recorded[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), ...originOf(request) }));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const remote = (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1';
    return remote ? route.abort('blockedbyclient') : route.continue();
  });
  return seen;
}

const isWeb = (url: string) => /^(https?|wss?):/i.test(url);
const isCanary = (r: { url: string }) => r.url.includes(CANARY);
/** Origin and path: query strings of page scripts carry timestamps and random ids. */
const normalized = (url: string) => {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
};

interface Attributed {
  url: string;
  initiator: unknown;
}
interface InitiatorWatch {
  /** Requests whose initiator stack runs in a script of an extension's isolated world. */
  fromExtension: Attributed[];
  /** Runs code in MedGloss's content-script world of the page's main frame (for the canary). */
  evaluateInContentScript(expression: string): Promise<unknown>;
}

interface StackTrace {
  callFrames: { scriptId: string; url: string }[];
  parent?: StackTrace;
}

/** Attributes a tab's requests to scripts through CDP: Network initiators + Debugger script origins. */
async function watchInitiators(context: BrowserContext, page: Page): Promise<InitiatorWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const contextOrigin = new Map<number, { origin: string; name: string; frameId?: string }>();
  const extensionScripts = new Set<string>();
  const fromExtension: Attributed[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) =>
    contextOrigin.set(c.id, { origin: c.origin, name: c.name, frameId: c.auxData?.frameId }),
  );
  cdp.on('Debugger.scriptParsed', (script) => {
    const world = contextOrigin.get(script.executionContextId);
    if (script.url.startsWith('chrome-extension://') || world?.origin.startsWith('chrome-extension://'))
      extensionScripts.add(script.scriptId);
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    let ours = typeof initiator.url === 'string' && initiator.url.startsWith('chrome-extension://');
    for (let stack: StackTrace | undefined = initiator.stack; stack; stack = stack.parent)
      for (const frame of stack.callFrames) {
        if (extensionScripts.has(frame.scriptId) || frame.url.startsWith('chrome-extension://')) ours = true;
      }
    if (ours) fromExtension.push({ url: request.url, initiator });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Network.enable');
  return {
    fromExtension,
    async evaluateInContentScript(expression) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const world = [...contextOrigin].find(
        ([, c]) =>
          c.frameId === frameTree.frame.id && c.name === 'MedGloss' && c.origin.startsWith('chrome-extension://'),
      );
      if (!world) throw new Error('MedGloss’s content-script world was not found in the page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world[0],
        expression,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    },
  };
}

/** Hovers the first highlight (scrolled into view) and waits for the card. */
async function openFirstCard(page: Page): Promise<void> {
  const mark = highlights(page).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect(card(page)).toBeVisible();
}

function listed(requests: { url: string }[]): string {
  return requests.map((r) => `  ${r.url}`).join('\n') || '  (none)';
}

test('MedGloss makes no network request while it highlights, shows a card and looks a word up', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const seen = await recordRequests(context);
  const page = await context.newPage();
  const initiators = await watchInitiators(context, page);

  await page.goto(`${server.url}/oms-faq.html`);
  await waitForPass(page);
  expect(await highlights(page).count()).toBeGreaterThan(20);
  const oms = highlights(page, 'oms').first();
  await oms.scrollIntoViewIfNeeded();
  await oms.hover();
  await expect(card(page)).toContainText('opsoclonus-myoclonus syndrome');

  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.pressSequentially('nephrobl', { delay: 30 });
  await expect(popup.getByRole('option').first()).toContainText('nephroblastoma');
  await box.press('Enter');
  await expect(popup.locator('.card .term')).toHaveText(/Wilms/);
  await popup.waitForTimeout(1000); // anything lazy or deferred would show up now

  // Canaries: one request on purpose from each context, so a blind recorder cannot pass.
  await background.evaluate(
    (url) =>
      fetch(url)
        .catch(() => null)
        .then(() => undefined),
    `${server.url}${CANARY}service-worker`,
  );
  await popup.evaluate(
    (url) =>
      fetch(url)
        .catch(() => null)
        .then(() => undefined),
    `${server.url}${CANARY}popup`,
  );
  await initiators.evaluateInContentScript(
    `fetch(${JSON.stringify(`${server.url}${CANARY}content-script`)}).catch(() => null).then(() => 1)`,
  );
  await expect
    .poll(() =>
      seen
        .filter(isCanary)
        .map((r) => `${r.from} ${new URL(r.url).pathname}`)
        .sort(),
    )
    .toEqual([
      `extension-page ${CANARY}popup`,
      `page ${CANARY}content-script`,
      `service-worker ${CANARY}service-worker`,
    ]);
  await expect.poll(() => initiators.fromExtension.filter(isCanary).length).toBe(1);

  const extensionWeb = seen.filter((r) => r.from !== 'page' && isWeb(r.url) && !isCanary(r));
  expect(extensionWeb, `the extension's own contexts requested:\n${listed(extensionWeb)}`).toEqual([]);
  const contentScript = initiators.fromExtension.filter((r) => !isCanary(r));
  expect(contentScript, `the content script requested:\n${listed(contentScript)}`).toEqual([]);
  // The demo page itself is all local, so every web request of the whole session stays on 127.0.0.1.
  const offsite = seen.filter((r) => isWeb(r.url) && new URL(r.url).hostname !== '127.0.0.1');
  expect(offsite, `requests left 127.0.0.1:\n${listed(offsite)}`).toEqual([]);
  // The extension's own files are all it loads (no remote code, fonts or images).
  const extensionFiles = seen.filter((r) => r.from !== 'page' && !isCanary(r)).map((r) => new URL(r.url).protocol);
  expect(new Set(extensionFiles)).toEqual(new Set(['chrome-extension:']));
});

for (const name of ['wikipedia-2', 'nytimes-1']) {
  test(`on the real page ${name}, MedGloss adds no request to those the page makes itself`, async ({
    context,
    server,
  }) => {
    if (!HAS_SHARED_PAGES) console.warn(`Skipped: ${NO_SHARED_PAGES}.`);
    test.skip(!HAS_SHARED_PAGES, NO_SHARED_PAGES);
    const url = `${server.url}/pages/${name}.html`;

    // With MedGloss: load, let it finish its pass, open a card, give anything deferred time.
    const seen = await recordRequests(context);
    const page = await context.newPage();
    const initiators = await watchInitiators(context, page);
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await waitForPass(page);
    // (nytimes-1, on sanctions, has no medical term: then there is no card to open.)
    if ((await highlights(page).count()) > 0) await openFirstCard(page);
    await page.waitForTimeout(1500);
    const duration = Date.now() - started;

    // The same page, same time, without the extension.
    const plain = await launchWithExtension({ withoutExtension: true });
    try {
      const baseline = await recordRequests(plain);
      const plainPage = await plain.newPage();
      await plainPage.goto(url, { waitUntil: 'load' });
      await plainPage.waitForTimeout(Math.max(duration, 3000) + 1000);

      const own = new Set(baseline.filter((r) => isWeb(r.url)).map((r) => normalized(r.url)));
      const added = seen.filter((r) => isWeb(r.url) && !own.has(normalized(r.url)));
      expect(added, `requests made only when MedGloss is on:\n${listed(added)}`).toEqual([]);
    } finally {
      await plain.close();
    }

    const extensionWeb = seen.filter((r) => r.from !== 'page' && isWeb(r.url));
    expect(extensionWeb, `the extension's own contexts requested:\n${listed(extensionWeb)}`).toEqual([]);
    expect(initiators.fromExtension, `the content script requested:\n${listed(initiators.fromExtension)}`).toEqual([]);
    // The page's own offsite requests were recorded (and aborted): the recorder was listening.
    expect(seen.filter((r) => isWeb(r.url) && new URL(r.url).hostname !== '127.0.0.1').length).toBeGreaterThan(0);
  });
}
