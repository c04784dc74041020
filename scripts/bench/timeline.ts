/**
 * `npx tsx scripts/bench/timeline.ts [100k|1m|wikipedia] [runs]`: when MedGloss starts, first
 * highlights and finishes relative to the page's DOMContentLoaded, with every 'longtask' entry
 * (start and duration), one line per run: where a long task sits in the page's load. A build
 * made for profiling may add `performance.mark('mg:…')` and `performance.measure('mg:…')` calls
 * (the content script shares the page's performance timeline); they are printed too. The shipped
 * code has none. `BENCH_EXTENSION_DIR` loads another build (an older commit's, to compare);
 * `DENSITY=all` sets that density first.
 */
import { loadavg } from 'node:os';
import { launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { SHARED_PAGES } from './config';
import { benchPages } from './pages';
import { installProbe, readProbe, type ProbeWindow } from './probe';
import { loadTerms } from './terms';
import { setDensity } from './medgloss';
import type { Density } from '../../settings/registry';

const which = process.argv[2] ?? '100k';
const runs = Number(process.argv[3] ?? 5);

async function main(): Promise<void> {
  const { pages, route } = benchPages(loadTerms());
  const page = pages.find((p) => p.path.includes(which)) ?? pages[0];
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const context = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR });
  await context.addInitScript(installProbe, true);
  if (process.env.DENSITY) await setDensity(context, process.env.DENSITY as Density);
  const f = (n: number | null) => (n === null ? '-' : n.toFixed(0));
  try {
    for (let run = 1; run <= runs; run++) {
      const tab = await context.newPage();
      await tab.goto(server.url + page.path, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready);
      await tab.waitForTimeout(300);
      const p = await readProbe(tab);
      const dcl = p.domContentLoaded;
      const rel = (n: number | null) => (n === null ? '-' : f(n - dcl));
      console.log(
        `${page.label} run ${run} (load ${loadavg()[0].toFixed(1)}): DCL at ${f(dcl)} ms; working ${rel(p.workingAt)}, first ${rel(p.firstHighlightAt)}, ready ${rel(p.readyAt)} (ms after DCL); long tasks: ` +
          p.longTasks.map((t) => `${f(t.start - dcl)}+${f(t.duration)}`).join(', '),
      );
      const marks = await tab.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('mg:'))
          .map((m) => [m.name, m.startTime] as const),
      );
      const measures = await tab.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('mg:'))
          .map((m) => [m.name, m.startTime, m.duration] as const),
      );
      if (measures.length)
        console.log(
          '  steps: ' + measures.map(([n, t, d]) => `${n.slice(3)}@${f(t - dcl)}=${d.toFixed(1)}`).join(', '),
        );
      if (marks.length)
        console.log(
          '  marks: ' +
            marks
              .slice(0, 40)
              .map(([n, t]) => `${n.slice(3)} ${f(t - dcl)}`)
              .join(', '),
        );
      await tab.close();
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
