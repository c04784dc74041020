/**
 * Pure: whether a name the matcher found is medical where it stands. The matcher only knows
 * letters; ordinary pages are full of look-alikes: a spacecraft "Progress MS-04", "HDL" in a
 * chip-design blog, a reporter named Alexia. Each rule reads only what a careful reader would:
 * the characters around the occurrence, its capitals, and how medical the page is overall.
 */

/** One occurrence of a matched name, with the text of its block around it. */
export interface Occurrence {
  /** The matched text as the page writes it: "MS", "Alexia". */
  text: string;
  /** Text of the same block before it (a few dozen characters are enough). */
  before: string;
  /** Text of the same block after it. */
  after: string;
  /** The dictionary writes the name with a capital (an eponym, an abbreviation): capitals then say nothing. */
  nameHasCapitals: boolean;
}

export type Refusal = 'code' | 'person' | 'proper-noun' | 'general-abbreviation';
export type Verdict = { medical: true } | { medical: false; reason: Refusal };

/** Does a lower-case word belong to the dictionary (or a derivation of it)? Supplied by the caller. */
export type IsMedicalWord = (word: string) => boolean;

/**
 * Distinct medical words per 1,000 words at or above which a page is medical. A health article
 * scores 20 to 60; a tech blog or a news story that mentions one disease stays under 5.
 */
export const MEDICAL_PAGE_SCORE = 8;
/** Short texts count as this many words, so one medical word in a caption does not make a medical page. */
const MIN_PAGE_WORDS = 200;
/** Abbreviations this short nearly always mean something outside medicine too (HDL, MS, ED, PT, OR). */
const SHORT_ABBREVIATION = 5;
/** How many words either side may point to a medical sense: "HDL cholesterol", "patients with MS". */
const NEAR_WORDS = 6;

/**
 * On a medical page, a capitalized word this long or longer that the dictionary writes in lower
 * case is a term starting a list item or a label ("… 90% Nephroblastoma 90% …", "Stiff neck
 * Photophobia"), not a name: the names the rules are for are short (Alexia, Amelia, Colon).
 */
const LONG_TERM = 9;

