/**
 * A Chromium trace of one tab, and what its long tasks were made of. A task's wall time (`dur`)
 * and its thread time (`tdur`, CPU the renderer's main thread got) tell load apart from work: on
 * a busy machine a task of 40 ms CPU can last 200 ms on the clock while the thread waits for a
 * core. Used by `npx tsx scripts/bench/profile.ts`.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; scriptName?: string } };
}

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolveStream) =>
    cdp.once('Tracing.tracingComplete', (event) => resolveStream(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface TaskBreakdown {
  startMs: number;
  wallMs: number;
  cpuMs: number;
  /** Direct and nested events inside the task, summed by label, largest wall time first. */
  parts: { label: string; wallMs: number; cpuMs: number }[];
}

function label(event: TraceEvent, extensionId: string): string {
  const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
  const who = url.includes(extensionId) || url.startsWith('chrome-extension://') ? ' (MedGloss)' : url ? ' (page)' : '';
  return `${event.name}${who}`;
}

/** The renderer main threads' top-level tasks over `overMs` of wall time, each with what ran inside it. */
export function longTasks(events: TraceEvent[], overMs: number, extensionId: string, sinceTs = 0): TaskBreakdown[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= sinceTs);
  const tasks = onMain.filter(
    (e) => e.cat.includes('toplevel') && /RunTask/.test(e.name) && (e.dur ?? 0) > overMs * 1000,
  );
  // Nested inside a task: same thread, starts within it. Children of children count too, so a
  // label's figure can overlap another's (a FunctionCall holds the GC it caused).
  const interesting =
    /^(FunctionCall|EvaluateScript|v8\.compile|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|MajorGC|MinorGC|V8\.GC.*|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|HitTest|ScheduleStyleRecalculation|Commit|UpdateLayer|IntersectionObserverController::computeIntersections|V8\.Execute)$/;
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const sums = new Map<string, { wall: number; cpu: number }>();
    for (const e of onMain) {
      if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts >= end) continue;
      if (!interesting.test(e.name)) continue;
      const key = label(e, extensionId);
      const sum = sums.get(key) ?? { wall: 0, cpu: 0 };
      sum.wall += (e.dur ?? 0) / 1000;
      sum.cpu += (e.tdur ?? 0) / 1000;
      sums.set(key, sum);
    }
    return {
      startMs: (task.ts - sinceTs) / 1000,
      wallMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? 0) / 1000,
      parts: [...sums]
        .map(([key, { wall, cpu }]) => ({ label: key, wallMs: wall, cpuMs: cpu }))
        .sort((a, b) => b.wallMs - a.wallMs),
    };
  });
}

/**
 * Everything the tab's main threads did from `fromTs` to `toTs`, summed by kind: wall and CPU of
 * the top-level tasks, and CPU inside them by what ran (self time is not separated: a FunctionCall
 * holds the GC it caused, a task holds all).
 */
export function summary(events: TraceEvent[], fromTs: number, toTs: number, extensionId: string) {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const inWindow = events.filter(
    (e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= fromTs && e.ts < toTs,
  );
  const tasks = inWindow.filter((e) => e.cat.includes('toplevel') && /RunTask/.test(e.name));
  const sums = new Map<string, { wall: number; cpu: number; count: number }>();
  const add = (key: string, e: TraceEvent) => {
    const sum = sums.get(key) ?? { wall: 0, cpu: 0, count: 0 };
    sum.wall += (e.dur ?? 0) / 1000;
    sum.cpu += (e.tdur ?? 0) / 1000;
    sum.count++;
    sums.set(key, sum);
  };
  for (const task of tasks) add('all tasks', task);
  const kinds =
    /^(FunctionCall|EvaluateScript|ParseHTML|UpdateLayoutTree|Layout|PrePaint|Paint|MajorGC|MinorGC|RunMicrotasks|Commit|HitTest)$/;
  for (const e of inWindow) if (kinds.test(e.name)) add(label(e, extensionId), e);
  return [...sums].map(([key, v]) => ({ label: key, ...v })).sort((a, b) => b.cpu - a.cpu);
}
