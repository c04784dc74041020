/**
 * Every file of the built extension stays under 5 MB: Firefox's add-on linter (web-ext lint, and
 * addons.mozilla.org's review) refuses any JS, JSON, CSS or HTML file of 5 MB or more it cannot
 * parse (FILE_TOO_LARGE), and the dictionary passed that at 5,388 entries. The full dictionary
 * ships as data files of at most SHARD_BYTES (dictionary/vite-plugin.ts), so it may keep growing.
 * Reads the built extension (built-setup.ts builds it when stale).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_DATA_FILE, SHARD_BYTES, SHARD_DIR, shard } from '../../dictionary/vite-plugin';
import { OUT_DIR, filesUnder } from './built-setup';

/** addons-linter's MAX_FILE_SIZE_TO_PARSE_MB (5), in bytes as it counts them. */
const LINTER_LIMIT = 5 * 1024 * 1024;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const built = join(OUT_DIR, target);
  describe(`the built extension (${target})`, () => {
    it('has no file of 5 MB or more (the Firefox add-on linter refuses to parse it: FILE_TOO_LARGE)', () => {
      const files = filesUnder(built);
      expect(files.length).toBeGreaterThan(10);
      const tooLarge = files
        .map((file) => ({ file: relative(built, file), bytes: statSync(file).size }))
        .filter(({ bytes }) => bytes >= LINTER_LIMIT)
        .map(({ file, bytes }) => `${file}: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
      expect(
        tooLarge,
        'files of 5 MB or more: web-ext lint (addons-linter) refuses them, and so would Firefox review; ' +
          'move large data out of scripts into data files of their own (see dictionary/vite-plugin.ts)',
      ).toEqual([]);
    });

    it('ships a content script without the dictionary in it (every frame of every page loads it)', () => {
      // Chromium reads and hashes the whole script again in each frame: with the match index
      // inside (1.25 MB) a frame without text cost 1.2 ms more. The data lives in storage.
      expect(statSync(join(built, 'content-scripts', 'content.js')).size).toBeLessThan(300 * 1024);
      expect(statSync(join(built, PAGE_DATA_FILE)).size).toBeLessThan(LINTER_LIMIT);
    });

    it('ships the full dictionary as data files, each within SHARD_BYTES', () => {
      const shards = readdirSync(join(built, SHARD_DIR)).filter((name) => name.endsWith('.json'));
      expect(shards.length).toBeGreaterThan(1);
      for (const name of shards) expect(statSync(join(built, SHARD_DIR, name)).size).toBeLessThanOrEqual(SHARD_BYTES);
    });
  });
}

describe('shard', () => {
  it('cuts items in order into runs of at most the given bytes of JSON', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ id: i, text: 'x'.repeat(i * 3) }));
    const shards = shard(items, 400);
    expect(shards.flat()).toEqual(items);
    expect(shards.length).toBeGreaterThan(5);
    for (const part of shards) expect(JSON.stringify(part).length).toBeLessThanOrEqual(400);
  });

  it('keeps an item larger than the cap in a file of its own', () => {
    const shards = shard(['a', 'b'.repeat(100), 'c'], 20);
    expect(shards).toEqual([['a'], ['b'.repeat(100)], ['c']]);
  });
});
