/**
 * Pure: the reader's own terms, and the checks that keep an import from losing anything. An import
 * is all or nothing: any problem refuses the whole file with a message naming it, and the terms
 * already saved stay untouched.
 */
import type { CompiledEntry } from '../dictionary/compile';
import { Dictionary, WithOwnTerms } from '../dictionary/index';
import { Matcher, type TrieData } from '../dictionary/matcher';
import { aliasKey } from '../dictionary/schema';
import { parseImportFile } from './import-file';

export interface UserTerm {
  /**
   * "user-" + 24 random hex digits, made once and stored with the term. Random, so that a page
   * cannot guess it (ids show on highlights); MedGloss 0.1 used `user-<name>`, replaced on read.
   */
  id: string;
  term: string;
  aliases: string[];
  explanation: string;
  /** When the reader last added or changed it (ms since 1970), so an older backup cannot silently win. */
  updated?: number;
}

export const USER_TERM_LIMITS = { term: 80, explanation: 600, aliases: 20, count: 2000 } as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const ID_PATTERN = /^user-[0-9a-f]{24}$/;

/** A new, unguessable id for an own term. */
export function newUserTermId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `user-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function isUserTermId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** The name as a key: two terms whose names differ only in case, accents or punctuation clash. */
export function nameSlug(term: string): string {
  const slug = term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return slug || 'term';
}

/**
 * Validates one term as typed in the options form or found in an import. It gets a new id unless
 * `keepId` is a valid one (editing a saved term keeps its id); ids in import files are ignored.
 */
export function checkUserTerm(raw: unknown, where = 'The term', keepId?: string): Checked<UserTerm> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: `${where} is not an object.` };
  const { term, explanation, aliases, updated } = raw as Record<string, unknown>;
  if (typeof term !== 'string' || !term.trim()) return { ok: false, error: `${where} has no "term".` };
  const name = term.trim();
  const label = `${where} ("${name.slice(0, 40)}")`;
  if (name.length > USER_TERM_LIMITS.term)
    return { ok: false, error: `${label}: the term is longer than ${USER_TERM_LIMITS.term} characters.` };
  if (!/[\p{L}\p{N}]/u.test(name)) return { ok: false, error: `${label}: the term has no letters.` };
  if (typeof explanation !== 'string' || !explanation.trim())
    return { ok: false, error: `${label} has no "explanation".` };
  if (explanation.length > USER_TERM_LIMITS.explanation)
    return { ok: false, error: `${label}: the explanation is longer than ${USER_TERM_LIMITS.explanation} characters.` };
  if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')))
    return { ok: false, error: `${label}: "aliases" must be a list of names.` };
  const cleanAliases = [...new Set((aliases ?? []).map((a) => a.trim()).filter(Boolean))];
  if (cleanAliases.length > USER_TERM_LIMITS.aliases)
    return { ok: false, error: `${label} has more than ${USER_TERM_LIMITS.aliases} other names.` };
  // A date from an export (ISO text) or from storage (a number); anything else is no date.
  const when = typeof updated === 'string' ? Date.parse(updated) : updated;
  return {
    ok: true,
    value: {
      id: isUserTermId(keepId) ? keepId : newUserTermId(),
      term: name,
      aliases: cleanAliases,
      explanation: explanation.trim(),
      ...(typeof when === 'number' && Number.isFinite(when) && when > 0 ? { updated: when } : {}),
    },
  };
}

/** Names that appear twice among `terms`, as a readable list, or undefined. */
export function findDuplicateNames(terms: UserTerm[]): string | undefined {
  const seen = new Map<string, number>();
  for (const [i, t] of terms.entries()) {
    // Two terms whose names differ only in case or punctuation: a clash too.
    const keys = new Map([
      [`slug:${nameSlug(t.term)}`, t.term],
      ...[t.term, ...t.aliases].map((name): [string, string] => [aliasKey(name).toLowerCase(), name]),
    ]);
    for (const [key, name] of keys) {
      const owner = seen.get(key);
      if (owner !== undefined && owner !== i) return `"${name}" appears more than once`;
      seen.set(key, i);
    }
  }
  return undefined;
}

/**
 * Reads an exported file. Accepts the export format ({ medgloss: 1, terms: [...] }) or a bare list.
 * Every refusal ends with "Nothing was imported."
 */
export function readUserTermsFile(text: string): Checked<UserTerm[]> {
  const parsed = parseImportFile(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const list = Array.isArray(data) ? data : (data as { terms?: unknown } | null)?.terms;
  if (!Array.isArray(list))
    return { ok: false, error: 'The file has no list of terms ("terms": [...]). Nothing was imported.' };
  if (list.length > USER_TERM_LIMITS.count)
    return {
      ok: false,
      error: `The file has ${list.length} terms; at most ${USER_TERM_LIMITS.count} can be imported. Nothing was imported.`,
    };
  const imported: UserTerm[] = [];
  for (const [i, raw] of list.entries()) {
    const checked = checkUserTerm(raw, `Term ${i + 1}`);
    if (!checked.ok) return { ok: false, error: `${checked.error} Nothing was imported.` };
    imported.push(checked.value);
  }
  const duplicate = findDuplicateNames(imported);
  if (duplicate) return { ok: false, error: `In the file, ${duplicate}. Nothing was imported.` };
  return { ok: true, value: imported };
}

/** Terms whose name, other names or explanation contain the query (case and accents ignored). */
export function searchTerms(terms: UserTerm[], query: string): UserTerm[] {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return terms;
  return terms.filter((t) => [t.term, ...t.aliases, t.explanation].some((text) => fold(text).includes(q)));
}

export function exportUserTerms(terms: UserTerm[]): string {
  const rows = terms.map(({ term, aliases, explanation, updated }) => ({
    term,
    aliases,
    explanation,
    ...(updated ? { updated: new Date(updated).toISOString() } : {}),
  }));
  return `${JSON.stringify({ medgloss: 1, terms: rows }, null, 2)}\n`;
}

/**
 * Tolerates anything storage might hold: only valid terms count. A term keeps its stored id; one
 * without a valid id (MedGloss 0.1's `user-<name>`, a hand-edited profile) gets a new one, which
 * the storage migration and repair then store, so every context sees the same id.
 */
export function readUserTerms(value: unknown): UserTerm[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<string>();
  return value.flatMap((raw) => {
    const stored = (raw as { id?: unknown } | null)?.id;
    const checked = checkUserTerm(raw, 'The term', isUserTermId(stored) && !ids.has(stored) ? stored : undefined);
    if (!checked.ok) return [];
    ids.add(checked.value.id);
    return [checked.value];
  });
}

/** A user term in the shape cards and lookup use. */
export function userTermEntry(term: UserTerm): CompiledEntry {
  return {
    id: term.id,
    term: term.term,
    aliases: term.aliases,
    category: 'clinical',
    explanation: term.explanation,
    related: [],
    source: 'Added by you',
    reviewed: false,
    user: true,
  };
}

/**
 * The one lookup of own terms and the bundled dictionary together (the background's "Explain" and
 * cards, the popup's lookup box): own terms first.
 */
export function withOwnTerms(dictionary: Dictionary, terms: UserTerm[]): WithOwnTerms {
  return new WithOwnTerms(dictionary, new Dictionary({ entries: terms.map(userTermEntry) }));
}

/**
 * What a page needs of the reader's own terms: their names as a ready-made trie, and which terms
 * it was built from. The background builds it once when the terms change; every frame used to
 * build it on every load, which for 2,000 terms of 21 names each cost 100-300 ms per frame.
 */
export interface OwnTermsIndex {
  /**
   * The trie as JSON text. Storage hands a page one string far faster than the same data as
   * objects (1.5 MB of trie: about 0.5 s of deserializing as objects), and a frame parses it
   * only once it has text to match.
   */
  trie: string;
  /** A hash of the terms' ids and names: the background rebuilds the index when it differs. */
  source: string;
}

/** A short hash (FNV-1a) of the terms' ids and names, in order. */
export function ownTermsSource(terms: UserTerm[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(terms.map((t) => [t.id, t.term, t.aliases]));
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${terms.length}:${(hash >>> 0).toString(36)}`;
}