const WORDS = /\p{L}+/gu;
const TITLES = /\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Dame|Lady|Lord|St)\.?\s+$/u;
const SENTENCE_START = /(?:^|[.!?:;\u2022\n]\s*|["“(]\s*)$/u;

function isAbbreviation(text: string): boolean {
  return (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{3}/u.test(text);
}

/** Distinct medical words per 1,000 words of the page's text; abbreviations do not count (they are what is in doubt). */
export function pageMedicalScore(text: string, isMedicalWord: IsMedicalWord): number {
  return pageMedicalScores(text, isMedicalWord, () => false).score;
}

/**
 * The page's score, and its score without the words `inDoubt` (the names highlighted on medical
 * pages only: "bilateral", "sporadic", "progressive" cannot be the evidence that the page is
 * medical enough to highlight them; a sports page saying "bilateral talks" and "sporadic rain"
 * would vouch for itself). One pass over the text for both.
 */
export function pageMedicalScores(
  text: string,
  isMedicalWord: IsMedicalWord,
  inDoubt: IsMedicalWord,
): { score: number; firmScore: number } {
  const scores = new PageScores(isMedicalWord, inDoubt);
  scores.add(text);
  return scores.result();
}

/**
 * pageMedicalScores read piece by piece: the content script scores a page's text as it reads it,
 * while the page still loads. Pieces joined by spaces score as the whole text would.
 */
export class PageScores {
  private words = 0;
  /**
   * Each word as written is looked at once: a page repeats its words, and this runs on every page
   * before its first highlight (cold code, 12-15 ms for 100,000 characters when judged each time).
   */
  private readonly seen = new Set<string>();
  /** The distinct words (lower case) that may be medical, judged only by `result`. */
  private readonly candidates = new Set<string>();

  /**
   * `isMedicalWord` and `inDoubt` are asked only by `result`: the page can be read before the
   * dictionary's data is in (it comes from storage while the page loads), and only its distinct
   * words are left to judge once it is.
   */
  constructor(
    private readonly isMedicalWord: IsMedicalWord,
    private readonly inDoubt: IsMedicalWord,
    /** Gets every distinct word, in lower case (the page's words, read in the same pass). */
    private readonly allWords?: Set<string>,
  ) {}

  add(text: string): void {
    const words = text.match(WORDS) ?? [];
    this.words += words.length;
    for (const word of words) {
      if (this.seen.has(word)) continue;
      this.seen.add(word);
      const lower = word.toLowerCase();
      this.allWords?.add(lower);
      // A word in lower case has no capitals, so it is no abbreviation: most words skip that test.
      if (word.length < 4 || (word !== lower && isAbbreviation(word))) continue;
      this.candidates.add(lower);
    }
  }

  result(): { score: number; firmScore: number } {
    let medical = 0;
    let firm = 0;
    for (const word of this.candidates) {
      if (!this.isMedicalWord(word)) continue;
      medical++;
      if (!this.inDoubt(word)) firm++;
    }
    const perThousand = (count: number) => (count * 1000) / Math.max(this.words, MIN_PAGE_WORDS);
    return { score: perThousand(medical), firmScore: perThousand(firm) };
  }
}

/** "MS-04", "HDL-2", "MS-DOS", "X-MS": part of a code or a product name, not a term. */
export function isPartOfCode(occurrence: Occurrence): boolean {
  const { text, before, after } = occurrence;
  if (/^[-\u2010-\u2013]\s?\d/u.test(after) || /\d[-\u2010-\u2013]$/u.test(before)) return true;
  return (
    isAbbreviation(text) && (/^[-\u2010-\u2013]\p{Lu}/u.test(after) || /[\p{L}\p{N}][-\u2010-\u2013]$/u.test(before))
  );
}

/** Most content words capitalized around it: a heading in Title Case, where capitals mean nothing. */
function inTitleCase(before: string, after: string): boolean {
  const content = [...(before.match(WORDS) ?? []).slice(-4), ...(after.match(WORDS) ?? []).slice(0, 4)].filter(
    (word) => word.length > 3,
  );
  const capitalized = content.filter((word) => /^\p{Lu}/u.test(word)).length;
  return content.length >= 2 && capitalized / content.length >= 0.6;
}

/**
 * A capitalized single word the dictionary writes in lower case is a name here: "Alexia Jones",
 * "reporter Alexia", "Dr. Alexia". At a sentence start a capital is no evidence, but a
 * capitalized word right after it ("Alexia Smith") is. In a Title Case heading capitals say
 * nothing at all, so there the page decides: "Anemia Treatment Options" on a health site,
 * "Alexia Putellas Wins Again" on a sports site. On a medical page a long word (LONG_TERM) is the
 * term itself wherever it stands: a list flattened into one line capitalizes every item.
 */
export function isNameOfSomething(
  occurrence: Occurrence,
  pageScore: number,
  isMedicalWord: IsMedicalWord,
): Refusal | undefined {
  const { text, before, after, nameHasCapitals } = occurrence;
  if (nameHasCapitals || !/^\p{Lu}/u.test(text) || /\s/u.test(text) || isAbbreviation(text)) return undefined;
  if (TITLES.test(before)) return 'person';
  if (inTitleCase(before, after)) return pageScore >= MEDICAL_PAGE_SCORE ? undefined : 'proper-noun';
  if (pageScore >= MEDICAL_PAGE_SCORE && text.length >= LONG_TERM) return undefined;
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  if (next && !isMedicalWord(next.toLowerCase())) return 'person';
  return SENTENCE_START.test(before) ? undefined : 'proper-noun';
}

function nearWords(occurrence: Occurrence): string[] {
  const before = (occurrence.before.match(WORDS) ?? []).slice(-NEAR_WORDS);
  const after = (occurrence.after.match(WORDS) ?? []).slice(0, NEAR_WORDS);
  return [...before, ...after].filter((word) => !isAbbreviation(word)).map((word) => word.toLowerCase());
}

/**
 * Whether to highlight this occurrence. A short abbreviation (HDL, MS) is highlighted only where
 * the page points to medicine: a medical page, or a medical word within a few words of it.
 */
export function judgeOccurrence(occurrence: Occurrence, pageScore: number, isMedicalWord: IsMedicalWord): Verdict {
  if (isPartOfCode(occurrence)) return { medical: false, reason: 'code' };
  const name = isNameOfSomething(occurrence, pageScore, isMedicalWord);
  if (name) return { medical: false, reason: name };
  const short = isAbbreviation(occurrence.text) && occurrence.text.length <= SHORT_ABBREVIATION;
  if (short && pageScore < MEDICAL_PAGE_SCORE && !nearWords(occurrence).some(isMedicalWord))
    return { medical: false, reason: 'general-abbreviation' };
  return { medical: true };
}

/** The occurrence at [start, end) of a block's text, with `context` characters either side. */
export function occurrenceAt(
  text: string,
  start: number,
  end: number,
  nameHasCapitals: boolean,
  context = 80,
): Occurrence {
  return {
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - context), start),
    after: text.slice(end, end + context),
    nameHasCapitals,
  };
}
