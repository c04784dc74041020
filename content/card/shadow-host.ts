/**
 * DOM: a host element with an open shadow root for our UI. Styles go in through a constructed
 * stylesheet, which a strict page CSP (style-src 'self') does not block, and `all: initial` on the
 * host keeps page CSS out while nothing of ours leaks into the page.
 */
interface PageRealm {
  CSSStyleSheet: typeof CSSStyleSheet;
  Array: ArrayConstructor;
}

/**
 * Firefox content scripts see the page through wrappers that refuse a sheet made in the content
 * script's own realm, so there the sheet is made in the page's realm (wrappedJSObject).
 */
function adoptSheet(root: ShadowRoot, css: string): void {
  const page = (window as unknown as { wrappedJSObject?: PageRealm }).wrappedJSObject;
  if (page) {
    const sheet = new page.CSSStyleSheet();
    sheet.replaceSync(css);
    (root as unknown as { wrappedJSObject: ShadowRoot }).wrappedJSObject.adoptedStyleSheets = page.Array.of(
      sheet,
    ) as CSSStyleSheet[];
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
}

export function createShadowHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  try {
    adoptSheet(root, css);
  } catch {
    // Older engines (and Firefox content-script wrappers) may refuse constructed sheets.
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ])
    host.style.setProperty(property, value, 'important');
  return { host, root };
}
