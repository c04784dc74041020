/**
 * The extension as users install it (the production build; built-setup.ts makes it when it is
 * missing or stale): the keyboard shortcuts the manifest declares, and no test hook inside.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT_DIR, filesUnder } from './built-setup';

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const built = join(OUT_DIR, target);
  describe(`the built extension (${target})`, () => {
    it('declares the keyboard shortcuts: Alt+Shift+H switches the site, Alt+Shift+E explains the selection', () => {
      const { commands } = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
      expect(commands['toggle-site'].suggested_key.default).toBe('Alt+Shift+H');
      expect(commands['explain-selection'].suggested_key.default).toBe('Alt+Shift+E');
      expect(commands['toggle-site'].description).toMatch(/switch highlighting on or off/i);
      expect(commands['explain-selection'].description).toMatch(/explain the selected text/i);
    });

    it('asks for the top page’s data before the main content script runs, in top frames only', () => {
      // Browsers run the content scripts of one run_at in the manifest's order (see wxt.config.ts).
      const { content_scripts: scripts } = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
      expect(scripts.map((s: { js: string[] }) => s.js)).toEqual([
        ['content-scripts/early-read.js'],
        ['content-scripts/content.js'],
      ]);
      expect(scripts.map((s: { run_at: string }) => s.run_at)).toEqual(['document_start', 'document_start']);
      expect(scripts[0].all_frames ?? false).toBe(false);
      expect(scripts[1].all_frames).toBe(true);
      // A small script: it is compiled before the page's first line is parsed.
      expect(readFileSync(join(built, 'content-scripts', 'early-read.js'), 'utf8').length).toBeLessThan(40 * 1024);
    });

    it('ships the tries’ words in Latin-1 strings, which V8 keeps in one byte per character', () => {
      const data = JSON.parse(readFileSync(join(built, 'page-data.json'), 'utf8'));
      const tries = [JSON.parse(data.matchIndex).trie, JSON.parse(data.diseaseIndex)];
      const sides = tries.flatMap((trie) => [trie.lower, trie.exact]);
      for (const { words } of sides) expect(/[\u0100-\u{10ffff}]/u.test(words)).toBe(false);
      // Names with Greek letters ("β-thalassemia") are there, written apart.
      expect(sides.flatMap((side) => side.wide ?? []).length).toBeGreaterThan(0);
    });

    it('ships each of the tries’ words once (a page keeps them all in its heap)', () => {
      const data = JSON.parse(readFileSync(join(built, 'page-data.json'), 'utf8'));
      const diseases = JSON.parse(data.diseaseIndex);
      for (const { words } of [JSON.parse(data.matchIndex).trie, diseases].flatMap((trie) => [
        trie.lower,
        trie.exact,
      ])) {
        const table = words.split(' ').slice(0, -1);
        expect(new Set(table).size).toBe(table.length);
      }
      // The disease names repeat their words ("syndrome", "type") across 30,000 nodes.
      expect(diseases.lower.words.length).toBeLessThan(100_000);
      expect(diseases.lower.nodes).toBeGreaterThan(25_000);
    });

    it('assigns innerHTML nowhere (web-ext lint flags it; Preact’s one assignment is rewritten at build)', () => {
      const scripts = filesUnder(built).filter((file) => extname(file) === '.js');
      const assigning = scripts.filter((file) => /\.innerHTML\s*=(?!=)/.test(readFileSync(file, 'utf8')));
      expect(assigning).toEqual([]);
    });

    it('carries no test hook (those are only in the e2e build, `wxt build --mode e2e`)', () => {
      const scripts = filesUnder(built).filter((file) => extname(file) === '.js');
      expect(scripts.some((file) => file.endsWith('background.js'))).toBe(true);
      const hooked = scripts.filter((file) =>
        /medglossTest|medglossRunCommand|medglossTestClosedRoots|medgloss-test-/.test(readFileSync(file, 'utf8')),
      );
      expect(hooked).toEqual([]);
    });

    it('closes the card’s shadow root to the page, with no test-only way to open it', () => {
      const content = readFileSync(join(built, 'content-scripts', 'content.js'), 'utf8');
      expect(content).toMatch(/attachShadow\(\{\s*mode:/);
      expect(content).not.toMatch(/["']open["']\s*:\s*["']closed["']|mode:\s*["']open["']/);
      expect(content).not.toContain('medglossTestClosedRoots');
    });
  });
}
