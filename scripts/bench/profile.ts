/**
 * `npx tsx scripts/bench/profile.ts [100k|1m|wikipedia] [runs]`: loads one bench page with the
 * built extension under a Chromium trace and prints every main-thread task over 50 ms: its wall
 * time, the CPU time the thread actually got, and what ran inside it (MedGloss's script, the
 * page's, style, layout, GC). Wall ≫ CPU means the machine was busy, not that the task worked
 * that long. The load average is printed with each run.
 */
import { loadavg } from 'node:os';
import { launchWithExtension, extensionId } from '../browser';
import { startStaticServer } from '../static-server';
import { SHARED_PAGES } from './config';
import { benchPages } from './pages';
import { installProbe, type ProbeWindow } from './probe';
import { loadTerms } from './terms';
import { endTrace, longTasks, startTrace, summary } from './trace';

const which = process.argv[2] ?? '1m';
const runs = Number(process.argv[3] ?? 3);

async function main(): Promise<void> {
  const { pages, route } = benchPages(loadTerms());
  const page = pages.find((p) => p.path.includes(which)) ?? pages[1];
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const context = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR });
  await context.addInitScript(installProbe, true);
  const id = await extensionId(context);
  try {
    for (let run = 1; run <= runs; run++) {
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      const load = loadavg()[0];
      await startTrace(cdp);
      await tab.goto(server.url + page.path, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready);
      await tab.waitForTimeout(300);
      const events = await endTrace(cdp);
      const navigation = events.find((e) => e.name === 'navigationStart')?.ts ?? events[0]?.ts ?? 0;
      // The pass: from the page's DOMContentLoaded (the last one: the tab's first document is
      // about:blank) to the trace's end, 300 ms after "ready".
      const dcl = events
        .filter((e) => e.name === 'domContentLoadedEventEnd')
        .reduce((t, e) => Math.max(t, e.ts), navigation);
      const end = events.reduce((t, e) => Math.max(t, e.ts + (e.dur ?? 0)), 0);
      const tasks = longTasks(events, 50, id, process.env.PROFILE_FROM === 'navigation' ? navigation : dcl);
      console.log(`\n${page.label}, run ${run}: DOMContentLoaded → end of trace, summed`);
      for (const row of summary(events, dcl, end, id))
        console.log(`  ${row.label}: ${row.count} × , ${row.wall.toFixed(0)} ms wall, ${row.cpu.toFixed(0)} ms CPU`);
      console.log(
        `\n${page.label}, run ${run}: load average ${load.toFixed(1)}, ${tasks.length} tasks over 50 ms after DOMContentLoaded`,
      );
      for (const task of tasks) {
        if (process.env.PROFILE_MIN_CPU && task.cpuMs < Number(process.env.PROFILE_MIN_CPU)) continue;
        console.log(
          `  at ${task.startMs.toFixed(0)} ms: ${task.wallMs.toFixed(0)} ms wall, ${task.cpuMs.toFixed(0)} ms CPU`,
        );
        for (const part of task.parts.slice(0, 5))
          console.log(`    ${part.label}: ${part.wallMs.toFixed(1)} ms wall, ${part.cpuMs.toFixed(1)} ms CPU`);
      }
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
