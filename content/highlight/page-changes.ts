/**
 * DOM: follows a page as it changes. A text node we split that the page rewrites or removes is
 * repaired at once, inside the observer callback, so the reader never sees a frame with stale
 * pieces; everything else is gathered and handed over in batches. A page that changes all the
 * time (a ticker, a chat) is looked at less and less often, but never not at all.
 */
import type { ContentScriptContext } from '#imports';
import type { Highlighter } from './highlighter';
import { setContextTimeout } from '../context-timers';

/** Page changes are gathered this long before they are handed over; the wait grows while the scanner is busy. */
const DELAY_MS = 100;
const MAX_DELAY_MS = 1600;

/** At most this many hidden elements are remembered, to be looked at again once the page shows them. */
const MAX_HIDDEN = 500;

/** Owned by the scanner, which tells it what it needs to know: its `busy` state and the text it found hidden. */
export class PageChanges {
  /** The scanner still has queued work: the next batch then waits longer. */
  busy = false;
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  /** Parents of text that was hidden when looked at; attribute changes matter only while there are some. */
  private readonly hidden = new Set<Element>();
  private pending: Node[] = [];
  private attributes = false;
  private removals = false;
  private timer: number | undefined;
  private delay = DELAY_MS;

  /** `onChanges` gets new or changed nodes to look at, and hidden elements the page has shown since. */
  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlighter: Highlighter,
    private readonly onChanges: (nodes: Node[]) => void,
  ) {}

  /** Text under `parent` is hidden: look at it again if the page shows it. */
  watchHidden(parent: Element): void {
    if (this.hidden.size < MAX_HIDDEN) this.hidden.add(parent);
  }

  /** Starts watching a document or shadow root; false if it was watched already. */
  observe(root: Document | ShadowRoot): boolean {
    if (this.observed.has(root)) return false;
    this.observed.add(root);
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'open', 'aria-hidden', 'style', 'class'],
    });
    this.observers.push(observer);
    return true;
  }

  /** Drops the records our own wrapping caused: they were made synchronously, by us. */
  ignoreOwn(): void {
    for (const observer of this.observers) observer.takeRecords();
  }

  stop(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers.length = 0;
    this.pending = [];
    this.hidden.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    const touched: Node[] = [];
    // Where the page added or removed something: the node before it, which may be one of our
    // marks (a text piece moved or removed alone, a node put between our pieces).
    const beside: Node[] = [];
    for (const record of records) {
      if (record.type === 'attributes') this.attributes ||= this.hidden.size > 0;
      else if (record.type === 'characterData') touched.push(record.target);
      else {
        // One by one: a record may hold more nodes than a call can take as arguments.
        for (const node of record.addedNodes) touched.push(node);
        for (const node of record.removedNodes) touched.push(node);
        this.removals ||= record.removedNodes.length > 0;
        if (record.previousSibling) beside.push(record.previousSibling);
      }
    }
    const again = this.highlighter.repairAfterPageChange(beside.length ? [...touched, ...beside] : touched);
    this.ignoreOwn();
    for (const node of touched) this.pending.push(node);
    for (const node of again) this.pending.push(node);
    if ((this.pending.length === 0 && !this.attributes) || this.timer !== undefined) return;
    this.timer = setContextTimeout(this.ctx, () => this.flush(), this.delay);
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = this.pending;
    const attributes = this.attributes;
    this.pending = [];
    this.attributes = false;
    // Content the page removed may hold highlights we still track: forget them.
    if (this.removals) {
      this.removals = false;
      this.highlighter.forgetDetached();
    }
    this.delay = this.busy ? Math.min(this.delay * 2, MAX_DELAY_MS) : DELAY_MS;
    const { highlighter } = this;
    const fresh = [...new Set(nodes)].filter(
      (node) => node.isConnected && !highlighter.owns(node) && !highlighter.isOriginal(node),
    );
    // Looked at here, not in the observer: checkVisibility() styles the page, and pages change
    // classes and styles many times a second.
    if (attributes)
      for (const parent of this.hidden)
        if (parent.checkVisibility()) {
          this.hidden.delete(parent);
          fresh.push(parent);
        }
    this.onChanges(fresh);
  }
}
