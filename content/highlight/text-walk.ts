/**
 * DOM: the text nodes under a root, in document order, leaving out the subtrees `enter` refuses.
 * What a TreeWalker with a NodeFilter does, without the filter: the browser calls a filter's
 * JavaScript once per element. In a page micro-benchmark on wikipedia-2 (14,334 text nodes) that
 * walk took 39-68 ms against 8-10 ms by firstChild / nextSibling / parentNode; in the content
 * script the gain is smaller, since the first walk over a page pays for its DOM wrappers either
 * way (the scanner's walk 76 -> 60 ms on wikipedia-2, 84 -> 73 on the 1 MB bench page, none on
 * the 100 KB one). Every page is walked twice (for its score, then for highlighting).
 */
/** Node.TEXT_NODE and Node.ELEMENT_NODE, as numbers: the walk also runs in unit tests, which have no DOM. */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export class TextWalk {
  /** The last text node returned: the walk goes on from it, as a TreeWalker's currentNode. */
  private current: Node;

  constructor(
    private readonly root: Node,
    /**
     * Asked once for each element the walk meets (the root is never asked): true to walk into it,
     * false to leave out it and all it holds.
     */
    private readonly enter: (element: Element) => boolean,
  ) {
    this.current = root;
  }

  /**
   * The next text node, or null when none follows (yet: while the page loads, the parser may still
   * add nodes; a later call goes on from the last text node returned, and asks `enter` again for
   * the elements met after it).
   */
  next(): Text | null {
    let node = this.current === this.root ? this.root.firstChild : this.after(this.current);
    while (node) {
      if (node.nodeType === TEXT_NODE) {
        this.current = node;
        return node as Text;
      }
      if (node.nodeType === ELEMENT_NODE && this.enter(node as Element) && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      node = this.after(node);
    }
    return null;
  }

  /** The node after `node`'s subtree in document order, within the root; null at the end. */
  private after(node: Node): Node | null {
    for (let at: Node | null = node; at && at !== this.root; at = at.parentNode) {
      if (at.nextSibling) return at.nextSibling;
    }
    return null;
  }
}
