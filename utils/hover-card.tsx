/**
 * DOM: the card on the page. One <medgloss-card> host, placed beside the highlight with
 * floating-ui (flipped and shifted to stay in view, never over the term) and following it on scroll.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { TermCard } from '../components/TermCard';
import cardCss from '../components/term-card.css?inline';
import type { CompiledEntry } from '../dictionary/compile';
import { createShadowHost } from './shadow-host';
import { TERM_ATTRIBUTE } from './highlighter';
import { rankSenses, type SenseContext } from './senses';

export interface HoverCardOptions {
  loadEntries: (ids: string[]) => Promise<CompiledEntry[]>;
  senseContext: (mark: HTMLElement) => SenseContext;
}

export class HoverCard {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private anchor: HTMLElement | undefined;
  private stopFollowing: (() => void) | undefined;
  private history: string[] = [];
  private request = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverCardOptions,
  ) {}

  get openFor(): HTMLElement | undefined {
    return this.anchor;
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  async open(mark: HTMLElement): Promise<void> {
    const id = mark.getAttribute(TERM_ATTRIBUTE);
    if (!id || this.anchor === mark) return;
    this.anchor = mark;
    this.history = [];
    await this.show(id);
  }

  private async show(id: string): Promise<void> {
    const request = ++this.request;
    const entries = await this.options.loadEntries([id]);
    if (request !== this.request || !this.anchor) return;
    const [entry, ...rest] = entries;
    if (!entry) return this.close();
    const linked = new Map(rest.map((e) => [e.id, e]));
    const senseOrder = entry.senses ? rankSenses(entry.senses, this.options.senseContext(this.anchor)) : undefined;
    const { root } = this.ensureHost();
    render(
      <TermCard
        entry={entry}
        linked={linked}
        senseOrder={senseOrder}
        onOpen={(next) => {
          this.history.push(entry.id);
          void this.show(next);
        }}
        onBack={this.history.length ? () => void this.show(this.history.pop()!) : undefined}
      />,
      root,
    );
    this.follow();
  }

  private ensureHost(): { host: HTMLElement; root: ShadowRoot } {
    if (!this.host || !this.root || !this.host.isConnected) {
      const { host, root } = createShadowHost(this.doc, 'medgloss-card', cardCss);
      host.setAttribute('role', 'dialog');
      host.setAttribute('aria-live', 'polite');
      this.doc.documentElement.append(host);
      this.host = host;
      this.root = root;
    }
    return { host: this.host, root: this.root };
  }

  private follow(): void {
    this.stopFollowing?.();
    const anchor = this.anchor;
    const host = this.host;
    if (!anchor || !host) return;
    const place = () =>
      computePosition(anchor, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        host.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
      });
    this.stopFollowing = autoUpdate(anchor, host, place);
  }

  close(): void {
    this.request++;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.anchor = undefined;
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
