/**
 * DOM: runs work in a task of its own, ahead of the page's other tasks where the browser allows it.
 * While a page loads, Chromium gives its parser most turns and a plain setTimeout(0) waited 50 to
 * 200 ms; scheduler.postTask's "user-blocking" priority runs at once. Firefox without
 * scheduler.postTask gets setTimeout. Either way the work is not run once the content script's
 * context is gone (the extension was updated or removed).
 */
import type { ContentScriptContext } from '#imports';
import { setContextTimeout } from '../context-timers';

interface Scheduler {
  postTask(task: () => void, options: { priority: 'user-blocking'; delay: number }): Promise<void>;
}

export function runUrgently(ctx: ContentScriptContext, task: () => void, delay = 0): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask !== 'function') {
    setContextTimeout(ctx, task, delay);
    return;
  }
  scheduler.postTask(() => ctx.isValid && task(), { priority: 'user-blocking', delay }).catch(() => undefined);
}
