/**
 * DOM: highlighting on one document, as one object to switch on, off or re-do with new settings.
 * Off removes every highlight and gives the page its own text nodes back.
 */
import type { ContentScriptContext } from '#imports';
import { MEDICAL_PAGES_CODES, categoryCode, medicalPagesCode } from '../../dictionary/compile';
import type { PageIndex } from '../../dictionary/page-data';
import { Highlighter, TERM_ATTRIBUTE } from './highlighter';
import { Matcher, type TextMatcher } from '../../dictionary/matcher';
import { ownTermsTrie, type OwnTermsIndex } from '../../settings/user-terms';
import { PageRecognition, type RecognitionData, type Step } from './recognition';
import { rankSenses } from '../../dictionary/senses';
import { blockOf, senseContextAt } from './page-context';
import type { PageSettings } from '../../settings/page-settings';
import { PageScanner } from './scanner';
import { runUrgently } from './urgent-task';
import { whenDomComplete } from '../frame-text';
import { setContextTimeout } from '../context-timers';

export type Status = 'working' | 'ready' | 'off';

/** While the page loads, how long the set-up waits for the parser to add text before it reads on. */
const WAIT_FOR_PARSER_MS = 5;
/** A step of the set-up starts in a warm-up task only this early in it (a step takes up to 10-20 ms of cold code). */
const WARM_UP_MS = 10;

/** A page without a declared language counts as English; "en", "en-GB" and the like do too. */
export function isEnglish(doc: Document): boolean {
  return isEnglishLanguage(doc.documentElement.lang || doc.body?.lang || '');
}

function isEnglishLanguage(lang: string): boolean {
  const code = lang.trim().toLowerCase();
  return code === '' || code === 'en' || code.startsWith('en-');
}

