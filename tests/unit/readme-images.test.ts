/**
 * Every image the README shows is in the repository: it exists and git does not ignore it (a
 * too-broad ignore rule once kept docs/screenshots/ out of every clone). And every screenshot
 * `npm run screenshots` takes is shown (the side panel and My words once dropped out when the
 * script failed to reach them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function readmeImages(): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const markdown = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]);
  const html = [...readme.matchAll(/<img[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  return [...markdown, ...html].filter((src) => !/^[a-z]+:/i.test(src));
}

/** The pictures scripts/readme-screenshots.ts saves, as README paths. */
function screenshotsTaken(): string[] {
  const script = readFileSync(resolve(ROOT, 'scripts', 'readme-screenshots.ts'), 'utf8');
  return [...new Set([...script.matchAll(/'([\w-]+\.png)'/g)].map((m) => `docs/screenshots/${m[1]}`))];
}

function ignoredByGit(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: ROOT });
    return true;
  } catch {
    return false; // exit status 1: not ignored
  }
}

describe("the README's images", () => {
  const images = readmeImages();

  it('are found', () => {
    expect(images.length).toBeGreaterThanOrEqual(4);
    expect(screenshotsTaken()).toEqual(expect.arrayContaining(['docs/screenshots/side-panel.png']));
  });

  it.each(screenshotsTaken())('%s, which npm run screenshots takes, is shown', (src) => {
    expect(images).toContain(src);
  });

  it.each(images)('%s exists and is not ignored by git', (src) => {
    expect(existsSync(resolve(ROOT, src)), `${src} is missing: run npm run screenshots`).toBe(true);
    expect(ignoredByGit(src), `${src} is ignored by .gitignore`).toBe(false);
  });
});
