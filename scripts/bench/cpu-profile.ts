/**
 * `npx tsx scripts/bench/cpu-profile.ts [100k|1m|wikipedia|frames]`: a V8 CPU profile of one bench page
 * loading with the built extension (BENCH_EXTENSION_DIR for another build), until "ready". Prints
 * MedGloss's self time by function (the content script runs in the page's V8 isolate, so the
 * page's profiler samples it too), the page's and the rest.
 */
import { launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { SHARED_PAGES } from './config';
import { FRAMES } from './frames';
import { benchPages } from './pages';
import { installProbe, type ProbeWindow } from './probe';
import { loadTerms } from './terms';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const { pages, route } = benchPages(loadTerms());
  // "frames": the page of empty frames (frames.ts), until it has loaded and settled.
  const frames = process.argv[2] === 'frames';
  const page = frames
    ? { label: `${FRAMES} empty frames`, path: `/generated/frames-${FRAMES}.html`, htmlBytes: 0 }
    : (pages.find((p) => p.path.includes(process.argv[2] ?? '1m')) ?? pages[1]);
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const context = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR });
  await context.addInitScript(installProbe, true);
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(server.url + page.path, { waitUntil: frames ? 'load' : 'domcontentloaded' });
    if (frames) await tab.waitForTimeout(1500);
    else await tab.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready);
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((n: ProfileNode) => [n.id, n]));
    const self = new Map<number, number>();
    const deltas = profile.timeDeltas ?? [];
    profile.samples?.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
    const byName = new Map<string, number>();
    let ours = 0;
    for (const [id, ms] of self) {
      const { functionName, url, lineNumber, columnNumber } = nodes.get(id)!.callFrame;
      const who = url.startsWith('chrome-extension://') ? 'MedGloss' : url ? 'page' : '';
      if (who === 'MedGloss') ours += ms;
      const key = `${who ? `${who} ` : ''}${functionName || '(anonymous)'}${who === 'MedGloss' ? ` :${lineNumber}:${columnNumber}` : ''}`;
      byName.set(key, (byName.get(key) ?? 0) + ms);
    }
    console.log(`${page.label}: MedGloss self time ${ours.toFixed(0)} ms; top entries:`);
    for (const [key, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
