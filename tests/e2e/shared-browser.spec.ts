/**
 * The suite's own structure: the tests of a worker share one browser (fixtures.ts), so a test must
 * find it as the install left it whatever the test before it did. The first test here leaves it in
 * the worst state a test may; the second, run just after it in the same browser, must not notice.
 */
import { expect, highlights, openDemo, setStorage, test, waitForPass } from './fixtures';

test.describe.configure({ mode: 'serial' });

let firstContext: unknown;

test('a test may leave tabs, routes, listeners, cookies and settings behind', async ({
  context,
  background,
  server,
}) => {
  firstContext = context;
  const page = await openDemo(context, server.url);
  await expect(highlights(page).first()).toBeVisible();
  await context.newPage();
  await context.route('**/oms-faq.html', (route) => route.fulfill({ body: '<p>routed away</p>' }));
  context.on('request', () => {
    throw new Error('a listener of the test before');
  });
  await context.addCookies([{ name: 'left', value: 'behind', url: server.url }]);
  // Highlighting paused everywhere, and a key no setting has.
  await setStorage(background, 'sync', { paused: true });
  await setStorage(background, 'local', { medglossTestLeftBehind: 1 });
  expect(context.pages().length).toBe(3);
});

test('the next test finds the browser as the install left it', async ({ context, background, server }) => {
  test.skip(firstContext === undefined, 'it checks what the test before it left: run the file');
  expect(context, 'the same browser (otherwise this test proves nothing)').toBe(firstContext);
  expect(context.pages().length).toBe(1);
  expect(await context.cookies()).toEqual([]);
  const leftBehind = await background.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
    return {
      ...(await chrome.storage.sync.get('paused')),
      ...(await chrome.storage.local.get('medglossTestLeftBehind')),
    };
  });
  expect(leftBehind).toEqual({});
  // The page is the real one (no route), highlighted (not paused), and no listener of the test before throws.
  const page = await context.newPage();
  await page.goto(`${server.url}/oms-faq.html`);
  await waitForPass(page);
  await expect(highlights(page).first()).toBeVisible();
});
