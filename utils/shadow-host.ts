/**
 * DOM: a host element with an open shadow root for our UI. Styles go in through a constructed
 * stylesheet, which a strict page CSP (style-src 'self') does not block, and `all: initial` on the
 * host keeps page CSS out while nothing of ours leaks into the page.
 */
export function createShadowHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
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
