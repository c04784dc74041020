/**
 * `npx tsx scripts/bench/popup-profile.ts [runs]`: the popup's figures alone (the rows `npm run
 * bench` prints, without the hour of page runs), then one Chromium trace of the popup opening and
 * taking its first keystrokes, summed by what ran (script evaluation per file, parsing, style,
 * layout, messages). BENCH_EXTENSION_DIR measures another build (the bench's large dictionary:
 * .bench/large-dictionary/output/chrome-mv3).
 */
import { extensionId, launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { SHARED_PAGES } from './config';
import { benchPages } from './pages';
import { measurePopup } from './popup';
import { loadTerms } from './terms';
import { endTrace, startTrace, type TraceEvent } from './trace';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function summarize(events: TraceEvent[], id: string): void {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The popup's renderer: the main thread that ran one of its scripts.
  const popupThread = events.find(
    (e) => mainThreads.has(`${e.pid}:${e.tid}`) && (e.args?.data?.url ?? '').includes(`${id}/chunks/popup`),
  );
  if (!popupThread) return console.log('No popup renderer in the trace.');
  const onThread = events.filter(
    (e) => e.ph === 'X' && e.pid === popupThread.pid && e.tid === popupThread.tid && (e.dur ?? 0) > 0,
  );
  const start = Math.min(...onThread.map((e) => e.ts));
  const interesting = onThread.filter((e) =>
    /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|FunctionCall|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.parseOnBackground|V8\.ParseFunction|v8\.run)$/.test(
      e.name,
    ),
  );
  console.log('Popup main thread, events over 2 ms (ms from the first event, wall / CPU):');
  for (const e of interesting.filter((e) => (e.dur ?? 0) > 2000)) {
    const url = (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').replace(/^chrome-extension:\/\/[^/]+/, '');
    const fn = e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '';
    console.log(
      `  ${((e.ts - start) / 1000).toFixed(1).padStart(7)}  ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} / ${((e.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${url}${fn}`,
    );
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const { pages, route } = benchPages(loadTerms());
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const context = await launchWithExtension({ extensionDir: process.env.BENCH_EXTENSION_DIR });
  const url = server.url + pages[0].path;
  try {
    await measurePopup(context, url); // unmeasured: service-worker start and first-use costs
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await measurePopup(context, url));
    console.log(
      `Popup, median of ${runs}: box ready ${median(results.map((r) => r.interactiveMs)).toFixed(1)} ms, ` +
        `first keystroke ${median(results.map((r) => r.firstResultsMs)).toFixed(1)} ms, ` +
        `next keystroke ${median(results.map((r) => r.nextResultsMs)).toFixed(1)} ms`,
    );
    console.log(
      '  each run:',
      results
        .map((r) => `${r.interactiveMs.toFixed(0)}/${r.firstResultsMs.toFixed(0)}/${r.nextResultsMs.toFixed(0)}`)
        .join('  '),
    );

    // One traced opening: the browser-wide trace, read for the popup's renderer.
    const id = await extensionId(context);
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await startTrace(cdp);
    await measurePopup(context, url, async (popup) => {
      const timing = await popup.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const probe = (window as unknown as { __popupBench: { boxAt: number; keys: number[]; results: number[] } })
          .__popupBench;
        return {
          nav: {
            responseEnd: nav.responseEnd,
            domInteractive: nav.domInteractive,
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
          },
          resources: performance.getEntriesByType('resource').map((r) => ({
            name: r.name.replace(/^chrome-extension:\/\/[^/]+/, ''),
            start: r.startTime,
            end: (r as PerformanceResourceTiming).responseEnd,
            size: (r as PerformanceResourceTiming).decodedBodySize,
          })),
          probe,
        };
      });
      console.log('Traced opening (ms from navigation start):', JSON.stringify(timing.nav));
      for (const r of timing.resources)
        console.log(`  ${r.start.toFixed(1).padStart(7)} → ${r.end.toFixed(1).padStart(7)}  ${r.name} ${r.size} B`);
      console.log(
        '  box ready',
        timing.probe.boxAt.toFixed(1),
        'keys',
        timing.probe.keys.map((k) => k.toFixed(1)).join(', '),
        'results',
        timing.probe.results.map((k) => k.toFixed(1)).join(', '),
      );
    });
    const events = await endTrace(cdp);
    summarize(events, id);
    await tab.close();
  } finally {
    await context.close();
    await server.close();
  }
}

void main();
