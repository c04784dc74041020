/**
 * DOM: finds the page's text and highlights it in small time slices, what is on screen first; new
 * content from page-changes.ts goes through the same queue. Reports "working" and "ready", which
 * the content script shows on <html data-medgloss-status>.
 */
import type { ContentScriptContext } from '#imports';
import type { Match, TextMatcher } from '../../dictionary/matcher';
import type { Density } from '../../settings/registry';
import type { Highlighter } from './highlighter';
import { SKIP_SELECTOR, hasWords, isEligibleText, isSkippedElement } from './text-filter';
import { PageChanges } from './page-changes';
import { onScreenFirst, screenfulOfText } from './on-screen-first';
import { stylesLoaded, whenStylesLoaded } from './styles-loaded';

export interface ScannerOptions {
  /** The content script's context: its timers stop when the extension is updated or removed. */
  ctx: ContentScriptContext;
  matcher: TextMatcher;
  highlighter: Highlighter;
  density: Density;
  onStatus: (status: 'working' | 'ready') => void;
  /** Whether a match is worth highlighting where it stands (an abbreviation may mean something else here). */
  accept?: (id: string, node: Text, term: string) => boolean;
}

/**
 * Work at most this long before yielding to the page. Text on screen goes in short slices so it
 * shows at once; the rest in longer ones, because every slice that adds marks costs the browser a
 * style and paint pass over the whole page, and on a 1 MB page those passes dominate.
 */
const SLICE_MS = 8;
const BACKGROUND_SLICE_MS = 30;
const HEADING = /^H[1-6]$/;
const MAX_SECTIONS = 2000;
/** matchesFor's answer while visibility cannot be told yet (see styles-loaded.ts). */
const STYLES_PENDING = Symbol('styles pending');

type Root = Document | ShadowRoot | Element;

interface TextItem {
  node: Text;
  /** Headings split the page into sections; in "first-per-section" a term is marked once per section. */
  section: number;
  /** Found by a tree walk, which already left out skipped elements. */
  walked?: true;
}

interface Walk {
  walker: TreeWalker;
  items: TextItem[];
  /**
   * The first pass over a document highlights what is on screen first. At the top of a page that
   * is the start of the walk ("top"): text is handed over as soon as the walk passes the bottom of
   * the screen. Further down (a reload keeps the scroll), the whole walk is sorted ("sort").
   */
  visibleFirst: 'top' | 'sort' | false;
  /** The "top" walk has passed the bottom of the screen. */
  belowScreen?: boolean;
  /** Characters of text walked so far, to guess the bottom of the screen without forcing a layout. */
  chars: number;
}

export class PageScanner {
  private readonly roots: Root[] = [];
  private readonly changes: PageChanges;
  private readonly seen = new Map<number, Set<string>>();
  private walk: Walk | undefined;
  private items: TextItem[] = [];
  /** How many of the first `items` are on screen. */
  private onScreen = 0;
  /** Milliseconds one wrap takes on this page (a running average), to size batches to the slice. */
  private wrapCost = 0.1;
  /**
   * Text wrapped before the page's first style pass, whose visibility is checked just after it.
   * Asking sooner would force the browser to style the whole page inside our task (over 100 ms
   * on a 1 MB page) only to mark the first screenful, which the reader should see at first paint.
   */
  private beforeFirstStyle = false;
  /** checkVisibility() answers truly (see styles-loaded.ts); until then work waits for it. */
  private styled = false;
  private waitingForStyles = false;
  private scheduled = false;
  private stopped = true;
  private section = 0;

  constructor(private readonly options: ScannerOptions) {
    this.changes = new PageChanges(options.ctx, options.highlighter, (nodes) => this.onPageChanges(nodes));
  }

  start(doc: Document): void {
    this.stopped = false;
    this.beforeFirstStyle = true;
    this.changes.observe(doc);
    this.addRoot(doc.body ?? doc.documentElement, true);
  }

  stop(): void {
    this.stopped = true;
    this.changes.stop();
    this.roots.length = 0;
    this.items = [];
    this.walk = undefined;
    this.seen.clear();
  }

