/**
 * DOM: what is on screen, cheaply. Both helpers avoid reading the layout of the whole page, which
 * on a 1 MB page costs more than the highlighting they order.
 */

/**
 * About how many characters fill the screen: the window's area over a generous 60 px² per
 * character. An estimate on purpose: measuring where text sits would force the page's first
 * layout early. So would `innerWidth` and `innerHeight` (the viewport depends on scrollbars):
 * read in the walk's first task, they laid out the whole page in it, 35 ms on a 100 KB page;
 * the outer size is the browser window's, known without a layout.
 */
export function screenfulOfText(doc: Document): number {
  const view = doc.defaultView;
  return ((view?.outerWidth || 1280) * (view?.outerHeight || 800)) / 60;
}

/**
 * Whether the page shows its top, if possible without reading `scrollY`: that lays out the whole
 * page at once (over 50 ms of CPU on a 1 MB page, measured in a Chromium trace), inside our task,
 * before the browser's own first layout. A page opened fresh and still loading has not been
 * scrolled (a reload or a history navigation restores the scroll, an #anchor jumps to it).
 */
export function showsTop(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return true;
  if (doc.readyState !== 'complete' && !doc.location.hash) {
    const [navigation] = view.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (navigation?.type === 'navigate') return true;
  }
  return view.scrollY < view.innerHeight / 2;
}

/**
 * Reorders text nodes so what is on screen comes first (a reloaded page keeps its scroll). Text
 * nodes in document order are laid out roughly top to bottom, so a binary search over their
 * parents' boxes finds the visible run with a handful of layout reads instead of one per node.
 */
export function onScreenFirst<T extends { node: Text }>(items: T[]): { ordered: T[]; onScreen: number } {
  if (items.length < 64) return { ordered: items, onScreen: items.length };
  const view = items[0].node.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  const top = (i: number) => items[i].node.parentElement?.getBoundingClientRect().top ?? 0;
  const firstAtOrBelow = (y: number) => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top(mid) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = Math.max(0, firstAtOrBelow(0) - 8);
  const end = Math.min(items.length, firstAtOrBelow(height) + 8);
  if (start === 0 && end === items.length) return { ordered: items, onScreen: items.length };
  return {
    ordered: [...items.slice(start, end), ...items.slice(0, start), ...items.slice(end)],
    onScreen: end - start,
  };
}
