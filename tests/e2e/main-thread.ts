/**
 * The tasks a page's main thread ran, from a Chromium trace: how long each took in CPU time of
 * that thread. Wall-clock gaps (timer probes, 'longtask' entries) grow with whatever else the
 * machine runs, and 'longtask' entries leave out tasks that ran only extension code; thread time
 * counts only the work the page's thread did itself, the content script's included.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface Task {
  /** Milliseconds of CPU time on the page's main thread. */
  cpuMs: number;
  wallMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string }[] } };
}

export class MainThreadTasks {
  private constructor(private readonly cdp: CDPSession) {}

  /** Starts tracing before the page navigates. */
  static async start(page: Page): Promise<MainThreadTasks> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      categories: 'toplevel,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    return new MainThreadTasks(cdp);
  }

  /** Stops tracing; the tasks of the renderer that shows `urlPart`. */
  async stop(urlPart: string): Promise<Task[]> {
    const events: TraceEvent[] = [];
    this.cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value as unknown as TraceEvent[]) events.push(event);
    });
    const complete = new Promise((done) => this.cdp.once('Tracing.tracingComplete', done));
    await this.cdp.send('Tracing.end');
    await complete;
    const pids = new Set<number>();
    for (const event of events)
      for (const frame of event.args?.data?.frames ?? [])
        if (frame.url?.includes(urlPart) && frame.processId) pids.add(frame.processId);
    const renderers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    let main = new Set(renderers.filter((e) => pids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`));
    if (main.size === 0) {
      // A trace started after navigation may not name the page's frames: take the renderer that
      // worked most (a test has one busy tab).
      const busy = new Map<string, number>();
      for (const e of events)
        if (e.name === 'RunTask') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? 0));
      const threads = new Set(renderers.map((e) => `${e.pid}:${e.tid}`));
      const [busiest] = [...busy].filter(([thread]) => threads.has(thread)).sort((a, b) => b[1] - a[1]);
      main = new Set(busiest ? [busiest[0]] : []);
    }
    const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
    const tasks = onMain
      .filter((e) => e.name === 'RunTask')
      .map((e) => ({
        cpuMs: (e.tdur ?? 0) / 1000,
        wallMs: (e.dur ?? 0) / 1000,
      }));
    // A trace without the page's tasks would make every bound pass: that is a broken test.
    if (tasks.length === 0) throw new Error(`no main-thread tasks found for ${urlPart} in the trace`);
    return tasks;
  }
}

/** The most CPU time one task took. */
export function longestCpu(tasks: Task[]): number {
  return Math.round(tasks.reduce((max, task) => Math.max(max, task.cpuMs), 0));
}
