/**
 * DOM: whether checkVisibility() can be trusted yet. Until the stylesheets a page links have
 * loaded, the answer is wrong either way: Firefox does not lay the page out before then and calls
 * every element hidden, while Chromium answers from the styles it has and calls text visible that
 * the stylesheet will hide. Browsers do not paint before such stylesheets either, so waiting for
 * them shows the reader nothing later.
 */
import type { ContentScriptContext } from '#imports';

/** Stylesheets that failed to load: they never will. */
const failed = new WeakSet<EventTarget>();

/**
 * Every linked stylesheet has loaded (or failed) and the page is laid out; at the latest once the
 * page has loaded (a page that hides itself entirely until a script shows it is hidden until then).
 */
export function stylesLoaded(doc: Document): boolean {
  if (doc.readyState === 'complete') return true;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]'))
    if (!link.sheet && !link.disabled && !failed.has(link)) return false;
  return doc.documentElement.checkVisibility();
}

/**
 * Calls `then` once stylesLoaded() holds. A stylesheet that loads fires `load` (or `error`) on its
 * <link>, which does not bubble but is seen here in the capture phase.
 */
export function whenStylesLoaded(ctx: ContentScriptContext, doc: Document, then: () => void): void {
  const done = new AbortController();
  const signal = AbortSignal.any([ctx.signal, done.signal]);
  const check = (event: Event) => {
    if (event.type === 'error' && event.target) failed.add(event.target);
    if (!stylesLoaded(doc)) return;
    done.abort();
    then();
  };
  doc.addEventListener('load', check, { capture: true, signal });
  doc.addEventListener('error', check, { capture: true, signal });
  doc.defaultView?.addEventListener('load', check, { signal });
}
