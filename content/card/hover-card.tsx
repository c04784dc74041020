/**
 * DOM: the card on the page. One <medgloss-card> host with a closed shadow root, placed beside
 * the highlight with floating-ui (flipped and shifted to stay in view, never over the term),
 * following it on scroll, and closed once the term scrolls out of view.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import { TermCard } from '../../components/card/TermCard';
import { NotInDictionary } from '../../components/card/NotInDictionary';
import cardCss from '../../components/card/term-card.css?inline';
import type { CompiledEntry } from '../../dictionary/compile';
import { createShadowHost } from './shadow-host';
import { isOnDarkBackground } from './page-theme';
import { TERM_ATTRIBUTE } from '../highlight/highlighter';
import { rankSenses, type SenseContext } from '../../dictionary/senses';

export interface HoverCardOptions {
  /** Is this one of the highlights MedGloss made? A card never opens for a page's look-alike. */
  isHighlight: (mark: HTMLElement) => boolean;
  /** Test-only (e2e build): an open shadow root, for Playwright. Production always closes it. */
  openRoot?: () => boolean;
  loadEntries: (ids: string[]) => Promise<CompiledEntry[]>;
  senseContext: (mark: HTMLElement) => SenseContext;
  /** "Add it as your own term" on a selection the dictionary does not know. */
  addOwnTerm: (text: string) => void;
}

export interface OpenOptions {
  /** A pinned card stays until closed on purpose (click, Escape, tap elsewhere). */
  pinned?: boolean;
  /** Move keyboard focus into the card once it shows. */
  focus?: boolean;
}

