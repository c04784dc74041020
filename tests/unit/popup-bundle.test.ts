/**
 * The popup opens without the dictionary and answers the first keystroke from its lookup index,
 * never from the full dictionary (issue 15: box ready within 150 ms, first results within 30 ms):
 * the scripts the page loads (its entry chunk and what that imports statically) hold no dictionary
 * data; the chunk it fetches for the names (and what that one imports) holds no card text; the
 * card text comes in another chunk. Reads the built extension (built-setup.ts builds it when stale).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAll } from '../../dictionary/load';
import { OUT_DIR } from './built-setup';

const compiled = compileAll().dictionary;
/** Pieces of card text that read the same in any bundle (plain ASCII, no quotes to escape). */
const CARD_TEXT = compiled.entries
  .flatMap((entry) =>
    entry.explanation && /^[A-Za-z ,.()-]{60}/.test(entry.explanation) ? [entry.explanation.slice(0, 60)] : [],
  )
  .filter((_, i) => i % 10 === 0);
/** Names only the index and the dictionary carry (no code mentions them). */
const NAMES = compiled.entries
  .filter((entry) => /^[a-z]{12,}$/.test(entry.term))
  .map((entry) => entry.term)
  .slice(0, 20);

/** The chunks a script pulls in: `from"./x.js"` and `import"./x.js"` statically, `import("./x.js")` dynamically. */
function imports(code: string): { static: string[]; dynamic: string[] } {
  const of = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]);
  return {
    static: of(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g),
    dynamic: of(/\bimport\s*\(\s*["']\.\/([^"']+\.js)["']\s*\)/g),
  };
}

/** A chunk and every chunk it imports statically (what loading it loads), and the chunks it may fetch later. */
function closure(built: string, roots: string[]): { loaded: Map<string, string>; dynamic: Set<string> } {
  const loaded = new Map<string, string>();
  const dynamic = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    const code = readFileSync(join(built, path), 'utf8');
    loaded.set(path, code);
    const found = imports(code);
    for (const next of found.static) visit(`chunks/${next}`);
    for (const next of found.dynamic) dynamic.add(`chunks/${next}`);
  };
  roots.forEach(visit);
  return { loaded, dynamic };
}

const holding = (chunks: Map<string, string>, pieces: string[]) =>
  pieces.filter((piece) => [...chunks.values()].some((code) => code.includes(piece)));

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const built = join(OUT_DIR, target);
  describe(`the popup’s scripts (${target})`, () => {
    it('draw the box without the dictionary, answer the first keystroke from the index, and load card text only after', () => {
      expect(existsSync(join(built, 'popup.html'))).toBe(true);
      expect(CARD_TEXT.length).toBeGreaterThan(20);
      expect(NAMES.length).toBe(20);
      const html = readFileSync(join(built, 'popup.html'), 'utf8');
      const page = closure(
        built,
        [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]),
      );
      // What the page loads before it can draw the box: no dictionary at all.
      expect(holding(page.loaded, NAMES)).toEqual([]);
      expect(holding(page.loaded, CARD_TEXT)).toEqual([]);
      // The chunks it fetches: one of them brings every name (with what it imports) and no card text...
      const fetched = [...page.dynamic].map((chunk) => closure(built, [chunk]).loaded);
      const index = fetched.filter((chunks) => holding(chunks, NAMES).length === NAMES.length);
      expect(index.map((chunks) => holding(chunks, CARD_TEXT).length)).toContain(0);
      // ...and the card text comes in another.
      expect(holding(new Map(fetched.flatMap((chunks) => [...chunks])), CARD_TEXT)).toEqual(CARD_TEXT);
      // Reads megabytes of built script: slow on a busy machine.
    }, 60_000);
  });
}
