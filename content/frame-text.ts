/**
 * DOM: waits until a frame has text a reader could read. Most frames on the web are ads, trackers
 * and widgets without any; there the content script stops after this check and costs only its own
 * load: no storage reads, no messages, no index, no card. Text that arrives later (an ad that
 * renders its copy after load, a frame filled by script) starts MedGloss then.
 */
import type { ContentScriptContext } from '#imports';
import { hasWords, isEligibleText } from './highlight/text-filter';

/** Whether `root` is or holds a text node with words that MedGloss could highlight. */
function hasReadableText(root: Node): boolean {
  if (root instanceof Text) return hasWords(root.data) && isEligibleText(root);
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    if (hasWords(node.data) && isEligibleText(node)) return true;
  return false;
}

/** Resolves once the document is parsed (DOMContentLoaded, or at once if it already is). */
export function whenDomComplete(ctx: ContentScriptContext, doc: Document): Promise<void> {
  return new Promise<void>((done) => {
    if (doc.readyState !== 'loading') done();
    else ctx.addEventListener(doc, 'DOMContentLoaded', () => done(), { once: true });
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
