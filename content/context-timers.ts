/**
 * Timers whose callbacks do not run once the content script's context is gone (the extension was
 * updated, reloaded or removed), like WXT's `ctx.setTimeout` and `ctx.requestAnimationFrame`,
 * but without their cost: WXT 0.21 adds a listener to the context's AbortSignal on every call, to
 * clear that timer, and never removes it. The scanner and the page-change watcher set timers for
 * every batch of page changes, so on a page that changes all the time (a ticker, a chat, a live
 * score) the tab held 20-30 more listeners each second, for as long as it stayed open, and each
 * new one cost more to add (tests/e2e/heavy-pages.spec.ts). Here the context is checked when the
 * timer fires instead; a timer outlives the context by its delay at most.
 */
import type { ContentScriptContext } from '#imports';

/** setTimeout for content-script work; clear it with clearTimeout. */
export function setContextTimeout(ctx: ContentScriptContext, run: () => void, ms = 0): number {
  return window.setTimeout(() => {
    if (ctx.isValid) run();
  }, ms);
}

/** requestAnimationFrame for content-script work; cancel it with cancelAnimationFrame. */
export function requestContextFrame(ctx: ContentScriptContext, run: () => void): number {
  return window.requestAnimationFrame(() => {
    if (ctx.isValid) run();
  });
}
