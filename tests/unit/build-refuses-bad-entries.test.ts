/** A malformed entry must fail the real build, naming file, entry and reason. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

it(
  'fails `wxt build` on a malformed entry with a message that names it',
  { timeout: 120_000 },
  ({ onTestFinished }) => {
    const outDir = mkdtempSync(join(tmpdir(), 'medgloss-bad-build-'));
    onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
    const result = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        MEDGLOSS_ENTRIES_DIR: resolve(ROOT, 'tests/fixtures/bad-entries'),
        MEDGLOSS_OUT_DIR: outDir,
      },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('tests/fixtures/bad-entries/broken.json, entry "no-source": "source" is missing');
    expect(output).toContain('entry "bad-link": related id "nowhere" does not exist');
  },
);
