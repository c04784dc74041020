/**
 * DOM: a host element with a shadow root for our UI, closed so that the page cannot read what is
 * inside (a card may show the reader's own notes; only the e2e build opens it, for Playwright). Styles go in through a constructed
 * stylesheet, which a strict page CSP (style-src 'self') does not block, and `all: initial` on the
 * host keeps page CSS out while nothing of ours leaks into the page.
 */
import { browser } from 'wxt/browser';

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

export function createShadowHost(
  doc: Document,
  name: string,
  css: string,
  mode: ShadowRootMode = 'closed',
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode });
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

/** Test-only (e2e build): card roots stay open for Playwright unless a test asks for production's closed ones. */
export async function testOpensShadowRoots(): Promise<boolean> {
  if (import.meta.env.MODE !== 'e2e') return false;
  const { medglossTestClosedRoots } = await browser.storage.local.get('medglossTestClosedRoots');
  return medglossTestClosedRoots !== true;
}
