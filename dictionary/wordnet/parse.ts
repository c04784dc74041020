/** Parsing WordNet's data.*, index.* and index.sense files (pure: text or bytes in, structures out). */

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

export interface Pointer {
  /** "@" hypernym, "@i" instance hypernym, "+" derivationally related, "\" pertainym, ... */
  symbol: string;
  offset: string;
  pos: PartOfSpeech;
  /** Lemma number (1-based) in this synset the pointer starts from; 0 for a semantic pointer. */
  source: number;
}

export interface Synset {
  offset: string;
  lexFile: number;
  pos: PartOfSpeech;
  /** Lemmas as written in the file: underscores for spaces, adjective markers like "(a)" removed. */
  lemmas: string[];
  pointers: Pointer[];
  gloss: string;
}

const POS_OF: Record<string, PartOfSpeech> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** One line of a data.* file; undefined for the licence header (lines starting with spaces) and blanks. */
export function parseDataLine(line: string): Synset | undefined {
  if (line.length === 0 || line.startsWith(' ')) return undefined;
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const [offset, lexFile, ssType, wordCount] = fields;
  const lemmas: string[] = [];
  let i = 4;
  for (let k = parseInt(wordCount, 16); k > 0; k--, i += 2) lemmas.push(fields[i].replace(/\([a-z]+\)$/, ''));
  const pointers: Pointer[] = [];
  for (let k = parseInt(fields[i++], 10); k > 0; k--, i += 4) {
    pointers.push({
      symbol: fields[i],
      offset: fields[i + 1],
      pos: POS_OF[fields[i + 2]],
      source: parseInt(fields[i + 3].slice(0, 2), 16),
    });
  }
  return { offset, lexFile: parseInt(lexFile, 10), pos: POS_OF[ssType], lemmas, pointers, gloss };
}

export function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    const synset = parseDataLine(line);
    if (synset) synsets.set(synset.offset, synset);
  }
  return synsets;
}

/** index.verb / index.adj / index.adv: lower-case word (underscores) -> its synset offsets. */
export function parseIndex(text: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const synsetCount = parseInt(fields[2], 10);
    index.set(fields[0], fields.slice(fields.length - synsetCount));
  }
  return index;
}

/**
 * index.sense: lower-case word (underscores) -> total tag_cnt over all its senses in every part of
 * speech, i.e. how often the word was seen in WordNet's sense-tagged corpora (SemCor).
 */
export function parseTagCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const percent = line.indexOf('%');
    if (percent <= 0) continue;
    const word = line.slice(0, percent);
    const tagCount = parseInt(line.slice(line.lastIndexOf(' ') + 1), 10) || 0;
    counts.set(word, (counts.get(word) ?? 0) + tagCount);
  }
  return counts;
}

const UTF8 = new TextDecoder();

/** The synset at a byte offset of a data.* file (offsets in WordNet are byte offsets). */
export function synsetAtOffset(data: Uint8Array, offset: string): Synset | undefined {
  const start = parseInt(offset, 10);
  let end = data.indexOf(10, start);
  if (end < 0) end = data.length;
  return parseDataLine(UTF8.decode(data.subarray(start, end)));
}

/** A lemma as shown: underscores become spaces. */
export function displayName(lemma: string): string {
  return lemma.replace(/_/g, ' ');
}

/** The key WordNet's index files use for a word: lower case, underscores for spaces. */
export function indexKey(name: string): string {
  return name.trim().toLowerCase().replace(/ +/g, '_');
}

/** The definition part of a gloss: everything before the first example sentence ('; "'). */
export function definitionOf(gloss: string): string {
  const example = gloss.indexOf('; "');
  const definition = example < 0 ? gloss : gloss.slice(0, example);
  return definition.replace(/[;\s]+$/, '').trim();
}
