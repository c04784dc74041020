/**
 * Strict pages: a Content-Security-Policy that forbids everything but the page's own style sheets
 * must not break MedGloss. The highlights appear and look like highlights (their style applies),
 * and the hover card opens, sized and styled, with nothing of ours blocked by the policy.
 */
import type { Page } from '@playwright/test';
import { card, expect, highlights, servePage, test, waitForPass } from './fixtures';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A strict page</title>
  </head>
  <body>
    <main>
      <h1>Opsoclonus-myoclonus syndrome</h1>
      <p>OMS is an inflammatory neurological disorder, often paraneoplastic, associated with neuroblastoma.
      Symptoms include opsoclonus, myoclonus and cerebellar ataxia. ACTH is one of the treatments.</p>
    </main>
  </body>
</html>`;

const POLICIES = {
  'default-src none, style-src self': "default-src 'none'; style-src 'self'",
  'the same, and Trusted Types required':
    "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
};

/** Records the page's CSP violation reports (installed before any page script, outside the page CSP). */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} from ${event.sourceFile || '?'}`,
      ),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

for (const [label, policy] of Object.entries(POLICIES)) {
  test(`under a strict CSP (${label}) highlights are styled and the card opens styled`, async ({ context, server }) => {
    const path = servePage(`strict-${label.replace(/\W+/g, '-')}`, PAGE, { 'Content-Security-Policy': policy });
    const page = await context.newPage();
    await watchViolations(page);
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await waitForPass(page);

    // Highlights exist, and the highlight style (injected by the manifest) applies to them.
    const oms = highlights(page, 'oms').first();
    await expect(oms).toHaveText('OMS');
    expect(await highlights(page).count()).toBeGreaterThanOrEqual(5);
    await expect(oms).toHaveCSS('text-decoration-line', 'underline');
    await expect(oms).toHaveCSS('cursor', 'help');

    // The card opens beside the term, with a real size, its own style and its content.
    await oms.hover();
    const shown = card(page);
    await expect(shown).toBeVisible();
    await expect(shown.locator('.sense-meaning').first()).toContainText('opsoclonus-myoclonus syndrome');
    const box = (await shown.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.height).toBeGreaterThan(40);
    const look = await shown.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        background: style.backgroundColor,
        radius: style.borderTopLeftRadius,
        padding: style.paddingTop,
        shadow: style.boxShadow,
        fontSize: style.fontSize,
        maxWidth: style.maxWidth,
      };
    });
    expect(look.background, 'the card has its background').not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(look).toMatchObject({ radius: '10px', padding: '12px', fontSize: '14px', maxWidth: '360px' });
    expect(look.shadow).not.toBe('none');
    // The host is fixed over the page, not laid out in its flow.
    await expect(page.locator('medgloss-card')).toHaveCSS('position', 'fixed');

    expect(await violations(page), 'nothing of MedGloss is blocked by the page policy').toEqual([]);
  });
}
