/**
 * Pure: "My words" and the words the reader knows as a JSON file, and reading such a file back.
 * Same rules and messages as own terms (settings/user-terms.ts): an import is all or nothing, any
 * problem refuses the whole file with a message naming it, and what is saved stays untouched.
 */
import { WORD_LIMITS, checkKnownWord, checkSavedWord, newestFirst, type KnownWord, type SavedWord } from './my-words';
import { parseImportFile } from './import-file';
import type { Checked } from './user-terms';

export interface WordsFile {
  words: SavedWord[];
  known: KnownWord[];
}

export interface ImportedWords extends WordsFile {
  /** How many saved words and known words the file held. */
  imported: { words: number; known: number };
}

export function exportWordsFile({ words, known }: WordsFile): string {
  return `${JSON.stringify({ medgloss: 1, kind: 'my-words', words: newestFirst(words), known: newestFirst(known) }, null, 2)}\n`;
}

function checkList<T>(
  list: unknown,
  name: string,
  check: (raw: unknown, where: string) => Checked<T>,
  label: string,
): Checked<T[]> {
  if (list === undefined) return { ok: true, value: [] };
  if (!Array.isArray(list)) return { ok: false, error: `"${name}" in the file is not a list. Nothing was imported.` };
  if (list.length > WORD_LIMITS.count)
    return {
      ok: false,
      error: `The file has ${list.length} ${name}; at most ${WORD_LIMITS.count} can be imported. Nothing was imported.`,
    };
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const checked = check(raw, `${label} ${i + 1}`);
    if (!checked.ok) return { ok: false, error: `${checked.error} Nothing was imported.` };
    const id = (checked.value as { id: string }).id;
    if (seen.has(id))
      return {
        ok: false,
        error: `In the file, ${label.toLowerCase()} ${i + 1} appears more than once. Nothing was imported.`,
      };
    seen.add(id);
    out.push(checked.value);
  }
  return { ok: true, value: out };
}

/**
 * Reads an exported file ({ medgloss: 1, words: [...], known: [...] }). Imported words replace
 * saved words with the same id; the others stay. Every refusal ends with "Nothing was imported."
 */
export function parseWordsFile(text: string, existing: WordsFile): Checked<ImportedWords> {
  const parsed = parseImportFile(text);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const { words, known } = (data ?? {}) as { words?: unknown; known?: unknown };
  if (typeof data !== 'object' || Array.isArray(data) || (words === undefined && known === undefined))
    return {
      ok: false,
      error: 'The file has no list of words ("words": [...] or "known": [...]). Nothing was imported.',
    };
  const fileWords = checkList(words, 'words', checkSavedWord, 'Word');
  if (!fileWords.ok) return fileWords;
  const fileKnown = checkList(known, 'known words', checkKnownWord, 'Known word');
  if (!fileKnown.ok) return fileKnown;
  const merge = <T extends { id: string }>(saved: T[], added: T[]) => [
    ...added,
    ...saved.filter((w) => !added.some((a) => a.id === w.id)),
  ];
  const merged = newestFirst(merge(existing.words, fileWords.value));
  const mergedKnown = newestFirst(merge(existing.known, fileKnown.value));
  if (merged.length > WORD_LIMITS.count || mergedKnown.length > WORD_LIMITS.count)
    return {
      ok: false,
      error: `With the file, you would have more than ${WORD_LIMITS.count} words. Nothing was imported.`,
    };
  return {
    ok: true,
    value: {
      words: merged,
      known: mergedKnown,
      imported: { words: fileWords.value.length, known: fileKnown.value.length },
    },
  };
}
