/**
 * Pure: the popup's lookup index, compiled at build time like the content script's match index.
 * The popup must answer the first keystroke within a few milliseconds, and the full dictionary
 * (every explanation, sense and source: megabytes of JSON) took longer than that to parse alone.
 * The index holds only what the result list ranks and shows: each entry's id, term, category,
 * flags and names, with every name's search key already computed. A card reads the full entry by
 * id (the popup loads the full dictionary after its first paint, see components/popup/).
 */
import type { Category } from './schema';
import type { CompiledDictionary, CompiledEntry } from './compile';
import { Dictionary, lookupNamesOf } from './index';
import { searchKey } from './lookup-ranking';

const REVIEWED = 1;
const BROAD = 2;

/**
 * One entry: id, term, category, flags (REVIEWED | BROAD), other names, lookup-only names, and the
 * search key of each name in lookupNamesOf order, `null` where it is the name in lower case (most
 * are: this halves the index).
 */
export type IndexedEntry = [
  id: string,
  term: string,
  category: Category,
  flags: number,
  aliases: string[],
  lookupNames: string[],
  keys: (string | null)[],
];

export interface LookupIndexData {
  entries: IndexedEntry[];
}

/** Build step: the lookup index of a compiled dictionary. */
export function compileLookupIndex(dictionary: CompiledDictionary): LookupIndexData {
  return {
    entries: dictionary.entries.map((entry) => {
      const keys = lookupNamesOf(entry).map((name) => {
        const key = searchKey(name);
        return key === name.toLowerCase() ? null : key;
      });
      const flags = (entry.reviewed ? REVIEWED : 0) | (entry.broad ? BROAD : 0);
      return [entry.id, entry.term, entry.category, flags, entry.aliases, entry.lookupNames ?? [], keys];
    }),
  };
}

/**
 * The index as a Dictionary to search. Its entries carry names, category and flags but no text
 * (no explanation, senses, related entries or source): they rank and label results, and a card
 * is always composed from the full dictionary by the hit's id.
 */
export function lookupIndexDictionary(data: LookupIndexData): Dictionary {
  const keys = new Map<CompiledEntry, (string | null)[]>();
  const entries = data.entries.map(([id, term, category, flags, aliases, lookupNames, entryKeys]) => {
    const entry: CompiledEntry = {
      id,
      term,
      aliases,
      category,
      related: [],
      source: '',
      reviewed: !!(flags & REVIEWED),
    };
    if (flags & BROAD) entry.broad = true;
    if (lookupNames.length) entry.lookupNames = lookupNames;
    keys.set(entry, entryKeys);
    return entry;
  });
  return new Dictionary({ entries }, (entry, names) => {
    const known = keys.get(entry) ?? [];
    return names.map((name, i) => known[i] ?? name.toLowerCase());
  });
}
