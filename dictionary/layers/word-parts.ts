/**
 * Pure: reading a word that no dictionary lists from the medical word parts it is built of,
 * "nephroblastoma" = nephr(o)- kidney + -blast young cell + -oma tumor. A word is split only
 * when every letter belongs to a known part (with the connecting vowels o and i between them),
 * so "hydrant" (hydr- + "ant") and "blastoff" ("-blast" + "off") are never read as medicine.
 */

export type PartKind = 'prefix' | 'root' | 'suffix';

/** One reviewed row of dictionary/data/word-parts.json. */
export interface WordPart {
  /** As a reader sees it in a list: "nephr-", "-oma". */
  part: string;
  kind: PartKind;
  /** The spellings the part takes inside words, without hyphens: ["hem", "hemat", "haem"]. */
  forms: string[];
  /** Plain meaning a 12-year-old follows: "kidney". */
  meaning: string;
  /** A reference a reviewer can find the meaning in. */
  source: string;
  /** The part also builds many ordinary words (micro-, -graphy, -meter): it cannot carry a word alone. */
  general?: boolean;
  /** A suffix that may stand inside a word too: "-blast" in nephroblastoma. */
  middle?: boolean;
  /**
   * A suffix that may follow a prefix directly ("hyper-" + "-emia", "a-" + "-trophy"). Other
   * suffixes need a root before them: "a-" + "-pathy" would read "apathy" as "without disease".
   */
  afterPrefix?: boolean;
  /**
   * A suffix that only closes a word of two parts or more: "intra" + "crani" + "-al",
   * "cardio" + "vascul" + "-ar". After a single root it would read ordinary words as medicine
   * ("menial", "visceral" in a novel).
   */
  closesCompound?: boolean;
}

/** One piece of a split word: the letters as written, and the part they stand for. */
export interface WordPiece {
  /** The letters of the word, with the connecting vowel that follows them: "nephro". */
  text: string;
  part: WordPart;
}

const CONNECTING_VOWELS = ['o', 'i'];
const MIN_WORD = 6;

interface Step {
  form: string;
  part: WordPart;
}

export class WordParts {
  private readonly byFirstLetter = new Map<string, Step[]>();

  /**
   * `everyday`: words a reader already knows that would split anyway ("therapy", "pathology");
   * the build derives it from the SUBTLEX top 20,000 (dictionary/data/word-parts-everyday.json).
   */
  constructor(
    parts: readonly WordPart[],
    private readonly everyday: ReadonlySet<string> = new Set(),
  ) {
    for (const part of parts)
      for (const form of part.forms) {
        const list = this.byFirstLetter.get(form[0]) ?? [];
        list.push({ form, part });
        this.byFirstLetter.set(form[0], list);
      }
    // Longer forms first: "hemat" before "hem", so the first split found is the natural one.
    for (const list of this.byFirstLetter.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /** The word as a full sequence of known parts, or undefined. */
  split(word: string): WordPiece[] | undefined {
    const lower = word.toLowerCase();
    if (lower.length < MIN_WORD || !/^\p{Ll}+$/u.test(lower) || this.everyday.has(lower)) return undefined;
    const pieces = this.from(lower, 0, false, true, 0);
    if (!pieces || pieces.length < 2) return undefined;
    // At least one part that is medical on its own: "micrometer" or "lithography" are not jargon.
    return pieces.some(({ part }) => !part.general) ? pieces : undefined;
  }

  /** Depth-first, longest form first; words are short, so this stays tiny. */
  private from(
    word: string,
    at: number,
    afterPrefix: boolean,
    prefixAllowed: boolean,
    before: number,
  ): WordPiece[] | undefined {
    for (const { form, part } of this.byFirstLetter.get(word[at]) ?? []) {
      if (!word.startsWith(form, at)) continue;
      if (part.kind === 'prefix' && !prefixAllowed) continue;
      if (part.kind === 'suffix' && afterPrefix && !part.afterPrefix) continue;
      if (part.closesCompound && before < 2) continue;
      const end = at + form.length;
      if (part.kind === 'suffix' && (end === word.length || (end === word.length - 1 && word[end] === 's')))
        return [{ text: word.slice(at), part }];
      if (part.kind === 'suffix' && !part.middle) continue;
      if (end >= word.length) continue;
      // A two-letter root (my-, ot-, ur-) only counts with its vowel: "myocarditis", never "myopia".
      const vowels = form.length <= 2 && part.kind === 'root' ? CONNECTING_VOWELS : ['', ...CONNECTING_VOWELS];
      for (const vowel of vowels) {
        if (!word.startsWith(vowel, end)) continue;
        // After "a-" or "an-" no other prefix: "an" + "a" + "-lytic" is not how "analytic" was made.
        const isPrefix = part.kind === 'prefix';
        const rest = this.from(word, end + vowel.length, isPrefix, isPrefix && form.length > 2, before + 1);
        if (rest) return [{ text: word.slice(at, end + vowel.length), part }, ...rest];
      }
    }
    return undefined;
  }
}

/** The card's plain line under the parts: the meaning is read from them, not from a reviewed entry. */
export const WORD_PARTS_NOTE = 'Meaning read from the word’s parts; this word has no entry of its own.';

/** "nephro- (kidney) + blast (young, immature cell) + oma (a tumor, a lump)". */
export function describePieces(pieces: readonly WordPiece[]): string {
  return pieces.map(({ text, part }) => `${text} (${part.meaning})`).join(' + ');
}
