/**
 * The dictionary's matching data is not inside the content script (every frame loads that script)
 * but in local storage, where the background keeps it (background/page-data.ts). Whatever
 * happened to that copy, a page is still highlighted, and the copy is made whole again.
 */
import type { Worker } from '@playwright/test';
import { expect, highlights, servePage, setStorage, test, waitForPass } from './fixtures';

const PAGE = `<!doctype html><html lang="en"><body><h1>Ataxia</h1>
  <p>A child with neuroblastoma may have ataxia, and an MRI may show hydrocephalus.</p></body></html>`;

/** The version of the copy in storage, or what is there instead. */
function storedVersion(background: Worker): Promise<unknown> {
  return background.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const { pageData } = await api.storage.local.get('pageData');
    return (pageData as { version?: unknown } | undefined)?.version ?? null;
  });
}

test('the background keeps the data in storage once installed', async ({ background }) => {
  await expect.poll(() => storedVersion(background)).toMatch(/^[0-9a-f]{16}$/);
});

for (const [what, damage] of [
  ['gone (storage cleared)', null],
  ['damaged', { version: 'an older build', matchIndex: 7 }],
] as const)
  test(`a page is highlighted when the stored data is ${what}, and the copy is made whole again`, async ({
    context,
    server,
    background,
  }) => {
    await expect.poll(() => storedVersion(background)).toMatch(/^[0-9a-f]{16}$/);
    const version = await storedVersion(background);
    if (damage === null)
      await background.evaluate(() =>
        (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.local.remove(
          'pageData',
        ),
      );
    else await setStorage(background, 'local', { pageData: damage });
    const page = await context.newPage();
    await page.goto(server.url + servePage(`page-data-${damage ? 'damaged' : 'gone'}`, PAGE));
    await waitForPass(page);
    await expect(highlights(page, 'ataxia')).not.toHaveCount(0);
    await expect(highlights(page, 'hydrocephalus')).toHaveCount(1);
    await expect.poll(() => storedVersion(background)).toBe(version);
  });

test("when the data cannot be read at all, a page still gets the reader's own terms, and nothing else", async ({
  context,
  server,
  background,
}) => {
  const own = 'user-00000000000000000000d0d0';
  // The e2e build's hook: the content script acts as if storage and the background both failed.
  await setStorage(background, 'local', {
    medglossTestNoPageData: true,
    userTerms: [{ id: own, term: 'Oma', aliases: [], explanation: 'My grandmother.' }],
  });
  // The background indexes own terms for pages after a change: give it a moment, as after an import.
  await new Promise((done) => setTimeout(done, 2000));
  const page = await context.newPage();
  await page.goto(server.url + servePage('page-data-unreadable', PAGE.replace('A child', 'Oma says a child')));
  await waitForPass(page);
  await expect(highlights(page, own)).toHaveCount(1);
  await expect(highlights(page)).toHaveCount(1);
});