export function buildOwnTermsIndex(terms: UserTerm[]): OwnTermsIndex {
  const names = terms.flatMap((t) => [t.term, ...t.aliases].map((name) => [name, t.id, 'u'] as const));
  return { trie: JSON.stringify(Matcher.build(names)), source: ownTermsSource(terms) };
}

/**
 * buildOwnTermsIndex([]) written out (a unit test keeps the two equal): every frame loads this
 * module, and building it there cost about 0.5 ms of each frame's start (CPU profile of empty frames).
 */
export const EMPTY_OWN_TERMS_INDEX: OwnTermsIndex = { trie: '{"lower":{},"exact":{}}', source: '0:w7k42t' };

/** Tolerates anything storage might hold: a value without the index's shape counts as none. */
export function readOwnTermsIndex(value: unknown): OwnTermsIndex | undefined {
  const index = value as Partial<OwnTermsIndex> | null;
  return typeof index === 'object' &&
    index !== null &&
    typeof index.source === 'string' &&
    typeof index.trie === 'string'
    ? (index as OwnTermsIndex)
    : undefined;
}

/** The trie of an index; a corrupt one counts as no own terms rather than a broken page. */
export function ownTermsTrie(index: OwnTermsIndex): TrieData {
  try {
    const trie = JSON.parse(index.trie) as Partial<TrieData> | null;
    if (trie && typeof trie.lower === 'object' && typeof trie.exact === 'object') return trie as TrieData;
  } catch {
    // not JSON: no own terms
  }
  return { lower: {}, exact: {} };
}
