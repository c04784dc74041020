/** "Explain" on a selection (context menu and shortcut send the same message) and the reader's own terms. */
import { card, expect, highlights, messageTab, servePage, setStorage, tabIdOf, test, waitForPass } from './fixtures';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Selection</title></head><body>
<p id="everyday">After the stroke she needed help.</p>
<p id="unknown">The zorblax reading was high.</p>
<p id="plural">Two neuroblastomas were found.</p>
</body></html>`;

async function select(page: import('@playwright/test').Page, selector: string, word: string) {
  await page.evaluate(
    ({ selector, word }) => {
      const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode() as Text;
      while (!text.data.includes(word)) text = walker.nextNode() as Text;
      const at = text.data.indexOf(word);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + word.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { selector, word },
  );
}

test('explains a selected everyday word that is not highlighted', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('selection', PAGE));
  await waitForPass(page);
  await expect(page.locator('#everyday mark')).toHaveCount(0);
  await select(page, '#everyday', 'stroke');
  const tab = await tabIdOf(background, page);
  await messageTab(background, tab, 'explainSelection', 'stroke');
  await expect(card(page).locator('.term')).toHaveText(/stroke/i);
  await expect(card(page).locator('.explanation')).toContainText(/brain|blood/i);

  await select(page, '#plural', 'neuroblastomas');
  await messageTab(background, tab, 'explainSelection', null); // the keyboard shortcut sends no text
  await expect(card(page).locator('.term')).toHaveText('neuroblastoma');
});

test('an unknown selection says so and offers to add it as your own term', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('selection', PAGE));
  await waitForPass(page);
  await select(page, '#unknown', 'zorblax');
  await messageTab(background, await tabIdOf(background, page), 'explainSelection', 'zorblax');
  await expect(card(page)).toContainText('“zorblax” is not in the dictionary.');
  const opened = context.waitForEvent('page');
  await card(page).getByRole('button', { name: 'Add it as your own term' }).click();
  const options = await opened;
  await expect(options).toHaveURL(/options\.html#add=zorblax$/);
});

test('your own terms are highlighted in open tabs at once and explained', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('selection', PAGE));
  await waitForPass(page);
  await expect(page.locator('#unknown mark')).toHaveCount(0);
  await setStorage(background, 'local', {
    userTerms: [{ id: 'user-zorblax', term: 'zorblax', aliases: [], explanation: 'A made-up test, for this test.' }],
  });
  const mark = highlights(page, 'user-zorblax');
  await expect(mark).toHaveText('zorblax');
  await mark.hover();
  await expect(card(page).locator('.category')).toHaveText('Your term');
  await expect(card(page).locator('.explanation')).toHaveText('A made-up test, for this test.');
});

test.describe('keyboard commands', () => {
  const run = (background: import('@playwright/test').Worker, command: string) =>
    background.evaluate(
      (name) =>
        (globalThis as unknown as { medglossRunCommand: (c: string) => Promise<void> }).medglossRunCommand(name),
      command,
    );

  test('Alt+Shift+H switches the current site off and on again', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('selection', PAGE));
    await waitForPass(page);
    await tabIdOf(background, page); // brings the tab to the front
    await run(background, 'toggle-site');
    await waitForPass(page, 'off');
    await run(background, 'toggle-site');
    await waitForPass(page, 'ready');
  });

  test('Alt+Shift+E explains the selection in the current tab', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('selection', PAGE));
    await waitForPass(page);
    await tabIdOf(background, page);
    await select(page, '#everyday', 'stroke');
    await run(background, 'explain-selection');
    await expect(card(page).locator('.term')).toHaveText(/stroke/i);
  });
});
