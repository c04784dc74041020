/**
 * The options page, driven as a reader would: every change reaches open tabs at once, two open
 * settings pages agree, and an import can never lose the reader's own terms.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { card, expect, highlights, openDemo, openPopup, servePage, tabIdOf, test, waitForPass } from './fixtures';

type Area = 'sync' | 'local';
type Chrome = typeof import('wxt/browser').browser;

async function openOptions(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  await expect(page.getByRole('heading', { name: 'MedGloss settings' })).toBeVisible();
  // Every section has read its setting once its controls are enabled.
  await expect(page.getByRole('radio', { name: /Dotted underline/ })).toBeEnabled();
  return page;
}

async function setStored(background: Worker, area: Area, values: Record<string, unknown>): Promise<void> {
  await background.evaluate(
    ([area, values]) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[area].set(values),
    [area, values] as const,
  );
}

async function getStored(background: Worker, area: Area, key: string): Promise<unknown> {
  return background.evaluate(
    async ([area, key]) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage[area].get(key))[key],
    [area, key] as const,
  );
}

const markStyle = (page: Page, selector = 'mark[data-medgloss-term]') =>
  page
    .locator(selector)
    .first()
    .evaluate((mark) => {
      const style = getComputedStyle(mark);
      return {
        background: style.backgroundColor,
        decoration: `${style.textDecorationLine} ${style.textDecorationStyle}`,
      };
    });

const TERMS = [
  { term: 'Zorblax syndrome', aliases: ['zorblaxia'], explanation: 'A made-up illness, used to test MedGloss.' },
  { term: 'Quimby sign', aliases: [], explanation: 'A made-up sign: the left ear turns <b>blue</b>.' },
];
/** As storage keeps them: each with its random id (here fixed ones, in the same format). */
const storedTerms = (terms: typeof TERMS) =>
  terms.map((t, i) => ({ ...t, id: `user-${(i + 1).toString(16).padStart(24, '0')}` }));
/** Imported terms get new random ids. */
const anyIds = (terms: typeof TERMS) => terms.map((t) => ({ ...t, id: expect.stringMatching(/^user-[0-9a-f]{24}$/) }));

test('the highlight style changes in an open tab without a reload, and in the preview', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-style', 'underline');
  const before = await markStyle(page);
  expect(before.decoration).toBe('underline dotted');

  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('radio', { name: /Dotted underline/ })).toBeChecked();
  const previewBefore = await markStyle(options, '[data-testid="preview"] mark');

  await options.getByRole('radio', { name: /Background tint/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-style', 'background');
  await expect.poll(async () => (await markStyle(page)).background).not.toBe(before.background);
  expect((await markStyle(page)).decoration).toMatch(/^none/);
  await expect
    .poll(async () => (await markStyle(options, '[data-testid="preview"] mark')).background)
    .not.toBe(previewBefore.background);

  await options.getByRole('radio', { name: /Solid underline/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-style', 'solid');
  await expect.poll(async () => (await markStyle(page)).decoration).toBe('underline solid');
  await expect
    .poll(async () => (await markStyle(options, '[data-testid="preview"] mark')).decoration)
    .toBe('underline solid');
});

test('density "every time" marks more terms in an open tab than the default', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const count = await highlights(page).count();
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('radio', { name: /First time in each section/ })).toBeChecked();
  const preview = options.getByTestId('preview').locator('mark[data-medgloss-term="neuroblastoma"]');
  await expect(preview).toHaveCount(1);

  await options.getByRole('radio', { name: /Every time/ }).check();
  await expect.poll(() => highlights(page).count()).toBeGreaterThan(count);
  await waitForPass(page);
  await expect(preview, 'the preview shows the density too').toHaveCount(2);
});

test('switching a category off removes its highlights in an open tab; on again brings them back', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const wilms = await highlights(page, 'wilms-tumor').count();
  expect(wilms).toBeGreaterThan(0);
  const options = await openOptions(context, extensionId);
  const condition = options.getByRole('checkbox', { name: 'Condition', exact: true });
  await expect(condition).toBeChecked();

  await condition.uncheck();
  await expect(highlights(page, 'wilms-tumor')).toHaveCount(0);
  await waitForPass(page);
  await expect(highlights(page, 'adrenocorticotropic-hormone'), 'other kinds stay highlighted').not.toHaveCount(0);

  await condition.check();
  await expect(highlights(page, 'wilms-tumor')).toHaveCount(wilms);
});

