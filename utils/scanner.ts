/**
 * DOM: walks the page's text in small time slices, highlights matches, and follows the page as it
 * changes. The pass reports when it is busy and when the page is fully done, which the content
 * script shows on <html data-medgloss-status>.
 */
import type { Matcher } from './matcher';
import type { Highlighter } from './highlighter';
import { SKIP_SELECTOR, hasWords, isEligibleText, isSkippedElement } from './text-filter';

export interface ScannerOptions {
  matcher: Matcher;
  highlighter: Highlighter;
  onStatus: (status: 'working' | 'ready') => void;
}

/** Work at most this long before yielding to the page, so no task of ours nears 50 ms. */
const SLICE_MS = 8;
/** Mutations are gathered this long before we look at them, so busy pages cost little. */
const MUTATION_DELAY_MS = 100;

type Root = Document | ShadowRoot | Element;

export class PageScanner {
  private readonly queue: Node[] = [];
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  private pending: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scheduled = false;
  private stopped = false;

  constructor(private readonly options: ScannerOptions) {}

  start(root: Document): void {
    this.stopped = false;
    this.observe(root);
    this.enqueue(root.body ?? root.documentElement);
  }

  stop(): void {
    this.stopped = true;
    for (const observer of this.observers) observer.disconnect();
    this.observers.length = 0;
    this.queue.length = 0;
    this.pending = [];
    clearTimeout(this.timer);
  }

  private enqueue(node: Node | null): void {
    if (!node || this.stopped) return;
    this.queue.push(node);
    if (!this.scheduled) {
      this.scheduled = true;
      this.options.onStatus('working');
      setTimeout(() => this.work(), 0);
    }
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  /** Drops the records our own wrapping caused: they were made synchronously by us. */
  private ignoreOwnMutations(): void {
    for (const observer of this.observers) observer.takeRecords();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.pending.push(record.target);
      else {
        this.pending.push(...record.addedNodes);
        for (const removed of record.removedNodes) this.pending.push(removed);
        if (record.removedNodes.length) this.pending.push(record.target);
      }
    }
    this.timer ??= setTimeout(() => this.flushMutations(), MUTATION_DELAY_MS);
  }

  private flushMutations(): void {
    this.timer = undefined;
    const nodes = this.pending;
    this.pending = [];
    if (this.stopped) return;
    const { highlighter } = this.options;
    // First undo our pieces wherever the page rewrote or removed a node we had split.
    const again = highlighter.repairAfterPageChange(nodes);
    this.ignoreOwnMutations();
    for (const node of [...nodes, ...again]) {
      if (!node.isConnected || highlighter.owns(node)) continue;
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) this.enqueue(node);
    }
  }

  private work(): void {
    const deadline = performance.now() + SLICE_MS;
    while (this.queue.length && !this.stopped) {
      if (performance.now() > deadline) {
        setTimeout(() => this.work(), 0);
        return;
      }
      const node = this.queue.shift()!;
      if (!node.isConnected) continue;
      if (node.nodeType === Node.TEXT_NODE) {
        if (isEligibleText(node as Text)) this.highlightText(node as Text);
      } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        this.walk(node as Root, deadline);
      }
    }
    this.scheduled = false;
    if (!this.stopped) this.options.onStatus('ready');
  }

  /** Highlights the text under `root`; if the slice runs out, the rest goes back on the queue. */
  private walk(root: Root, deadline: number): void {
    if (root instanceof Element) {
      const parent = root.parentElement;
      if (isSkippedElement(root) || parent?.closest(SKIP_SELECTOR) || parent?.isContentEditable) return;
    }
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
      root,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      {
        acceptNode: (node) => {
          if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
          const element = node as Element;
          if (element.shadowRoot) this.visitShadowRoot(element.shadowRoot);
          return isSkippedElement(element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        },
      },
    );
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (let i = 0; i < texts.length; i++) {
      if ((i & 63) === 0 && performance.now() > deadline) {
        this.queue.unshift(...texts.slice(i));
        return;
      }
      this.highlightText(texts[i]);
    }
  }

  private visitShadowRoot(shadow: ShadowRoot): void {
    if (this.observed.has(shadow)) return;
    this.observe(shadow);
    this.queue.push(shadow);
  }

  private highlightText(node: Text): void {
    const { highlighter, matcher } = this.options;
    if (highlighter.isOriginal(node) || highlighter.owns(node) || !hasWords(node.data)) return;
    const matches = matcher.find(node.data);
    if (matches.length === 0) return;
    highlighter.wrap(node, matches);
    this.ignoreOwnMutations();
  }
}
