/**
 * Vitest global setup: some unit tests read the built extension (the one users install, made by
 * `npm run build` and `npm run build:firefox`). A missing build, or one older than the source,
 * is built first, so those tests never skip silently nor check stale files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUT_DIR = resolve(ROOT, process.env.MEDGLOSS_OUT_DIR ?? '.output');
const SOURCE = [
  'entrypoints',
  'content',
  'settings',
  'components',
  'dictionary',
  'public',
  'messages.ts',
  'wxt.config.ts',
  'package.json',
];

/** Every file below `path` (the built extension's folders are small: no need to stream). */
export function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesUnder(join(path, name))) : [path];
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const sourceTime = Math.max(...SOURCE.map((entry) => newest(resolve(ROOT, entry))));
  for (const [target, args] of [
    ['chrome-mv3', []],
    ['firefox-mv3', ['-b', 'firefox']],
  ] as const) {
    const manifest = join(OUT_DIR, target, 'manifest.json');
    if (existsSync(manifest) && statSync(manifest).mtimeMs >= sourceTime) continue;
    console.log(`Building ${target}: ${existsSync(manifest) ? 'older than the source' : 'not built yet'}.`);
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