test('removing a switched-off site turns highlighting back on in its open tab', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  // Switched off the way a reader does it: from the popup.
  const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
  await popup.getByRole('switch', { name: /Highlight terms on/ }).uncheck();
  await waitForPass(page, 'off');
  await popup.close();
  const sites = (await getStored(background, 'sync', 'disabledSites')) as string[];
  await setStored(background, 'sync', { disabledSites: ['example.org', ...sites] });

  const options = await openOptions(context, extensionId);
  const list = options.getByRole('list', { name: 'Switched-off sites' });
  await expect(list.getByRole('listitem')).toHaveText([/example\.org/, /127\.0\.0\.1/]);
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();

  await waitForPass(page, 'ready');
  await expect(highlights(page)).not.toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveText([/example\.org/]);
  expect(await getStored(background, 'sync', 'disabledSites')).toEqual(['example.org']);

  await options.getByRole('button', { name: 'Remove example.org' }).click();
  await expect(options.getByText('No sites are switched off.')).toBeVisible();
});

test('the pause switch stops highlighting everywhere and two open settings pages stay in sync', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  const first = await openOptions(context, extensionId);
  const second = await openOptions(context, extensionId);

  await first.getByRole('switch', { name: 'Pause highlighting on all sites' }).check();
  await waitForPass(page, 'off');
  await expect(second.getByRole('switch', { name: 'Pause highlighting on all sites' })).toBeChecked();

  await second.getByRole('radio', { name: /Background tint/ }).check();
  await expect(first.getByRole('radio', { name: /Background tint/ })).toBeChecked();
  await second.getByRole('checkbox', { name: 'Abbreviation' }).uncheck();
  await expect(first.getByRole('checkbox', { name: 'Abbreviation' })).not.toBeChecked();

  const form = first.getByRole('form', { name: 'Add a term' });
  await form.getByLabel('Term').fill('Zorblax syndrome');
  await form.getByLabel('Explanation').fill('A made-up illness.');
  await form.getByRole('button', { name: 'Add term' }).click();
  await expect(second.getByRole('list', { name: 'Your terms' })).toContainText('Zorblax syndrome');

  await second.getByRole('switch', { name: 'Pause highlighting on all sites' }).uncheck();
  await waitForPass(page, 'ready');
});

