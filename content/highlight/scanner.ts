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
import { SectionNames, nameKey } from './section-names';
import { onScreenFirst, screenfulOfText, showsTop } from './on-screen-first';
import { stylesLoaded, whenStylesLoaded } from './styles-loaded';
import { runUrgently } from './urgent-task';
import { TextWalk } from './text-walk';
import { requestContextFrame, setContextTimeout } from '../context-timers';

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
/**
 * A step of the matcher's setup (TextMatcher.prepare) starts only this early in a slice: a step
 * takes up to 10-20 ms of cold code, and all of them in the first slice made it a long task.
 */
const PREPARE_MS = 4;
/**
 * In the page's first slice steps may start later: what the warm-up could not do is done there.
 * A page whose text all arrives in its last packet is read only once it is complete (the e2e
 * on-screen-first page's 30,000 characters: 10-22 ms here, cold code); with 24 ms the short steps
 * after it (the page's score and definitions, 2-3 ms) often could not start, and the slice ended
 * with nothing highlighted.
 */
const FIRST_SLICE_PREPARE_MS = 40;
/**
 * The first slice goes on until the first screenful is highlighted: a fixed amount of work (the
 * screenful estimate's text), which usually ends it, up to this long in all as a safety bound. A
 * page whose first screenful of text is mostly hidden menus (Wikipedia's) had its first highlight
 * only after the browser's first paint. The bound was 30 ms, then 60; but the slice is cold code,
 * and its wall time grows with the machine's load. On a page with 400 hidden menu items (e2e
 * on-screen-first) it took 45-60 ms here (with the bounds 24 and 60 ms), and 50-85 ms with one of
 * the two cores busy elsewhere (with 40 and 120 ms). Under that load, with 40 and 60 ms its first
 * frame lacked the highlights in 5 loads of 12, with 40 and 120 ms in none of 12 (CI failed all
 * three tries with 24 and 60 ms). Where the first screenful is done sooner, the slice ends sooner.
 */
const FIRST_SLICE_MAX_MS = 120;
/**
 * A page shown further down (a reload or a history visit keeps the scroll, an #anchor jumps) is
 * walked whole before what is on screen is known (onScreenFirst): its first slice keeps the
 * earlier 60 ms bound, so the walk of a long page does not make the DOMContentLoaded task longer.
 */
const FIRST_SLICE_SORTED_MS = 60;
const HEADING = /^H[1-6]$/;
/**
 * At most this many highlights in one text node. Prose never comes near it; a node that does (a
 * generated list in one string) would otherwise cost DOM work and memory without end.
 */
export const MAX_MARKS_PER_NODE = 500;
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
  walker: TextWalk;
  items: TextItem[];
  /**
   * The first pass over a document highlights what is on screen first. At the top of a page that
   * is the start of the walk ("top"): text is handed over as soon as the walk passes the bottom of
   * the screen. Further down (a reload keeps the scroll), the whole walk is sorted ("sort").
   * Which of the two is decided at the first text found ("first" until then): a frame without
   * text (an ad, a tracker) never asks.
   */
  visibleFirst: 'first' | 'top' | 'sort' | false;
  /** The "top" walk has passed the bottom of the screen. */
  belowScreen?: boolean;
  /** Characters of text walked so far, to guess the bottom of the screen without forcing a layout. */
  chars: number;
  /** About how many characters fill the screen (screenfulOfText). */
  screenful: number;
}

export class PageScanner {
  private readonly roots: Root[] = [];
  private readonly changes: PageChanges;
  private readonly seen = new SectionNames();
  private walk: Walk | undefined;
  /** Text waiting to be highlighted: `items` from `head` on (a queue without shifting the array). */
  private items: TextItem[] = [];
  private head = 0;
  /** How many of the first `items` are on screen. */
  private onScreen = 0;
  /** Milliseconds one highlight takes to wrap on this page (a running average), to size batches to the slice. */
  private wrapCost = 0.05;
  /**
   * Text wrapped before the page's first style pass, whose visibility is checked just after it.
   * Asking sooner would force the browser to style the whole page inside our task (over 100 ms
   * on a 1 MB page) only to mark the first screenful, which the reader should see at first paint.
   */
  private beforeFirstStyle = false;
  /** The first pass has highlighted the text on screen (or found none). */
  private firstScreenDone = false;
  /** Text wrapped in the first slice, its visibility not yet checked. */
  private wrappedUnseen: Text[] = [];
  /** checkVisibility() answers truly (see styles-loaded.ts); until then work waits for it. */
  private styled = false;
  private waitingForStyles = false;
  private scheduled = false;
  private stopped = true;
  /** The first pass over the page is done: what follows is the page changing. */
  private settled = false;
  /** The matcher's one-time setup is done. */
  private prepared = false;
  private section = 0;

  constructor(private readonly options: ScannerOptions) {
    this.changes = new PageChanges(options.ctx, options.highlighter, (nodes) => this.onPageChanges(nodes));
  }

  start(doc: Document): void {
    this.stopped = false;
    this.settled = false;
    this.beforeFirstStyle = true;
    this.firstScreenDone = false;
    this.changes.observe(doc);
    this.addRoot(doc.body ?? doc.documentElement, true);
  }

