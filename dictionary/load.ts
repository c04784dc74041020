/** Node-only: reads every curated entry file and validates the lot. Used by the build and scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Entry, type EntryFile, DictionaryError, validateEntries } from './schema';
import { type Compiled, compileDictionary } from './compile';
import { hardProblems } from './rules/entry-rules';
import { readWordNetMedical } from './wordnet/read';
import { type DiseaseTable, parseDiseaseTable } from './layers/disease-table';
import type { WordPart } from './layers/word-parts';
import { COMMON_TOP, everydayWords } from './rules/everyday-words';

/** The curated entries; MEDGLOSS_ENTRIES_DIR points the build elsewhere (tests of bad entries use it). */
export const ENTRIES_DIR = process.env.MEDGLOSS_ENTRIES_DIR ?? join(import.meta.dirname, 'entries');

export function readEntryFiles(dir = ENTRIES_DIR): EntryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      try {
        return { file, entries: JSON.parse(readFileSync(path, 'utf8')) as unknown };
      } catch (error) {
        throw new DictionaryError([`${file}: is not valid JSON (${(error as Error).message})`]);
      }
    });
}

/**
 * Every entry, validated: its shape and the rules across entries (schema.ts), and for entries
 * reviewed under the current rules (they record the pages the review read) the hard rules of
 * plainness and sources (rules/entry-rules.ts). Throws a DictionaryError naming file, entry, reason.
 */
export function loadCuratedEntries(dir = ENTRIES_DIR): Entry[] {
  const files = readEntryFiles(dir);
  const entries = validateEntries(files);
  const problems = files.flatMap(({ file, entries: list }) =>
    (list as Entry[])
      .filter((entry) => entry.checkedAgainst)
      .flatMap((entry) => hardProblems(entry).map((problem) => `${file}, entry "${entry.id}": ${problem}`)),
  );
  if (problems.length) throw new DictionaryError(problems);
  return entries;
}

/** The whole dictionary as the build ships it: curated entries plus the WordNet broad layer. */
export function compileAll(): Compiled {
  const compiled = compileDictionary(loadCuratedEntries(), readWordNetMedical());
  compiled.matchIndex.plainNames = plainNames(compiled.highlightable.flatMap(([, , names]) => names));
  return compiled;
}

/**
 * Highlighted names of two words, both among the commonest English words (see MatchIndex.plainNames).
 * Longer ones ("small cell lung cancer", "intention-to-treat") read as jargon despite their words.
 */
export function plainNames(names: string[]): string[] {
  const common = everydayWords(COMMON_TOP);
  return names
    .map((name) => name.toLowerCase())
    .filter((name) => {
      const words = name.split(/[\s-]+/);
      return words.length === 2 && words.every((word) => common.has(word));
    });
}

const DATA_DIR = join(import.meta.dirname, 'data');

/** The Human Disease Ontology names MedGloss ships (dictionary/data/disease-names.tsv). */
export function readDiseaseTable(): DiseaseTable {
  return parseDiseaseTable(readFileSync(join(DATA_DIR, 'disease-names.tsv'), 'utf8'));
}

/** The reviewed word parts, and the everyday words that would split into them anyway. */
export function readWordParts(): { parts: WordPart[]; everyday: string[] } {
  const read = (name: string) => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as unknown;
  return { parts: read('word-parts.json') as WordPart[], everyday: read('word-parts-everyday.json') as string[] };
}
