/**
 * Build step: curated entries + the WordNet broad layer -> two compact indexes.
 * - the match index: only the names that may be highlighted, for the content script (runs on every page);
 * - the full dictionary: everything a card or a lookup needs, for the background and the popup.
 */
import type { Category, Entry, Sense } from './schema';
import { CATEGORIES, MEDICAL_PAGES, aliasKey, isCaseSensitive } from './schema';
import { Matcher, type AnyTrie } from './matcher';
import type { BroadTerm } from './wordnet/broad-term';

/** What a card needs to show one entry. Broad-layer terms carry `broad: true` and a WordNet definition. */
export interface CompiledEntry {
  id: string;
  term: string;
  aliases: string[];
  category: Category;
  explanation?: string;
  detail?: string;
  related: string[];
  senses?: Sense[];
  source: string;
  /** The first source's public page: the card links to it (opened by the reader, never loaded). */
  sourceUrl?: string;
  reviewed: boolean;
  broad?: true;
  /** One of the reader's own terms. */
  user?: true;
  /** For an own term: the dictionary's entry of the same name, shown below the reader's text. */
  dictionaryEntry?: string;
  /** How to say it, respelled ("op-so-KLO-nus"); curated entries only. */
  pronunciation?: string;
  /** More names lookup finds this entry by, not shown as "Also called" (dated WordNet synonyms). */
  lookupNames?: string[];
  /** A term no entry lists, recognized by a layer (dictionary/recognized.ts): how. */
  kind?: 'page' | 'derived' | 'disease' | 'word-parts';
  /** A recognized term's first line: "Rheumatologist: a doctor who specializes in rheumatology:". */
  lead?: string;
  /** Where a recognized term's card comes from, in words: "Derived from rheumatology". */
  basis?: string;
  /** A word read from its parts: each part and its meaning. */
  parts?: { text: string; part: string; meaning: string }[];
}

export interface CompiledDictionary {
  entries: CompiledEntry[];
}

/**
 * For each entry that may be highlighted: its id, category and the names to highlight it by, and
 * `true` last when it is highlighted on medical pages only (schema.ts: HighlightMode).
 */
export type Highlightable = [id: string, category: Category, names: string[], medicalPagesOnly?: true];

/** An ambiguous abbreviation's meanings as the content script weighs them: cue words, and which are outside medicine. */
export interface AmbiguousTerm {
  cues: string[][];
  general: boolean[];
}

/** What the content script gets: the names to highlight, as a ready-made trie (see dictionary/matcher.ts). */
export interface MatchIndex {
  /** Objects at build time; packed in the content script's bundle (vite-plugin.ts). */
  trie: AnyTrie;
  /** Abbreviations with several meanings (some of them outside medicine), by entry id. */
  ambiguous: Record<string, AmbiguousTerm>;
  /**
   * For each entry with several meanings: each meaning (lower case) and the ids of the entries
   * that explain them. A page that defines the abbreviation as one of these keeps the entry.
   */
  meanings: Record<string, string[]>;
  /**
   * For each entry with several meanings: the distinctive words of its medical meanings (lower
   * case, six letters or more, names the dictionary has, not "syndrome" or "disease"). A page
   * that uses one points to a medical sense: "OMS" on a page that says "opsoclonus".
   */
  meaningWords: Record<string, string[]>;
  /**
   * The bases of derived words (layers/derivations.ts): single-word names of reviewed entries that
   * may be highlighted, not abbreviations, lower case -> entry id. The background reads the same
   * map, so a word derived on the page always opens a card. A page gets it packed: read from the
   * trie where that gives the same id (packed-bases.ts).
   */
  bases: Record<string, string>;
  /**
   * Entries highlighted on medical pages only (highlight: "medical-pages"): their names carry
   * medicalPagesCode(category) in the trie, which the content script hides on other pages, and
   * the words derived from them ("sporadically") count on medical pages only.
   */
  medicalPages: string[];
  /**
   * Other single words the dictionary names (everyday names it does not highlight: "stroke",
   * "fatigue"), lower case: evidence that a page is medical, never highlighted.
   */
  medicalWords: string[];
  /** Single-word names the dictionary writes with a capital (eponyms, brands), lower case: capitals say nothing there. */
  capitalized: string[];
  /**
   * Two-word names made of common English words ("pink eye", "flat feet"), lower case: plain
   * English a reader knows, and on a page that is not about medicine usually meant plainly
   * ("her pink eyes" in a story). Filled by the build from a word-frequency list (load.ts).
   */
  plainNames?: string[];
}

