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
/** Ranges per mark.js call: its work per range grows with the text and nodes of the call. */
const RANGES_PER_CALL = 64;

/** A page text node being wrapped: its holders' pieces gather in `fragment`. */
interface Pending {
  node: Text;
  text: string;
  /** What the page's node keeps: its text before the first match. */
  kept: string;
  holders: number;
  fragment: DocumentFragment;
  /** How many pieces `fragment` holds. */
  pieces: number;
}

/** One mark.js call: detached holders with copies of page text, and the ranges to wrap in them. */
class MarkCall {
  private readonly container: HTMLElement;
  private readonly holders: [Pending, HTMLElement][] = [];
  private readonly ranges: { start: number; length: number; id: string; kind: string }[] = [];
  private length = 0;

  constructor(private readonly doc: Document) {
    this.container = doc.createElement('div');
  }

  full(): boolean {
    return this.ranges.length >= RANGES_PER_CALL;
  }

  room(): number {
    return RANGES_PER_CALL - this.ranges.length;
  }

  /** Copies text[from, to) into a holder, with `take` matches from matches[first]. */
  add(own: Pending, text: string, from: number, to: number, matches: Match[], first: number, take: number): void {
    const holder = this.doc.createElement('span');
    holder.textContent = text.slice(from, to);
    this.container.appendChild(holder);
    this.holders.push([own, holder]);
    for (let i = first; i < first + take; i++) {
      const m = matches[i];
      this.ranges.push({
        start: this.length + m.start - from,
        length: m.end - m.start,
        id: m.id,
        kind: m.kind ?? 'entry',
      });
    }
    this.length += to - from;
  }

  run(): [Pending, HTMLElement][] {
    if (this.ranges.length === 0) return this.holders;
    new Mark(this.container).markRanges(this.ranges, {
      element: 'mark',
      // mark.js hands back the range object it was given.
      each: (element: Element, range) => {
        element.removeAttribute('data-markjs');
        const { id, kind } = range as unknown as { id: string; kind: string };
        element.setAttribute(TERM_ATTRIBUTE, id);
        element.setAttribute(KIND_ATTRIBUTE, kind);
      },
    });
    return this.holders;
  }
}

/**
 * One split text node, as one array: a page keeps thousands of these, and an object holding an
 * array of pieces took 16 bytes more a group (about 120 KB on the 1 MB bench page).
 * - `original`: the page's own node;
 * - `kept`: what we left in it (the part before the first match), as the node gives it back: a
 *   slice of the node's whole text would keep that whole text alive in the page's heap;
 * - then the marks and text pieces we inserted after it, in order (from FIRST_PIECE on).
 */
type Group = [original: Text, kept: string, ...pieces: ChildNode[]];
const FIRST_PIECE = 2;

/**
 * How a group is remembered. Most split nodes of a page are one term and nothing else (a link, a
 * list item, bold text: 4,402 of the 1 MB bench page's 7,211): the page's node keeps "" and one
 * mark follows it. Such a group is just its mark (and the mark's entry is its original node): an
 * array for each of them took about 160 KB of that page's heap. Every other group is a Group.
 */
type Stored = Group | Element;
/** What a mark leads to: its group, or for a group that is just the mark, the page's node. */
type OfMark = Group | Text;

/** The group as an array (made afresh for a group stored as its mark: only where one is given back). */
function asGroup(original: Text, stored: Stored): Group {
  return Array.isArray(stored) ? stored : [original, '', stored];
}

/**
 * Whether any of the stored group's pieces passes `test`, without making or copying an array:
 * asked of every group a page keeps.
 */
function someStoredPiece(stored: Stored, test: (piece: ChildNode) => boolean): boolean {
  if (!Array.isArray(stored)) return test(stored);
  for (let i = FIRST_PIECE; i < stored.length; i++) if (test(stored[i] as ChildNode)) return true;
  return false;
}

function piecesOf(group: Group): ChildNode[] {
  return group.slice(FIRST_PIECE) as ChildNode[];
}

/**
 * Whether each piece still follows the one before it, the first the page's node. A page that
 * moves one of our pieces, or puts a node of its own between them, breaks this: a moved text
 * piece no longer follows its mark and would pass for the page's own text (groupOfText).
 */
function inPlace(group: Group): boolean {
  let before: Node = group[0];
  for (let i = FIRST_PIECE; i < group.length; i++) {
    const piece = group[i] as ChildNode;
    if (piece.previousSibling !== before) return false;
    before = piece;
  }
  return true;
}

