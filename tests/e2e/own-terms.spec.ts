/**
 * The reader's own terms at scale and next to the dictionary: your "OMS" never hides the
 * dictionary's card; 2,000 terms stay usable (search, pages, delete all with a confirm step and
 * undo); an import is previewed, never lets an older backup silently win, can be undone, and
 * never takes the total past 2,000.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  card,
  expect,
  highlights,
  openDemo,
  openPopup,
  serveSlowPage,
  setStorage,
  tabIdOf,
  test,
  waitForPass,
} from './fixtures';

type Chrome = typeof import('wxt/browser').browser;

async function storedTerms(background: Worker): Promise<{ term: string; explanation: string }[]> {
  const stored = await background.evaluate(
    async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('userTerms')).userTerms,
  );
  return stored as { term: string; explanation: string }[];
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'MedGloss settings' })).toBeVisible();
  return page;
}

const OWN_OMS = 'user-00000000000000000000a0a0';

const many = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    id: `user-${(i + from).toString(16).padStart(24, '0')}`,
    term: `Term ${i + from}`,
    aliases: [],
    explanation: `Explanation number ${i + from}.`,
  }));

test('your own "OMS" comes first, marked as yours, and the dictionary’s meanings stay in the card and the lookup', async ({
  context,
  background,
  server,
  extensionId,
}) => {
  await setStorage(background, 'local', {
    userTerms: [{ id: OWN_OMS, term: 'OMS', aliases: [], explanation: 'My note: what Dr Lee calls it.' }],
  });
  const page = await openDemo(context, server.url);
  const mark = highlights(page, OWN_OMS).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const shown = card(page);
  await expect(shown.locator('header')).toContainText('Your term');
  await expect(shown.locator('.explanation').first()).toHaveText('My note: what Dr Lee calls it.');
  const dictionary = shown.getByRole('region', { name: 'OMS in the MedGloss dictionary' });
  await expect(dictionary).toContainText('opsoclonus-myoclonus syndrome');
  // Yours first: the dictionary's meanings come after your text.
  const [mine, theirs] = await Promise.all([
    shown.locator('.explanation').first().boundingBox(),
    dictionary.boundingBox(),
  ]);
  expect(mine!.y).toBeLessThan(theirs!.y);

  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  await popup.getByRole('searchbox').fill('OMS');
  const rows = popup.getByRole('option');
  await expect(rows.first()).toHaveText(/^OMS · your term$/);
  await expect(rows.nth(1)).toContainText('OMS');
  const texts = await rows.allTextContents();
  expect(new Set(texts).size, 'no two identical rows').toBe(texts.length);
  await rows.first().click();
  await expect(popup.locator('.card')).toContainText('My note: what Dr Lee calls it.');
  await expect(popup.locator('.card')).toContainText('opsoclonus-myoclonus syndrome');
});

test('a term added while a page loads is highlighted on it', async ({ context, background, server }) => {
  // The page's second half comes a second later: MedGloss has read the (empty) own terms by
  // then, and starts watching for changes only once the page is complete.
  const path = serveSlowPage(
    'own-term-while-loading',
    '<!doctype html><html lang="en"><body><h1>Notes from the clinic</h1>',
    '<p>Dr Lee says zorblax is what we call the night episodes.</p></body></html>',
    1000,
  );
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'commit' });
  await page.waitForTimeout(300);
  await setStorage(background, 'local', {
    userTerms: [{ id: OWN_OMS, term: 'zorblax', aliases: [], explanation: 'Our word for the night episodes.' }],
  });
  // The background indexes the terms for the pages (settings/own-terms-index.ts).
  await expect
    .poll(() =>
      background.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: Chrome }).chrome;
        return JSON.stringify((await api.storage.local.get('ownTermsIndex')).ownTermsIndex ?? null);
      }),
    )
    .toContain('zorblax');
  await waitForPass(page);
  await expect(highlights(page, OWN_OMS)).toHaveText(['zorblax']);
});

test('2,000 terms: search, pages of 50, and "Delete all" with a confirm step and undo', async ({
  context,
  background,
  extensionId,
}) => {
  await setStorage(background, 'local', { userTerms: many(2000) });
  const options = await openOptions(context, extensionId);
  const list = options.getByRole('list', { name: 'Your terms' });
  await expect(list.getByRole('listitem')).toHaveCount(50);
  await expect(options.getByText('2,000 terms; showing 1–50')).toBeVisible();
  const height = await options.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(12_000);

  const pages = options.getByRole('navigation', { name: 'Pages of your terms' });
  await expect(pages).toContainText('Page 1 of 40');
  await pages.getByRole('button', { name: 'Next' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Term 50');

  await options.getByLabel('Search your terms').fill('number 1999');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Term 1999');
  await expect(options.getByText('1 of 2,000 match')).toBeVisible();
  await options.getByLabel('Search your terms').fill('');

  await options.getByRole('button', { name: 'Delete all…' }).click();
  const confirm = options.getByRole('group', { name: 'Confirm deleting all your terms' });
  await expect(confirm).toContainText('Delete all 2,000 of your terms?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedTerms(background)).toHaveLength(2000);
  await options.getByRole('button', { name: 'Delete all…' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(options.getByText('You have no terms of your own yet.')).toBeVisible();
  expect(await storedTerms(background)).toEqual([]);
  await options.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByText('Restored 2,000 terms.')).toBeVisible();
  expect(await storedTerms(background)).toHaveLength(2000);

  // The limit holds in the form too.
  const form = options.getByRole('form', { name: 'Add a term' });
  await form.getByLabel('Term').fill('One more');
  await form.getByLabel('Explanation').fill('Over the limit.');
  await form.getByRole('button', { name: 'Add term' }).click();
  await expect(form.getByRole('alert')).toContainText('You have 2,000 terms, the most MedGloss keeps.');
  expect(await storedTerms(background)).toHaveLength(2000);
});

test('an import is previewed, keeps newer texts from an older backup, can be undone, and stops at 2,000', async ({
  context,
  background,
  extensionId,
}) => {
  const saved = [
    {
      id: 'user-alpha',
      term: 'Alpha',
      aliases: [],
      explanation: 'Mine, edited lately.',
      updated: Date.UTC(2026, 10, 20),
    },
    { id: 'user-0000000000000000000000b1', term: 'Beta', aliases: [], explanation: 'Mine, unchanged.' },
  ];
  await setStorage(background, 'local', { userTerms: saved });
  const options = await openOptions(context, extensionId);
  const file = options.getByLabel('Import terms from a file…');
  const backup = {
    medgloss: 1,
    terms: [
      { term: 'Alpha', aliases: [], explanation: 'From an old backup.', updated: '2026-01-01T00:00:00.000Z' },
      { term: 'Beta', aliases: [], explanation: 'Mine, unchanged.' },
      { term: 'Gamma', aliases: [], explanation: 'New in the file.' },
    ],
  };
  await file.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = options.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText(
    'The file has 3 terms: 1 new, 0 will replace yours, 1 older than yours (yours kept), 1 the same as yours (skipped).',
  );
  expect(await storedTerms(background), 'nothing is saved before the reader confirms').toHaveLength(2);
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Imported 1 term.' })).toBeVisible();
  expect((await storedTerms(background)).map((t) => t.explanation)).toEqual([
    'Mine, edited lately.',
    'Mine, unchanged.',
    'New in the file.',
  ]);
  await options.getByRole('button', { name: 'Undo import' }).click();
  await expect(options.getByText('The import of “backup.json” was undone.')).toBeVisible();
  expect((await storedTerms(background)).map((t) => t.term)).toEqual(['Alpha', 'Beta']);

  // 1,999 new terms on top of 2 would make 2,001: refused whole.
  const big = { terms: many(1999).map(({ term, explanation }) => ({ term, explanation })) };
  await file.setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await expect(options.getByRole('alert')).toContainText(
    '2001 in all, and at most 2,000 can be kept. Nothing was imported.',
  );
  expect(await storedTerms(background)).toHaveLength(2);
});

test('a form error goes once the field is edited or cleared, and never stands beside an earlier "Added"', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  const form = options.getByRole('form', { name: 'Add a term' });
  const add = form.getByRole('button', { name: 'Add term' });
  await form.getByLabel('Term').fill('Zorblax');
  await form.getByLabel('Explanation').fill('A made-up word.');
  await add.click();
  const added = options.getByRole('status').filter({ hasText: 'Added “Zorblax”.' });
  await expect(added).toBeVisible();

  const duplicate = form.getByText('You already have a term named “Zorblax”.');
  await form.getByLabel('Term').fill('zorblax');
  await form.getByLabel('Explanation').fill('Again.');
  await add.click();
  await expect(duplicate).toBeVisible();
  await expect(added, 'the earlier "Added" goes when a new save is refused').toHaveCount(0);
  await form.getByLabel('Term').press('End');
  await form.getByLabel('Term').pressSequentially('ia');
  await expect(duplicate, 'edited: the message is stale').toHaveCount(0);
  await expect(form.getByLabel('Term')).not.toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Term').fill('Zorblax');
  await add.click();
  await expect(duplicate).toBeVisible();
  await form.getByLabel('Term').fill('');
  await expect(duplicate, 'cleared: the message is stale').toHaveCount(0);
});
