/**
 * Build step: curated entries + the WordNet broad layer -> two compact indexes.
 * - the match index: only the names that may be highlighted, for the content script (runs on every page);
 * - the full dictionary: everything a card or a lookup needs, for the background and the popup.
 */
import type { Category, Entry, Sense } from './schema';
import { aliasKey } from './schema';

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
  reviewed: boolean;
  broad?: true;
}

export interface CompiledDictionary {
  entries: CompiledEntry[];
}

/** Name -> entry id; names of each entry first, so one entry's names stay together. */
export interface MatchIndex {
  names: [name: string, id: string][];
}

export interface BroadInput {
  id: string;
  term: string;
  aliases: string[];
  category: Category;
  definition: string;
  highlightNames: string[];
}

export interface Compiled {
  dictionary: CompiledDictionary;
  matchIndex: MatchIndex;
}

export function compileDictionary(curated: Entry[], broad: BroadInput[] = []): Compiled {
  const entries: CompiledEntry[] = [];
  const names: [string, string][] = [];
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
      reviewed: Boolean(entry.reviewedBy),
    });
    for (const name of [entry.term, ...(entry.aliases ?? [])]) {
      taken.add(aliasKey(name));
      if (entry.highlight !== false) names.push([name, entry.id]);
    }
  }
  // The broad layer only fills gaps: a name that a curated entry owns stays with the curated entry.
  for (const term of broad) {
    const own = [term.term, ...term.aliases].filter((name) => !taken.has(aliasKey(name)));
    if (own.length === 0) continue;
    entries.push({
      id: term.id,
      term: own.includes(term.term) ? term.term : own[0],
      aliases: own.filter((n) => n !== term.term),
      category: term.category,
      explanation: term.definition,
      related: [],
      source: 'WordNet 3.1 (Princeton University)',
      reviewed: false,
      broad: true,
    });
    for (const name of term.highlightNames) {
      const key = aliasKey(name);
      if (taken.has(key)) continue;
      taken.add(key);
      names.push([name, term.id]);
    }
    for (const name of own) taken.add(aliasKey(name));
  }
  return { dictionary: { entries }, matchIndex: { names } };
}
