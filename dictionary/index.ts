/**
 * Runtime lookup and search over the compiled dictionary. Pure: plain data in, plain data out,
 * shared by the background (cards), the popup (lookup box) and the tests.
 */
import type { CompiledDictionary, CompiledEntry } from './compile';
import { aliasKey } from './schema';
import { Matcher } from './matcher';
import { type NameRow, type SearchHit, mergeLookups, rankLookup, searchKey } from './lookup-ranking';

export { editDistance, type SearchHit } from './lookup-ranking';

/**
 * Selected text as a name to look up: one space between words, no punctuation around it; empty
 * when nothing is left or the selection is too long to be a name.
 */
export function selectedName(text: string): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return clean.length > 200 ? '' : clean;
}

/** Every name lookup finds an entry by, in the order the keys of a lookup index follow. */
export function lookupNamesOf(entry: CompiledEntry): string[] {
  return [entry.term, ...entry.aliases, ...(entry.lookupNames ?? [])];
}

export class Dictionary {
  private readonly byId = new Map<string, CompiledEntry>();
  private byNameMap: Map<string, CompiledEntry> | undefined;
  private rowList: NameRow[] | undefined;

  /**
   * `keysOf` gives the search keys of an entry's names (lookupNamesOf order): the popup's lookup
   * index ships them computed at build time (lookup-index.ts); otherwise each name is read here.
   */
  constructor(
    private readonly data: CompiledDictionary,
    private readonly keysOf: (entry: CompiledEntry, names: string[]) => readonly string[] = (_, names) =>
      names.map(searchKey),
  ) {
    for (const entry of data.entries) this.byId.set(entry.id, entry);
  }

  /** Every name with its search key, built on first search: a card by id never needs them. */
  private get rows(): NameRow[] {
    if (!this.rowList) {
      this.rowList = [];
      for (const entry of this.data.entries) {
        const names = lookupNamesOf(entry);
        const keys = this.keysOf(entry, names);
        names.forEach((name, i) => this.rowList!.push({ key: keys[i], name, entry }));
      }
    }
    return this.rowList;
  }

  /** Exact names to entries, built on first use: a search as you type never needs it. */
  private get byName(): Map<string, CompiledEntry> {
    if (!this.byNameMap) {
      this.byNameMap = new Map();
      for (const entry of this.data.entries)
        for (const name of lookupNamesOf(entry))
          if (!this.byNameMap.has(aliasKey(name))) this.byNameMap.set(aliasKey(name), entry);
    }
    return this.byNameMap;
  }

  private anyName: Matcher | undefined;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): CompiledEntry | undefined {
    return this.byId.get(id);
  }

  /** The entry that owns exactly this name, if any ("OMS", "Wilms’ tumour", "nephroblastoma"). */
  resolve(name: string): CompiledEntry | undefined {
    return this.byName.get(aliasKey(name)) ?? this.byName.get(aliasKey(name).toLowerCase());
  }

  /**
   * The entry that best explains a piece of selected text: the text as a name ("Wilms’ tumour"),
   * its singular ("neuroblastomas"), or else the first name found inside it ("the child has OMS").
   * Everyday words count here: someone who selects "stroke" wants it explained.
   */
  explain(text: string): CompiledEntry | undefined {
    const clean = selectedName(text);
    if (!clean) return undefined;
    const singulars = [clean.replace(/ies$/, 'y'), clean.replace(/es$/, ''), clean.replace(/s$/, '')];
    for (const name of [clean, ...singulars]) {
      const found = this.resolve(name);
      if (found) return found;
    }
    this.anyName ??= new Matcher(Matcher.build(this.rows.map((row) => [row.name, row.entry.id] as const)));
    const [first] = this.anyName.find(clean);
    return first ? this.byId.get(first.id) : undefined;
  }

  /** An entry and the entries its senses and related list point to, for a card. */
  withLinked(id: string): CompiledEntry[] {
    const entry = this.byId.get(id);
    if (!entry) return [];
    const linked = [...(entry.senses ?? []).flatMap((s) => (s.entry ? [s.entry] : [])), ...entry.related];
    return [entry, ...linked.flatMap((other) => this.byId.get(other) ?? [])];
  }

  /** Exact names first, then other names, then close spellings (see lookup-ranking.ts). */
  search(query: string, limit = 20): SearchHit[] {
    return rankLookup(this.rows, query, limit);
  }
}

/** The bundled dictionary and the reader's own terms, searched as one: own terms first at each level. */
export class WithOwnTerms {
  constructor(
    private readonly main: Dictionary,
    private readonly own: Dictionary,
  ) {}

  search(query: string, limit = 20): SearchHit[] {
    return mergeLookups([this.own.search(query, limit), this.main.search(query, limit)], query, limit);
  }

  /**
   * An own term comes with the dictionary's entry of the same name (and that entry's links): your
   * "OMS" never hides the dictionary's meanings; the card shows yours first, then the dictionary's.
   */
  withLinked(id: string): CompiledEntry[] {
    const mine = this.own.get(id);
    if (!mine) return this.main.withLinked(id);
    const theirs = [mine.term, ...mine.aliases].map((name) => this.main.resolve(name)).find((e) => e && !e.broad);
    if (!theirs) return this.own.withLinked(id);
    return [{ ...mine, dictionaryEntry: theirs.id }, ...this.main.withLinked(theirs.id)];
  }

  explain(text: string): CompiledEntry | undefined {
    return this.own.explain(text) ?? this.main.explain(text);
  }

  resolve(name: string): CompiledEntry | undefined {
    return this.own.resolve(name) ?? this.main.resolve(name);
  }
}
