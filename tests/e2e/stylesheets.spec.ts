/**
 * Pages with a linked stylesheet, held back or not: the first pass highlights their text on the
 * first screen and below it, and leaves what the stylesheet hides untouched (issue 17: Firefox
 * highlighted nothing on such pages; tests/firefox/ runs the same page there).
 */
import { expect, highlights, servePage, serveStylesheet, test, waitForPass } from './fixtures';
import { STYLED, STYLESHEET, STYLESHEET_DELAYS_MS, styledPage } from './stylesheet-page';

for (const delayMs of STYLESHEET_DELAYS_MS) {
  test(`a page whose stylesheet arrives after ${delayMs} ms is highlighted, its hidden text left alone`, async ({
    context,
    server,
  }) => {
    const css = serveStylesheet(`styled-${delayMs}`, STYLESHEET, delayMs);
    const page = await context.newPage();
    await page.goto(server.url + servePage(`styled-${delayMs}`, styledPage(css)));
    await waitForPass(page);
    const marked = (await highlights(page).allTextContents()).map((text) => text.toLowerCase());
    for (const term of [...STYLED.top, ...STYLED.below]) expect(marked, `"${term}"`).toContain(term.toLowerCase());
    for (const term of STYLED.hidden) expect(marked, `hidden "${term}"`).not.toContain(term);
    await expect(page.locator('.gone mark')).toHaveCount(0);
    expect(await page.locator('#hidden-top').evaluate((div) => div.childNodes.length)).toBe(1);
  });
}