/** The original node's text before we split it: what it kept, then what our pieces hold. */
function wholeText(group: Group): string {
  let text = group[1];
  for (let i = FIRST_PIECE; i < group.length; i++) text += (group[i] as ChildNode).textContent;
  return text;
}

export class Highlighter {
  private readonly groups = new Map<Text, Stored>();
  /**
   * Marks only: a text piece is found through the mark before it (`groupOfText`). With the text
   * pieces too, the WeakMap's table took twice the room: 256 KB of the 1 MB bench page's heap.
   */
  private readonly groupOfMark = new WeakMap<Node, OfMark>();

  /**
   * Wraps each text node's matches (offsets into its data, in order, not overlapping).
   *
   * mark.js works on copies: the text from each node's first match on goes into a detached
   * holder, mark.js wraps the ranges there, and the wrapped pieces then move back in after the
   * page's node, which keeps the text before the first match. Two reasons, both measured
   * (scripts/bench/wrapping.ts, README "Speed"): every mark.js call creates a NodeIterator per
   * context node, and the browser walks every live NodeIterator on each DOM removal until they are
   * garbage collected, so one call per text node (or a list of text nodes as context) grows with
   * the square of the page's highlights; one call per holder of up to RANGES_PER_CALL ranges
   * keeps them few. And mark.js re-splits a node once per range, copying the rest of its text each
   * time, so a holder gets at most RANGES_PER_CALL ranges: long runs of matches are cut into
   * several holders and the work stays linear.
   */
  wrapAll(batch: [Text, Match[]][]): void {
    let call = new MarkCall(batch[0]?.[0].ownerDocument ?? document);
    const pending = new Map<Text, Pending>();
    for (const [node, matches] of batch) {
      if (!matches.length || this.groups.has(node) || pending.has(node) || !node.parentElement) continue;
      const text = node.data;
      const own: Pending = {
        node,
        text,
        kept: text.slice(0, matches[0].start),
        // One more while its holders are being added: a full call run in between must not finish it.
        holders: 1,
        fragment: node.ownerDocument.createDocumentFragment(),
        pieces: 0,
      };
      pending.set(node, own);
      for (let i = 0; i < matches.length;) {
        if (call.full()) {
          this.finish(call.run(), pending);
          call = new MarkCall(node.ownerDocument);
        }
        const take = Math.min(call.room(), matches.length - i);
        const from = matches[i].start;
        const to = i + take < matches.length ? matches[i + take].start : text.length;
        call.add(own, text, from, to, matches, i, take);
        own.holders++;
        i += take;
      }
      // Its last holder is in the call not yet run, so this never finishes it early.
      own.holders--;
    }
    this.finish(call.run(), pending);
  }

  /** Moves wrapped pieces in after their page node once all of that node's holders are done. */
  private finish(done: [Pending, HTMLElement][], pending: Map<Text, Pending>): void {
    for (const [own, holder] of done) {
      // mark.js leaves empty text nodes where a match starts or ends its holder's text: drop them.
      for (let child = holder.firstChild; child; child = holder.firstChild)
        if (child.nodeType === Node.TEXT_NODE && (child as Text).data === '') child.remove();
        else {
          own.fragment.appendChild(child);
          own.pieces++;
        }
      if (--own.holders > 0) continue;
      pending.delete(own.node);
      const { node, kept, fragment } = own;
      if (!fragment.firstChild || !node.parentNode) continue;
      const only = fragment.firstChild;
      let stored: Stored;
      if (kept === '' && own.pieces === 1 && only.nodeType === Node.ELEMENT_NODE) {
        // The whole node is one term: the group is its mark (see Stored).
        stored = only as Element;
        this.groupOfMark.set(only, node);
      } else {
        // Sized up front: pushed one by one, an array of a few pieces reserves room for 17, and a
        // page keeps thousands of them (about 250 KB of the 1 MB bench page's heap).
        const group = new Array(FIRST_PIECE + own.pieces) as Group;
        group[0] = node;
        let at = FIRST_PIECE;
        for (let piece: ChildNode | null = fragment.firstChild; piece; piece = piece.nextSibling) {
          group[at++] = piece;
          if (piece.nodeType === Node.ELEMENT_NODE) this.groupOfMark.set(piece, group);
        }
        stored = group;
      }
      // The page's node keeps the text before the first match: frameworks hold on to it.
      node.data = kept;
      if (Array.isArray(stored)) stored[1] = node.data;
      node.after(fragment);
      this.groups.set(node, stored);
    }
  }

