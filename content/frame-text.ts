/**
 * DOM: waits until a frame has text a reader could read. Most frames on the web are ads, trackers
 * and widgets without any; there the content script stops after this check and costs only its own
 * load: no storage reads, no messages, no index, no card. Text that arrives later (an ad that
 * renders its copy after load, a frame filled by script) starts MedGloss then.
 */
import type { ContentScriptContext } from '#imports';
import { hasWords, isEligibleText } from './highlight/text-filter';
import { setContextTimeout } from './context-timers';

/** Whether `root` is or holds a text node with words that MedGloss could highlight. */
function hasReadableText(root: Node): boolean {
  if (root instanceof Text) return hasWords(root.data) && isEligibleText(root);
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    if (hasWords(node.data) && isEligibleText(node)) return true;
  return false;
}

/**
 * Resolves once the document is parsed (or at once if it already is), after the page's own
 * DOMContentLoaded handlers: ours on the document, added at document_start, comes before theirs,
 * and what follows it (the first slice, 45-85 ms on a page with long hidden menus here) would
 * delay their start and show them a page with our marks in it (a framework hydrating its HTML
 * then finds text it did not write). So it adds a listener on the window, which the event reaches
 * after the document's listeners and the window's that are already there; still in the same task,
 * before the page's first paint.
 */
export function whenDomComplete(ctx: ContentScriptContext, doc: Document): Promise<void> {
  return new Promise<void>((done) => {
    if (doc.readyState !== 'loading') return done();
    ctx.addEventListener(
      doc,
      'DOMContentLoaded',
      () => {
        // A page that stops the event before it reaches the window: in the next task, then.
        const fallback = setContextTimeout(ctx, done);
        const reached = () => (clearTimeout(fallback), done());
        const view = doc.defaultView;
        if (view) ctx.addEventListener(view, 'DOMContentLoaded', reached, { once: true });
      },
      { once: true },
    );
  });
}

/** Resolves true once the document (after DOMContentLoaded) has text; false if the script stops first. */
export function whenFrameHasText(ctx: ContentScriptContext, doc: Document): Promise<boolean> {
  return new Promise((resolve) => {
    const watch = () => {
      if (hasReadableText(doc.body ?? doc.documentElement)) return resolve(true);
      const observer = new MutationObserver((records) => {
        // Only what changed is read: an ad that animates its empty frame pays per change, not per walk.
        const arrived = records.some((record) =>
          record.type === 'characterData'
            ? hasReadableText(record.target)
            : [...record.addedNodes].some((node) => node.isConnected && hasReadableText(node)),
        );
        if (!arrived) return;
        observer.disconnect();
        resolve(true);
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => {
        observer.disconnect();
        resolve(false);
      });
    };
    void whenDomComplete(ctx, doc).then(watch);
  });
}
