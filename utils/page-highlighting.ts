/**
 * DOM: highlighting on one document, as one object to switch on, off or re-do with new settings.
 * Off removes every highlight and gives the page its own text nodes back.
 */
import { categoryCode, type MatchIndex } from '../dictionary/compile';
import { Highlighter } from './highlighter';
import { Matcher } from './matcher';
import type { PageSettings } from './page-settings';
import { PageScanner } from './scanner';

export type Status = 'working' | 'ready' | 'off';

export class PageHighlighting {
  readonly highlighter = new Highlighter();
  private scanner: PageScanner | undefined;
  private readonly matcher: Matcher;
  /** What runs now: density and hidden categories, '' when off, undefined before the first apply. */
  private running: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly index: MatchIndex,
    private readonly onStatus: (status: Status) => void,
  ) {
    this.matcher = new Matcher(index.trie);
  }

  apply(settings: PageSettings): void {
    this.doc.documentElement.setAttribute('data-medgloss-style', settings.style);
    const wanted = settings.enabled ? `${settings.density}|${settings.hiddenCategories.join()}` : '';
    if (wanted === this.running) return;
    this.stop();
    if (!settings.enabled) {
      this.running = '';
      return this.onStatus('off');
    }
    this.running = wanted;
    this.matcher.hideCategories(settings.hiddenCategories.map(categoryCode));
    this.scanner = new PageScanner({
      matcher: this.matcher,
      highlighter: this.highlighter,
      density: settings.density,
      onStatus: this.onStatus,
    });
    this.scanner.start(this.doc);
  }

  stop(): void {
    this.scanner?.stop();
    this.scanner = undefined;
    this.running = undefined;
    this.highlighter.unwrapAll();
  }

}