  stop(): void {
    this.stopped = true;
    this.changes.stop();
    this.roots.length = 0;
    this.items = [];
    this.head = 0;
    this.walk = undefined;
    this.seen.clear();
    this.wrappedUnseen = [];
  }

  /**
   * Queues new text; `now` (the page's first pass) runs the first slice at once, usually in the
   * page's DOMContentLoaded task, before its first layout and paint: the reader's first sight of
   * the page has its first screenful highlighted, and the browser lays it out once. In a task of
   * its own it came after that layout (45-150 ms on the bench pages) and the first paint, and
   * Wikipedia's first highlight took 120 ms instead of none. The price: that task, already long on
   * a big page, grows by the slice (at most FIRST_SLICE_MAX_MS), before anything can be clicked.
   */
  private addRoot(root: Root | Text, now = false): void {
    if (this.stopped) return;
    if (root.nodeType === Node.TEXT_NODE) this.items.push({ node: root as Text, section: ++this.section });
    else this.roots.push(root as Root);
    if (!this.scheduled) {
      this.scheduled = true;
      this.options.onStatus('working');
      if (now) this.work();
      else this.next();
    }
  }

  /**
   * Schedules the next slice. Once the first pass is done, new content is looked at just after
   * the browser has drawn a frame: a page that changes every frame has just had its styles
   * computed then, so reading visibility does not make our task compute them again.
   */
  private next(): void {
    const { ctx } = this.options;
    const doc = this.roots[0]?.ownerDocument ?? this.items[this.head]?.node.ownerDocument;
    // Until the first screenful is highlighted, ahead of the page's other tasks: after a load a
    // plain setTimeout(0) waited 30 ms and more behind the page's own.
    if (!this.firstScreenDone) runUrgently(ctx, () => this.work());
    else if (this.settled && doc?.visibilityState === 'visible')
      requestContextFrame(ctx, () => setContextTimeout(ctx, () => this.work()));
    else setContextTimeout(ctx, () => this.work());
  }

