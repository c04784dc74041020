/**
 * DOM: which text MedGloss may touch. Everything a person types into, code, scripts, hidden text,
 * our own UI and existing highlights are left alone.
 */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MARK',
  'MEDGLOSS-CARD',
]);
const SKIP_ROLES = new Set(['textbox', 'code', 'searchbox', 'combobox']);
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ProseMirror', 'ql-editor', 'ace_editor'];

/** The same rules as one selector, for checking a node's ancestors with closest(). */
export const SKIP_SELECTOR = [
  ...[...SKIP_TAGS].map((tag) => tag.toLowerCase()),
  'svg *',
  'math *',
  '[contenteditable]:not([contenteditable="false"])',
  ...[...SKIP_ROLES].map((role) => `[role="${role}"]`),
  '[hidden]',
  '[aria-hidden="true"]',
  ...EDITOR_CLASSES.map((name) => `.${name}`),
].join(',');

/**
 * Fast check for the tree walk: rejects an element (and so its whole subtree) by itself. Plain
 * attribute reads only: a selector match or isContentEditable per element would cost the walk
 * several times its floor, and isContentEditable may force a style update.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true; // SVG and MathML content
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role)) return true;
  const classes = element.classList;
  return classes.length > 0 && EDITOR_CLASSES.some((name) => classes.contains(name));
}

/** Full check for a single text node met outside a tree walk (new content, a rewritten node). */
export function isEligibleText(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || node.ownerDocument.designMode === 'on') return false;
  return !parent.closest(SKIP_SELECTOR) && !parent.isContentEditable;
}

/**
 * One letter of any script. Made on the first character beyond ASCII only: compiling a Unicode
 * property class costs each frame a few tenths of a millisecond, and most frames without text
 * (ads) hold only ASCII white space.
 */
let anyLetter: RegExp | undefined;

/** Worth matching at all: at least two letters, anywhere. Stops at the second letter. */
export function hasWords(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let letter: boolean;
    if (code < 128) letter = (code | 32) >= 97 && (code | 32) <= 122;
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      letter = (anyLetter ??= /^\p{L}$/u).test(String.fromCodePoint(point));
    }
    if (letter && ++letters === 2) return true;
  }
  return false;
}
