/**
 * Build step: curated entries + the WordNet broad layer -> two compact indexes.
 * - the match index: only the names that may be highlighted, for the content script (runs on every page);
 * - the full dictionary: everything a card or a lookup needs, for the background and the popup.
 */
import type { Category, Entry, Sense } from './schema';
import { CATEGORIES, aliasKey } from './schema';
import { Matcher, type TrieData } from './matcher';
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
}

export interface CompiledDictionary {
  entries: CompiledEntry[];
}

/** For each entry that may be highlighted: its id, category and the names to highlight it by. */
export type Highlightable = [id: string, category: Category, names: string[]];

/** An ambiguous abbreviation's meanings as the content script weighs them: cue words, and which are outside medicine. */
export interface AmbiguousTerm {
  cues: string[][];
  general: boolean[];
}

/** What the content script gets: the names to highlight, as a ready-made trie (see dictionary/matcher.ts). */
export interface MatchIndex {
  trie: TrieData;
  /** Abbreviations with a meaning outside medicine, by entry id. */
  ambiguous: Record<string, AmbiguousTerm>;
}

/** One character per category, stored with each name in the trie, so categories can be hidden. */
export function categoryCode(category: Category): string {
  return String(CATEGORIES.indexOf(category));
}

export function buildMatchIndex(highlightable: Highlightable[], curated: Entry[] = []): MatchIndex {
  const rows = highlightable.flatMap(([id, category, names]) =>
    names.map((name): [string, string, string] => [name, id, categoryCode(category)]),
  );
  const ambiguous: Record<string, AmbiguousTerm> = {};
  for (const entry of curated)
    if (entry.senses?.some((sense) => sense.general))
      ambiguous[entry.id] = {
        cues: entry.senses.map((sense) => sense.cues),
        general: entry.senses.map((sense) => sense.general === true),
      };
  return { trie: Matcher.build(rows), ambiguous };
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
    if (entry.highlight !== false) highlighted.push([entry.id, entry.category, names]);
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
