/**
 * DOM: wraps matches in <mark data-medgloss-term> with mark.js, and takes them out exactly.
 *
 * mark.js splits a text node around each match; the page's original Text node keeps the text
 * before the first match. Frameworks (React, Vue) keep references to their Text nodes, so each
 * split node is remembered as a group: on unwrap the original node gets its whole text back and
 * the pieces go, without normalize() touching anything else; and when the page itself rewrites
 * or removes the original node (see `repairAfterPageChange`) the pieces go at once, so the reader
 * sees exactly the page's new text.
 */
import Mark from 'mark.js';
import type { Match } from '../../dictionary/matcher';

export const TERM_ATTRIBUTE = 'data-medgloss-term';
/** How the highlight was found: entry, page, derived, disease, word-parts or own. */
export const KIND_ATTRIBUTE = 'data-medgloss-kind';
const MARKJS_SKIPS = 'script, style, title, head, html';

interface Group {
  original: Text;
  /** The original node's text before we split it. */
  text: string;
  /** What we left in the original node (the part before the first match). */
  kept: string;
  /** Marks and text pieces we inserted after the original node, in order. */
  pieces: ChildNode[];
}

export class Highlighter {
  private readonly groups = new Map<Text, Group>();
  private readonly groupOfPiece = new WeakMap<Node, Group>();

  /**
   * Wraps each text node's matches (offsets into its data, in order, not overlapping). One mark.js
   * call serves the whole batch: its per-call set-up costs more than the wrapping itself.
   */
  wrapAll(batch: [Text, Match[]][]): void {
    // mark.js leaves out text directly inside these, which would shift every offset after it.
    const todo = batch.filter(
      ([node, matches]) =>
        matches.length && !this.groups.has(node) && node.parentElement?.matches(MARKJS_SKIPS) === false,
    );
    if (todo.length === 0) return;
    const before = todo.map(([node]) => ({ node, text: node.data, next: node.nextSibling, parent: node.parentNode }));
    const ranges: { start: number; length: number }[] = [];
    const ids: string[] = [];
    const kinds: string[] = [];
    let base = 0;
    for (const [node, matches] of todo) {
      for (const m of matches) {
        ranges.push({ start: base + m.start, length: m.end - m.start });
        ids.push(m.id);
        kinds.push(m.kind ?? 'entry');
      }
      base += node.data.length;
    }
    let n = 0;
    new Mark(todo.map(([node]) => node) as unknown as HTMLElement[]).markRanges(ranges, {
      element: 'mark',
      each: (element: Element) => {
        element.removeAttribute('data-markjs');
        element.setAttribute(TERM_ATTRIBUTE, ids[n]);
        element.setAttribute(KIND_ATTRIBUTE, kinds[n++]);
      },
    });
    for (const { node, text, next, parent } of before) {
      const group: Group = { original: node, text, kept: node.data, pieces: [] };
      for (let piece = node.nextSibling; piece && piece !== next; piece = piece.nextSibling) {
        group.pieces.push(piece);
        this.groupOfPiece.set(piece, group);
      }
      if (group.pieces.length && node.parentNode === parent) this.groups.set(node, group);
    }
  }

  /** Is this node one we inserted (a mark, its text, or a split-off piece)? */
  owns(node: Node): boolean {
    return this.groupOfPiece.has(node) || (node.parentNode !== null && this.groupOfPiece.has(node.parentNode));
  }

  /** Is this element a highlight we made (not one the page made to look like it)? */
  isMark(node: Node): boolean {
    return node.nodeType === Node.ELEMENT_NODE && this.groupOfPiece.has(node);
  }

  isOriginal(node: Node): boolean {
    return this.groups.has(node as Text);
  }

  marks(): HTMLElement[] {
    return [...this.groups.values()].flatMap((g) => g.pieces.filter((p): p is HTMLElement => p.nodeType === 1));
  }

  /** Puts the original text node back with its whole text and removes every piece. */
  private restore(group: Group): void {
    this.groups.delete(group.original);
    const { original, pieces } = group;
    const stillOurs = original.data === group.kept;
    if (stillOurs) {
      if (!original.parentNode && pieces[0]?.parentNode) pieces[0].parentNode.insertBefore(original, pieces[0]);
      original.data = group.text;
    }
    for (const piece of pieces) piece.remove();
  }

  /** Removes the highlights inside one of the page's text nodes, giving it back its whole text. */
  unwrap(original: Text): void {
    const group = this.groups.get(original);
    if (group) this.restore(group);
  }

  /** Drops the bookkeeping of highlights the page removed with their content (long-lived single-page apps). */
  forgetDetached(): void {
    for (const [original, group] of this.groups)
      if (!original.isConnected && !group.pieces.some((piece) => piece.isConnected)) this.groups.delete(original);
  }

  /** Removes every highlight; the page's own text nodes are back exactly as they were. */
  unwrapAll(): void {
    for (const group of [...this.groups.values()]) this.restore(group);
  }

  /**
   * The page changed or removed a text node we had split: drop our pieces so that only the
   * page's current text shows. Returns the original nodes that are still in the document, to be
   * highlighted again.
   */
  repairAfterPageChange(changed: Iterable<Node>): Text[] {
    const again: Text[] = [];
    for (const node of changed) {
      const group = this.groups.get(node as Text) ?? this.groupOfPiece.get(node);
      if (!group || !this.groups.has(group.original)) continue;
      const { original } = group;
      const rewritten = original.data !== group.kept;
      const detached = !original.isConnected || group.pieces.some((p) => !p.isConnected);
      if (!rewritten && !detached) continue;
      this.groups.delete(original);
      for (const piece of group.pieces) piece.remove();
      if (original.isConnected) {
        // Our own pieces are gone; if the page only removed a piece, give the text back.
        if (!rewritten) original.data = group.text;
        again.push(original);
      }
    }
    return again;
  }
}