  /**
   * The group of a text piece we split off: every such piece comes right after one of our marks
   * (a holder's text starts with its first match, and mark.js's empty texts are dropped), so it is
   * the piece after that mark in the mark's group. A page's own Text node after our mark is not.
   */
  private groupOfText(node: Node): Group | undefined {
    const before = node.previousSibling;
    const group = before && this.groupOfMark.get(before);
    // A group that is just its mark has no text piece.
    if (!group || !Array.isArray(group)) return undefined;
    const at = group.indexOf(before, FIRST_PIECE);
    return group[at + 1] === node ? group : undefined;
  }

  /** Is this node one we inserted (a mark, its text, or a split-off piece)? */
  owns(node: Node): boolean {
    const inMark = node.parentNode !== null && this.groupOfMark.has(node.parentNode);
    // Asked of every text node a pass walks: only elements are keys of groupOfMark.
    if (node.nodeType === Node.TEXT_NODE) return inMark || this.groupOfText(node) !== undefined;
    return inMark || this.groupOfMark.has(node);
  }

  /** Is this element a highlight we made (not one the page made to look like it)? */
  isMark(node: Node): boolean {
    return node.nodeType === Node.ELEMENT_NODE && this.groupOfMark.has(node);
  }

  isOriginal(node: Node): boolean {
    return this.groups.has(node as Text);
  }

  marks(): HTMLElement[] {
    return [...this.groups.values()].flatMap((stored) =>
      Array.isArray(stored)
        ? piecesOf(stored).filter((p): p is HTMLElement => p.nodeType === 1)
        : [stored as HTMLElement],
    );
  }

  /** Puts the original text node back with its whole text and removes every piece. */
  private restore(group: Group): void {
    const [original, kept] = group;
    const pieces = piecesOf(group);
    this.groups.delete(original);
    const stillOurs = original.data === kept;
    if (stillOurs) {
      if (!original.parentNode && pieces[0]?.parentNode) pieces[0].parentNode.insertBefore(original, pieces[0]);
      original.data = wholeText(group);
    }
    for (const piece of pieces) piece.remove();
  }

  /** Removes the highlights inside one of the page's text nodes, giving it back its whole text. */
  unwrap(original: Text): void {
    const stored = this.groups.get(original);
    if (stored) this.restore(asGroup(original, stored));
  }

  /** Drops the bookkeeping of highlights the page removed with their content (long-lived single-page apps). */
  forgetDetached(): void {
    for (const [original, stored] of this.groups)
      if (!original.isConnected && !someStoredPiece(stored, (piece) => piece.isConnected)) this.groups.delete(original);
  }

  /** Removes every highlight; the page's own text nodes are back exactly as they were. */
  unwrapAll(): void {
    for (const [original, stored] of [...this.groups]) this.restore(asGroup(original, stored));
  }

  /**
   * The group `node` belongs to (the page's node, a mark or a text piece), as an array; undefined
   * if none, or if it was given back since (a page may keep one of our old marks and remove it
   * again after the same node got a new group).
   */
  private groupOf(node: Node): Group | undefined {
    const stored = this.groups.get(node as Text);
    if (stored) return asGroup(node as Text, stored);
    const ofMark = this.groupOfMark.get(node);
    if (ofMark === undefined) {
      const group = this.groupOfText(node);
      return group && this.groups.get(group[0]) === group ? group : undefined;
    }
    if (Array.isArray(ofMark)) return this.groups.get(ofMark[0]) === ofMark ? ofMark : undefined;
    // A group that is just this mark: its entry is the page's node.
    return this.groups.get(ofMark) === node ? asGroup(ofMark, node as Element) : undefined;
  }

  /**
   * The page changed, removed or moved a text node we had split, or one of our pieces, or put a
   * node between them: drop our pieces so that only the page's current text shows. `changed`:
   * the nodes the page added, removed or rewrote, and the node before each place it added or
   * removed one (a text piece the page removed or moved alone is found through the mark that was
   * before it). Returns the original nodes that are still in the document, to be highlighted again.
   */
  repairAfterPageChange(changed: Iterable<Node>): Text[] {
    const again: Text[] = [];
    for (const node of changed) {
      const group = this.groupOf(node);
      if (!group) continue;
      const [original, kept] = group;
      const rewritten = original.data !== kept;
      // A piece the page removed no longer follows the one before it either.
      const broken = !original.isConnected || !inPlace(group);
      if (!rewritten && !broken) continue;
      this.groups.delete(original);
      for (const piece of piecesOf(group)) piece.remove();
      if (original.isConnected) {
        // Our own pieces are gone; if the page only removed or moved a piece, give the text back.
        if (!rewritten) original.data = wholeText(group);
        again.push(original);
      }
    }
    return again;
  }
}
