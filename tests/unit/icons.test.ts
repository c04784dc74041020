/**
 * The icon: one SVG source (assets/icon.svg), PNGs at the four sizes browsers and stores ask for
 * (public/icon/, made by `npm run icons`), declared in the manifest for the toolbar and the
 * extensions page, used as the pages' favicon, and named by the store listing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT_DIR } from './built-setup';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SIZES = [16, 32, 48, 128];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the icon', () => {
  it('has an SVG source and a PNG of each size made from it', () => {
    expect(readFileSync(resolve(ROOT, 'assets', 'icon.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 128 128"/);
    for (const size of SIZES)
      expect(pngSize(resolve(ROOT, 'public', 'icon', `${size}.png`))).toEqual({ width: size, height: size });
  });

  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    it(`is the toolbar and extensions-page icon of the built extension (${target})`, () => {
      const built = join(OUT_DIR, target);
      const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
      for (const icons of [manifest.icons, manifest.action.default_icon]) {
        expect(Object.keys(icons).map(Number)).toEqual(SIZES);
        for (const size of SIZES) expect(pngSize(join(built, icons[size])).width).toBe(size);
      }
    });
  }

  it('is the favicon of the popup and the options page', () => {
    for (const page of ['popup.html', 'options.html']) {
      const html = readFileSync(join(OUT_DIR, 'chrome-mv3', page), 'utf8');
      const href = /<link rel="icon"[^>]*href="\/([^"]+)"/.exec(html)?.[1];
      expect(href, page).toBeDefined();
      expect(existsSync(join(OUT_DIR, 'chrome-mv3', href!)), `${page}: ${href}`).toBe(true);
    }
  });

  it('is named by the store listing', () => {
    const listing = readFileSync(resolve(ROOT, 'store', 'description.md'), 'utf8');
    expect(listing).toContain('public/icon/128.png');
  });
});
