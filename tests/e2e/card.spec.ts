/** The hover card as a reader uses it: with the pointer, the keyboard, and on a page of its own style. */
import { card, expect, highlights, openPopup, servePage, test, waitForPass } from './fixtures';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card test</title>
<style>
  body { font: 16px/1.5 serif; margin: 0 2rem; }
  /* Hostile page styles: they must not reach into the card. */
  * { letter-spacing: 3px !important; }
  .card { border: 5px solid red; color: red; }
  button { background: red !important; }
  mark { background: lime; }
</style></head><body>
  <p><a id="first-link" href="#top">Page link</a></p>
  <h1>Neuroblastoma</h1>
  <p id="intro">A neuroblastoma can cause opsoclonus. <a id="linked" href="#elsewhere">Read about myoclonus here</a>.</p>
  <p>Children may need chemotherapy. Doctors look for ataxia.</p>
  <div class="card" id="page-card">The page's own card.</div>
  <div style="height: 2400px"></div>
  <p id="bottom">At the very end: nephroblastoma.</p>
</body></html>`;

async function openArticle(context: import('@playwright/test').BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url + servePage('card', ARTICLE));
  await waitForPass(page);
  return page;
}

test('a pointer that only passes over a term does not open the card', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  const term = highlights(page, 'neuroblastoma').first();
  const box = (await term.boundingBox())!;
  await page.mouse.move(box.x - 30, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width + 30, box.y + box.height / 2, { steps: 3 });
  await page.waitForTimeout(400);
  await expect(card(page)).toHaveCount(0);
  await term.hover();
  await expect(card(page)).toBeVisible();
});

test('a click pins the card; related terms open in place with a way back', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await highlights(page, 'neuroblastoma').first().click();
  const shown = card(page);
  await expect(shown.locator('.term')).toHaveText('neuroblastoma');
  await page.mouse.move(600, 700);
  await page.waitForTimeout(600);
  await expect(shown, 'a pinned card stays when the pointer leaves').toBeVisible();

  await shown.getByText('More detail').click();
  await expect(shown.locator('details', { hasText: 'More detail' })).toHaveAttribute('open', '');

  const related = shown.locator('.related button').first();
  const relatedName = (await related.textContent())!;
  await related.click();
  await expect(shown.locator('.term')).toHaveText(relatedName);
  await shown.getByRole('button', { name: 'Back' }).click();
  await expect(shown.locator('.term')).toHaveText('neuroblastoma');
  await expect(shown).toContainText('Checked against:');

  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(card(page)).toHaveCount(0);
});

test('the card closes when its term scrolls out of view', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await highlights(page, 'neuroblastoma').first().click();
  await expect(card(page)).toBeVisible();
  await page.mouse.wheel(0, 1500);
  await expect(card(page)).toHaveCount(0);
});

test('near the bottom edge the card flips above the term and stays in the viewport', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const term = highlights(page, 'wilms-tumor');
  await term.hover();
  const box = (await card(page).boundingBox())!;
  const termBox = (await term.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(termBox.y + 1);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
});

test('page CSS does not reach the card and ours does not reach the page', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await highlights(page, 'neuroblastoma').first().hover();
  const style = await card(page).evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, border: s.borderTopColor, spacing: s.letterSpacing };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.border).not.toBe('rgb(255, 0, 0)');
  expect(style.spacing).toBe('normal');
  const pageCard = await page.locator('#page-card').evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(pageCard).toBe('rgb(255, 0, 0)');
  // Our marks keep the page's <mark> styles out too.
  const markBackground = await highlights(page, 'neuroblastoma')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(markBackground).not.toBe('rgb(0, 255, 0)');
});

test('keyboard: a shortcut enters term navigation, arrows move, Tab enters the card, Escape gives focus back', async ({
  context,
  server,
}) => {
  const page = await openArticle(context, server.url);
  // The page's own tab order is untouched: the first Tab goes to the page's first link.
  await page.keyboard.press('Tab');
  await expect(page.locator('#first-link')).toBeFocused();

  await page.keyboard.press('Alt+Shift+M');
  const focusedTerm = () => page.evaluate(() => document.activeElement?.getAttribute('data-medgloss-term'));
  expect(await focusedTerm()).toBe('neuroblastoma');
  await expect(card(page).locator('.term')).toHaveText('neuroblastoma');

  await page.keyboard.press('ArrowDown');
  const second = await focusedTerm();
  expect(second).not.toBe('neuroblastoma');
  await expect(card(page).locator('.term')).not.toHaveText('neuroblastoma');

  await page.keyboard.press('Tab');
  const insideCard = await page.evaluate(() => document.activeElement?.tagName === 'MEDGLOSS-CARD');
  expect(insideCard).toBe(true);

  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await focusedTerm()).toBe(second);

  await page.keyboard.press('Escape');
  await expect(page.locator('#first-link')).toBeFocused();
});

test('the card has a dialog role and a label, and focus is visible', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await page.keyboard.press('Alt+Shift+M');
  await expect(page.getByRole('dialog', { name: 'neuroblastoma: explanation' })).toBeVisible();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test.describe('touch', () => {
  test.use({ browserOptions: { hasTouch: true } });

  test('a tap opens the card without following the link; a tap elsewhere closes it', async ({ context, server }) => {
    const page = await openArticle(context, server.url);
    const before = page.url();
    await highlights(page, 'myoclonus').tap();
    await expect(card(page).locator('.term')).toHaveText('myoclonus');
    expect(page.url()).toBe(before);
    await page.locator('#bottom').scrollIntoViewIfNeeded();
    await page.touchscreen.tap(5, 5);
    await expect(card(page)).toHaveCount(0);
  });
});

test.describe('dark mode and reduced motion', () => {
  test.use({ browserOptions: { colorScheme: 'dark', reducedMotion: 'reduce' } });

  test('the card follows the dark preference and does not animate', async ({ context, server }) => {
    const page = await openArticle(context, server.url);
    await highlights(page, 'neuroblastoma').first().hover();
    const look = await card(page).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, animation: s.animationName };
    });
    const [r, g, b] = look.background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    expect(look.animation).toBe('none');
  });
});

test('a mouse click on a term inside a link follows the link', async ({ context, server }) => {
  const page = await openArticle(context, server.url);
  await highlights(page, 'myoclonus').click();
  await expect(page).toHaveURL(/#elsewhere$/);
});

test('a word only the general English dictionary knows is never highlighted; lookup says it is unchecked', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  // "eructation": WordNet only ("keratitis" is read from its word parts; "lanugo" has an entry now).
  await page.goto(server.url + servePage('broad', '<p>The eructation and the appendectomy went well.</p>'));
  await waitForPass(page);
  await expect(highlights(page)).toHaveText(['appendectomy']);
  const popup = await openPopup(context, extensionId, -1);
  await popup.getByRole('searchbox', { name: 'Look up a medical term' }).fill('eructation');
  await popup.getByRole('option').first().click();
  await expect(popup.locator('.card .category')).toHaveText('General English dictionary');
  await expect(popup.locator('.card')).toContainText('not checked for medical accuracy');
});

test.describe('at 200% zoom', () => {
  // Browser zoom halves the CSS viewport: 1280×800 at 200% is a 640×400 CSS-pixel window.
  test.use({ browserOptions: { viewport: { width: 640, height: 400 } } });

  test('the card fits the window, keeps readable text and scrolls inside itself', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/oms-faq.html`);
    await waitForPass(page);
    const oms = highlights(page, 'oms').first();
    await oms.scrollIntoViewIfNeeded();
    await oms.hover();
    const shown = card(page);
    const box = (await shown.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    const style = await shown.evaluate((el) => ({
      font: parseFloat(getComputedStyle(el).fontSize),
      scrolls: el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY === 'auto',
    }));
    expect(style.font).toBeGreaterThanOrEqual(14);
    expect(style.scrolls).toBe(true);
  });
});
