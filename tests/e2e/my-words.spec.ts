/**
 * Issue 16, "My words" outside the card: the popup's star and list (newest first, search, remove
 * one or all), and the options page's Anki CSV, JSON export and import, and "words you know".
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, highlights, openDemo, openPopup, setStorage, tabIdOf, test, waitForPass } from './fixtures';

const WORDS = [
  {
    id: 'opsoclonus',
    term: 'opsoclonus',
    explanation: 'Quick, "dancing" eye movements.\nThey come and go.',
    pronunciation: 'op-soh-KLOH-nus',
    savedAt: '2026-11-20T10:00:00.000Z',
    pageTitle: 'OMS FAQ',
  },
  {
    id: 'ataxia',
    term: 'ataxia',
    explanation: 'Clumsy, shaky movement.',
    savedAt: '2026-11-21T10:00:00.000Z',
    pageTitle: 'Balance problems',
  },
  {
    id: 'myoclonus',
    term: 'myoclonus',
    explanation: 'Sudden muscle jerks.',
    savedAt: '2026-11-19T10:00:00.000Z',
    pageTitle: 'Movement disorders',
  },
];
const KNOWN = [{ id: 'neuroblastoma', term: 'neuroblastoma', knownAt: '2026-11-18T10:00:00.000Z' }];

async function stored(background: Worker, key: string): Promise<unknown> {
  return background.evaluate(async (key) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return (await api.storage.local.get(key))[key];
  }, key);
}

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'My words and words you know' })).toBeVisible();
  return page;
}

test('the popup saves a looked-up word with the page it was met on, and lists My words newest first, searchable', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  await setStorage(background, 'local', { myWords: WORDS });
  const page = await openDemo(context, server.url);
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  const list = popup.getByRole('region', { name: 'My words' });
  await expect(list.locator('.word-term')).toHaveText(['ataxia', 'opsoclonus', 'myoclonus']);

  await popup.getByRole('searchbox', { name: 'Look up a medical term' }).fill('neuroblastoma');
  await popup.getByRole('option').first().click();
  await popup.locator('.card').getByRole('button', { name: 'Save to My words' }).click();
  await expect(list.locator('.word-term')).toHaveText(['neuroblastoma', 'ataxia', 'opsoclonus', 'myoclonus']);
  await expect(list.locator('.saved-word').first()).toContainText(await page.title());
  const [saved] = (await stored(background, 'myWords')) as Record<string, string>[];
  expect(saved).toMatchObject({ id: 'neuroblastoma', pageTitle: await page.title() });
  expect(saved.url).toBeUndefined();

  const search = list.getByRole('searchbox', { name: 'Search my words' });
  // The page title counts too, and case does not.
  await search.fill('BALANCE');
  await expect(list.locator('.word-term')).toHaveText(['ataxia']);
  await search.fill('dancing eye');
  await expect(list.locator('.word-term')).toHaveText(['opsoclonus']);
  await search.fill('zzz');
  await expect(list.getByText('No saved word matches “zzz”.')).toBeVisible();
  await search.fill('');

  await list.getByRole('button', { name: 'Remove “ataxia” from My words' }).click();
  await expect(list.locator('.word-term')).toHaveText(['neuroblastoma', 'opsoclonus', 'myoclonus']);
  await list.getByRole('button', { name: 'Remove all…' }).click();
  await list.getByRole('button', { name: 'Keep them' }).click();
  await expect(list.locator('.word-term')).toHaveCount(3);
  await list.getByRole('button', { name: 'Remove all…' }).click();
  await list.getByRole('button', { name: 'Remove all', exact: true }).click();
  await expect(list.getByText('No saved words yet.')).toBeVisible();
  expect(await stored(background, 'myWords')).toEqual([]);
});

test('options: the Anki CSV has the term on the front, explanation and pronunciation on the back, quoted as RFC 4180', async ({
  context,
  background,
  extensionId,
}) => {
  await setStorage(background, 'local', { myWords: WORDS });
  const options = await openOptions(context, extensionId);
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export for Anki (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('medgloss-my-words-anki.csv');
  const bytes = await readFile((await download.path())!);
  // UTF-8 without a byte order mark: Anki's header must be the very first line.
  expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toBe(
    [
      '#separator:Comma',
      '#html:false',
      '#columns:Front,Back',
      '"ataxia","Clumsy, shaky movement."',
      '"opsoclonus","Quick, ""dancing"" eye movements.\nThey come and go.\n\nSay it: op-soh-KLOH-nus"',
      '"myoclonus","Sudden muscle jerks."',
      '',
    ].join('\r\n'),
  );
});

test('options: My words and the words you know go out as JSON and come back with the own-terms checks', async ({
  context,
  background,
  extensionId,
}) => {
  await setStorage(background, 'local', { myWords: WORDS, knownWords: KNOWN });
  const options = await openOptions(context, extensionId);
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export My words (JSON)' }).click();
  const text = await readFile((await (await downloading).path())!, 'utf8');
  const file = JSON.parse(text) as { words: unknown[]; known: unknown[] };
  expect(file.words).toHaveLength(3);
  expect(file.known).toEqual(KNOWN);

  await setStorage(background, 'local', { myWords: [], knownWords: [] });
  const input = options.getByLabel('Import My words from a file…');
  // A broken file is refused with the same message as own terms, and nothing changes.
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"words": [') });
  await expect(options.getByRole('alert')).toHaveText('The file is not valid JSON. Nothing was imported.');
  const broken = JSON.stringify({ words: [WORDS[0], { ...WORDS[1], savedAt: 'someday' }] });
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(options.getByRole('alert')).toHaveText(
    'Word 2 ("ataxia") has no valid "savedAt" date. Nothing was imported.',
  );
  expect(await stored(background, 'myWords')).toEqual([]);

  await input.setInputFiles({ name: 'words.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(options.getByRole('status').filter({ hasText: 'Imported 3 words and 1 word you know.' })).toBeVisible();
  expect(((await stored(background, 'myWords')) as { id: string }[]).map((w) => w.id)).toEqual([
    'ataxia',
    'opsoclonus',
    'myoclonus',
  ]);
  await expect(options.getByRole('list', { name: 'Words you know' })).toContainText('neuroblastoma');
});

test('options: the address is kept only once the reader allows it; "Highlight again" undoes "I know this word"', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  await setStorage(background, 'local', { knownWords: KNOWN });
  const page = await openDemo(context, server.url);
  await expect(highlights(page, 'neuroblastoma')).toHaveCount(0);
  const options = await openOptions(context, extensionId);
  const keep = options.getByRole('checkbox', { name: 'Keep the address of the page where I saved a word' });
  await expect(keep).not.toBeChecked();
  await keep.check();
  expect(
    await background.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      return (await api.storage.sync.get('saveAddress')).saveAddress;
    }),
  ).toBe(true);

  await options.getByRole('button', { name: 'Highlight “neuroblastoma” again' }).click();
  await waitForPass(page);
  await expect(highlights(page, 'neuroblastoma').first()).toBeVisible();
  await expect(options.getByText('None yet.')).toBeVisible();
});