  /** Queues new text; `now` starts the first slice at once (the page's first pass) instead of in a later task. */
  private addRoot(root: Root | Text, now = false): void {
    if (this.stopped) return;
    if (root.nodeType === Node.TEXT_NODE) this.items.push({ node: root as Text, section: ++this.section });
    else this.roots.push(root as Root);
    if (!this.scheduled) {
      this.scheduled = true;
      this.options.onStatus('working');
      if (now) this.work();
      else this.options.ctx.setTimeout(() => this.work(), 0);
    }
  }

  private onPageChanges(nodes: Node[]): void {
    if (this.stopped) return;
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) this.addRoot(node as Element);
      else if (node.nodeType === Node.TEXT_NODE) this.addRoot(node as Text);
    }
  }

  private work(): void {
    const deadline = performance.now() + (this.onScreen > 0 || this.walk ? SLICE_MS : BACKGROUND_SLICE_MS);
    while (!this.stopped && !this.waitingForStyles && performance.now() < deadline) {
      if (this.onScreen > 0 && this.items.length) this.highlightSome(deadline);
      else if (this.walk) this.continueWalk(deadline);
      else if (this.items.length) this.highlightSome(deadline);
      else if (this.roots.length) this.beginWalk(this.roots.shift()!);
      else break;
    }
    if (this.stopped) {
      this.scheduled = false;
      return;
    }
    if (this.waitingForStyles) return; // resumed by stylesPending()
    this.changes.busy = this.roots.length > 0 || this.items.length > 0;
    if (this.walk || this.changes.busy) {
      this.options.ctx.setTimeout(() => this.work(), 0);
      return;
    }
    this.scheduled = false;
    this.options.onStatus('ready');
  }

  private beginWalk(root: Root): void {
    if (!root.isConnected || (root.ownerDocument ?? (root as Document)).designMode === 'on') return;
    if (root instanceof Element) {
      const parent = root.parentElement;
      if (isSkippedElement(root) || parent?.closest(SKIP_SELECTOR) || parent?.isContentEditable) return;
      // A tree walk never filters its own root, so a shadow host added as new content is seen here.
      if (root.shadowRoot) this.visitShadowRoot(root.shadowRoot);
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        const element = node as Element;
        if (element.shadowRoot) this.visitShadowRoot(element.shadowRoot);
        if (isSkippedElement(element)) return NodeFilter.FILTER_REJECT;
        if (HEADING.test(element.tagName)) this.section++;
        return NodeFilter.FILTER_SKIP;
      },
    });
    this.section++;
    const first = root === doc.body && this.seen.size === 0;
    const atTop = (doc.defaultView?.scrollY ?? 0) < (doc.defaultView?.innerHeight ?? 0) / 2;
    this.walk = { walker, items: [], visibleFirst: first && (atTop ? 'top' : 'sort'), chars: 0 };
  }

  private continueWalk(deadline: number): void {
    const walk = this.walk!;
    for (let n = 0; ; n++) {
      if ((n & 255) === 255 && performance.now() > deadline) return;
      const node = walk.walker.nextNode() as Text | null;
      if (!node) break;
      if (!hasWords(node.data)) continue;
      walk.items.push({ node, section: this.section, walked: true });
      walk.chars += node.data.length;
      if (walk.visibleFirst === 'top' && !walk.belowScreen && walk.chars > screenfulOfText(node.ownerDocument)) {
        // Everything walked so far is what the reader sees: highlight it before walking on.
        walk.belowScreen = true;
        this.items.push(...walk.items);
        this.onScreen = walk.items.length;
        walk.items = [];
        return;
      }
    }
    this.walk = undefined;
    if (walk.visibleFirst !== 'sort') {
      if (walk.visibleFirst === 'top' && !walk.belowScreen) this.onScreen = this.items.length + walk.items.length;
      return void this.items.push(...walk.items);
    }
    const { ordered, onScreen } = onScreenFirst(walk.items);
    this.items.push(...ordered);
    this.onScreen = onScreen;
  }

  /**
   * Reads first, then writes: matching and visibility checks for a batch happen before any mark
   * is added, so the browser recomputes styles once per batch instead of once per text node.
   */
  private highlightSome(deadline: number): void {
    const budget = deadline - performance.now();
    const readUntil = performance.now() + budget / 2;
    const batch: [Text, Match[]][] = [];
    let i = 0;
    for (; i < this.items.length; i++) {
      if ((i & 15) === 15 && performance.now() > readUntil) break;
      if (batch.length * this.wrapCost > budget / 2) break;
      const matches = this.matchesFor(this.items[i], !this.beforeFirstStyle);
      if (matches === STYLES_PENDING) break; // this item stays queued
      if (matches) batch.push([this.items[i].node, matches]);
    }
    this.items.splice(0, i);
    this.onScreen = Math.max(0, this.onScreen - i);
    if (this.beforeFirstStyle) {
      this.beforeFirstStyle = false;
      if (batch.length) this.options.ctx.setTimeout(() => this.verifyVisible(batch.map(([node]) => node)), 0);
    }
    if (batch.length === 0) return;
    const writing = performance.now();
    this.options.highlighter.wrapAll(batch);
    this.wrapCost = 0.7 * this.wrapCost + (0.3 * (performance.now() - writing)) / batch.length;
    this.changes.ignoreOwn();
  }

  /** Takes the first screenful's highlights back out of text that turned out to be hidden. */
  private verifyVisible(nodes: Text[]): void {
    if (this.stopped) return;
    const doc = nodes[0].ownerDocument;
    if (!stylesLoaded(doc)) return whenStylesLoaded(this.options.ctx, doc, () => this.verifyVisible(nodes));
    for (const node of nodes) {
      const parent = node.parentElement;
      if (!parent || parent.checkVisibility()) continue;
      this.options.highlighter.unwrap(node);
      this.changes.watchHidden(parent);
    }
    this.changes.ignoreOwn();
  }

  private visitShadowRoot(shadow: ShadowRoot): void {
    if (this.changes.observe(shadow)) this.roots.push(shadow);
  }

  /** The matches to wrap in one text node, or undefined. Reads the DOM only. */
  private matchesFor(
    { node, section, walked }: TextItem,
    checkVisible = true,
  ): Match[] | undefined | typeof STYLES_PENDING {
    const { highlighter, matcher } = this.options;
    if (!node.isConnected || highlighter.isOriginal(node) || highlighter.owns(node)) return undefined;
    if (!walked && !isEligibleText(node)) return undefined;
    let matches = matcher.find(node.data);
    const { accept } = this.options;
    if (accept && matches.length) matches = matches.filter((m) => accept(m.id, node, node.data.slice(m.start, m.end)));
    if (matches.length === 0) return undefined;
    const parent = node.parentElement;
    if (parent && checkVisible && this.stylesPending(node.ownerDocument)) return STYLES_PENDING;
    if (!parent || (checkVisible && !parent.checkVisibility())) {
      // Hidden text stays untouched; it is looked at again if the page shows it.
      if (parent) this.changes.watchHidden(parent);
      return undefined;
    }
    if (this.options.density === 'first-per-section') matches = this.firstInSection(matches, node.data, section);
    return matches.length ? matches : undefined;
  }

  /**
   * Until the page's stylesheets have loaded, checkVisibility() is wrong either way (Firefox calls
   * all text hidden): rather than judge the page's text by it, work waits for them, then resumes.
   */
  private stylesPending(doc: Document): boolean {
    if (this.waitingForStyles) return true;
    if (this.styled || (this.styled = stylesLoaded(doc))) return false;
    this.waitingForStyles = true;
    whenStylesLoaded(this.options.ctx, doc, () => {
      this.waitingForStyles = false;
      this.styled = true;
      this.work();
    });
    return true;
  }

  /** Keeps the first match of each name in a section: "Wilms tumor" and "nephroblastoma" both get one. */
  private firstInSection(matches: Match[], text: string, section: number): Match[] {
    let seen = this.seen.get(section);
    if (!seen) {
      // Every piece of new content opens a section; on a chat or a ticker running for hours only
      // the recent ones matter.
      if (this.seen.size >= MAX_SECTIONS) this.seen.delete(this.seen.keys().next().value!);
      this.seen.set(section, (seen = new Set()));
    }
    return matches.filter((m) => {
      const key = `${m.id}|${text.slice(m.start, m.end).toLowerCase()}`;
      return !seen.has(key) && seen.add(key);
    });
  }
}
