/**
 * Pure: how the toolbar lookup orders what it finds for a typed query. An exact name or
 * abbreviation comes first, then other names that start with or contain what was typed, then
 * close spellings. A close spelling is only ever a suggestion ("did you mean …?"): the lookup
 * marks it so, and the popup never opens it as if it were the word typed. Medicine names differ
 * by a few letters from other medicines (sulfasalazine, sulfadiazine), so a medicine is offered
 * (or a treatment: older entries file medicines there) is offered as a close spelling only for a
 * single slip of one letter, and no close spelling is offered once the word typed was found.
 */
import type { CompiledEntry } from './compile';

export interface SearchHit {
  entry: CompiledEntry;
  /** The name that matched the query (the term, a synonym or an abbreviation). */
  name: string;
  /** A close spelling of the query, not the query itself: offer it, never open it unasked. */
  closeSpelling?: boolean;
}

export interface NameRow {
  /** The name as `searchKey` reads it. */
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

/** Case, accents, possessives, hyphens and spacing do not matter when searching. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02bc]s?\b/g, '')
    .replace(/[-\u2010-\u2013\s]+/g, ' ')
    .trim();
}

const EXACT = 0;
const STARTS = 1;
const WORD_STARTS = 2;
const CONTAINS = 3;
const CLOSE = 4;
/** A curated entry beats a general-English (WordNet) gloss at the same level. */
const BROAD_PENALTY = 0.5;
/**
 * Typed in capitals ("PSA"), the query is an abbreviation: a name that holds it as a word in those
 * capitals ("PSA blood test") beats an ordinary word that merely starts with the letters (psammoma).
 */
const NOT_THE_ABBREVIATION = 0.3;
/** Categories where a near name is likely another real thing (prednisone, prednisolone). */
const STRICT_SPELLING = new Set(['medicine', 'treatment']);
/** Below this length, "contains" finds noise (ICU inside "clavicular"). */
const MIN_CONTAINS = 4;

/** Two or more capitals and no lowercase run: how a reader types an abbreviation. */
function typedAsAbbreviation(query: string): boolean {
  return (query.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\p{Ll}{2}/u.test(query);
}

function holdsAsWord(name: string, word: string): boolean {
  const at = name.indexOf(word);
  if (at < 0) return false;
  const before = name[at - 1];
  const after = name[at + word.length];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return !isWordChar(before) && !isWordChar(after);
}

/** How well one name answers the query (lower is better), or undefined when it does not. */
function scoreName(row: NameRow, q: string, typed: string): number | undefined {
  let score: number;
  if (row.key === q) score = EXACT;
  else if (row.key.startsWith(q)) score = STARTS;
  else if (row.key.includes(` ${q}`)) score = WORD_STARTS;
  else if (q.length >= MIN_CONTAINS && row.key.includes(q)) score = CONTAINS;
  else {
    const typos = Math.floor(q.length / 4);
    if (typos === 0) return undefined;
    // A slip anywhere in what was typed so far: compare with the start of the name.
    if (editDistance(q, row.key.slice(0, q.length + typos), typos) > typos) return undefined;
    const whole = editDistance(q, row.key, typos + 3);
    // Another medicine is never offered for a medicine's name: only a one-letter slip of the whole name.
    if (STRICT_SPELLING.has(row.entry.category) && whole > 1) return undefined;
    score = CLOSE + whole / 10;
  }
  if (score > EXACT && score < CLOSE && typedAsAbbreviation(typed) && !holdsAsWord(row.name, typed))
    score += NOT_THE_ABBREVIATION;
  if (row.entry.broad) score += BROAD_PENALTY;
  return score;
}

/**
 * The entries whose names answer `query`, best first, each once (under its best name): exact
 * names, then other names, then close spellings marked `closeSpelling`.
 */
export function rankLookup(rows: readonly NameRow[], query: string, limit: number): SearchHit[] {
  const typed = query.trim();
  const q = searchKey(typed);
  if (!q || limit <= 0) return [];
  const scored: { row: NameRow; score: number }[] = [];
  for (const row of rows) {
    const score = scoreName(row, q, typed);
    if (score !== undefined) scored.push({ row, score });
  }
  scored.sort((a, b) => a.score - b.score || a.row.key.length - b.row.key.length);
  // The word typed was found: a near spelling of it would only be another thing.
  const found = scored.length > 0 && scored[0].score < STARTS;
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const { row, score } of scored) {
    if (seen.has(row.entry.id)) continue;
    seen.add(row.entry.id);
    const hit: SearchHit = { entry: row.entry, name: row.name };
    if (score >= CLOSE) {
      if (found) break;
      hit.closeSpelling = true;
    }
    hits.push(hit);
    if (hits.length === limit) break;
  }
  return hits;
}

/**
 * Several sources searched as one (the reader's own terms, then the dictionary): every source's
 * answers come before any source's close spellings.
 */
export function mergeLookups(lists: SearchHit[][], query: string, limit: number): SearchHit[] {
  const all = lists.flat();
  const q = searchKey(query);
  const found = all.some((hit) => !hit.closeSpelling && searchKey(hit.name) === q);
  const close = found ? [] : all.filter((hit) => hit.closeSpelling);
  return [...all.filter((hit) => !hit.closeSpelling), ...close].slice(0, limit);
}
