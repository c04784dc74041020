/**
 * "Explain" on a selection (the context menu and the keyboard command, each through the
 * background's own listener), the keyboard commands, and the reader's own terms.
 */
import {
  card,
  clickExplainMenu,
  expect,
  highlights,
  runCommand,
  servePage,
  setStorage,
  tabIdOf,
  test,
  waitForPass,
} from './fixtures';

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
  await clickExplainMenu(background, await tabIdOf(background, page), 'stroke');
  await expect(card(page).locator('.term')).toHaveText(/stroke/i);
  await expect(card(page).locator('.explanation')).toContainText(/brain|blood/i);

  await select(page, '#plural', 'neuroblastomas');
  await runCommand(background, 'explain-selection'); // the keyboard command sends no text: the page's selection counts
  await expect(card(page).locator('.term')).toHaveText('neuroblastoma');
});

test('an unknown selection says so and offers to add it as your own term', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('selection', PAGE));
  await waitForPass(page);
  await select(page, '#unknown', 'zorblax');
  await clickExplainMenu(background, await tabIdOf(background, page), 'zorblax');
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
    userTerms: [
      {
        id: 'user-00000000000000000000000a',
        term: 'zorblax',
        aliases: [],
        explanation: 'A made-up test, for this test.',
      },
    ],
  });
  const mark = highlights(page, 'user-00000000000000000000000a');
  await expect(mark).toHaveText('zorblax');
  await mark.hover();
  await expect(card(page).locator('.category')).toHaveText('Your term');
  await expect(card(page).locator('.explanation')).toHaveText('A made-up test, for this test.');
});

test('an own term with markup in it shows the markup as text on the card', async ({ context, server, background }) => {
  const page = await context.newPage();
  await page.goto(server.url + servePage('selection', PAGE));
  await waitForPass(page);
  await setStorage(background, 'local', {
    userTerms: [
      {
        id: 'user-00000000000000000000000a',
        term: 'zorblax',
        aliases: [],
        explanation: '<b>Bold</b> <img src=x onerror="alert(1)">',
      },
    ],
  });
  await highlights(page, 'user-00000000000000000000000a').hover();
  const explanation = card(page).locator('.explanation');
  await expect(explanation).toHaveText('<b>Bold</b> <img src=x onerror="alert(1)">');
  await expect(explanation.locator('b, img')).toHaveCount(0);
});

test.describe('keyboard commands', () => {
  // Chromium runs an extension's commands only for real key presses: one synthesized in the page
  // (Playwright, CDP) reaches the page, not the browser's shortcut handling. So the manifest's
  // keys are checked on the built manifest (tests/unit/built-extension.test.ts), and here the
  // commands run through the background's own listener.
  test('Alt+Shift+H switches the current site off and on again', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('selection', PAGE));
    await waitForPass(page);
    await tabIdOf(background, page); // brings the tab to the front
    await runCommand(background, 'toggle-site');
    await waitForPass(page, 'off');
    await runCommand(background, 'toggle-site');
    await waitForPass(page, 'ready');
  });

  test('Alt+Shift+E explains the selection in the current tab', async ({ context, server, background }) => {
    const page = await context.newPage();
    await page.goto(server.url + servePage('selection', PAGE));
    await waitForPass(page);
    await tabIdOf(background, page);
    await select(page, '#everyday', 'stroke');
    await runCommand(background, 'explain-selection');
    await expect(card(page).locator('.term')).toHaveText(/stroke/i);
  });
});
