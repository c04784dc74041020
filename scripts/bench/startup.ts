/**
 * `npx tsx scripts/bench/startup.ts [runs]`: the two start-up figures of issue 15 alone, without
 * the whole bench: main-thread CPU per empty frame (frames.ts) and the JS heap the extension adds
 * on the generated 1 MB page, both the medians of `runs` (default 5) with the built extension
 * (BENCH_EXTENSION_DIR for another build; ONLY=frames or ONLY=heap for one of the two). With HEAP_SNAPSHOT=1 it also takes a heap snapshot of
 * the 1 MB page after "ready" and prints what the content script's isolated world keeps alive,
 * by constructor (the page shares the isolate, so its own objects appear too: compare with the
 * snapshot of the page alone, printed next to it).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { measureFloor } from './baselines';
import { ROOT, SHARED_PAGES } from './config';
import { measureFrames, perFrameMs } from './frames';
import { measureMedGloss } from './medgloss';
import { benchPages } from './pages';
import { installProbe, type ProbeWindow } from './probe';
import { inTab } from './tab';
import { loadTerms } from './terms';

const runs = Number(process.argv[2] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function launch(serverUrl: string, withExtension: boolean): Promise<BrowserContext> {
  const context = await launchWithExtension({
    withoutExtension: !withExtension,
    extensionDir: process.env.BENCH_EXTENSION_DIR,
  });
  await context.addInitScript(installProbe, withExtension);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(serverUrl) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
  });
  return context;
}

/** Self size by constructor name of a heap snapshot (V8's node fields: type, name, id, self_size, ...). */
async function snapshotByName(cdp: CDPSession): Promise<Map<string, { count: number; bytes: number }>> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byName = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[i + nameAt]] : `(${type})`;
    const entry = byName.get(name) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snapshot.nodes[i + sizeAt];
    byName.set(name, entry);
  }
  const largest: { type: string; bytes: number; name: string }[] = [];
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const bytes = snapshot.nodes[i + sizeAt];
    if (bytes < 20_000) continue;
    largest.push({
      type: types[snapshot.nodes[i + typeAt]],
      bytes,
      name: snapshot.strings[snapshot.nodes[i + nameAt]],
    });
  }
  if (process.env.HEAP_SNAPSHOT === 'largest')
    for (const { type, bytes, name } of largest.sort((a, b) => b.bytes - a.bytes).slice(0, 25))
      console.log(`${(bytes / 1024).toFixed(0).padStart(8)} KB  ${type}  ${JSON.stringify(name.slice(0, 70))}`);
  return byName;
}

async function main(): Promise<void> {
  const load = loadavg()[0];
  const { route, pages } = benchPages(loadTerms());
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const baseline = await launch(server.url, false);
  const extension = await launch(server.url, true);
  const big = server.url + pages[1].path;
  try {
    await measureFloor(baseline, big);
    await measureMedGloss(extension, big);
    const frameRuns = [];
    const heap: number[] = [];
    for (let run = 0; run < runs; run++) {
      process.stdout.write(`  run ${run + 1}/${runs}\r`);
      if (process.env.ONLY !== 'heap') frameRuns.push(await measureFrames(baseline, extension, server.url));
      if (process.env.ONLY === 'frames') continue;
      const without = (await measureFloor(baseline, big)).metrics.heapBytes;
      heap.push((await measureMedGloss(extension, big)).metrics.heapBytes - without);
    }
    const perFrame = perFrameMs(frameRuns, median);
    console.log(
      `load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}; ${runs} runs\n` +
        `empty frame: ${perFrame.toFixed(2)} ms CPU per frame (runs: ${frameRuns
          .map((r) => perFrameMs([r], median).toFixed(2))
          .join(', ')})\n` +
        `heap on the 1 MB page, with − without: ${(median(heap) / 2 ** 20).toFixed(3)} MB (runs: ${heap
          .map((h) => (h / 2 ** 20).toFixed(3))
          .join(', ')})`,
    );
    if (process.env.HEAP_SNAPSHOT) {
      const take = (context: BrowserContext, ready: boolean) =>
        inTab(context, async ({ page, cdp }) => {
          await page.goto(big, { waitUntil: 'load' });
          if (ready) await page.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready);
          await page.waitForTimeout(500);
          return snapshotByName(cdp);
        });
      const withExt = await take(extension, true);
      const alone = await take(baseline, false);
      const rows = [...withExt]
        .map(([name, { count, bytes }]) => {
          const other = alone.get(name) ?? { count: 0, bytes: 0 };
          return { name, count: count - other.count, bytes: bytes - other.bytes };
        })
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 30);
      const lines = rows.map(
        (r) => `${(r.bytes / 1024).toFixed(0).padStart(8)} KB ${String(r.count).padStart(8)}  ${r.name.slice(0, 80)}`,
      );
      console.log(`heap snapshot, with − without, by constructor:\n${lines.join('\n')}`);
      writeFileSync(resolve(ROOT, '.bench', 'heap-by-name.txt'), lines.join('\n'));
    }
  } finally {
    await Promise.allSettled([baseline.close(), extension.close()]);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
