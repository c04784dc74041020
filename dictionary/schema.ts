/**
 * The shape of a curated dictionary entry and the rules every entry must follow.
 * Validation is pure (no file system) so the build, the stats script and the tests share it.
 */

export const CATEGORIES = [
  'condition',
  'symptom',
  'anatomy',
  'procedure',
  'treatment',
  'biology',
  'research',
  'clinical',
  'abbreviation',
  'medicine',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  condition: 'Condition',
  symptom: 'Sign or symptom',
  anatomy: 'Body part',
  procedure: 'Test or procedure',
  treatment: 'Treatment',
  biology: 'Body chemistry and cells',
  research: 'Research and statistics',
  clinical: 'Medical care and its words',
  abbreviation: 'Abbreviation',
  medicine: 'Medicine',
};

/** One meaning of an ambiguous abbreviation. */
export interface Sense {
  /** What the letters stand for, e.g. "oral and maxillofacial surgery". */
  meaning: string;
  /** Id of the full entry that explains this meaning, when there is one. */
  entry?: string;
  /** Plain explanation; required when `entry` is absent. */
  explanation?: string;
  /** Words that, found near the abbreviation or on the page, point to this meaning. */
  cues: string[];
  /**
   * A meaning outside medicine (OS: operating system). Where the page points to it, the
   * abbreviation is not highlighted: it is not jargon there.
   */
  general?: boolean;
}

export interface Entry {
  /** Stable kebab-case id; never reuse or rename one that has shipped. */
  id: string;
  /** Headword as it should be shown. */
  term: string;
  /** Other names: synonyms, unambiguous abbreviations, US/UK spellings. */
  aliases?: string[];
  category: Category;
  /** One to three short sentences a 12-year-old can follow. Absent only when `senses` is given. */
  explanation?: string;
  /** Optional longer note shown under "More detail". */
  detail?: string;
  /** Ids of related entries. */
  related?: string[];
  /** Meanings of an ambiguous abbreviation, most common first. */
  senses?: Sense[];
  /**
   * Where a reader can check the facts: "Publisher: page" pairs a reader could find, separated by
   * "; " ("MedlinePlus: Cystitis; NHS: Cystitis"). Vague sources ("a standard textbook") are refused.
   */
  source: string;
  /** Address of the first source page, when it is a public page; the card links to it. */
  sourceUrl?: string;
  /** Who wrote the entry. */
  draftedBy?: string;
  /** Who fact-checked the entry against its sources; never its author. */
  reviewedBy?: string;
  /** The reference pages the review read to check each fact (addresses or "Publisher: page"). */
  checkedAgainst?: string[];
  /** How to say it, respelled as patient sites do: syllables joined by hyphens, stress in capitals ("op-so-KLO-nus"). */
  pronunciation?: string;
  /**
   * False when the headword is also an everyday word (cold, culture): lookup finds it, but pages
   * are not highlighted with it. "medical-pages" when the word is too common on ordinary pages
   * (or has an everyday sense there) but on a medical page means exactly what the card explains
   * (bilateral, sporadic, tremor): highlighted on medical pages only (see HighlightMode).
   */
  highlight?: HighlightMode;
}

/**
 * Where an entry's names are highlighted: everywhere (true, the default), nowhere (false: lookup
 * and the card only), or only on pages the precision layer finds medical ("medical-pages",
 * dictionary/layers/precision.ts: MEDICAL_PAGE_SCORE).
 */
export type HighlightMode = boolean | 'medical-pages';
export const MEDICAL_PAGES = 'medical-pages';

export const LIMITS = {
  explanation: 320,
  detail: 900,
  senseExplanation: 320,
} as const;

export interface EntryFile {
  file: string;
  entries: unknown;
}

export class DictionaryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dictionary has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'DictionaryError';
  }
}

/** Lower-case syllables joined by hyphens (words by spaces), at least one stressed syllable in capitals. */
export const PRONUNCIATION_PATTERN = /^(?=.*\b[A-Z]{1,8}\b)[a-zA-Z]+(?:[- ][a-zA-Z]+)*$/;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Forms that must be unique across the dictionary: case-insensitive unless written like an abbreviation. */
export function aliasKey(name: string): string {
  const normalized = name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return isCaseSensitive(normalized) ? normalized : normalized.toLowerCase();
}

/**
 * Abbreviations are matched with their case: "OMS" is a term, "oms" is not. A name counts as an
 * abbreviation when it has at least two capitals and no run of three lowercase letters (ACTH,
 * MRI, HbA1c, mRNA).
 */
