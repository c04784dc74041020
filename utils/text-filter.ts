/**
 * DOM: which text MedGloss may touch. Everything a person types into, code, scripts, hidden text,
 * our own UI and existing highlights are left alone.
 */
export const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  '[contenteditable]:not([contenteditable="false"])', '[role="textbox"]', '[role="code"]',
  '[hidden]', '[aria-hidden="true"]',
  'mark', 'medgloss-card',
  '.CodeMirror', '.cm-editor', '.monaco-editor', '.ProseMirror', '.ql-editor', '.ace_editor',
].join(',');

const SKIP_TAGS = new Set(
  SKIP_SELECTOR.split(',').filter((s) => /^[a-z-]+$/.test(s)).map((s) => s.toUpperCase()),
);

/** Fast check for the tree walk: rejects an element (and so its whole subtree) by itself. */
export function isSkippedElement(element: Element): boolean {
  return SKIP_TAGS.has(element.tagName) || element.matches(SKIP_SELECTOR) || (element as HTMLElement).isContentEditable === true;
}

/** Full check for a single text node met outside a tree walk (new content, a rewritten node). */
export function isEligibleText(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || node.ownerDocument.designMode === 'on') return false;
  return !parent.closest(SKIP_SELECTOR) && !parent.isContentEditable;
}

/** Worth matching at all: at least two letters. */
export function hasWords(text: string): boolean {
  return /\p{L}.*\p{L}/su.test(text);
}
