/** The toolbar popup: this site's switch works at once and is remembered; the lookup box finds terms. */
import { card, expect, highlights, openDemo, openPopup, setStorage, tabIdOf, test, waitForPass } from './fixtures';

test('switching a site off removes its highlights at once, restores the text, and is remembered', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const before = await page.locator('main').evaluate((main) => main.innerHTML);
  const count = await highlights(page).count();
  expect(count).toBeGreaterThan(20);

  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const toggle = popup.getByRole('switch', { name: /Highlight terms on/ });
  await expect(toggle).toBeChecked();
  await expect(popup.getByText('Highlight terms on')).toContainText('127.0.0.1');
  await toggle.uncheck();

  await waitForPass(page, 'off');
  await expect(highlights(page)).toHaveCount(0);
  const restored = await page.locator('main').evaluate((main) => main.innerHTML);
  expect(restored.replace(/<mark[^>]*>|<\/mark>/g, '')).toBe(before.replace(/<mark[^>]*>|<\/mark>/g, ''));
  expect(restored).not.toContain('<mark');

  await page.reload();
  await waitForPass(page, 'off');
  await expect(highlights(page)).toHaveCount(0);

  await toggle.check();
  await waitForPass(page, 'ready');
  await expect(highlights(page)).toHaveCount(count);
});

test('the lookup box finds terms by name, synonym and abbreviation and shows the card', async ({
  context,
  extensionId,
}) => {
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.fill('nephrobl');
  await expect(popup.getByRole('option').first()).toContainText('nephroblastoma');
  await box.press('Enter');
  await expect(popup.locator('.card .term')).toHaveText(/Wilms/);
  await expect(popup.locator('.card .aliases')).toContainText('nephroblastoma');

  await box.fill('ACTH');
  await popup.getByRole('option').first().click();
  await expect(popup.locator('.card')).toContainText(/hormone/i);

  await box.fill('xyzzy');
  await expect(popup.getByText('is not in the dictionary')).toBeVisible();
});

test('the popup shows the same card as the page', async ({ context, server, extensionId }) => {
  const page = await openDemo(context, server.url);
  const acth = highlights(page).filter({ hasText: 'ACTH' }).first();
  await acth.scrollIntoViewIfNeeded();
  await acth.hover();
  await expect(card(page)).toContainText(/hormone/i);
  const onPage = await card(page).locator('.term, .explanation, .aliases').allTextContents();

  const popup = await openPopup(context, extensionId, -1);
  await popup.getByRole('searchbox', { name: 'Look up a medical term' }).fill('ACTH');
  await popup.getByRole('option').first().click();
  // The popup's card comes once its part of the dictionary is read: wait for it, then compare.
  await expect(popup.locator('.card').locator('.term, .explanation, .aliases')).toHaveText(onPage);
});

test('"On this page" lists the terms found with their counts and shows one in the page', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const list = popup.getByRole('region', { name: 'Terms on this page' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const first = list.getByRole('listitem').filter({ hasText: 'Wilms' }).first();
  await expect(first).toContainText(/×\d+/);
  await first.getByRole('button').click();
  await expect(card(page).locator('.term')).toHaveText(/Wilms/);
  const inView = await highlights(page, 'wilms-tumor')
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  expect(inView).toBe(true);
});

test('the pause switch stops highlighting on every open site and resumes it', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const pause = popup.getByRole('switch', { name: 'Pause highlighting on all sites' });
  await pause.check();
  await waitForPass(page, 'off');
  await expect(highlights(page)).toHaveCount(0);
  await pause.uncheck();
  await waitForPass(page, 'ready');
  await expect(highlights(page).first()).toBeVisible();
});

test('the lookup box is driven by the keyboard and forgives typos', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.fill('nephroblastma');
  await expect(popup.getByRole('option').first()).toContainText('nephroblastoma');
  await box.fill('ataxia');
  await box.press('ArrowDown');
  await expect(popup.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosen = (await popup.getByRole('option').nth(1).locator('.hit-name').textContent())!;
  await box.press('Enter');
  await expect(popup.locator('.card')).toContainText(chosen.split(' ')[0]);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(popup.locator('.card')).toHaveCount(0);
});

test('"On this page" forgets highlights the page removed', async ({ context, server, background, extensionId }) => {
  const page = await openDemo(context, server.url);
  await page.evaluate(() => document.querySelector('main')!.remove());
  await page.waitForTimeout(400); // the scanner gathers page changes for 100 ms before it looks at them
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  await expect(popup.getByRole('switch', { name: /Highlight terms on/ })).toBeChecked();
  await expect(popup.getByRole('region', { name: 'Terms on this page' })).toHaveCount(0);
});

test('the lookup box finds your own terms first', async ({ context, background, extensionId }) => {
  await setStorage(background, 'local', {
    userTerms: [{ id: 'user-00000000000000000000000b', term: 'ataxia note', aliases: [], explanation: 'My own note.' }],
  });
  const popup = await openPopup(context, extensionId, -1);
  const box = popup.getByRole('searchbox', { name: 'Look up a medical term' });
  await box.fill('ataxia');
  await expect(popup.getByRole('option').first()).toContainText('ataxia note');
  await box.press('Enter');
  await expect(popup.locator('.card .category')).toHaveText('Your term');
});
