/**
 * What the content script costs in a frame with no text (an ad, a tracker pixel): main-thread CPU
 * of a page holding FRAMES such frames, with the extension minus without, less the same
 * difference for the page without frames, per frame. Same-origin frames share the tab's renderer
 * main thread, so its CPU counter (ThreadTime) sees their work; FRAMES of them divide the noise.
 */
import type { BrowserContext } from '@playwright/test';
import { pageMetrics } from './metrics';
import { inTab } from './tab';

export const FRAMES = 20;
/** Long enough for every frame's content script to have read its settings and finished its (empty) pass. */
const SETTLE_MS = 1500;

const EMPTY_FRAME = '<!doctype html><html><head><title>ad</title></head><body><div id="slot"></div></body></html>';

function host(frames: number): string {
  const iframes = Array.from(
    { length: frames },
    (_, i) => `<iframe src="/generated/empty-frame.html?${i}" width="300" height="50"></iframe>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Frames</title></head><body>\n${iframes}\n</body></html>`;
}

export const FRAME_PAGES: Record<string, string> = {
  '/generated/empty-frame.html': EMPTY_FRAME,
  '/generated/frames-0.html': host(0),
  [`/generated/frames-${FRAMES}.html`]: host(FRAMES),
};

/** The tab's renderer main-thread CPU, in ms, after loading `path` and letting every frame settle. */
export function frameHostCpu(context: BrowserContext, url: string): Promise<number> {
  return inTab(context, async ({ page, cdp }) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return (await pageMetrics(cdp)).cpuMs;
  });
}

export interface FrameRun {
  /** CPU with FRAMES empty frames, and with none, with and without the extension. */
  withExtension: [number, number];
  without: [number, number];
}

export async function measureFrames(
  baseline: BrowserContext,
  extension: BrowserContext,
  base: string,
): Promise<FrameRun> {
  const many = `${base}/generated/frames-${FRAMES}.html`;
  const none = `${base}/generated/frames-0.html`;
  return {
    withExtension: [await frameHostCpu(extension, many), await frameHostCpu(extension, none)],
    without: [await frameHostCpu(baseline, many), await frameHostCpu(baseline, none)],
  };
}

/** Main-thread ms one empty frame costs with the extension: each run's difference, the median of the runs. */
export function perFrameMs(runs: FrameRun[], median: (values: number[]) => number): number {
  return median(runs.map((r) => r.withExtension[0] - r.without[0] - (r.withExtension[1] - r.without[1]))) / FRAMES;
}
