/**
 * What is matched on a page beyond the dictionary's names, and whether each match is medical
 * where it stands. Adds to the dictionary's matches: the abbreviations the page defines (kind
 * "page"), words derived from a dictionary name ("derived"), disease names ("disease", only on
 * medical pages) and words read from their parts ("word-parts"); then drops look-alikes (codes,
 * people's names, general abbreviations on pages that do not point to medicine) with the
 * precision rules. The layers themselves are pure (dictionary/layers/); this file only feeds them
 * the page's text, once per page, and caches per word.
 */
import { KIND_PREFIX } from '../../dictionary/recognized';
import { TWO_CAPITALS, derive, type LookupName } from '../../dictionary/layers/derivations';
import { resolveOverlaps } from '../../dictionary/layers/overlaps';
import { findPageAbbreviations, isMedicalDefinition } from '../../dictionary/layers/page-abbreviations';
import {
  MEDICAL_PAGE_SCORE,
  judgeOccurrence,
  occurrenceAt,
  PageScores,
  type Occurrence,
} from '../../dictionary/layers/precision';
import { type WordPart, WordParts } from '../../dictionary/layers/word-parts';
import { Matcher, type Match, type MatchKind } from '../../dictionary/matcher';
import { baseLookup } from '../../dictionary/packed-bases';
import type { PageIndex } from '../../dictionary/page-data';
import { isCaseSensitive } from '../../dictionary/schema';
import { addWordCounts } from '../../dictionary/senses';
import { notePageWords } from './page-context';
import { isSkippedElement } from './text-filter';
import { TextWalk } from './text-walk';

export interface RecognitionData {
  index: () => PageIndex;
  /** The dictionary's names as built, before any are hidden: the bases are read from them (packed-bases.ts). */
  names: () => Matcher;
  /** The dictionary's matcher (its names, with the reader's hidden categories). */
  dictionary: () => Matcher;
  /** The disease names' matcher (dictionary/page-data.ts builds it once). */
  diseaseMatcher: () => Matcher;
  wordParts: () => { parts: WordPart[]; everyday: string[] };
}

/** The page's text this many characters deep is enough to judge it and find its definitions. */
const PAGE_CHARS = 100_000;
/** Shorter words are never derived, nor read from their parts (layers/derivations.ts, word-parts.ts). */
const MIN_DERIVED = 5;
const MIN_PARTS = 6;
/**
 * At or above this page score a medical-pages entry needs nothing else; between MEDICAL_PAGE_SCORE
 * and it, a medical word within NEAR_WORDS. NIH's pages score 20 to 60 (median 41); ordinary
 * pages stay under 5.
 */
