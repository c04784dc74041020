/**
 * Runtime lookup and search over the compiled dictionary. Pure: plain data in, plain data out,
 * shared by the background (cards), the popup (lookup box) and the tests.
 */
import type { CompiledDictionary, CompiledEntry } from './compile';
import { aliasKey } from './schema';
import { Matcher } from './matcher';

export interface SearchHit {
  entry: CompiledEntry;
  /** The name that matched the query (the term, a synonym or an abbreviation). */
  name: string;
}

interface NameRow {
  key: string;
  name: string;
  entry: CompiledEntry;
}

/** Simple edit distance with a cap, so a typo search over thousands of names stays cheap. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, row[j]);
    }
    if (rowMin > cap) return cap + 1;
    previous = row;
  }
  return previous[b.length];
}

function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02bc]s?\b/g, '')
    .replace(/[-\u2010-\u2013\s]+/g, ' ')
    .trim();
}

export class Dictionary {
  private readonly byId = new Map<string, CompiledEntry>();
  private readonly byName = new Map<string, CompiledEntry>();
  private readonly rows: NameRow[] = [];

  constructor(data: CompiledDictionary) {
    for (const entry of data.entries) {
      this.byId.set(entry.id, entry);
      for (const name of [entry.term, ...entry.aliases, ...(entry.lookupNames ?? [])]) {
        if (!this.byName.has(aliasKey(name))) this.byName.set(aliasKey(name), entry);
        this.rows.push({ key: searchKey(name), name, entry });
      }
    }
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
    const clean = text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!clean || clean.length > 200) return undefined;
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

  /**
   * Names that start with the query rank first, then names with a word starting with it, then
   * names containing it, then near misses (one typo per four letters). Curated entries rank
   * above WordNet definitions at the same level; each entry appears once.
   */
  search(query: string, limit = 20): SearchHit[] {
    const q = searchKey(query);
    if (!q || limit <= 0) return [];
    const typos = Math.floor(q.length / 4);
    const scored: { row: NameRow; score: number }[] = [];
    for (const row of this.rows) {
      let score: number;
      if (row.key === q) score = 0;
      else if (row.key.startsWith(q)) score = 1;
      else if (row.key.includes(` ${q}`)) score = 2;
      else if (q.length >= 3 && row.key.includes(q)) score = 3;
      else if (typos > 0 && editDistance(q, row.key.slice(0, q.length + typos), typos) <= typos)
        score = 4 + editDistance(q, row.key, typos + 3) / 10;
      else continue;
      if (row.entry.broad) score += 0.5;
      scored.push({ row, score });
    }
    scored.sort((a, b) => a.score - b.score || a.row.key.length - b.row.key.length);
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const { row } of scored) {
      if (seen.has(row.entry.id)) continue;
      seen.add(row.entry.id);
      hits.push({ entry: row.entry, name: row.name });
      if (hits.length === limit) break;
    }
    return hits;
  }
}

/** The bundled dictionary and the reader's own terms, searched as one: own terms come first. */
export class WithOwnTerms {
  constructor(
    private readonly main: Dictionary,
    private readonly own: Dictionary,
  ) {}

  search(query: string, limit = 20): SearchHit[] {
    const mine = this.own.search(query, limit);
    return [...mine, ...this.main.search(query, limit - mine.length)];
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
}