const SINGLE_WORD = /^[\p{L}-]+$/u;
/** Words in many meanings' names, which say nothing about which one a page means. */
const GENERIC_MEANING_WORDS = new Set([
  'syndrome',
  'disease',
  'disorder',
  'condition',
  'surgery',
  'therapy',
  'treatment',
]);

/** The words of `curated` that the content script's layers read (see MatchIndex). */
function wordLists(curated: Entry[]): Pick<MatchIndex, 'bases' | 'medicalWords' | 'capitalized'> {
  const bases: Record<string, string> = {};
  const other = new Set<string>();
  const capitalized = new Set<string>();
  for (const entry of curated)
    for (const name of [entry.term, ...(entry.aliases ?? [])]) {
      if (!SINGLE_WORD.test(name) || isCaseSensitive(name)) continue;
      const lower = name.toLowerCase();
      if (/\p{Lu}/u.test(name)) capitalized.add(lower);
      // An entry highlighted on medical pages only lends derivations too, for medical pages only
      // (MatchIndex.medicalPages); the background composes their cards from the same map.
      const base = entry.highlight !== false && entry.category !== 'abbreviation' && Boolean(entry.reviewedBy);
      if (base && !(lower in bases)) bases[lower] = entry.id;
      else other.add(lower);
    }
  return { bases, medicalWords: [...other].filter((w) => !(w in bases)), capitalized: [...capitalized] };
}

/** One character per category, stored with each name in the trie, so categories can be hidden. */
export function categoryCode(category: Category): string {
  return String(CATEGORIES.indexOf(category));
}

/**
 * The code of a category's names that are highlighted on medical pages only: a letter instead of
 * a digit, so a page that is not medical hides them with the same switch as a category, and the
 * matcher's longest-match rule falls back to a shorter name that is highlighted everywhere.
 */
export function medicalPagesCode(category: Category): string {
  return String.fromCharCode(0x41 + CATEGORIES.indexOf(category));
}

/** Every medicalPagesCode: what a page that is not medical hides. */
export const MEDICAL_PAGES_CODES: readonly string[] = CATEGORIES.map(medicalPagesCode);

export function buildMatchIndex(highlightable: Highlightable[], curated: Entry[] = []): MatchIndex {
  const rows = highlightable.flatMap(([id, category, names, medicalPagesOnly]) =>
    names.map((name): [string, string, string] => [
      name,
      id,
      medicalPagesOnly ? medicalPagesCode(category) : categoryCode(category),
    ]),
  );
  const medicalPages = highlightable.filter(([, , , medicalPagesOnly]) => medicalPagesOnly).map(([id]) => id);
  const ambiguous: Record<string, AmbiguousTerm> = {};
  // Every abbreviation with several meanings: its cue words also tell a short abbreviation on a
  // page that is not about medicine that it is jargon here ("12 PD on scans" beside "stable").
  for (const entry of curated)
    if (entry.senses?.length)
      ambiguous[entry.id] = {
        cues: entry.senses.map((sense) => sense.cues),
        general: entry.senses.map((sense) => sense.general === true),
      };
  const meanings: Record<string, string[]> = {};
  for (const entry of curated)
    if (entry.senses)
      meanings[entry.id] = entry.senses.flatMap((sense) => [
        sense.meaning.toLowerCase(),
        ...(sense.entry ? [sense.entry] : []),
      ]);
  const words = wordLists(curated);
  // Only words the dictionary names: "multiple" (of multiple sclerosis) is on every kind of page.
  const named = new Set([...Object.keys(words.bases), ...words.medicalWords]);
  const meaningWords: Record<string, string[]> = {};
  for (const entry of curated)
    if (entry.senses)
      meaningWords[entry.id] = [
        ...new Set(
          entry.senses
            .filter((sense) => !sense.general)
            .flatMap((sense) => sense.meaning.toLowerCase().match(/\p{L}+/gu) ?? [])
            .filter((word) => word.length >= 6 && !GENERIC_MEANING_WORDS.has(word) && named.has(word)),
        ),
      ];
  return { trie: Matcher.build(rows), ambiguous, meanings, meaningWords, medicalPages, ...words };
}

