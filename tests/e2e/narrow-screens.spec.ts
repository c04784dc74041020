/**
 * Phones and narrow windows (also 200% zoom in a 720 px window): the card fits inside the viewport
 * at any width down to 320 CSS px, and a long card (OMS, three meanings) keeps its footer, the
 * source and "Not medical advice", in view while its body scrolls.
 */
import { card, expect, highlights, test, waitForPass } from './fixtures';

for (const width of [320, 360]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ browserOptions: { viewport: { width, height: 640 } } });

    for (const [term, name] of [
      ['oms', 'OMS'],
      ['adrenocorticotropic-hormone', 'ACTH'],
    ]) {
      test(`the ${name} card fits inside the viewport with its footer in view`, async ({ context, server }) => {
        const page = await context.newPage();
        await page.goto(`${server.url}/oms-faq.html`);
        await waitForPass(page);
        const mark = highlights(page, term).first();
        await mark.scrollIntoViewIfNeeded();
        await mark.hover();
        const shown = card(page);
        await expect(shown).toBeVisible();
        const box = (await shown.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
        // The footer stays inside the card's visible box, before and after scrolling its body.
        const footer = shown.locator('footer');
        for (const scrollTop of [0, 10_000]) {
          await shown.evaluate((el, top) => el.scrollTo(0, top), scrollTop);
          const foot = (await footer.boundingBox())!;
          expect(foot.y).toBeGreaterThanOrEqual(box.y);
          expect(foot.y + foot.height).toBeLessThanOrEqual(box.y + box.height + 2); // sub-pixel rounding of a sticky footer;
          expect(foot.x + foot.width).toBeLessThanOrEqual(width);
        }
        await expect(footer).toContainText('Not medical advice');
      });
    }
  });
}
