/**
 * `npm run icons`: renders assets/icon.svg (the one source of the icon) into the PNG sizes the
 * manifest, the store and the pages use (public/icon/16.png ... 128.png), with Debian's Chromium,
 * so no image tool beyond the browser the tests already need. The PNGs are committed; run this
 * after changing the SVG (tests/unit/icons.test.ts checks they exist at the right sizes).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(resolve(ROOT, 'assets', 'icon.svg'), 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(ROOT, 'public', 'icon', `${size}.png`), omitBackground: true });
  }
  await browser.close();
  console.log(`Saved ${ICON_SIZES.length} icons in public/icon/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
