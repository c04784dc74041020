/**
 * `npx tsx scripts/bench/compare.ts OLD_BUILD_DIR [100k|1m|wikipedia] [rounds]`: two builds side by
 * side on one bench page, loads taken in turn (A B, B A, ...) so that both see the same machine
 * load. The figures of one bench run swing by ±30 ms with the load; a budget "the same as an
 * older commit's" can only be judged this way. Prints, per build, the median and mean time from
 * DOMContentLoaded to the first highlight and to "ready", and the long tasks that end after
 * DOMContentLoaded. The first load in each browser is cold and not counted.
 * OLD_BUILD_DIR: an unpacked extension (for instance a worktree's `.output/chrome-mv3-e2e`);
 * the other build is BENCH_EXTENSION_DIR, or this checkout's `.output/chrome-mv3` (`npm run build`).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { ROOT, SHARED_PAGES } from './config';
import { benchPages } from './pages';
import { installProbe, readProbe, type ProbeWindow } from './probe';
import { loadTerms } from './terms';

const [oldDir, which = '100k', roundsArg = '12'] = process.argv.slice(2);
const rounds = Number(roundsArg);

interface Load {
  first: number;
  ready: number;
  /** Durations of the long tasks that end after DOMContentLoaded. */
  longTasks: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    await tab.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready);
    await tab.waitForTimeout(300);
    const p = await readProbe(tab);
    const dcl = p.domContentLoaded;
    return {
      first: (p.firstHighlightAt ?? NaN) - dcl,
      ready: (p.readyAt ?? NaN) - dcl,
      longTasks: p.longTasks.filter((t) => t.start + t.duration > dcl).map((t) => t.duration),
    };
  } finally {
    await tab.close();
  }
}

function summary(label: string, loads: Load[]): string {
  const f = (n: number) => n.toFixed(0);
  const firsts = loads.map((l) => l.first);
  const readys = loads.map((l) => l.ready);
  const long = loads.filter((l) => l.longTasks.length);
  const longest = Math.max(0, ...loads.flatMap((l) => l.longTasks));
  return (
    `${label}: first highlight median ${f(median(firsts))} ms (mean ${f(mean(firsts))}), ready median ${f(median(readys))} ms ` +
    `(mean ${f(mean(readys))}); loads with a task over 50 ms after DOMContentLoaded: ${long.length}/${loads.length}` +
    (long.length ? ` (longest ${f(longest)} ms)` : '')
  );
}

async function main(): Promise<void> {
  if (!oldDir) throw new Error('usage: compare.ts OLD_BUILD_DIR [100k|1m|wikipedia] [rounds]');
  const { pages, route } = benchPages(loadTerms());
  const page = pages.find((p) => p.path.includes(which)) ?? pages[0];
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const dirs = [resolve(oldDir), resolve(process.env.BENCH_EXTENSION_DIR ?? `${ROOT}/.output/chrome-mv3`)];
  const contexts: BrowserContext[] = [];
  try {
    for (const dir of dirs) {
      const context = await launchWithExtension({ extensionDir: dir });
      await context.addInitScript(installProbe, true);
      contexts.push(context);
    }
    const url = server.url + page.path;
    const loads: Load[][] = [[], []];
    const startLoad = loadavg()[0];
    for (const context of contexts) await loadOnce(context, url); // cold: not counted
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const i of order) loads[i].push(await loadOnce(contexts[i], url));
      process.stdout.write(` round ${round + 1}/${rounds}`);
    }
    console.log(`\n${page.label}, ${rounds} loads each, load ${startLoad.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
    console.log(summary(`A ${dirs[0]}`, loads[0]));
    console.log(summary(`B ${dirs[1]}`, loads[1]));
  } finally {
    for (const context of contexts) await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
