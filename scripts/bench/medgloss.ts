/**
 * MedGloss itself, loaded as an extension: its pass after DOMContentLoaded, long tasks,
 * highlights and renderer counters, at either density. Page code follows the rule in probe.ts.
 */
import type { BrowserContext } from '@playwright/test';
import { backgroundWorker } from '../browser';
import { SETTLE_MS } from './config';
import { type PageMetrics, pageMetrics } from './metrics';
import { type ProbeWindow, longest, readProbe } from './probe';
import { inTab } from './tab';

const PASS_TIMEOUT_MS = 60_000;

export interface MedGlossResult {
  firstHighlightMs: number | null;
  readyMs: number;
  longestInPassMs: number;
  tasksOver50InPass: number;
  longestOverallMs: number;
  highlights: number;
  metrics: PageMetrics;
}

type Density = 'first-per-section' | 'all';

/** Sets MedGloss's density setting the way the popup does, through extension storage. */
export async function setDensity(context: BrowserContext, density: Density | undefined): Promise<void> {
  const worker = await backgroundWorker(context);
  await worker.evaluate(async (value) => {
    type SyncArea = { set(items: object): Promise<void>; remove(key: string): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    await (value ? sync.set({ density: value }) : sync.remove('density'));
  }, density ?? null);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function measureMedGloss(context: BrowserContext, url: string): Promise<MedGlossResult> {
  return inTab(context, async ({ page, cdp }) => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // Awaiting the probe's promise (rather than polling for the attribute) adds no work to the page.
    await withTimeout(
      page.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready),
      PASS_TIMEOUT_MS,
      `MedGloss pass on ${url}`,
    );
    await page.waitForTimeout(SETTLE_MS);
    const probe = await readProbe(page);
    const metrics = await pageMetrics(cdp);
    const readyAt = probe.readyAt ?? Number.NaN;
    // The pass runs from "working" to "ready"; -1 ms because the first slice's task began just before "working" was seen.
    const passStart = (probe.workingAt ?? probe.domContentLoaded) - 1;
    const inPass = probe.longTasks.filter((task) => task.start < readyAt && task.start + task.duration > passStart);
    return {
      firstHighlightMs: probe.firstHighlightAt === null ? null : probe.firstHighlightAt - probe.domContentLoaded,
      readyMs: readyAt - probe.domContentLoaded,
      longestInPassMs: longest(inPass),
      tasksOver50InPass: inPass.length,
      longestOverallMs: longest(probe.longTasks),
      highlights: probe.highlights,
      metrics,
    };
  });
}
