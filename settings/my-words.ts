/**
 * Pure: "My words" (terms the reader saved, with where and when they met them) and the words the
 * reader knows (no longer highlighted). List operations and the checks that keep what storage
 * holds, or an import, readable. Nothing here touches the DOM or `browser`.
 */
import type { CompiledEntry } from '../dictionary/compile';
import type { Checked } from './user-terms';

export interface SavedWord {
  /** The entry id ("oms", "user-zorblax", "wn-…"): the same word saved twice is kept once. */
  id: string;
  term: string;
  /** The explanation as the card showed it when saved, so the list (and Anki) works offline and on its own. */
  explanation: string;
  pronunciation?: string;
  /** ISO date and time of saving. */
  savedAt: string;
  /** The title of the page where the reader met the word. */
  pageTitle?: string;
  /** The page's address: kept only when the reader allows it in options. */
  url?: string;
}

export interface KnownWord {
  id: string;
  term: string;
  /** ISO date and time the reader said they know it. */
  knownAt: string;
}

/** Where a word was met, as the card's page (or the popup's tab) tells it. */
export interface WordSource {
  title?: string;
  url?: string;
}

export const WORD_LIMITS = { id: 120, term: 200, explanation: 3000, title: 300, url: 2048, count: 5000 } as const;

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/** Validates one saved word (from storage or a file); `where` names it in the message. */
export function checkSavedWord(raw: unknown, where = 'The word'): Checked<SavedWord> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: `${where} is not an object.` };
  const r = raw as Record<string, unknown>;
  const term = text(r.term, WORD_LIMITS.term);
  if (!term) return { ok: false, error: `${where} has no "term" (at most ${WORD_LIMITS.term} characters).` };
  const label = `${where} ("${term.slice(0, 40)}")`;
  if (typeof r.id !== 'string' || r.id.length > WORD_LIMITS.id || !ID.test(r.id))
    return { ok: false, error: `${label} has no valid "id".` };
  const explanation = text(r.explanation, WORD_LIMITS.explanation);
  if (!explanation)
    return { ok: false, error: `${label} has no "explanation" (at most ${WORD_LIMITS.explanation} characters).` };
  if (!isDate(r.savedAt)) return { ok: false, error: `${label} has no valid "savedAt" date.` };
  const word: SavedWord = { id: r.id, term, explanation, savedAt: new Date(r.savedAt).toISOString() };
  for (const [key, max] of [
    ['pronunciation', WORD_LIMITS.term],
    ['pageTitle', WORD_LIMITS.title],
    ['url', WORD_LIMITS.url],
  ] as const) {
    if (r[key] === undefined) continue;
    const value = text(r[key], max);
    if (!value) return { ok: false, error: `${label}: "${key}" must be text of at most ${max} characters.` };
    word[key] = value;
  }
  if (word.url && !/^https?:\/\//i.test(word.url))
    return { ok: false, error: `${label}: "url" must be a web address (http or https).` };
  return { ok: true, value: word };
}

export function checkKnownWord(raw: unknown, where = 'The known word'): Checked<KnownWord> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, error: `${where} is not an object.` };
  const r = raw as Record<string, unknown>;
  const term = text(r.term, WORD_LIMITS.term);
  if (!term) return { ok: false, error: `${where} has no "term".` };
  if (typeof r.id !== 'string' || r.id.length > WORD_LIMITS.id || !ID.test(r.id))
    return { ok: false, error: `${where} ("${term.slice(0, 40)}") has no valid "id".` };
  if (!isDate(r.knownAt)) return { ok: false, error: `${where} ("${term.slice(0, 40)}") has no valid "knownAt" date.` };
  return { ok: true, value: { id: r.id, term, knownAt: new Date(r.knownAt).toISOString() } };
}

function readList<T>(value: unknown, check: (raw: unknown) => Checked<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw) => {
    const checked = check(raw);
    return checked.ok ? [checked.value] : [];
  });
}

/** Tolerates anything storage might hold: only valid words count. */
export const readSavedWords = (value: unknown): SavedWord[] => readList(value, (raw) => checkSavedWord(raw));
export const readKnownWords = (value: unknown): KnownWord[] => readList(value, (raw) => checkKnownWord(raw));

/** The explanation a card shows, as one text: an ambiguous abbreviation lists its meanings. */
export function explanationOf(entry: CompiledEntry, linked: ReadonlyMap<string, CompiledEntry> = new Map()): string {
  if (entry.explanation) return entry.explanation;
  return (entry.senses ?? [])
    .map((sense) => {
      const explained = (sense.entry && linked.get(sense.entry)?.explanation) ?? sense.explanation;
      return explained ? `${sense.meaning}: ${explained}` : sense.meaning;
    })
    .join('\n');
}

/** A word to save from the card's entry; the address only when the reader allows it. */
export function wordFromEntry(
  entry: CompiledEntry,
  linked: ReadonlyMap<string, CompiledEntry>,
  source: WordSource,
  options: { keepAddress: boolean; now: Date },
): SavedWord {
  const word: SavedWord = {
    id: entry.id,
    term: entry.term,
    explanation: explanationOf(entry, linked).slice(0, WORD_LIMITS.explanation),
    savedAt: options.now.toISOString(),
  };
  if (entry.pronunciation) word.pronunciation = entry.pronunciation;
  const title = source.title?.trim().slice(0, WORD_LIMITS.title);
  if (title) word.pageTitle = title;
  if (options.keepAddress && source.url && /^https?:\/\//i.test(source.url) && source.url.length <= WORD_LIMITS.url)
    word.url = source.url;
  return word;
}

export function newestFirst<T extends { savedAt: string } | { knownAt: string }>(list: T[]): T[] {
  const at = (w: T) => ('savedAt' in w ? w.savedAt : w.knownAt);
  return [...list].sort((a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0));
}

/** Saves a word (again: it moves to the top with the new date and page), keeping at most the limit. */
export function saveWord(list: SavedWord[], word: SavedWord): SavedWord[] {
  return [word, ...list.filter((w) => w.id !== word.id)].slice(0, WORD_LIMITS.count);
}

export function removeWord<T extends { id: string }>(list: T[], id: string): T[] {
  return list.filter((w) => w.id !== id);
}

export function markKnown(list: KnownWord[], word: { id: string; term: string }, now: Date): KnownWord[] {
  if (list.some((w) => w.id === word.id)) return list;
  return [{ id: word.id, term: word.term, knownAt: now.toISOString() }, ...list].slice(0, WORD_LIMITS.count);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Words whose term, explanation or page title contain every word of the query (case and accents ignored), newest first. */
export function searchWords(list: SavedWord[], query: string): SavedWord[] {
  const parts = fold(query).split(/\s+/).filter(Boolean);
  const sorted = newestFirst(list);
  if (!parts.length) return sorted;
  return sorted.filter((w) => {
    const haystack = fold(`${w.term}\n${w.explanation}\n${w.pageTitle ?? ''}`);
    return parts.every((p) => haystack.includes(p));
  });
}
