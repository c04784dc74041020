/**
 * The init script each benchmark tab runs before the page does, and reading back what it saw.
 *
 * In-page code (here, in baselines.ts and in medgloss.ts): Playwright sends these functions to the
 * page as source text, and tsx's esbuild wraps named inner functions (`const f = () => ...`,
 * `{ done: () => ... }`) in a `__name()` helper that does not exist there, so page code uses only
 * anonymous callbacks and method shorthand.
 */
import type { Page } from '@playwright/test';

export interface LongTask {
  start: number;
  duration: number;
}

/** What the init script records in the page's main world (see installProbe). */
export interface Probe {
  longTasks: LongTask[];
  workingAt: number | null;
  readyAt: number | null;
  firstHighlightAt: number | null;
  ready?: Promise<void>;
}
export type ProbeWindow = Window & { __medglossBench: Probe };

/** Init script: records long tasks and, with the extension, MedGloss's status and first mark. */
export function installProbe(watchMedGloss: boolean): void {
  const probe: Probe = { longTasks: [], workingAt: null, readyAt: null, firstHighlightAt: null };
  (window as unknown as ProbeWindow).__medglossBench = probe;
  // 'longtask' only reports tasks over 50 ms; buffered picks up any from before this ran.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!watchMedGloss) return;
  probe.ready = new Promise<void>((resolveReady) => {
    // <html> may not exist yet when init scripts run, so watch the document for the attribute.
    new MutationObserver(() => {
      const status = document.documentElement.getAttribute('data-medgloss-status');
      if (status === 'working' && probe.workingAt === null) probe.workingAt = performance.now();
      if (status === 'ready' && probe.readyAt === null) {
        probe.readyAt = performance.now();
        resolveReady();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-medgloss-status'] });
  });
  // Start looking for marks only once parsing is done, so the page's own load is not slowed.
  document.addEventListener(
    'readystatechange',
    () => {
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeName === 'MARK' && (node as Element).hasAttribute('data-medgloss-term')) {
              probe.firstHighlightAt = performance.now();
              observer.disconnect();
              return;
            }
      });
      observer.observe(document, { subtree: true, childList: true });
    },
    { once: true },
  );
}

export async function readProbe(page: Page): Promise<Probe & { domContentLoaded: number; highlights: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__medglossBench;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      longTasks: probe.longTasks,
      workingAt: probe.workingAt,
      readyAt: probe.readyAt,
      firstHighlightAt: probe.firstHighlightAt,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      highlights: document.querySelectorAll('mark[data-medgloss-term]').length,
    };
  });
}

export function longest(tasks: LongTask[]): number {
  return tasks.reduce((max, task) => Math.max(max, task.duration), 0);
}
