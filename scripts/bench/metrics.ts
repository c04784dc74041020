/** The renderer's own counters, read through CDP. */
import type { CDPSession } from '@playwright/test';

/** Renderer counters from CDP Performance.getMetrics; counts and durations since the tab opened. */
export interface PageMetrics {
  heapBytes: number;
  styleRecalcs: number;
  styleMs: number;
  layouts: number;
  layoutMs: number;
  /** CPU time of the renderer's main thread: unlike wall time, barely moved by other load on the machine. */
  cpuMs: number;
}

/**
 * The renderer's V8 heap after a full GC (JSHeapUsedSize), and how often it recalculated style
 * and layout. The page and the content script's isolated world share that heap, so
 * with-minus-without the extension on the same page is what the content script keeps alive.
 */
export async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    heapBytes: value('JSHeapUsedSize'),
    styleRecalcs: value('RecalcStyleCount'),
    styleMs: value('RecalcStyleDuration') * 1000,
    layouts: value('LayoutCount'),
    layoutMs: value('LayoutDuration') * 1000,
    cpuMs: value('ThreadTime') * 1000,
  };
}
