/**
 * `npm install` is clean on the Node version the README names: every package in package-lock.json
 * accepts it in its `engines.node`. listr2 10 once asked for Node 22.13 (package.json's `overrides`
 * pins 9.0.5), and npm warned EBADENGINE on every fresh install.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

type Version = [number, number, number];

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` meets one comparator of an npm range (">=20.9.0", "^18.18.0", "20", "*"). */
function meets(version: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+|x|\*)?(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(comparator);
  if (!m || m[2] === undefined || !/\d/.test(m[2])) return true; // "*", "x", "": any version
  const parts = [m[2], m[3], m[4]].map((p) => (p && /\d/.test(p) ? Number(p) : undefined));
  const given = parts.filter((p) => p !== undefined).length;
  const floor = parts.map((p) => p ?? 0) as Version;
  const diff = compare(version, floor);
  const sameUpTo = (n: number) => parts.slice(0, n).every((p, i) => p === undefined || p === version[i]);
  switch (m[1]) {
    case '>=':
      return diff >= 0;
    case '>':
      return diff > 0;
    case '<':
      return diff < 0;
    case '<=':
      return diff <= 0;
    case '^':
      return diff >= 0 && sameUpTo(1);
    case '~':
      return diff >= 0 && sameUpTo(Math.min(given, 2));
    default:
      return sameUpTo(3);
  }
}

function accepts(range: string, version: Version): boolean {
  return range.split('||').some((alternative) =>
    alternative
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1') // ">= 4" is ">=4"
      .trim()
      .split(/\s+/)
      .every((comparator) => meets(version, comparator)),
  );
}

describe('the Node version the README names', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const named = /Node (\d+)\.(\d+) or later/.exec(readme);
  const version: Version = [Number(named?.[1]), Number(named?.[2]), 0];

  it('is named in the README', () => {
    expect(named, 'the README says "Node X.Y or later"').not.toBeNull();
  });

  it('reads npm ranges as npm does', () => {
    expect(accepts('>=22.13.0', [20, 19, 0])).toBe(false);
    expect(accepts('^18.18.0 || ^20.9.0 || >=21.1.0', [20, 19, 0])).toBe(true);
    expect(accepts('20 || >=22', [20, 19, 0])).toBe(true);
    expect(accepts('20 || >=22', [21, 0, 0])).toBe(false);
    expect(accepts('>=18 <20', [20, 19, 0])).toBe(false);
    expect(accepts('>= 4', [20, 19, 0])).toBe(true);
    expect(accepts('^20.20.0', [20, 19, 0])).toBe(false);
  });

  it('runs every package the lock file installs (no EBADENGINE on npm install)', () => {
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refused = Object.entries(lock.packages).flatMap(([path, pkg]) => {
      const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
      return range && !accepts(range, version) ? [`${path}@${pkg.version}: node ${range}`] : [];
    });
    expect(refused, refused.join('\n')).toEqual([]);
  });
});
