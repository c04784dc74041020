/**
 * Accessibility of the popup, the options page and the open card, light and dark: ARIA only where
 * the role allows it, named lists, and readable contrast (WCAG 2.1 AA, 4.5:1 for text). With
 * @axe-core/playwright installed, axe checks each of them too and no serious or critical violation
 * may remain; without it those checks are skipped, saying so.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { card, expect, highlights, openDemo, openPopup, ROOT, tabIdOf, test } from './fixtures';

const AXE = '@axe-core/playwright';
const HAS_AXE = existsSync(resolve(ROOT, 'node_modules', AXE));

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] }[];
}
interface AxeBuilderLike {
  withTags(tags: string[]): AxeBuilderLike;
  include(selector: string): AxeBuilderLike;
  analyze(): Promise<AxeResults>;
}

/** Serious and critical WCAG 2.1 A/AA violations on `page` (optionally only inside `include`). */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const { default: AxeBuilder } = (await import(/* @vite-ignore */ AXE)) as {
    default: new (options: { page: Page }) => AxeBuilderLike;
  };
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** WCAG contrast ratio of an element's text colour against the page background. */
function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (color: string) =>
        color
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const lum = (color: string) => {
        const [r, g, b] = rgb(color).map((c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let bg = 'rgb(255, 255, 255)';
      for (let at: Element | null = el; at; at = at.parentElement) {
        const color = getComputedStyle(at).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(color) && color !== 'transparent') {
          bg = color;
          break;
        }
      }
      const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
      return (a + 0.05) / (b + 0.05);
    });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ browserOptions: { colorScheme } });

    test('the popup: a plain search box, a named results list, readable notes and hints', async ({
      context,
      server,
      background,
      extensionId,
    }) => {
      const page = await openDemo(context, server.url);
      const popup = await openPopup(context, extensionId, await tabIdOf(background, page));
      const search = popup.getByRole('searchbox');
      await search.fill('oms');
      await expect(popup.getByRole('listbox', { name: 'Matching terms' })).toBeVisible();
      await expect(search, 'a search box is not a combobox').not.toHaveAttribute('aria-expanded', /.*/);
      expect(await contrastOf(popup, '.hit-term, .hit-mine, .count')).toBeGreaterThanOrEqual(4.5);
      expect(await contrastOf(popup, '.count')).toBeGreaterThanOrEqual(4.5);
      await search.fill('zzqqxx');
      expect(await contrastOf(popup, '.note')).toBeGreaterThanOrEqual(4.5);
      if (HAS_AXE) {
        await search.fill('oms');
        expect(await axeViolations(popup)).toEqual([]);
      }
    });

    test('the open card: marks carry no ARIA their role does not allow', async ({ context, server }) => {
      const page = await openDemo(context, server.url);
      const mark = highlights(page, 'oms').first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await expect(card(page)).toBeVisible();
      expect(await page.locator('mark[data-medgloss-term][aria-expanded]').count()).toBe(0);
      if (HAS_AXE) expect(await axeViolations(page, 'medgloss-card')).toEqual([]);
    });

    test('the options page has no serious or critical axe violation', async ({ context, extensionId }) => {
      test.skip(!HAS_AXE, `needs ${AXE} (not installed in node_modules)`);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(options.getByRole('radio', { name: /Dotted underline/ })).toBeEnabled();
      expect(await axeViolations(options)).toEqual([]);
    });
  });
}