test('your own terms: add, refuse empty and duplicate names, edit and delete', async ({
  context,
  background,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await expect(options.getByText('You have no terms of your own yet.')).toBeVisible();
  const form = options.getByRole('form', { name: 'Add a term' });
  const add = form.getByRole('button', { name: 'Add term' });

  await add.click();
  await expect(form.getByText('Enter the term.')).toBeVisible();
  await expect(form.getByText('Enter an explanation.')).toBeVisible();
  await expect(form.getByLabel('Term')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Term')).toBeFocused();

  await form.getByLabel('Term').fill('Zorblax syndrome');
  await form.getByLabel('Other names').fill('zorblaxia,  ZBX , ');
  await form.getByLabel('Explanation').fill('A made-up illness, used to test MedGloss.');
  await add.click();
  await expect(options.getByRole('status').filter({ hasText: 'Added “Zorblax syndrome”.' })).toBeVisible();
  const list = options.getByRole('list', { name: 'Your terms' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('also: zorblaxia, ZBX');
  await expect(form.getByLabel('Term'), 'the form is cleared for the next term').toHaveValue('');
  expect(await getStored(background, 'local', 'userTerms')).toEqual([
    {
      id: expect.stringMatching(/^user-[0-9a-f]{24}$/),
      term: 'Zorblax syndrome',
      aliases: ['zorblaxia', 'ZBX'],
      explanation: 'A made-up illness, used to test MedGloss.',
      updated: expect.any(Number),
    },
  ]);

  // A second term may not take a name the first one has.
  await form.getByLabel('Term').fill('zorblaxia');
  await form.getByLabel('Explanation').fill('Another meaning.');
  await add.click();
  await expect(
    form.getByText('"zorblaxia" appears more than once among your terms (“Zorblax syndrome” already uses it).'),
  ).toBeVisible();
  await form.getByLabel('Term').fill('Quimby sign');
  await form.getByLabel('Other names').fill('ZBX');
  await add.click();
  await expect(form.getByText(/"ZBX" appears more than once among your terms/)).toBeVisible();
  await expect(form.getByLabel('Other names')).toHaveAttribute('aria-invalid', 'true');
  expect(await getStored(background, 'local', 'userTerms')).toHaveLength(1);

  await form.getByLabel('Other names').fill('');
  await form.getByLabel('Explanation').fill('A made-up sign: the left ear turns <b>blue</b>.');
  await add.click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(
    list.getByText('A made-up sign: the left ear turns <b>blue</b>.'),
    'user text is shown as text',
  ).toBeVisible();
  await expect(list.locator('b')).toHaveCount(0);

  // Edit: the form opens in place; an emptied explanation is refused; a new one is saved.
  await options.getByRole('button', { name: 'Edit Zorblax syndrome' }).click();
  const edit = options.getByRole('form', { name: 'Edit “Zorblax syndrome”' });
  await expect(edit.getByLabel('Term')).toBeFocused();
  await expect(edit.getByLabel('Other names')).toHaveValue('zorblaxia, ZBX');
  await edit.getByLabel('Explanation').fill('   ');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('Enter an explanation.')).toBeVisible();
  await edit.getByLabel('Explanation').fill('An imaginary illness.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  await expect(list.getByRole('listitem').first()).toContainText('An imaginary illness.');
  expect(
    ((await getStored(background, 'local', 'userTerms')) as { explanation: string }[]).map((t) => t.explanation),
  ).toEqual(['An imaginary illness.', 'A made-up sign: the left ear turns <b>blue</b>.']);

  // Cancel leaves the term as it was.
  await options.getByRole('button', { name: 'Edit Quimby sign' }).click();
  await options.getByRole('form', { name: 'Edit “Quimby sign”' }).getByLabel('Term').fill('Changed');
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(list).toContainText('Quimby sign');

  // Delete, with a way back.
  await options.getByRole('button', { name: 'Delete Zorblax syndrome' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(options.getByText('Deleted “Zorblax syndrome”.')).toBeVisible();
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Zorblax syndrome');
  await options.getByRole('button', { name: 'Delete Quimby sign' }).click();
  await options.getByRole('button', { name: 'Delete Zorblax syndrome' }).click();
  await expect(options.getByText('You have no terms of your own yet.')).toBeVisible();
  expect(await getStored(background, 'local', 'userTerms')).toEqual([]);
});

test('export then import gives the same terms back', async ({ context, background, extensionId }) => {
  await setStored(background, 'local', { userTerms: storedTerms(TERMS) });
  const options = await openOptions(context, extensionId);
  const list = options.getByRole('list', { name: 'Your terms' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export your terms' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('medgloss-terms.json');
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toEqual({ medgloss: 1, terms: TERMS });

  await setStored(background, 'local', { userTerms: [] });
  await expect(options.getByText('You have no terms of your own yet.')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Export your terms' }), 'nothing to export').toBeDisabled();

  const file = options.getByLabel('Import terms from a file…');
  await file.setInputFiles({ name: 'medgloss-terms.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await options.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Imported 2 terms.' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const imported = await getStored(background, 'local', 'userTerms');
  expect(imported).toEqual(anyIds(TERMS));

  // The same file again does not double the terms (which keep their ids): the preview says both are the same.
  await file.setInputFiles({ name: 'medgloss-terms.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = options.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('2 the same as yours (skipped)');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    options.getByRole('status').filter({ hasText: 'Nothing to import: you have every term of the file already.' }),
  ).toBeVisible();
  expect(await getStored(background, 'local', 'userTerms')).toEqual(imported);
});

test('an import with any problem is refused with a message naming it, and your terms stay untouched', async ({
  context,
  background,
  extensionId,
}) => {
  const saved = storedTerms(TERMS.slice(0, 1));
  await setStored(background, 'local', { userTerms: saved });
  const options = await openOptions(context, extensionId);
  const file = options.getByLabel('Import terms from a file…');
  const list = options.getByRole('list', { name: 'Your terms' });

  const huge = JSON.stringify({
    medgloss: 1,
    terms: [{ term: 'Big', explanation: 'x'.repeat(500) }],
    padding: ' '.repeat(1_100_000),
  });
  const cases: [string, string, RegExp][] = [
    ['not-json.json', '{ "terms": [ oops', /not valid JSON/],
    ['no-list.json', '{ "medgloss": 1 }', /no list of terms/],
    [
      'missing.json',
      JSON.stringify({ medgloss: 1, terms: [{ term: 'Fine', explanation: 'ok' }, { term: 'Half' }] }),
      /Term 2 \("Half"\) has no "explanation"/,
    ],
    ['no-term.json', JSON.stringify([{ explanation: 'What?' }]), /Term 1 has no "term"/],
    [
      'duplicates.json',
      JSON.stringify({
        terms: [
          { term: 'Alpha', explanation: 'a' },
          { term: 'Beta', aliases: ['alpha'], explanation: 'b' },
        ],
      }),
      /In the file, "alpha" appears more than once/,
    ],
    [
      'clash.json',
      JSON.stringify({ terms: [{ term: 'Other', aliases: ['zorblaxia'], explanation: 'c' }] }),
      /"zorblaxia" appears more than once among your terms/,
    ],
    ['huge.json', huge, /too large.*limit is 1000 KB/],
    ['enormous.json', ' '.repeat(4_500_000), /too large.*limit is 1000 KB/],
  ];
  for (const [name, content, message] of cases) {
    await file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = options.getByRole('alert');
    await expect(alert, name).toHaveText(message);
    await expect(alert, name).toContainText('Nothing was imported');
    expect(await getStored(background, 'local', 'userTerms'), name).toEqual(saved);
    await expect(list.getByRole('listitem'), name).toHaveCount(1);
  }
});

test('reset to defaults, after a confirm step, restores every setting and keeps your terms', async ({
  context,
  server,
  background,
  extensionId,
}) => {
  const page = await openDemo(context, server.url);
  await setStored(background, 'sync', {
    paused: true,
    highlightStyle: 'solid',
    density: 'all',
    hiddenCategories: ['condition'],
    disabledSites: ['example.org'],
  });
  await setStored(background, 'local', { userTerms: storedTerms(TERMS) });
  await waitForPass(page, 'off');

  // Every control shows the stored value when the page opens.
  const options = await openOptions(context, extensionId);
  const pause = options.getByRole('switch', { name: 'Pause highlighting on all sites' });
  await expect(pause).toBeChecked();
  await expect(options.getByRole('radio', { name: /Solid underline/ })).toBeChecked();
  await expect(options.getByRole('radio', { name: /Every time/ })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: 'Condition', exact: true })).not.toBeChecked();
  await expect(options.getByRole('list', { name: 'Switched-off sites' })).toContainText('example.org');

  await options.getByRole('button', { name: 'Reset settings to defaults…' }).click();
  await expect(options.getByRole('group', { name: 'Confirm reset' })).toContainText('Your own terms are kept.');
  await options.getByRole('button', { name: 'Cancel' }).click();
  await expect(pause).toBeChecked();

  await options.getByRole('button', { name: 'Reset settings to defaults…' }).click();
  await options.getByRole('button', { name: 'Yes, reset settings' }).click();
  await expect(
    options.getByRole('status').filter({ hasText: 'Settings are back to their defaults. Your own terms were kept.' }),
  ).toBeVisible();
  await expect(pause).not.toBeChecked();
  await expect(options.getByRole('radio', { name: /Dotted underline/ })).toBeChecked();
  await expect(options.getByRole('radio', { name: /First time in each section/ })).toBeChecked();
  await expect(options.getByRole('checkbox', { name: 'Condition', exact: true })).toBeChecked();
  await expect(options.getByText('No sites are switched off.')).toBeVisible();
  for (const key of ['paused', 'highlightStyle', 'density', 'hiddenCategories', 'disabledSites'])
    expect(await getStored(background, 'sync', key), key).toBeUndefined();
  expect(await getStored(background, 'local', 'userTerms')).toEqual(storedTerms(TERMS));
  await expect(options.getByRole('list', { name: 'Your terms' }).getByRole('listitem')).toHaveCount(2);

  await waitForPass(page, 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-medgloss-style', 'underline');
  await expect(highlights(page, 'wilms-tumor')).not.toHaveCount(0);
});

test('settings found corrupt when the page opens are reset, with a notice that can be dismissed', async ({
  context,
  background,
  extensionId,
}) => {
  // The sites list is stored at its current version ("$" is the storage item's metadata): an older
  // one would be cleaned by its migration before any check sees it.
  await setStored(background, 'sync', {
    highlightStyle: 42,
    hiddenCategories: ['condition', 'nonsense'],
    disabledSites: ['example.org', 7],
    disabledSites$: { v: 2 },
  });
  await setStored(background, 'local', { userTerms: [...storedTerms(TERMS.slice(0, 1)), { term: '' }] });

  const options = await openOptions(context, extensionId);
  const notice = options.getByRole('status', { name: 'Notices' });
  await expect(notice).toContainText('Some saved settings could not be read and were reset to their defaults');
  await expect(notice).toContainText('highlight style');
  await expect(notice).toContainText('categories');
  await expect(notice).toContainText('switched-off sites (the unreadable entries were dropped, 1 kept)');
  await expect(notice).toContainText('your terms (the unreadable entries were dropped, 1 kept)');

  await expect(options.getByRole('radio', { name: /Dotted underline/ })).toBeChecked();
  // Only readable categories are left ("nonsense" is gone), and the page shows what is stored.
  const categories = (await getStored(background, 'sync', 'hiddenCategories')) as string[] | undefined;
  expect(categories ?? []).not.toContain('nonsense');
  const conditionHidden = (categories ?? []).includes('condition');
  await expect(options.getByRole('checkbox', { name: 'Condition', exact: true })).toBeChecked({
    checked: !conditionHidden,
  });
  await expect(options.getByRole('list', { name: 'Switched-off sites' }).getByRole('listitem')).toHaveText([
    /example\.org/,
  ]);
  await expect(options.getByRole('list', { name: 'Your terms' }).getByRole('listitem')).toHaveCount(1);
  expect(await getStored(background, 'sync', 'highlightStyle')).toBeUndefined();

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  expect(await getStored(background, 'local', 'storageNotices')).toBeUndefined();
  await options.reload();
  await expect(options.getByRole('heading', { name: 'MedGloss settings' })).toBeVisible();
  await expect(options.getByRole('radio', { name: /Dotted underline/ })).toBeChecked();
  await expect(options.getByRole('status', { name: 'Notices' }), 'repaired settings give no new notice').toHaveCount(0);
});

test('"add as my term" opens the settings with the term filled in', async ({ context, extensionId }) => {
  const options = await openOptions(context, extensionId, `#add=${encodeURIComponent('zorblax syndrome')}`);
  const form = options.getByRole('form', { name: 'Add a term' });
  await expect(form.getByLabel('Term')).toHaveValue('zorblax syndrome');
  await expect(form.getByLabel('Explanation')).toBeFocused();
});

test('the popup’s Settings link opens the settings page', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId, -1);
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Settings' }).click();
  const options = await opened;
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'MedGloss settings' })).toBeVisible();
});

test('a user term added in options is highlighted in an open tab and explained in its card', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(
    server.url +
      servePage(
        'own-term',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Own term</title></head><body>
        <h1>A rare case</h1><p id="case">The patient was found to have zorblax syndrome after a long search.</p></body></html>`,
      ),
  );
  await waitForPass(page);
  await expect(page.locator('#case mark')).toHaveCount(0);

  const options = await openOptions(context, extensionId);
  const form = options.getByRole('form', { name: 'Add a term' });
  await form.getByLabel('Term').fill('Zorblax syndrome');
  await form.getByLabel('Explanation').fill('A made-up illness, used to test <i>MedGloss</i>.');
  await form.getByRole('button', { name: 'Add term' }).click();

  const mark = page.locator('#case mark[data-medgloss-term]');
  await expect(mark).toHaveText('zorblax syndrome');
  await page.bringToFront();
  await mark.hover();
  await expect(card(page)).toContainText('A made-up illness, used to test <i>MedGloss</i>.');
});