const CLEARLY_MEDICAL_PAGE_SCORE = 2 * MEDICAL_PAGE_SCORE;
/** How far a plain-English name looks for a medical word on a page that is not about medicine. */
const NEAR_WORDS = 6;
const TOKEN = /\p{L}+(?:-\p{L}+)*/gu;
/** How long one step reads the page's text while it still loads (PageText). */
const READ_STEP_MS = 6;
/** What a step of the setup did: one step, nothing it can do yet (the page is still loading), or nothing left. */
export type Step = 'did' | 'wait' | 'done';
/** Text that may hold a definition: a bracket, or "also called"/"known as". */
const MAY_DEFINE = /\(|\bcalled\b|\bknown as\b/u;

/**
 * The page's readable text (no scripts, styles or code), blocks apart, up to `limit` characters,
 * read in steps. A page that is still loading is read as far as the parser has gone: it only adds
 * text after what is there, so the first `limit` characters of a long page are known before its
 * DOM is complete, and reading them then leaves less work for the first slice after it.
 */
export class PageText {
  private readonly parts: string[] = [];
  private length = 0;
  private walker: TextWalk | undefined;
  /** The last text node found, read once a later one is found: while the page loads, the parser may still add to it. */
  private last: Text | undefined;

  constructor(
    private readonly doc: Document,
    private readonly limit: number,
    /** Gets each node's text as it is read. */
    private readonly onText: (text: string) => void,
  ) {}

  /**
   * Reads on for about `ms` (`whole`: to the end): the text once it is all read, 'more' when the
   * time was up, 'wait' when the parser has not given more text yet.
   */
  read(ms: number, whole = false): string | 'more' | 'wait' {
    const loading = !whole && this.doc.readyState === 'loading';
    const root = this.doc.body ?? (loading ? null : this.doc.documentElement);
    if (!root) return 'wait';
    this.walker ??= new TextWalk(root, (element) => !isSkippedElement(element));
    const deadline = performance.now() + ms;
    // A node is read once the next one is found (or the page is complete): only then is it whole.
    for (let n = 1; this.length < this.limit; n++) {
      if ((n & 63) === 0 && performance.now() > deadline) return 'more';
      const node = this.walker.next();
      if (!node && loading) return 'wait'; // the walker stays put: the next call goes on from here
      if (this.last) this.add(this.last);
      this.last = node ?? undefined;
      if (!node) break;
    }
    if (this.last && this.length < this.limit) this.add(this.last);
    this.last = undefined;
    return this.parts.join(' ');
  }

  private add(node: Text): void {
    this.parts.push(node.data);
    this.length += node.data.length;
    this.onText(node.data);
  }
}

/** A derived word or a word read from its parts; a verb form ("mutated") only counts on medical pages. */
interface WordMatch {
  id: string;
  kind: MatchKind;
  medicalPagesOnly?: boolean;
  /** Derived from an entry highlighted on medical pages only: the page's firm score decides (isMedicalPage). */
  firm?: boolean;
}

export class PageRecognition {
  private score: number | undefined;
  /** The page's text, once read whole, until its definitions are collected (readPage). */
  private pageText: string | undefined;
  private textRead = false;
  /** Both are done with once the page's score is known: dropped then, with the words they hold. */
  private reader: PageText | undefined;
  private scores: PageScores | undefined;
  /** The page's score without the words highlighted on medical pages only (pageMedicalScores). */
  private firmScore = 0;
  /** How often each word (lower case, digits too) occurs in the text read: page-context.ts's page words. */
  private readonly wordCounts = new Map<string, number>();
  /** The page's words (lower case), read once with its score. */
  private readonly pageWords = new Set<string>();
  /** Short form -> long form, the page's own definitions that say something medical. */
  private readonly definitions = new Map<string, string>();
  private readonly decided = new Set<string>();
  private pageMatcher = new Matcher();
  private diseases: Matcher | undefined;
  private parts: WordParts | undefined;
  /** The index's medicalWords: single-word names that are no derivation base (isName). */
  private otherNames: Set<string> | undefined;
  private bases: ((word: string) => string | undefined) | undefined;
  private capitalized: Set<string> | undefined;
  private plainNames: Set<string> | undefined;
  /** Entries highlighted on medical pages only (MatchIndex.medicalPages). */
  private medicalPagesOnly: Set<string> | undefined;
  /** Per word: its derived or word-parts match (id and kind), or null. */
  private readonly words = new Map<string, WordMatch | null>();

  constructor(
    private readonly doc: Document,
    private readonly data: RecognitionData,
  ) {
    // The page's words are kept as it is read (while it loads, a step at a time), and scored once the data is in.
    this.scores = new PageScores(this.isMedicalWord, this.isMedicalPagesWord, this.pageWords);
    this.reader = new PageText(doc, PAGE_CHARS, (text) => {
      this.scores?.add(text);
      addWordCounts(this.wordCounts, text);
    });
  }

  /** The long form a short form stands for on this page, or undefined. */
  definition(short: string): string | undefined {
    return this.definitions.get(short);
  }

  /** The entry id a one-word name is the base of (MatchIndex.bases), or undefined. */
  private baseOf(word: string): string | undefined {
    if (!this.bases) {
      const names = this.data.names();
      this.bases = baseLookup(this.data.index().bases, (name) => names.wordValue(name));
    }
    return this.bases(word);
  }

  private lookupBase: LookupName = (name) => {
    const id = this.baseOf(name);
    if (id === undefined) return undefined;
    return this.isMedicalPagesEntry(id) ? { id, term: name, medicalPagesOnly: true } : { id, term: name };
  };

  private isMedicalPagesEntry(id: string): boolean {
    this.medicalPagesOnly ??= new Set(this.data.index().medicalPages);
    return this.medicalPagesOnly.has(id);
  }

  /**
   * Whether the page is medical (read once per document, so once per frame): the dictionary's
   * entries marked "medical-pages" are highlighted only where it is.
   */
  isMedicalPage(): boolean {
    this.pageScore();
    return this.firmScore >= MEDICAL_PAGE_SCORE;
  }

  /** A name (or the plural of one) of an entry highlighted on medical pages only. */
  private isMedicalPagesWord = (word: string): boolean => {
    const found =
      this.baseOf(word) ??
      (word.endsWith('s')
        ? (this.baseOf(word.slice(0, -1)) ?? this.baseOf(word.slice(0, -2)) ?? this.baseOf(`${word.slice(0, -3)}y`))
        : undefined);
    return found !== undefined && this.isMedicalPagesEntry(found);
  };

  /**
   * A single-word name of the dictionary, everyday ones included. The bases are asked where they
   * are kept (mostly the trie): one Set of both kept a second hash table of thousands of names in every page.
   */
  private isName(word: string): boolean {
    this.otherNames ??= new Set(this.data.index().medicalWords);
    return this.baseOf(word) !== undefined || this.otherNames.has(word);
  }

  /** A name of the dictionary, everyday ones included, or its plural: evidence of a medical page. */
  isMedicalWord = (word: string): boolean => {
    if (this.isName(word)) return true;
    if (word.length < 4 || !word.endsWith('s')) return false;
    // A plural, unless of a brand or an eponym ("allies" says nothing of the brand Alli).
    this.capitalized ??= new Set(this.data.index().capitalized);
    const plural = (singular: string) => this.isName(singular) && !this.capitalized!.has(singular);
    return (
      plural(word.slice(0, -1)) ||
      (word.endsWith('es') && plural(word.slice(0, -2))) ||
      (word.endsWith('ies') && plural(`${word.slice(0, -3)}y`))
    );
  };

  /** Any word MedGloss can explain: a name, a derived word, a word read from its parts. */
  private explainable = (word: string): boolean => this.isMedicalWord(word) || this.wordMatch(word) !== null;

  private splitter(): WordParts {
    if (!this.parts) {
      const { parts, everyday } = this.data.wordParts();
      this.parts = new WordParts(parts, new Set(everyday));
    }
    return this.parts;
  }

  /** How medical the page is, read once from its text; its definitions are collected at the same time. */
  private pageScore(): number {
    while (this.readPage(true) !== 'done');
    return this.score!;
  }

  /**
   * One step of reading the page's text (scored only later, in readPage). It needs none of the
   * dictionary's data, so the content script reads the page while that data is still on its way
   * from storage (PageHighlighting.readAhead). `whole`: to the end now, even while the page loads.
   */
  readText(whole: boolean): Step {
    if (this.textRead) return 'done';
    const read = this.reader!.read(whole ? Infinity : READ_STEP_MS, whole);
    if (read === 'wait') return 'wait';
    if (read === 'more') return 'did';
    this.pageText = read;
    this.textRead = true;
    // The same counts ranking an abbreviation's meanings asks for (page-context.ts): not counted twice.
    notePageWords(this.doc, this.wordCounts);
    return 'did';
  }

  /**
   * One step of reading the page: its text (its words kept as it is read), then its score, then
   * its definitions. `whole`: the text is read to the end now, even while the page loads.
   */
  private readPage(whole: boolean): Step {
    if (!this.textRead) return this.readText(whole);
    if (this.score === undefined) {
      const { score, firmScore } = this.scores!.result();
      this.score = score;
      this.firmScore = firmScore;
      this.scores = undefined;
      this.reader = undefined;
    } else if (this.pageText !== undefined) {
      const text = this.pageText;
      this.pageText = undefined;
      this.addDefinitions(text);
    } else return 'done';
    return 'did';
  }

  /**
   * One step of the setup that the first `find` would otherwise do all at once. Together the
   * steps take 40 to 90 ms of CPU on a big page (cold code: parsing the lists, reading and
   * judging the page's text), which made the first slice a long task: they go one per task.
   * While the page loads (`loading`), the page is read as far as the parser has gone ('wait':
   * nothing to do until it goes on).
   */
  prepare(loading: boolean): Step {
    // The index itself was parsed in an earlier step (PageHighlighting.prepare).
    if (!this.capitalized) {
      this.capitalized = new Set(this.data.index().capitalized);
      this.medicalPagesOnly ??= new Set(this.data.index().medicalPages);
    } else if (!this.parts) this.splitter();
    else {
      const read = this.readPage(!loading);
      if (read !== 'done') return read;
      if (this.score! < MEDICAL_PAGE_SCORE || this.diseases) return 'done';
      this.diseases = this.data.diseaseMatcher();
    }
    return 'did';
  }

  private addDefinitions(text: string): void {
    let added = false;
    for (const { short, long } of findPageAbbreviations(text)) {
      // The first definition decides, as a reader reads it, even when it leaves the entry standing.
      if (this.decided.has(short)) continue;
      this.decided.add(short);
      // On a medical page every definition is the page's jargon ("bioelectrical impedance analysis
      // (BIA)"); elsewhere only one that says something medical ("New York (NY)" stays plain).
      if ((this.score ?? 0) < MEDICAL_PAGE_SCORE && !isMedicalDefinition(long, this.explainable)) continue;
      // The dictionary already says the same (its entry, or one of its meanings: "OMS" on a page
      // about opsoclonus-myoclonus syndrome): its own entry is highlighted, as on any page.
      const [named] = this.data.dictionary().find(short);
      const [longMatch] = this.data.dictionary().find(long);
      const longId = longMatch && longMatch.end - longMatch.start === long.length ? longMatch.id : undefined;
      const meanings = named && this.data.index().meanings[named.id];
      const same =
        named &&
        (longId === named.id ||
          meanings?.includes(long.toLowerCase()) ||
          (longId !== undefined && meanings?.includes(longId)));
      if (same) continue;
      this.definitions.set(short, long);
      added = true;
    }
    if (added) {
      this.pageMatcher = new Matcher(
        Matcher.build([...this.definitions.keys()].map((short) => [short, `${KIND_PREFIX.page}${short}`, 'p'])),
      );
    }
  }

  /** The derived or word-parts match of one word (cached), or null. */
  private wordMatch(lower: string): WordMatch | null {
    let found = this.words.get(lower);
    if (found !== undefined) return found;
    found = null;
    const derivation = lower.length >= MIN_DERIVED ? derive(lower, this.lookupBase) : undefined;
    if (derivation)
      found = {
        id: `${KIND_PREFIX.derived}${lower}`,
        kind: 'derived',
        medicalPagesOnly: derivation.medicalPagesOnly,
        firm: this.isMedicalPagesEntry(derivation.entryId),
      };
    else if (lower.length >= MIN_PARTS && this.splitter().split(lower))
      found = { id: `${KIND_PREFIX['word-parts']}${lower}`, kind: 'word-parts' };
    this.words.set(lower, found);
    return found;
  }

  /** Derived words and words read from their parts, among the words no other match covers exactly. */
  private wordMatches(text: string, taken: Match[], medicalPage: boolean): Match[] {
    const found: Match[] = [];
    for (const token of text.matchAll(TOKEN)) {
      const word = token[0];
      if (word.length < MIN_DERIVED) continue;
      const start = token.index;
      const end = start + word.length;
      if (taken.some((m) => m.start <= start && m.end >= end)) continue;
      // Two capitals: an abbreviation or a name ("McDonald"), never derived nor split.
      if (TWO_CAPITALS.test(word)) continue;
      const hit = this.wordMatch(word.toLowerCase());
      if (!hit || (hit.medicalPagesOnly && !(hit.firm ? this.isMedicalPage() : medicalPage))) continue;
      found.push({ start, end, id: hit.id, kind: hit.kind });
    }
    return found;
  }

  private diseaseMatches(text: string): Match[] {
    this.diseases ??= this.data.diseaseMatcher();
    return this.diseases
      .find(text)
      .map((m) => ({ ...m, id: `${KIND_PREFIX.disease}${m.id}`, kind: 'disease' as const }));
  }

  /** Is this match medical where it stands (precision rules)? Own terms always are. */
  private isMedicalHere(text: string, m: Match, score: number, verdicts: Map<string, boolean>): boolean {
    if (m.kind === 'own') return true;
    const written = text.slice(m.start, m.end);
    this.capitalized ??= new Set(this.data.index().capitalized);
    const nameHasCapitals =
      m.kind === 'page' || isCaseSensitive(written) || this.capitalized.has(written.toLowerCase());
    if (m.kind === undefined && this.isPluralOfBrand(written)) return false;
    const occurrence = occurrenceAt(text, m.start, m.end, nameHasCapitals);
    // The verdict reads only the occurrence and its bounded context: a text repeating one term
    // ("PT PT PT ...", 60,000 times) is judged once per distinct context, not once per match.
    const key = `${m.kind ?? ''}\u0000${m.id}\u0000${occurrence.before}\u0000${written}\u0000${occurrence.after}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) verdicts.set(key, (verdict = this.judge(m, written, occurrence, score)));
    return verdict;
  }

  private judge(m: Match, written: string, occurrence: Occurrence, score: number): boolean {
    const verdict = judgeOccurrence(occurrence, score, this.isMedicalWord);
    // An abbreviation with meanings of its own is weighed by its cue words instead (PageHighlighting).
    const weighedByCues =
      m.kind === undefined && (this.medicalCueNear(m.id, occurrence) || this.pageNamesMeaning(m.id));
    if (!verdict.medical && !(verdict.reason === 'general-abbreviation' && weighedByCues)) return false;
    // A medical-pages entry ("progressive", "fasting") reaches here only on a medical page; on
    // one that is only just medical (a news story about a hospital) its block must say so too.
    if (m.kind === undefined && this.firmScore < CLEARLY_MEDICAL_PAGE_SCORE && this.isMedicalPagesEntry(m.id))
      return this.medicalNear(occurrence);
    return score >= MEDICAL_PAGE_SCORE || !this.isPlainName(written) || this.medicalNear(occurrence);
  }

  /**
   * A name the dictionary writes with a capital (a brand, an eponym), here in lower case with a
   * plural ending it does not have: "allies" is not the brand Alli, "mercks" no Merck.
   */
  private isPluralOfBrand(written: string): boolean {
    const lower = written.toLowerCase();
    if (!/^\p{Ll}+$/u.test(written) || this.capitalized!.has(lower)) return false;
    const singulars = [lower.replace(/s$/u, ''), lower.replace(/es$/u, ''), lower.replace(/ies$/u, 'y')];
    return singulars.some((singular) => singular !== lower && this.capitalized!.has(singular));
  }

  /** An abbreviation with several meanings, a cue word of a medical one beside it ("median OS ... survival"). */
  private medicalCueNear(id: string, { before, after }: { before: string; after: string }): boolean {
    const senses = this.data.index().ambiguous[id];
    if (!senses) return false;
    const near = new Set(`${before} ${after}`.toLowerCase().match(/\p{L}+/gu) ?? []);
    return senses.cues.some((cues, i) => !senses.general[i] && cues.some((cue) => near.has(cue.toLowerCase())));
  }

  /**
   * The page uses a distinctive word of one of the abbreviation's medical meanings: "OMS" on a
   * page that says "opsoclonus" points to opsoclonus-myoclonus syndrome.
   */
  private pageNamesMeaning(id: string): boolean {
    return !!this.data.index().meaningWords[id]?.some((word) => this.pageWords.has(word));
  }

  /** A name in plain English words ("pink eye"), written as the page writes it, singular or plural. */
  private isPlainName(written: string): boolean {
    this.plainNames ??= new Set(this.data.index().plainNames ?? []);
    const name = written.toLowerCase().replace(/[\s\u2010-\u2013-]+/gu, ' ');
    const plain = (n: string) => this.plainNames!.has(n) || this.plainNames!.has(n.replace(' ', '-'));
    return plain(name) || plain(name.replace(/s$/u, '')) || plain(name.replace(/es$/u, ''));
  }

  /** A medical word within a few words either side: "her pink eyes" in a story has none. */
  private medicalNear({ before, after }: { before: string; after: string }): boolean {
    const words = [
      ...(before.match(/\p{L}+/gu) ?? []).slice(-NEAR_WORDS),
      ...(after.match(/\p{L}+/gu) ?? []).slice(0, NEAR_WORDS),
    ];
    return words.some((word) => word.length > 3 && this.isMedicalWord(word.toLowerCase()));
  }

  /**
   * Every match in one text node's text: the dictionary's (`entries`), the reader's own (`own`),
   * and the layers', each judged where it stands, overlaps resolved (layers/overlaps.ts).
   */
  find(text: string, entries: Match[], own: Match[]): Match[] {
    const score = this.pageScore();
    // New content (a single-page app) may define more abbreviations.
    if (MAY_DEFINE.test(text)) this.addDefinitions(text);
    const page = this.definitions.size ? this.pageMatcher.find(text).map((m) => ({ ...m, kind: 'page' as const })) : [];
    const medicalPage = score >= MEDICAL_PAGE_SCORE;
    const diseases = medicalPage ? this.diseaseMatches(text) : [];
    const named = [...own.map((m) => ({ ...m, kind: 'own' as const })), ...page, ...entries, ...diseases];
    const words = this.wordMatches(text, named, medicalPage);
    const verdicts = new Map<string, boolean>();
    const all = [...named, ...words].filter((m) => this.isMedicalHere(text, m, score, verdicts));
    return resolveOverlaps(all);
  }
}
