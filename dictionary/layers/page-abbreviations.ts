/**
 * Pure: abbreviations a page defines for itself, "long form (SF)" and "SF (long form)", found
 * with the algorithm of Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation
 * definitions in biomedical text"), plus "LONG, also called SF" and its kin.
 *
 * The algorithm trusts letters, not meaning: an abbreviation is accepted only where its
 * characters can be found, right to left, inside the words before it, with its first character
 * at the start of a word. So "the year (2003)" or "(see Figure 2)" never get that far. On top of
 * the paper, the short form must look like an abbreviation (a capital, no run of three lower-case
 * letters: "DXA", "Hb", "mRNA"), since a web page's parentheses hold far more plain words than a
 * journal abstract's do.
 */

export interface PageAbbreviation {
  /** The short form as the page writes it: "DXA". */
  short: string;
  /** What it stands for on this page: "dual-energy X-ray absorptiometry". */
  long: string;
  /** Where the defining occurrence of the short form starts in the text. */
  index: number;
}

const MAX_SHORT = 10;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Where a long form can no longer reach back: the end of a sentence, a clause or another bracket. */
const LONG_FORM_STOP = /[.;:!?()[\]{},\u2014]/u;

/** Short-form shape: 2-10 characters, a letter, first alphanumeric, a capital, no three lower-case letters in a row. */
export function looksLikeShortForm(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > MAX_SHORT) return false;
  if (!LETTER_OR_DIGIT.test(candidate[0]) || /\s/u.test(candidate)) return false;
  if (!/\p{L}/u.test(candidate) || !/\p{Lu}/u.test(candidate)) return false;
  if (/\p{Ll}{3}/u.test(candidate)) return false;
  return /^[\p{L}\p{N}][\p{L}\p{N}\-/&.'+]*$/u.test(candidate);
}

const isAlnum = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);

/**
 * Schwartz & Hearst's findBestLongForm: the shortest tail of `candidate` whose words hold the
 * short form's characters in order, the first one starting a word. Undefined when there is none.
 */
