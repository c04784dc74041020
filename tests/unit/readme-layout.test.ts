/**
 * The README's "Layout" section is the tree: every folder it names exists, and every folder of
 * the repository (and every sub-folder of a folder it details) is named there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Top-level entries (4 spaces in) and their children (6 spaces in) of the Layout code block. */
function readmeLayout(readme: string): Map<string, string[]> {
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const layout = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of section.split('\n')) {
    const match = /^( {4}| {6})([^\s,]+(?:, [^\s,]+)*)/.exec(line);
    if (!match || line.startsWith('        ')) continue;
    const names = match[2].split(', ');
    if (match[1].length === 4) for (const name of names) layout.set(name, (current = []));
    else current?.push(...names);
  }
  return layout;
}

/** The folders git tracks: `top/` and `top/sub/`. */
function trackedFolders(): { top: Set<string>; sub: Map<string, Set<string>> } {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const top = new Set<string>();
  const sub = new Map<string, Set<string>>();
  for (const file of files) {
    if (!existsSync(resolve(ROOT, file))) continue; // deleted in the working tree
    const parts = file.split('/');
    if (parts.length < 2 || parts[0].startsWith('.')) continue;
    top.add(`${parts[0]}/`);
    if (parts.length > 2) {
      if (!sub.has(`${parts[0]}/`)) sub.set(`${parts[0]}/`, new Set());
      sub.get(`${parts[0]}/`)!.add(`${parts[1]}/`);
    }
  }
  return { top, sub };
}

describe("the README's layout", () => {
  const layout = readmeLayout(readFileSync(resolve(ROOT, 'README.md'), 'utf8'));
  const { top, sub } = trackedFolders();

  it('is found', () => {
    expect(layout.has('content/')).toBe(true);
    expect(layout.get('content/')).toContain('highlight/');
  });

  it('names only what exists', () => {
    const missing = [...layout].flatMap(([parent, children]) =>
      [parent, ...children.map((child) => parent + child)].filter((path) => !existsSync(resolve(ROOT, path))),
    );
    expect(missing).toEqual([]);
  });

  it('names every folder', () => {
    expect([...top].filter((folder) => !layout.has(folder))).toEqual([]);
  });

  it('names every sub-folder of the folders it details', () => {
    const unnamed = [...layout].flatMap(([parent, children]) =>
      children.length === 0
        ? []
        : [...(sub.get(parent) ?? [])].filter((child) => !children.includes(child)).map((child) => parent + child),
    );
    expect(unnamed).toEqual([]);
  });

  it('the parser reads the block as written', () => {
    const sample =
      '## Layout\n\n    a/   x\n      b/, c.ts   y\n                 wrapped/ text\n    d.ts  z\n## Next\n';
    expect([...readmeLayout(sample)]).toEqual([
      ['a/', ['b/', 'c.ts']],
      ['d.ts', []],
    ]);
  });
});