export class HoverCard {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private anchor: HTMLElement | undefined;
  /** Where the card is placed and which element must stay in view: the mark, or a selection. */
  private reference: { at: Element | VirtualElement; watched: Element } | undefined;
  private stopFollowing: (() => void) | undefined;
  private visibility: IntersectionObserver | undefined;
  private history: string[] = [];
  private request = 0;
  private isPinned = false;
  /** True while focus goes back to a term after closing, so that this focus does not reopen the card. */
  private returningFocus = false;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverCardOptions,
  ) {}

  /** A pinned card stays until closed on purpose (click, Escape, tap elsewhere). */
  get pinned(): boolean {
    return this.isPinned;
  }

  get isOpen(): boolean {
    return this.reference !== undefined;
  }

  get openFor(): HTMLElement | undefined {
    return this.anchor;
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  async open(mark: HTMLElement, options: OpenOptions = {}): Promise<void> {
    const id = mark.getAttribute(TERM_ATTRIBUTE);
    if (!id || this.returningFocus || !this.options.isHighlight(mark)) return;
    if (this.anchor === mark && this.host) {
      this.isPinned = options.pinned ?? this.isPinned;
      if (options.focus) this.focusInside();
      return;
    }
    this.close();
    this.isPinned = options.pinned ?? false;
    this.anchor = mark;
    this.reference = { at: mark, watched: mark };
    this.history = [];
    await this.show(id);
    if (options.focus) this.focusInside();
  }

  /**
   * Opens the card beside a selection: the entry `id` explains it, or, when null, the card says
   * the text is not in the dictionary. Pinned: the reader asked for it on purpose.
   */
  async openAtSelection(range: Range, text: string, id: string | null): Promise<void> {
    this.close();
    const watched =
      range.commonAncestorContainer instanceof Element
        ? range.commonAncestorContainer
        : range.commonAncestorContainer.parentElement;
    if (!watched) return;
    const box = range.getBoundingClientRect();
    const at: VirtualElement = {
      getBoundingClientRect: () => (range.getClientRects().length ? range.getBoundingClientRect() : box),
      contextElement: watched,
    };
    this.reference = { at, watched };
    this.isPinned = true;
    this.history = [];
    if (id) return this.show(id);
    const { root } = this.ensureHost();
    render(
      <div role="dialog" aria-label={`${text}: not in the dictionary`}>
        <NotInDictionary text={text} onAdd={() => this.options.addOwnTerm(text)} onClose={() => this.close()} />
      </div>,
      root,
    );
    this.follow();
  }

  /** Focus the card's first control (or the card itself) for keyboard readers. */
  focusInside(): void {
    const target = this.root?.querySelector<HTMLElement>('button, summary, [tabindex]');
    target?.focus();
  }

  private async show(id: string): Promise<void> {
    const request = ++this.request;
    const entries = await this.options.loadEntries([id]);
    if (request !== this.request || !this.reference) return;
    const [entry, ...rest] = entries;
    if (!entry) return this.close();
    const linked = new Map(rest.map((e) => [e.id, e]));
    const context = this.anchor ?? (this.reference.watched as HTMLElement);
    // The page's own definition of an abbreviation is its first sense, whatever else it may mean.
    const senseOrder = !entry.senses
      ? undefined
      : entry.kind === 'page'
        ? entry.senses.map((_, i) => i)
        : rankSenses(entry.senses, this.options.senseContext(context));
    const { root } = this.ensureHost();
    // On a dark page the card is dark too, whatever the system theme says (see page-theme.ts).
    const theme = isOnDarkBackground(context) ? 'dark' : undefined;
    // The dialog's name is the term: it stays inside the shadow root, out of the page's reach.
    render(
      <div role="dialog" aria-label={`${entry.term}: explanation`} data-page-theme={theme}>
        <TermCard
          entry={entry}
          linked={linked}
          senseOrder={senseOrder}
          onOpen={(next) => {
            this.history.push(entry.id);
            this.isPinned = true; // following a link inside the card is a clear wish to keep it
            void this.show(next).then(() => this.focusInside());
          }}
          onBack={
            this.history.length ? () => void this.show(this.history.pop()!).then(() => this.focusInside()) : undefined
          }
          onClose={() => this.close({ returnFocus: true })}
          pageUrl={this.doc.location.href}
        />
      </div>,
      root,
    );
    this.follow();
  }

  private ensureHost(): { host: HTMLElement; root: ShadowRoot } {
    if (!this.host || !this.root || !this.host.isConnected) {
      const { host, root } = createShadowHost(
        this.doc,
        'medgloss-card',
        cardCss,
        // Vite folds this to 'closed' outside the e2e build (tests/unit/built-extension.test.ts checks).
        import.meta.env.MODE === 'e2e' && this.options.openRoot?.() ? 'open' : 'closed',
      );
      this.doc.documentElement.append(host);
      this.host = host;
      this.root = root;
    }
    return { host: this.host, root: this.root };
  }

  private follow(): void {
    this.stopFollowing?.();
    this.visibility?.disconnect();
    const reference = this.reference;
    const host = this.host;
    if (!reference || !host) return;
    const place = () =>
      computePosition(reference.at, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // A small window (or 200% zoom) gets a shorter, narrower card that scrolls inside itself.
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              host.style.setProperty('--medgloss-max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
              // The full window width less 8 px each side (not the width right of the term:
              // shift() moves the card left when it needs room).
              const width = this.doc.documentElement.clientWidth || window.innerWidth;
              host.style.setProperty('--medgloss-max-width', `${Math.max(200, width - 16)}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        host.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    this.stopFollowing = autoUpdate(reference.at, host, place);
    this.visibility = new IntersectionObserver(([seen]) => {
      if (seen && !seen.isIntersecting) this.close();
    });
    this.visibility.observe(reference.watched);
  }

  close(options: { returnFocus?: boolean } = {}): void {
    const anchor = this.anchor;
    this.request++;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.anchor = undefined;
    this.reference = undefined;
    this.isPinned = false;
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    if (options.returnFocus && anchor?.isConnected) {
      anchor.setAttribute('tabindex', '-1');
      this.returningFocus = true;
      anchor.focus();
      this.returningFocus = false;
    }
  }
}