/**
 * Dated or offensive words that WordNet still uses for conditions ("mental retardation",
 * "gargoylism", "amaurotic idiocy"): a term whose names or gloss use one is left out of lookup.
 */
const OFFENSIVE =
  /\b(?:retard\w*|idio(?:cy|t\w*)|imbecil\w*|moron\w*|cretin\w*|mongol(?:ism|oid)\w*|gargoyl\w*|lunatic\w*|lunacy|insanity|madness|spastic|cripple\w*|hermaphrodit\w*|feeble-?minded\w*|hysteria|mania a potu|dementia praecox)\b/i;

function isOffensive(term: BroadTerm): boolean {
  return [term.term, ...term.aliases, term.definition].some((text) => OFFENSIVE.test(text));
}

export interface Compiled {
  dictionary: CompiledDictionary;
  highlightable: Highlightable[];
  matchIndex: MatchIndex;
}

export function compileDictionary(curated: Entry[], broad: BroadTerm[] = []): Compiled {
  const entries: CompiledEntry[] = [];
  const highlighted: Highlightable[] = [];
  const taken = new Set<string>();
  for (const entry of curated) {
    entries.push({
      id: entry.id,
      term: entry.term,
      aliases: entry.aliases ?? [],
      category: entry.category,
      explanation: entry.explanation,
      detail: entry.detail,
      related: entry.related ?? [],
      senses: entry.senses,
      source: entry.source,
      ...(entry.sourceUrl ? { sourceUrl: entry.sourceUrl } : {}),
      reviewed: Boolean(entry.reviewedBy),
      pronunciation: entry.pronunciation,
    });
    const names = [entry.term, ...(entry.aliases ?? [])];
    for (const name of names) taken.add(aliasKey(name));
    if (entry.highlight === MEDICAL_PAGES) highlighted.push([entry.id, entry.category, names, true]);
    else if (entry.highlight !== false) highlighted.push([entry.id, entry.category, names]);
  }
  // The broad layer only fills gaps. A WordNet synset that shares a name with a curated entry is
  // the same concept: the curated explanation wins, and the synset's other names (some of them
  // dated, like "mongolism" for Down syndrome) only lead lookup to it, never onto a card.
  const curatedByName = new Map(curated.flatMap((e) => [e.term, ...(e.aliases ?? [])].map((n) => [aliasKey(n), e.id])));
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const term of broad) {
    const names = [term.term, ...term.aliases];
    const own = names.filter((name) => !taken.has(aliasKey(name)));
    const sameConcept = names.map((name) => curatedByName.get(aliasKey(name))).find(Boolean);
    if (sameConcept) {
      const entry = byId.get(sameConcept)!;
      entry.lookupNames = [...(entry.lookupNames ?? []), ...own];
      for (const name of own) taken.add(aliasKey(name));
      continue;
    }
    // A medicine is where an unreviewed gloss hurts most; dated or offensive words are never shown.
    if (own.length === 0 || term.category === 'medicine' || isOffensive(term)) continue;
    entries.push({
      id: term.id,
      term: own.includes(term.term) ? term.term : own[0],
      aliases: own.filter((n) => n !== term.term),
      category: term.category,
      explanation: term.definition,
      related: [],
      source: 'WordNet 3.1 (Princeton University): general English dictionary, not checked for medical accuracy',
      reviewed: false,
      broad: true,
    });
    // WordNet is never highlighted: a highlight promises a reviewed explanation.
    for (const name of own) taken.add(aliasKey(name));
  }
  return { dictionary: { entries }, highlightable: highlighted, matchIndex: buildMatchIndex(highlighted, curated) };
}
