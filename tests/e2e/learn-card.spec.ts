/**
 * Issue 16 on the card: say it (pronunciation and a speaker button; speech synthesis replaced by
 * the e2e build's stand-in), save it (the star), know it ("I know this word", with undo).
 */
import type { Page, Worker } from '@playwright/test';
import { card, expect, highlights, openDemo, openPopup, setStorage, tabIdOf, test, waitForPass } from './fixtures';

/** The e2e build's stand-in for speechSynthesis (components/card/speech.ts) with these voices. */
async function useVoices(
  page: Page,
  voices: { name: string; lang: string; localService: boolean; default: boolean }[],
) {
  await page.evaluate(
    (v) => document.documentElement.setAttribute('data-medgloss-test-voices', JSON.stringify(v)),
    voices,
  );
}

const REMOTE = { name: 'Cloud voice', lang: 'en-US', localService: false, default: true };
const LOCAL = { name: 'Local voice', lang: 'en-GB', localService: true, default: false };

async function openCard(page: Page, id: string) {
  const mark = highlights(page, id).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect(card(page)).toBeVisible();
}

async function stored(background: Worker, area: 'local' | 'sync', key: string): Promise<unknown> {
  return background.evaluate(
    async ([area, key]) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage[area].get(key))[key];
    },
    [area, key] as const,
  );
}

test('say it: the card shows how to say the term and says it with a local voice, from the keyboard', async ({
  context,
  server,
}) => {
  const page = await openDemo(context, server.url);
  await useVoices(page, [REMOTE, LOCAL]);
  await openCard(page, 'neuroblastoma');
  await expect(card(page).locator('.pronunciation')).toHaveText('noor-oh-blas-TOH-muh');
  const speak = card(page).getByRole('button', { name: 'Say “neuroblastoma” aloud' });
  await speak.focus();
  await page.keyboard.press('Enter');
  // The local voice, never the remote one the system prefers: nothing leaves the machine.
  await expect(page.locator('html')).toHaveAttribute(
    'data-medgloss-test-spoken',
    JSON.stringify({ text: 'neuroblastoma', lang: 'en-GB' }),
  );
});

test('say it: without a local voice the card says so and offers no speaker', async ({ context, server }) => {
  const page = await openDemo(context, server.url);
  await useVoices(page, [REMOTE]);
  await openCard(page, 'neuroblastoma');
  await expect(card(page).getByText('No voice on this device to say it aloud.')).toBeVisible();
  await expect(card(page).getByRole('button', { name: /aloud/ })).toHaveCount(0);
  await expect(card(page).locator('.pronunciation')).toHaveText('noor-oh-blas-TOH-muh');
});

test('save it: the star keeps the term with the date and page title, the address only when allowed', async ({
  context,
  server,
  background,
}) => {
  const page = await openDemo(context, server.url);
  await openCard(page, 'neuroblastoma');
  const star = card(page).getByRole('button', { name: 'Save to My words' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(card(page).getByRole('button', { name: 'In My words' })).toHaveAttribute('aria-pressed', 'true');
  const [word] = (await stored(background, 'local', 'myWords')) as Record<string, string>[];
  expect(word).toMatchObject({
    id: 'neuroblastoma',
    term: 'neuroblastoma',
    pronunciation: 'noor-oh-blas-TOH-muh',
    pageTitle: await page.title(),
  });
  expect(word.explanation.length).toBeGreaterThan(20);
  expect(Date.now() - Date.parse(word.savedAt)).toBeLessThan(60_000);
  expect(word.url, 'no address unless the reader allows it').toBeUndefined();

  await setStorage(background, 'sync', { saveAddress: true });
  await page.keyboard.press('Escape');
  await openCard(page, 'wilms-tumor');
  await card(page).getByRole('button', { name: 'Save to My words' }).click();
  await expect(card(page).getByRole('button', { name: 'In My words' })).toBeVisible();
  const words = (await stored(background, 'local', 'myWords')) as Record<string, string>[];
  expect(words.map((w) => [w.id, w.url])).toEqual([
    ['wilms-tumor', page.url()],
    ['neuroblastoma', undefined],
  ]);

  // The star again takes the word out.
  await card(page).getByRole('button', { name: 'In My words' }).click();
  await expect(card(page).getByRole('button', { name: 'Save to My words' })).toBeVisible();
  expect(((await stored(background, 'local', 'myWords')) as unknown[]).length).toBe(1);
});

test('know it: "I know this word" stops its highlights everywhere, lookup still explains it, and undo works', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const total = await highlights(page).count();
  const mine = await highlights(page, 'myoclonus').count();
  expect(mine).toBeGreaterThan(0);

  // Undo from the card: nothing changes.
  await openCard(page, 'myoclonus');
  await card(page).getByRole('button', { name: 'I know this word' }).click();
  await expect(card(page).getByRole('status')).toContainText('You know this word');
  await card(page).getByRole('button', { name: 'Undo' }).click();
  await expect(card(page).getByRole('button', { name: 'I know this word' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  await waitForPass(page);
  await expect(highlights(page)).toHaveCount(total);

  // For real: the card stays with its undo; the highlights go once it closes.
  await openCard(page, 'myoclonus');
  await card(page).getByRole('button', { name: 'I know this word' }).click();
  await expect(card(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(highlights(page, 'myoclonus')).toHaveCount(0);
  await waitForPass(page);
  expect(await highlights(page).count()).toBe(total - mine);

  // Everywhere: another tab too, after a reload.
  const other = await openDemo(context, server.url);
  await expect(highlights(other, 'myoclonus')).toHaveCount(0);
  await expect(highlights(other, 'neuroblastoma').first()).toBeVisible();

  // Lookup still explains it, and the popup can undo.
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  await popup.getByRole('searchbox', { name: 'Look up a medical term' }).fill('myoclonus');
  await popup.getByRole('option').first().click();
  await expect(popup.locator('.card .term')).toHaveText('myoclonus');
  await expect(popup.locator('.card').getByRole('status')).toContainText('You know this word');
  await popup.getByText('Words you know').click();
  await popup.getByRole('button', { name: 'Highlight “myoclonus” again' }).click();
  await expect(highlights(page, 'myoclonus')).toHaveCount(mine);
  await expect(highlights(other, 'myoclonus')).toHaveCount(mine);
  expect(await stored(background, 'local', 'knownWords')).toEqual([]);
});