export function bestLongForm(short: string, candidate: string): string | undefined {
  const lower = candidate.toLowerCase();
  const shortLower = short.toLowerCase();
  let l = lower.length - 1;
  for (let s = shortLower.length - 1; s >= 0; s--) {
    const ch = shortLower[s];
    if (!isAlnum(ch)) continue;
    while (l >= 0 && (lower[l] !== ch || (s === 0 && l > 0 && isAlnum(lower[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = lower.lastIndexOf(' ', l) + 1;
  return candidate.slice(start).trim();
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** The paper's final checks, so a long form is neither too long nor just the short form again. */
function acceptable(short: string, long: string | undefined): long is string {
  if (!long || long.length <= short.length) return false;
  const maxWords = Math.min(short.length + 5, short.length * 2);
  if (words(long).length > maxWords) return false;
  // "MS (MS lesions)": the "long form" repeats the abbreviation, it does not define it.
  if (long.split(/[^\p{L}\p{N}]+/u).includes(short)) return false;
  // A definition starts with a word, not with a number or a stray mark.
  return /^\p{L}/u.test(long);
}

const CLAUSE_WINDOW = 600;

/** The words before a bracket that may form its long form: the same clause, at most `limit` words. */
function textBefore(text: string, end: number, limit: number): string {
  // `limit` words fit in far fewer characters: a clause of thousands is not read for every bracket.
  const floor = Math.max(0, end - CLAUSE_WINDOW);
  let start = end;
  while (start > floor && !LONG_FORM_STOP.test(text[start - 1])) start--;
  return words(text.slice(start, end)).slice(-limit).join(' ');
}

/** Words that introduce a synonym inside the bracket or after a comma: "(also called DRESS)". */
const INTRODUCERS = /^(?:also\s+called|also\s+known\s+as|known\s+as|also|or|abbreviated(?:\s+as)?|short\s+for)\s+/iu;

function definition(short: string, candidate: string, index: number): PageAbbreviation | undefined {
  if (!looksLikeShortForm(short)) return undefined;
  const long = bestLongForm(short, candidate);
  return acceptable(short, long) ? { short, long, index } : undefined;
}

/** A short form is at most this long, so the word before a bracket is found within this many characters. */
const WORD_WINDOW = 64;

/**
 * The word just before `end` and where it starts. Reads a short window only: an end-anchored
 * regex over the whole text before it would cost the length of the page per bracket.
 */
function wordBefore(text: string, end: number): { word: string; index: number } | undefined {
  const from = Math.max(0, end - WORD_WINDOW);
  const found = /([\p{L}\p{N}][\p{L}\p{N}\-/&.'+]*)\s*$/u.exec(text.slice(from, end));
  return found ? { word: found[1], index: from + found.index } : undefined;
}

/** The longest long form read, in a bracket or after "known as". */
const MAX_LONG_FORM = 200;
const BRACKET = new RegExp(`\\(([^()]{1,${MAX_LONG_FORM}})\\)`, 'gu');

/** "long form (SF)" and "SF (long form)". */
function bracketed(text: string): PageAbbreviation[] {
  const found: PageAbbreviation[] = [];
  for (const bracket of text.matchAll(BRACKET)) {
    const open = bracket.index;
    const rawInner = bracket[1];
    // "(DRESS; see below)", "(BIA, a cheap test)": the abbreviation is the part before the mark.
    const inner = rawInner.split(/[;,]/u)[0].trim().replace(INTRODUCERS, '');
    const innerStart = open + 1 + rawInner.indexOf(inner);
    if (looksLikeShortForm(inner)) {
      const limit = Math.min(inner.length + 5, inner.length * 2);
      const hit = definition(inner, textBefore(text, open, limit), innerStart);
      if (hit) found.push(hit);
      continue;
    }
    // "OMS (opsoclonus-myoclonus syndrome)": the short form is the word just before the bracket.
    const before = wordBefore(text, open);
    if (!before) continue;
    const short = before.word.replace(/\.$/u, '');
    const hit = definition(short, inner, before.index);
    // The whole bracket must be the definition, not a sentence that happens to hold its letters.
    if (hit && hit.long === inner.trim()) found.push(hit);
  }
  return found;
}

const SPACE = /\s/u;

/** "LONG, also called SF" and "SF, also known as LONG", checked by the same letters rule. */
function introduced(text: string): PageAbbreviation[] {
  const found: PageAbbreviation[] = [];
  // The pattern starts at the words, not at the ", " before them: a regex that starts with \s+
  // tries every position of a run of spaces to its end, the square of its length (20,000 spaces
  // in a page's text took 450 ms). The space and comma before the words are read back by hand.
  const pattern = /(?:also\s+called|also\s+known\s+as|known\s+as)\s+([\p{L}\p{N}][\p{L}\p{N}\-/&.'+]*)/giu;
  for (const hit of text.matchAll(pattern)) {
    let start = hit.index;
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    // A word of its own after a space: not "unknown as".
    if (start === hit.index) continue;
    if (text[start - 1] === ',') start--;
    const after = hit[1].replace(/\.$/u, '');
    const afterIndex = hit.index + hit[0].length - hit[1].length;
    if (looksLikeShortForm(after)) {
      const limit = Math.min(after.length + 5, after.length * 2);
      const def = definition(after, textBefore(text, start, limit), afterIndex);
      if (def) found.push(def);
      continue;
    }
    // "DRESS, also known as drug reaction with eosinophilia...": the long form runs to the clause end.
    const short = wordBefore(text, start);
    if (!short) continue;
    // As in brackets, a long form is at most MAX_LONG_FORM characters: reading on to the clause's
    // end for every "known as" made a text of them cost the square of its length.
    const last = Math.min(text.length, afterIndex + MAX_LONG_FORM);
    let end = afterIndex;
    while (end < last && !LONG_FORM_STOP.test(text[end])) end++;
    const candidate = text.slice(afterIndex, end).trim();
    const def = definition(short.word, candidate, short.index);
    if (def && candidate.startsWith(def.long)) found.push(def);
  }
  return found;
}

/** Every definition in one block of plain text, in text order. */
export function findPageAbbreviations(text: string): PageAbbreviation[] {
  return [...bracketed(text), ...introduced(text)].sort((a, b) => a.index - b.index);
}

/** One meaning per short form for a whole page: the first definition wins, as a reader would read it. */
export function pageAbbreviations(blocks: Iterable<string>): Map<string, string> {
  const byShort = new Map<string, string>();
  for (const block of blocks)
    for (const { short, long } of findPageAbbreviations(block)) if (!byShort.has(short)) byShort.set(short, long);
  return byShort;
}

/**
 * Worth a highlight for MedGloss: a page's own abbreviation is shown only when its long form
 * says something medical (a word the dictionary, a derivation or the word parts know), so
 * "New York (NY)" or "Securities and Exchange Commission (SEC)" stay plain.
 */
export function isMedicalDefinition(long: string, isMedicalWord: (word: string) => boolean): boolean {
  return long.split(/[^\p{L}\p{N}]+/u).some((word) => word.length > 2 && isMedicalWord(word.toLowerCase()));
}