export function isCaseSensitive(name: string): boolean {
  const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 && !/\p{Ll}{3}/u.test(name);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkEntryShape(raw: unknown, where: string, problems: string[]): Entry | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${where}: an entry must be an object`);
    return undefined;
  }
  const entry = raw as Record<string, unknown>;
  const before = problems.length;
  const need = (field: string, ok: boolean, why: string) => {
    if (!ok) problems.push(`${where}: "${field}" ${why}`);
  };
  need('id', isNonEmptyString(entry.id) && ID_PATTERN.test(entry.id), 'must be kebab-case (a-z, 0-9, -)');
  need('term', isNonEmptyString(entry.term), 'is missing');
  need('category', CATEGORIES.includes(entry.category as Category), `must be one of ${CATEGORIES.join(', ')}`);
  need('source', isNonEmptyString(entry.source), 'is missing: name the source the entry was checked against');
  const stringList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(isNonEmptyString));
  need('aliases', stringList(entry.aliases), 'must be a list of names');
  need('related', stringList(entry.related), 'must be a list of entry ids');
  need('reviewedBy', entry.reviewedBy === undefined || isNonEmptyString(entry.reviewedBy), 'must be a name');
  need('draftedBy', entry.draftedBy === undefined || isNonEmptyString(entry.draftedBy), 'must be a name');
  need(
    'reviewedBy',
    entry.reviewedBy === undefined || entry.draftedBy === undefined || entry.reviewedBy !== entry.draftedBy,
    'must not be the author',
  );
  need(
    'highlight',
    entry.highlight === undefined || typeof entry.highlight === 'boolean' || entry.highlight === MEDICAL_PAGES,
    `must be true, false or "${MEDICAL_PAGES}"`,
  );
  need('detail', entry.detail === undefined || isNonEmptyString(entry.detail), 'must be text');
  need('checkedAgainst', stringList(entry.checkedAgainst), 'must be a list of the pages the review read');
  need(
    'sourceUrl',
    entry.sourceUrl === undefined ||
      (typeof entry.sourceUrl === 'string' && /^https:\/\/[^\s"<>]+$/.test(entry.sourceUrl)),
    'must be an https address',
  );
  need(
    'pronunciation',
    entry.pronunciation === undefined ||
      (typeof entry.pronunciation === 'string' && PRONUNCIATION_PATTERN.test(entry.pronunciation)),
    'must be syllables joined by hyphens with the stressed one in capitals ("op-so-KLO-nus")',
  );
  if (entry.senses === undefined) {
    need('explanation', isNonEmptyString(entry.explanation), 'is missing');
  } else if (!Array.isArray(entry.senses) || entry.senses.length < 2) {
    problems.push(`${where}: "senses" must list at least two meanings`);
  } else {
    entry.senses.forEach((sense: unknown, i) => {
      const s = (sense ?? {}) as Record<string, unknown>;
      const at = `${where}, sense ${i + 1}`;
      if (!isNonEmptyString(s.meaning)) problems.push(`${at}: "meaning" is missing`);
      if (!stringList(s.cues) || !Array.isArray(s.cues)) problems.push(`${at}: "cues" must be a list of words`);
      if (s.general !== undefined && typeof s.general !== 'boolean')
        problems.push(`${at}: "general" must be true or false`);
      if (s.entry === undefined && !isNonEmptyString(s.explanation))
        problems.push(`${at}: needs "entry" or "explanation"`);
      if (isNonEmptyString(s.explanation) && s.explanation.length > LIMITS.senseExplanation)
        problems.push(`${at}: explanation is too long (${s.explanation.length} > ${LIMITS.senseExplanation})`);
    });
  }
  if (isNonEmptyString(entry.explanation) && entry.explanation.length > LIMITS.explanation)
    problems.push(`${where}: explanation is too long (${entry.explanation.length} > ${LIMITS.explanation} characters)`);
  if (isNonEmptyString(entry.detail) && entry.detail.length > LIMITS.detail)
    problems.push(`${where}: detail is too long (${entry.detail.length} > ${LIMITS.detail} characters)`);
  return problems.length === before ? (entry as unknown as Entry) : undefined;
}

/**
 * Checks every file's entries and the rules that span files. Throws a DictionaryError that names
 * file, entry and reason for each problem, so a bad entry fails the build with a readable message.
 */
export function validateEntries(files: EntryFile[]): Entry[] {
  const problems: string[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<Entry, string>();
  for (const { file, entries: raw } of files) {
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must hold a JSON array of entries`);
      continue;
    }
    raw.forEach((item, i) => {
      const label = isNonEmptyString((item as { id?: unknown })?.id) ? `"${(item as { id: string }).id}"` : `#${i + 1}`;
      const entry = checkEntryShape(item, `${file}, entry ${label}`, problems);
      if (entry) {
        entries.push(entry);
        fileOf.set(entry, file);
      }
    });
  }
  const where = (e: Entry) => `${fileOf.get(e)}, entry "${e.id}"`;
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const twin = byId.get(entry.id);
    if (twin) problems.push(`${where(entry)}: duplicate id (also in ${fileOf.get(twin)})`);
    else byId.set(entry.id, entry);
  }
  const owner = new Map<string, Entry>();
  for (const entry of entries) {
    const names = new Set([entry.term, ...(entry.aliases ?? [])].map(aliasKey));
    for (const key of names) {
      const other = owner.get(key);
      if (other && other !== entry)
        problems.push(`${where(entry)}: name "${key}" clashes with entry "${other.id}" (${fileOf.get(other)})`);
      else owner.set(key, entry);
    }
  }
  for (const entry of entries) {
    for (const id of entry.related ?? [])
      if (!byId.has(id)) problems.push(`${where(entry)}: related id "${id}" does not exist`);
    for (const sense of entry.senses ?? [])
      if (sense.entry !== undefined && !byId.has(sense.entry))
        problems.push(`${where(entry)}: sense "${sense.meaning}" points to missing entry "${sense.entry}"`);
  }
  if (problems.length) throw new DictionaryError(problems);
  return entries;
}
