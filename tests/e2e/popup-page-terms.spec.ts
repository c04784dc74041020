/**
 * The popup's "On this page" as a new reader meets it: counts are how often the page uses a term
 * (not how many highlights the density left), each term under the dictionary's name, the Settings
 * link always in view, and a plain reason when the list is empty.
 */
import { expect, highlights, openDemo, openPopup, runCommand, servePage, tabIdOf, test, waitForPass } from './fixtures';

const sentence = 'Children with OMS need care; OMS is rare.';
const OMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OMS</title></head><body>
  <h1>About OMS</h1>
  <p>Opsoclonus is a sign of the illness. ${sentence} ${sentence}</p>
  <h2>Treatment</h2>
  <p>${sentence} ${sentence} ${sentence}</p>
  <h2>Outlook</h2>
  <p>${sentence}</p>
  <ul><li><a href="#more">Neuroblastoma</a></li></ul>
</body></html>`;

test('counts are occurrences on the page, and names are the dictionary’s', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('oms-count', OMS_PAGE));
  await waitForPass(page);
  const marked = await highlights(page, 'oms').count();
  expect(marked, 'the default density marks fewer than the page says').toBeLessThan(13);
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const list = popup.getByRole('region', { name: 'Terms on this page' });
  // "OMS" 13 times: once in the heading, twice in each of the six sentences.
  await expect(list.getByRole('listitem').filter({ hasText: 'OMS' })).toHaveText('OMS ×13');
  await expect(list.getByRole('button', { name: 'opsoclonus', exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Opsoclonus', exact: true })).toHaveCount(0);
  // A term that is a whole text node of its own (a link, a list item) is on the list too.
  await expect(list.getByRole('button', { name: /^neuroblastoma$/i })).toBeVisible();
});

test.describe('in a short popup', () => {
  test.use({ browserOptions: { viewport: { width: 380, height: 500 } } });

  test('the Settings link stays in view with a long list', async ({ context, server, background, extensionId }) => {
    const page = await openDemo(context, server.url);
    const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
    const list = popup.getByRole('region', { name: 'Terms on this page' });
    // The list fills in once the page answers: wait for it rather than count at once.
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(15);
    const settings = popup.getByRole('link', { name: 'Settings' });
    const box = (await settings.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(500);
    await popup.mouse.wheel(0, 400);
    await expect
      .poll(async () => {
        const b = (await settings.boundingBox())!;
        return b.y + b.height <= 500 && b.y >= 0;
      })
      .toBe(true);
  });
});

test('an empty list says why: no terms, switched off, or a page MedGloss cannot run on', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(
    server.url +
      servePage(
        'plain',
        '<!doctype html><html lang="en"><body><p>The weather was fine and we walked home.</p></body></html>',
      ),
  );
  await waitForPass(page);
  const tab = await tabIdOf(background, page);
  let popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByRole('status').filter({ hasText: 'No medical terms found on this page.' })).toBeVisible();
  await popup.close();

  await page.bringToFront();
  await runCommand(background, 'toggle-site');
  await waitForPass(page, 'off');
  popup = await openPopup(context, extensionId, tab);
  await expect(
    popup.getByRole('status').filter({ hasText: 'Highlighting is switched off on 127.0.0.1' }),
  ).toBeVisible();
  await popup.close();

  const settingsTab = await context.newPage();
  await settingsTab.goto(`chrome-extension://${extensionId}/options.html`);
  popup = await openPopup(context, extensionId, await tabIdOf(background, settingsTab));
  await expect(popup.getByRole('status').filter({ hasText: 'MedGloss does not run on this page' })).toBeVisible();
});
