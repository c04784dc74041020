/**
 * The popup opens on its lookup index, not on the full dictionary (issue 15: box ready within
 * 150 ms, first results within 30 ms): the scripts the popup page loads before it can show a
 * result (its entry chunk and every chunk that one imports statically) hold no card text, only
 * the index; the full dictionary is reachable only through a dynamic import, fetched after the
 * first paint. Reads the built extension (built-setup.ts builds it when stale).
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

/** The popup's chunks: those loaded with the page, and those it may fetch later. */
function popupChunks(built: string): { initial: Map<string, string>; later: Map<string, string> } {
  const html = readFileSync(join(built, 'popup.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1]);
  const initial = new Map<string, string>();
  const later = new Map<string, string>();
  const visit = (path: string, into: Map<string, string>) => {
    if (initial.has(path) || into.has(path)) return;
    const code = readFileSync(join(built, path), 'utf8');
    into.set(path, code);
    const found = imports(code);
    for (const next of found.static) visit(`chunks/${next}`, into);
    for (const next of found.dynamic) visit(`chunks/${next}`, later);
  };
  for (const path of linked) visit(path, initial);
  for (const path of initial.keys()) later.delete(path);
  return { initial, later };
}

const holding = (chunks: Map<string, string>, pieces: string[]) =>
  pieces.filter((piece) => [...chunks.values()].some((code) => code.includes(piece)));

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const built = join(OUT_DIR, target);
  describe(`the popup’s scripts (${target})`, () => {
    it('load the lookup index with the page, and the full dictionary only later', () => {
      expect(existsSync(join(built, 'popup.html'))).toBe(true);
      expect(CARD_TEXT.length).toBeGreaterThan(20);
      expect(NAMES.length).toBe(20);
      const { initial, later } = popupChunks(built);
      // The index: every name, there before the first keystroke.
      expect(holding(initial, NAMES)).toEqual(NAMES);
      // No card text before the first results...
      expect(holding(initial, CARD_TEXT)).toEqual([]);
      // ...but all of it once the reader opens a card.
      expect(holding(later, CARD_TEXT)).toEqual(CARD_TEXT);
    });
  });
}
