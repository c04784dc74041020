/**
 * Pure, build time: the Human Disease Ontology's names, parents and exact synonyms turned into
 * the compact table the extension ships (dictionary/data/disease-names.json). What it keeps and
 * what it drops is decided here, so the generator script only reads and writes files.
 */

/** One row of disease-ontology.tsv: id, name, parents and exact synonyms (" | "-separated). */
export interface OntologyRow {
  id: string;
  name: string;
  parents: string[];
  synonyms: string[];
}

/**
 * The shipped table (dictionary/data/disease-names.tsv holds it one disease a line: name, parent
 * indexes separated by commas, synonyms separated by " | "). Each disease is [name, parent, ...synonyms]; `parent` is the index of the
 * parent disease (an array for the few with several); index 0 is "disease", the root. A name
 * starting with QUIET_MARK is kept for the parent chain only and never recognized on a page.
 */
export interface DiseaseTable {
  diseases: [name: string, parent: number | number[], ...synonyms: string[]][];
}

export const QUIET_MARK = '~';
export const ROOT = 'disease';

/** The everyday-word judge, from a word-frequency list (see scripts/dictionary/everyday-words.ts). */
export interface WordJudge {
  /** Among the most frequent words (SUBTLEX top 20,000): a reader knows it, or it means something else. */
  isEveryday(word: string): boolean;
  /** Any English word at all: "CAN", "AIDS" or "MELAS" written in capitals still reads as one. */
  isEnglishWord(word: string): boolean;
  /** Among the commonest words (top 5,000): a phrase made only of these reads as plain English. */
  isCommon(word: string): boolean;
}

/** Longer synonyms are catalogue descriptions, not names a page writes; they only cost bytes. */
export const MAX_SYNONYM_WORDS = 6;

export function parseOntology(tsv: string): OntologyRow[] {
  const split = (cell: string | undefined) => (cell ?? '').split(' | ').filter(Boolean);
  return tsv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [id, name, parents, synonyms] = line.split('\t');
      return { id, name, parents: split(parents), synonyms: split(synonyms) };
    });
}

/** How pages write a name, for spotting synonyms that differ only in case, hyphens or apostrophes. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['\u2019]s?\b/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/**
 * Synonyms no page writes in running text: catalogue codes ("MRXS9", "CMT1A": one token of capitals
 * run into digits; "COVID-19" is a name), index-style inversions ("Nasopharyngitis, acute", "Nasopharyngitis -
 * acute") and bracketed qualifiers.
 */
export function isIndexForm(synonym: string): boolean {
  const code = !/\s/.test(synonym) && /\p{Lu}\d|\d\p{Lu}/u.test(synonym) && !/\p{Ll}{3}/u.test(synonym);
  return code || /[,;()[\]]| - /.test(synonym);
}

const LETTER_WORDS = /\p{L}+/gu;

/** Names that cannot be everyday words: refused when they could be read as plain English. */
export function isRecognizable(name: string, judge: WordJudge): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 3) return false;
  const words = name.match(LETTER_WORDS) ?? [];
  if (words.length === 1) {
    const word = words[0].toLowerCase();
    // "ALL", "CAN", "AIDS": an abbreviation that spells a word is read as the word.
    if (name === name.toUpperCase()) return !judge.isEnglishWord(word);
    // "stroke", "gout", "acne": single everyday words.
    return !judge.isEveryday(word);
  }
  // "common cold", "fear of open spaces", "kidney cancer": plain English already, word by word.
  const common = (word: string) => judge.isCommon(word) || (word.endsWith('s') && judge.isCommon(word.slice(0, -1)));
  return !words.every((word) => word.length <= 3 || common(word.toLowerCase()));
}

/** "Adams-Oliver syndrome 3" under "Adams-Oliver syndrome": a numbered subtype, found by its parent's name. */
function isNumberedSubtype(name: string, parentName: string): boolean {
  const prefix = `${parentName.toLowerCase()} `;
  return name.toLowerCase().startsWith(prefix) && /^(?:type )?[0-9A-Z]{1,4}[a-z]?$/.test(name.slice(prefix.length));
}

/** The synonyms worth shipping: recognizable, not index forms, not repeats of another name. */
function keptSynonyms(row: OntologyRow, judge: WordJudge): string[] {
  const seen = new Set([nameKey(row.name)]);
  const kept: string[] = [];
  for (const synonym of row.synonyms) {
    const key = nameKey(synonym);
    const tooLong = synonym.split(/\s+/).length > MAX_SYNONYM_WORDS;
    if (seen.has(key) || tooLong || isIndexForm(synonym) || !isRecognizable(synonym, judge)) continue;
    seen.add(key);
    kept.push(synonym);
  }
  return kept;
}

export function buildDiseaseTable(rows: OntologyRow[], judge: WordJudge): DiseaseTable {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const synonyms = new Map(rows.map((row) => [row, keptSynonyms(row, judge)]));
  // A disease is shipped when a page can name it, or when it is on the way up from one that can.
  const recognizable = (row: OntologyRow) =>
    synonyms.get(row)!.length > 0 ||
    (isRecognizable(row.name, judge) && !row.parents.some((parent) => isNumberedSubtype(row.name, parent)));
  const shipped = new Set<OntologyRow>();
  const ship = (row: OntologyRow | undefined) => {
    if (!row || shipped.has(row)) return;
    shipped.add(row);
    for (const parent of row.parents) ship(byName.get(parent));
  };
  for (const row of rows) if (recognizable(row)) ship(row);
  // Code-point order, so the file is the same on every machine.
  const sorted = [...shipped].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const index = new Map<string, number>([[ROOT, 0]]);
  sorted.forEach((row, i) => index.set(row.name, i + 1));
  const diseases: DiseaseTable['diseases'] = [[`${QUIET_MARK}${ROOT}`, []]];
  for (const row of sorted) {
    const parents = row.parents.map((parent) => index.get(parent) ?? 0);
    const name = recognizable(row) && isRecognizable(row.name, judge) ? row.name : `${QUIET_MARK}${row.name}`;
    diseases.push([name, parents.length === 1 ? parents[0] : parents, ...synonyms.get(row)!]);
  }
  return { diseases };
}

/** The shipped file's text: a header, then one disease a line (small, and diffs stay readable). */
export function formatDiseaseTable(table: DiseaseTable): string {
  const lines = table.diseases.map(([name, parent, ...synonyms]) =>
    [name, [parent].flat().join(','), synonyms.join(' | ')].join('\t'),
  );
  return `name\tparents\tsynonyms\n${lines.join('\n')}\n`;
}

export function parseDiseaseTable(text: string): DiseaseTable {
  const diseases: DiseaseTable['diseases'] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const [name, parents, synonyms] = line.split('\t');
    const indexes = parents ? parents.split(',').map(Number) : [];
    diseases.push([name, indexes.length === 1 ? indexes[0] : indexes, ...(synonyms ? synonyms.split(' | ') : [])]);
  }
  return { diseases };
}