  private onPageChanges(nodes: Node[]): void {
    if (this.stopped) return;
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) this.addRoot(node as Element);
      else if (node.nodeType === Node.TEXT_NODE) this.addRoot(node as Text);
    }
  }

  private get queued(): number {
    return this.items.length - this.head;
  }

  /** Adds to the queue one by one: spreading a long list into push() overflows the stack. */
  private enqueue(items: TextItem[]): void {
    for (const item of items) this.items.push(item);
  }

  private work(): void {
    // Long slices only for the first pass over a still page; a changing page gets short ones.
    const begun = performance.now();
    const first = this.beforeFirstStyle;
    const long = !first && !this.settled && this.onScreen === 0 && !this.walk;
    // The first slice: what the warm-up left of the set-up, and the first screenful.
    let deadline = begun + (first ? FIRST_SLICE_MAX_MS : long ? BACKGROUND_SLICE_MS : SLICE_MS);
    try {
      while (!this.stopped && !this.waitingForStyles && performance.now() < deadline) {
        if (this.queued && !this.prepared) {
          if (!this.prepare(begun, first)) break;
        }
        if (this.onScreen > 0 && this.queued) this.highlightSome(deadline);
        else if (this.walk) this.continueWalk(deadline);
        else if (this.queued) this.highlightSome(deadline);
        else if (this.roots.length) this.beginWalk(this.roots.shift()!);
        else break;
        // The first slice ends with the first screenful: the browser paints it before we walk on.
        if (first && this.firstScreenDone) break;
        if (first && this.walk?.visibleFirst === 'sort') deadline = Math.min(deadline, begun + FIRST_SLICE_SORTED_MS);
      }
    } catch (error) {
      // Whatever went wrong with this text, the next slice and every later pass must still run:
      // drop what was queued (new content comes back through page changes) and carry on.
      console.warn('MedGloss: a highlighting pass failed; it goes on with new content.', error);
      this.walk = undefined;
      this.items = [];
      this.head = 0;
      this.onScreen = 0;
    }
    if (first) this.afterFirstSlice();
    if (this.stopped) {
      this.scheduled = false;
      return;
    }
    if (this.waitingForStyles) return; // resumed by stylesPending()
    this.changes.busy = this.roots.length > 0 || this.queued > 0;
    if (this.walk || this.changes.busy) {
      this.next();
      return;
    }
    this.scheduled = false;
    this.settled = true;
    this.firstScreenDone = true;
    this.options.onStatus('ready');
  }

  /** Steps of the matcher's setup, each started early in a slice (PREPARE_MS); true once none is left. */
  private prepare(begun: number, first: boolean): boolean {
    const { matcher } = this.options;
    const until = begun + (first ? FIRST_SLICE_PREPARE_MS : PREPARE_MS);
    while (performance.now() < until) if (!matcher.prepare?.()) return (this.prepared = true);
    return false;
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
    const walker = new TextWalk(root, (element) => {
      if (element.shadowRoot) this.visitShadowRoot(element.shadowRoot);
      if (isSkippedElement(element)) return false;
      if (HEADING.test(element.tagName)) this.section++;
      return true;
    });
    this.section++;
    // The page's first pass over its body (not a body the page puts in later) shows what is on screen first.
    const first = root === doc.body && !this.settled;
    this.walk = { walker, items: [], visibleFirst: first && 'first', chars: 0, screenful: Infinity };
  }

  private continueWalk(deadline: number): void {
    const walk = this.walk!;
    for (let n = 0; ; n++) {
      if ((n & 255) === 255 && performance.now() > deadline) return;
      const node = walk.walker.next();
      if (!node) break;
      if (!hasWords(node.data)) continue;
      const deciding = walk.visibleFirst === 'first';
      if (deciding) {
        walk.visibleFirst = showsTop(node.ownerDocument) ? 'top' : 'sort';
        walk.screenful = screenfulOfText(node.ownerDocument);
      }
      walk.items.push({ node, section: this.section, walked: true });
      walk.chars += node.data.length;
      // Back to work(), which bounds a first slice that must walk the whole page (FIRST_SLICE_SORTED_MS).
      if (deciding && walk.visibleFirst === 'sort') return;
      if (walk.visibleFirst === 'top' && !walk.belowScreen && walk.chars > walk.screenful) {
        // Everything walked so far is what the reader sees: highlight it before walking on.
        walk.belowScreen = true;
        this.enqueue(walk.items);
        this.onScreen = walk.items.length;
        walk.items = [];
        return;
      }
    }
    this.walk = undefined;
    if (walk.visibleFirst !== 'sort') {
      if (walk.visibleFirst === 'top' && !walk.belowScreen) this.onScreen = this.queued + walk.items.length;
      return this.enqueue(walk.items);
    }
    const { ordered, onScreen } = onScreenFirst(walk.items);
    this.enqueue(ordered);
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
    let marks = 0;
    let i = this.head;
    for (; i < this.items.length; i++) {
      // Text on screen goes in a batch of its own, written (and drawn) before the rest is read.
      if (this.onScreen > 0 && i - this.head >= this.onScreen) break;
      if (((i - this.head) & 15) === 15 && performance.now() > readUntil) break;
      if (marks * this.wrapCost > budget / 2) break;
      const matches = this.matchesFor(this.items[i], !this.beforeFirstStyle);
      if (matches === STYLES_PENDING) break; // this item stays queued
      if (matches) {
        batch.push([this.items[i].node, matches]);
        marks += matches.length;
      }
    }
    this.onScreen = Math.max(0, this.onScreen - (i - this.head));
    // Also when the walk found nothing on screen (a page reloaded scrolled to an image): the
    // slices after it must not all stay urgent.
    if (this.onScreen === 0) this.firstScreenDone = true;
    this.head = i;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > this.items.length) {
      // Let go of the done part now and then, without copying the queue on every slice.
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (batch.length === 0) return;
    if (this.beforeFirstStyle) for (const [node] of batch) this.wrappedUnseen.push(node);
    const writing = performance.now();
    this.options.highlighter.wrapAll(batch);
    this.wrapCost = 0.7 * this.wrapCost + (0.3 * (performance.now() - writing)) / marks;
    this.changes.ignoreOwn();
  }

  /**
   * The browser styles the page once the first slice is over: from then on visibility is asked
   * before wrapping, and what was wrapped unasked is checked then.
   */
  private afterFirstSlice(): void {
    this.beforeFirstStyle = false;
    const nodes = this.wrappedUnseen;
    this.wrappedUnseen = [];
    if (nodes.length && !this.stopped) setContextTimeout(this.options.ctx, () => this.verifyVisible(nodes));
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
    const found = matcher.find(node.data);
    if (found.length === 0) return undefined;
    const parent = node.parentElement;
    if (parent && checkVisible && this.stylesPending(node.ownerDocument)) return STYLES_PENDING;
    if (!parent || (checkVisible && !parent.checkVisibility())) {
      // Hidden text stays untouched; it is looked at again if the page shows it.
      if (parent) this.changes.watchHidden(parent);
      return undefined;
    }
    const matches = this.wanted(found, node, section);
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

  /**
   * The matches to highlight, density first: in "first-per-section" only the first of each name
   * in a section (so "Wilms tumor" and "nephroblastoma" both get one), and at most
   * MAX_MARKS_PER_NODE. Only those are asked whether they are jargon here, which reads the text
   * around them: asking for every match cost the square of their number.
   */
  private wanted(found: Match[], node: Text, section: number): Match[] {
    const text = node.data;
    const { accept } = this.options;
    const seen = this.options.density === 'first-per-section' ? this.seen : undefined;
    const matches: Match[] = [];
    for (const m of found) {
      if (matches.length >= MAX_MARKS_PER_NODE) break;
      const term = text.slice(m.start, m.end);
      const key = seen && nameKey(m.id, term);
      if (key !== undefined && seen!.has(section, key)) continue;
      // A name that is not jargon here may still be in a later block of the section.
      if (accept && !accept(m.id, node, term)) continue;
      if (key !== undefined) seen!.add(section, key);
      matches.push(m);
    }
    return matches;
  }
}