export class PageHighlighting {
  private readonly highlighter = new Highlighter();
  private scanner: PageScanner | undefined;
  private ownTermsIndex: OwnTermsIndex | undefined;
  /** Parsed on first use, so a frame without text never parses the own terms' index. */
  private ownTermsMatcher: Matcher | undefined;
  /** Entry ids of the words the reader knows: never highlighted (lookup still explains them). */
  private known = new Set<string>();
  /**
   * The dictionary and the reader's own terms as one matcher; own terms win where both match.
   * The dictionary is English: on a page that declares another language, its words would only
   * be false friends ("Centrum", "Lingua"), so there only the reader's own terms are marked.
   */
  private readonly combined: TextMatcher = {
    prepare: () => this.prepare(false) !== 'done',
    find: (text) => {
      this.withDictionary ??= isEnglish(this.doc);
      const own = this.ownTerms().find(text);
      return this.withDictionary
        ? this.recognition.find(text, this.dictionary().find(text), own)
        : own.map((m) => ({ ...m, kind: 'own' as const }));
    },
  };
  /** The page's own abbreviations, derived words, disease names, word parts and the precision rules. */
  readonly recognition: PageRecognition;
  /**
   * Whether the dictionary is used on this page: it is English (isEnglish) and the dictionary's
   * data could be read (withoutDictionary). Otherwise only the reader's own terms are matched.
   */
  private withDictionary: boolean | undefined;
  /** Made on first use, so a frame without text never parses the index. */
  private matcher: Matcher | undefined;
  private readonly dictionaryMatcher: () => Matcher;
  private indexRead = false;
  private hiddenCodes: string[] = [];
  /** Whether the page is medical, read with the matcher's first use (PageRecognition). */
  private medicalPage: boolean | undefined;
  private settings: PageSettings | undefined;
  /** What runs now: density and hidden categories, '' when off, undefined before the first apply. */
  private running: string | undefined;
  private current: Status = 'working';
  /** warmUp has begun: it goes on with the set-up where readAhead was. */
  private warming = false;
  /** Whether an ambiguous abbreviation is jargon, per block and term, for the current pass. */
  private jargonInBlock = new WeakMap<Element, Map<string, boolean>>();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly loadIndex: () => PageIndex,
    private readonly showStatus: (status: Status) => void,
    layers: Pick<RecognitionData, 'diseaseMatcher' | 'wordParts'> & { dictionaryMatcher: () => Matcher },
  ) {
    this.dictionaryMatcher = layers.dictionaryMatcher;
    this.recognition = new PageRecognition(doc, {
      ...layers,
      index: loadIndex,
      names: () => this.names(),
      dictionary: () => this.dictionary(),
    });
  }

  /** "working" during a pass, "ready" after it, "off" where the site is switched off or MedGloss paused. */
  get status(): Status {
    return this.current;
  }

  private onStatus = (status: Status): void => {
    this.current = status;
    this.showStatus(status);
  };

  private dictionary(): Matcher {
    if (this.medicalPage === undefined) {
      // Whether the page is medical decides which names the matcher has; reading the page for it
      // may itself ask the dictionary (its definitions), which comes back here: it is read first.
      this.medicalPage = this.recognition.isMedicalPage();
      this.names().hideCategories(this.hidden());
    }
    return this.matcher!;
  }

  /** The dictionary's matcher, built once; which names it hides is decided in dictionary(). */
  private names(): Matcher {
    return (this.matcher ??= this.dictionaryMatcher());
  }

  /**
   * One step of the setup the first match would otherwise do all at once (TextMatcher.prepare):
   * the reader's own terms, then on an English page the index, the dictionary's matcher, the
   * recognition layers' lists and reading the page (PageRecognition.prepare).
   */
  private prepare(loading: boolean): Step {
    if (!this.ownTermsMatcher) this.ownTerms();
    // A page in another language gets the reader's own terms only: nothing else to set up.
    else if (!this.mayBeEnglish(loading)) return 'done';
    else if (!this.indexRead) this.indexRead = !!this.loadIndex();
    else if (!this.matcher) this.names();
    else {
      const step = this.recognition.prepare(loading);
      if (step !== 'done' || loading || this.medicalPage !== undefined) return step;
      this.dictionary(); // hides what a page of this kind does not highlight
      // The last step says so: a slice whose time for set-up steps is up still highlights after it.
      return 'done';
    }
    return 'did';
  }

  /**
   * Whether the dictionary may be wanted here (isEnglish). While the page loads only <html>'s
   * language is asked, and the answer is not kept: a <body lang> may still come.
   */
  private mayBeEnglish(loading: boolean): boolean {
    if (this.withDictionary !== undefined) return this.withDictionary;
    if (!loading) return (this.withDictionary = isEnglish(this.doc));
    return isEnglishLanguage(this.doc.documentElement?.lang ?? '');
  }

  /** The dictionary's data could not be read (content/page-data.ts): the reader's own terms only, as on a page in another language. */
  withoutDictionary(): void {
    this.withDictionary = false;
  }

  /**
   * While the page still loads (a big one parses for hundreds of ms), the set-up in steps, one
   * per task, reading the page as far as the parser has gone: what is done then is not left for
   * the first slice after it, and the first highlights come sooner.
   */
  warmUp(): void {
    this.warming = true;
    const step = () => {
      const begun = performance.now();
      let did: Step = 'did';
      // The scanner does what is left once the DOM is complete.
      while (did === 'did' && this.doc.readyState === 'loading' && performance.now() - begun < WARM_UP_MS)
        did = this.prepare(true);
      if (did !== 'done' && this.doc.readyState === 'loading')
        runUrgently(this.ctx, step, did === 'did' ? 0 : WAIT_FOR_PARSER_MS);
    };
    runUrgently(this.ctx, step);
  }

  /**
   * Before the dictionary's data is read: the page's text, read in steps (one per task), so that
   * once the data is in only its words are left to judge. While a short page loads, the data's
   * answer from storage (660 KB) often comes after DOMContentLoaded, and reading the page then
   * was the longest step between it and the first highlight. Stops once warmUp or a pass (apply)
   * has taken over the set-up, and on a page the dictionary is not for. `enabled`: the page's
   * settings say it is highlighted (nothing is read otherwise). It begins once the page is parsed,
   * and its steps wait their turn among the page's tasks: run ahead of them (as warmUp's are),
   * they also held back the data's answer, which then missed the page's first frame more often
   * (e2e on-screen-first: 4 loads of 24, none without them). A page whose data comes while it
   * loads is read by warmUp.
   */
  readAhead(enabled: Promise<boolean>): void {
    const step = () => {
      if (this.warming || this.scanner || !this.mayBeEnglish(false)) return;
      if (this.recognition.readText(false) !== 'done') setContextTimeout(this.ctx, step);
    };
    enabled
      .then(async (yes) => {
        if (!yes) return;
        await whenDomComplete(this.ctx, this.doc);
        setContextTimeout(this.ctx, step);
      })
      .catch(() => undefined);
  }

  /**
   * The trie codes not matched: the categories the reader hides, in both their codes, and on a page
   * that is not medical every name highlighted on medical pages only (dictionary/compile.ts).
   */
  private hidden(): string[] {
    return [...this.hiddenCodes, ...(this.medicalPage ? [] : MEDICAL_PAGES_CODES)];
  }

  private ownTerms(): Matcher {
    return (this.ownTermsMatcher ??= new Matcher(this.ownTermsIndex && ownTermsTrie(this.ownTermsIndex)));
  }

  apply(settings: PageSettings): void {
    this.settings = settings;
    this.doc.documentElement.setAttribute('data-medgloss-style', settings.highlightStyle);
    const wanted = settings.enabled ? `${settings.density}|${settings.hiddenCategories.join()}` : '';
    if (wanted === this.running) return;
    this.stop();
    if (!settings.enabled) {
      this.running = '';
      return this.onStatus('off');
    }
    this.running = wanted;
    this.hiddenCodes = settings.hiddenCategories.flatMap((category) => [
      categoryCode(category),
      medicalPagesCode(category),
    ]);
    this.matcher?.hideCategories(this.hidden());
    this.scanner = new PageScanner({
      ctx: this.ctx,
      matcher: this.combined,
      highlighter: this.highlighter,
      density: settings.density,
      onStatus: this.onStatus,
      accept: (id, node, term) => !this.known.has(id) && this.isJargonHere(id, node, term),
    });
    this.scanner.start(this.doc);
  }

  /**
   * An abbreviation that also has an everyday meaning (OS, PT, HR) is highlighted only where the
   * words around it and on the page point to a medical meaning: on a page about computers "OS"
   * is not jargon.
   */
  private isJargonHere(id: string, node: Text, term: string): boolean {
    // Only own terms are matched without the dictionary, and none of them is an abbreviation of its.
    if (this.withDictionary === false) return true;
    const senses = this.loadIndex().ambiguous[id];
    // Only a meaning outside medicine can make it plain here: with none, no context is read.
    if (!senses?.general.includes(true)) return true;
    // Decided once per block and term: the context reads the whole block's text.
    const block = blockOf(node);
    let decided = block ? this.jargonInBlock.get(block) : undefined;
    if (block && !decided) this.jargonInBlock.set(block, (decided = new Map()));
    const key = `${id}|${term}`;
    const known = decided?.get(key);
    if (known !== undefined) return known;
    const [best] = rankSenses(
      senses.cues.map((cues) => ({ cues })),
      senseContextAt(node, term),
    );
    decided?.set(key, !senses.general[best]);
    return !senses.general[best];
  }

  /** New or changed own terms (their names as the background indexed them): highlight again with them, at once. */
  setOwnTerms(index: OwnTermsIndex): void {
    if (index.source === this.ownTermsIndex?.source) return;
    this.ownTermsIndex = index;
    this.ownTermsMatcher = undefined;
    if (this.running && this.settings) {
      const settings = this.settings;
      this.stop();
      this.apply(settings);
    }
  }

  /** The words the reader knows changed: highlight again without them, at once. */
  setKnown(ids: string[]): void {
    const known = new Set(ids);
    if (known.size === this.known.size && ids.every((id) => this.known.has(id))) return;
    this.known = known;
    if (this.running && this.settings) {
      const settings = this.settings;
      this.stop();
      this.apply(settings);
    }
  }

  /** Every highlight on the page, in document order (keyboard navigation, "On this page"). */
  marks(): HTMLElement[] {
    return this.highlighter
      .marks()
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /**
   * How often each term occurs in the page's rendered text, highlighted or not (density marks one
   * per section): what "On this page" counts. Line by line, so no match spans two blocks.
   */
  occurrences(): Map<string, number> {
    const counts = new Map<string, number>();
    if (!this.running) return counts;
    for (const line of (this.doc.body?.innerText ?? '').split('\n'))
      for (const { id } of this.combined.find(line)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  /** Is this element a highlight MedGloss made (a page can make look-alikes)? */
  isHighlight(element: Element): boolean {
    return this.highlighter.isMark(element);
  }

  /** The first highlight of an entry, or undefined. */
  firstMark(id: string): HTMLElement | undefined {
    return this.marks().find((mark) => mark.getAttribute(TERM_ATTRIBUTE) === id);
  }

  stop(): void {
    this.scanner?.stop();
    this.scanner = undefined;
    this.running = undefined;
    this.jargonInBlock = new WeakMap();
    this.highlighter.unwrapAll();
  }
}
