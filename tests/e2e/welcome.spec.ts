/** The welcome page: opened once on install (not on update), with a live paragraph, the shortcuts, and a link from the popup. */
import { card, expect, openDemo, openPopup, runInstalled, tabIdOf, test } from './fixtures';

test('an install opens the welcome page once; its terms open the real card; it lists the shortcuts', async ({
  context,
  background,
  extensionId,
}) => {
  const welcomes = () => context.pages().filter((p) => p.url().endsWith('/welcome.html'));
  expect(welcomes()).toHaveLength(0);
  await runInstalled(background, 'update');
  await new Promise((done) => setTimeout(done, 500));
  expect(welcomes(), 'an update opens nothing').toHaveLength(0);

  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html'));
  await runInstalled(background, 'install');
  const welcome = await opened;
  await expect(welcome.getByRole('heading', { name: 'Welcome to MedGloss' })).toBeVisible();
  expect(welcome.url()).toBe(`chrome-extension://${extensionId}/welcome.html`);

  await welcome.locator('mark[data-medgloss-term="neuroblastoma"]').hover();
  await expect(card(welcome)).toContainText(/nerve|cancer/i);
  await expect(welcome.getByRole('listitem').filter({ hasText: 'Alt+Shift+H' })).toContainText(/switch highlighting/i);
  await expect(welcome.getByText(/turns highlighting off for that site/)).toBeVisible();
});

test('the popup links to the welcome page', async ({ context, server, background, extensionId }) => {
  const page = await openDemo(context, server.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/welcome.html'));
  await popup.getByRole('link', { name: 'Welcome and tips' }).click();
  await expect((await opened).getByRole('heading', { name: 'Welcome to MedGloss' })).toBeVisible();
});
