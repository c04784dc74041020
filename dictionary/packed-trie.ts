/**
 * Pure: the token trie packed for shipping in the content script. As JSON objects (one object per
 * node, one string per word) the dictionary's and the disease names' tries kept about 5 MB alive in
 * every page that matched text; packed they are three strings and a few typed arrays.
 *
 * Nodes are numbered breadth first, so a node's children are consecutive and sorted by word (UTF-16
 * order, found by binary search). Shipped: `words`, the tries' distinct words, each followed by a
 * space (a word token never holds one), the most used first; `wordOf`, for every node but the root,
 * the number of its word in `words` (in SHAPE_DIGITS, see WORD_LAST: one character for the 46 most
 * used words, two up to 2,069). Written once per node instead, the words were 256 KB of the disease
 * names' page data and of every medical page's heap: their 30,611 nodes have 6,857 distinct words
 * ("syndrome", "type", "1"...). `shape`, per node its child count times two, plus one if a name
 * ends there, written as one character (SHAPE_DIGITS) or, for the few nodes with many children, as
 * ~number~ (as a JSON array of numbers it was 2 to 3 bytes a node, and slower to parse); `values`,
 * the terminals' values in node order, each followed by a space; where that is shorter, a value is
 * its first character (the category code) and the index, in base 36, of the rest (the entry id) in
 * `ids`, each id written once (the dictionary's 12,145 names share 5,276 ids: written out, the ids
 * were most of the values' bytes); `wide`, the few words with a character beyond Latin-1
 * ("β-thalassemia", "μ"), by their number, each written in `words` with WIDE_MARK in place of such
 * a character. One such character in `words` made V8 keep the whole string in two bytes per
 * character: 410 KB more heap on every page.
 */
import type { TrieData, TrieNode } from './matcher';

export interface PackedNodes {
  /** How many nodes, the root included. */
  nodes: number;
  /** The distinct words, each followed by a space. */
  words: string;
  /** Each node's word (the root's excepted) as its number in `words` (packWordNumber). */
  wordOf: string;
  shape: string;
  values: string;
  /** The ids the values point to (see above), each followed by a space; absent when values are written out. */
  ids?: string;
  /** [number in `words`, the word] for each word with a character beyond Latin-1 (absent when none has). */
  wide?: [number, string][];
}

export interface PackedTrieData {
  packed: true;
  lower: PackedNodes;
  exact: PackedNodes;
}

const WORD_END = ' ';
/** Ends each value, and each id: JSON writes a space as itself, a newline as two characters. */
const VALUE_END = ' ';
/** Stands in `words` for each UTF-16 unit beyond Latin-1; never part of a word looked up (a token is letters, digits and marks). */
const WIDE_MARK = '\u0001';
const WIDE_MARK_CODE = 1;
const BEYOND_LATIN_1 = /[\u0100-\u{10ffff}]/gu;
/**
 * A node's shape as one character: printable ASCII that JSON writes as itself (no quote, no
 * backslash), `~` kept for larger numbers (~1234~). Most nodes have one or two children.
 */
const SHAPE_DIGITS = Array.from({ length: 0x7e - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((ch) => ch !== '"' && ch !== '\\')
  .join('');
const SHAPE_LONG = '~';
const SHAPE_LONG_CODE = SHAPE_LONG.charCodeAt(0);
/** Each ASCII code's value as a shape digit (-1: not one). */
const SHAPE_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < SHAPE_DIGITS.length; i++) SHAPE_VALUE[SHAPE_DIGITS.charCodeAt(i)] = i;

/** The value of the digit at `at` (SHAPE_DIGITS); throws if there is none: the data is damaged. */
function digitAt(packed: string, at: number, what: string): number {
  const code = packed.charCodeAt(at);
  const digit = code < SHAPE_VALUE.length ? SHAPE_VALUE[code] : -1;
  if (digit < 0) throw new Error(`MedGloss: a packed trie has a damaged ${what}.`);
  return digit;
}

/**
 * A word's number in `wordOf`: the last character one of the first WORD_LAST digits, any before it
 * one of the other WORD_MORE (the number divided by WORD_LAST, in base WORD_MORE). A node's word
 * ends at the first "last" digit, so numbers need no separator.
 */
const WORD_LAST = 46;
const WORD_MORE = SHAPE_DIGITS.length - WORD_LAST;

function packWordNumber(n: number): string {
  let more = '';
  for (let rest = Math.floor(n / WORD_LAST); rest > 0; rest = Math.floor(rest / WORD_MORE))
    more = SHAPE_DIGITS[WORD_LAST + (rest % WORD_MORE)] + more;
  return more + SHAPE_DIGITS[n % WORD_LAST];
}

/** The numbers `packWordNumber` wrote, one per node but the root (whose entry stays 0). */
function unpackWordOf(packed: string, nodes: number): Int32Array {
  const wordOf = new Int32Array(nodes);
  let n = 1;
  let number = 0;
  for (let at = 0; at < packed.length; at++) {
    const digit = digitAt(packed, at, 'word number');
    if (digit >= WORD_LAST) number = number * WORD_MORE + digit - WORD_LAST;
    else {
      if (n >= nodes) throw new Error('MedGloss: a packed trie has more word numbers than nodes.');
      wordOf[n++] = number * WORD_LAST + digit;
      number = 0;
    }
  }
  if (n !== nodes) throw new Error('MedGloss: a packed trie has fewer word numbers than nodes.');
  return wordOf;
}

function packShape(shape: number[]): string {
  return shape.map((n) => (n < SHAPE_DIGITS.length ? SHAPE_DIGITS[n] : `${SHAPE_LONG}${n}${SHAPE_LONG}`)).join('');
}

/** The shapes `packShape` wrote, one number per node. */
function unpackShape(packed: string, nodes: number): Int32Array {
  const shape = new Int32Array(nodes);
  let at = 0;
  for (let n = 0; n < nodes; n++) {
    if (packed.charCodeAt(at) !== SHAPE_LONG_CODE) {
      shape[n] = digitAt(packed, at++, 'shape');
      continue;
    }
    const end = packed.indexOf(SHAPE_LONG, ++at);
    shape[n] = Number(packed.slice(at, end));
    at = end + 1;
  }
  if (at !== packed.length) throw new Error('MedGloss: a packed trie has more shapes than nodes.');
  return shape;
}

/** Build time: one trie (its root object) packed. */
function packNodes(root: TrieNode): PackedNodes {
  const nodeWords: string[] = [];
  const shape: number[] = [];
  const values: string[] = [];
  const queue: TrieNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    const keys = Object.keys(node)
      .filter((key) => key !== '')
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const value = Object.prototype.hasOwnProperty.call(node, '') ? (node[''] as string) : undefined;
    shape.push(keys.length * 2 + (value === undefined ? 0 : 1));
    if (value !== undefined) {
      if (value.includes(VALUE_END)) throw new Error(`A trie value holds a space: ${JSON.stringify(value)}`);
      values.push(value);
    }
    for (const key of keys) {
      if (key.includes(WORD_END)) throw new Error(`A trie word holds a space: ${JSON.stringify(key)}`);
      if (key.includes(WIDE_MARK)) throw new Error(`A trie word holds U+0001: ${JSON.stringify(key)}`);
      nodeWords.push(key);
      queue.push(node[key] as TrieNode);
    }
  }
  // The most used words get the shortest numbers; equally used ones in UTF-16 order, for a stable build.
  const uses = new Map<string, number>();
  for (const word of nodeWords) uses.set(word, (uses.get(word) ?? 0) + 1);
  const table = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const number = new Map(table.map((word, i) => [word, i]));
  const wide: [number, string][] = [];
  const words = table
    .map((word, i) => {
      // One mark per UTF-16 unit keeps the word's length.
      const narrow = word.replace(BEYOND_LATIN_1, (char) => WIDE_MARK.repeat(char.length));
      if (narrow !== word) wide.push([i, word]);
      return narrow + WORD_END;
    })
    .join('');
  return {
    nodes: shape.length,
    words,
    wordOf: nodeWords.map((word) => packWordNumber(number.get(word)!)).join(''),
    shape: packShape(shape),
    ...packValues(values),
    ...(wide.length ? { wide } : {}),
  };
}

/** The values written out, or as code and id index with the ids apart, whichever is shorter. */
function packValues(values: string[]): Pick<PackedNodes, 'values' | 'ids'> {
  const plain = values.map((value) => value + VALUE_END).join('');
  const index = new Map<string, number>();
  const tabled = values
    .map((value) => {
      const id = value.slice(1);
      let i = index.get(id);
      if (i === undefined) index.set(id, (i = index.size));
      return value[0] + i.toString(36) + VALUE_END;
    })
    .join('');
  const ids = [...index.keys()].map((id) => id + VALUE_END).join('');
  return tabled.length + ids.length < plain.length ? { values: tabled, ids } : { values: plain };
}

export function packTrie(trie: TrieData): PackedTrieData {
  return { packed: true, lower: packNodes(trie.lower), exact: packNodes(trie.exact) };
}

export function isPacked(trie: TrieData | PackedTrieData): trie is PackedTrieData {
  return (trie as Partial<PackedTrieData>).packed === true;
}

/** A number for a word's first two UTF-16 code units (a one-character word has its own). */
function prefixKey(text: string, start: number, length: number): number {
  return text.charCodeAt(start) * 65537 + (length > 1 ? text.charCodeAt(start + 1) + 1 : 0);
}

/** Where each item of `list` starts, each item ended by `end`; one more entry: the list's length. */
function startsOf(list: string, end: string): Int32Array {
  const starts = [0];
  for (let at = list.indexOf(end); at >= 0; at = list.indexOf(end, at + 1)) starts.push(at + 1);
  return Int32Array.from(starts);
}

/** -1, 0 or 1, in UTF-16 order (the order the children are sorted in). */
function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Page time: a packed trie ready for look-ups. Node 0 is the root; -1 is "no such node". */
export class PackedTrie {
  private readonly words: string;
  private readonly values: string;
  /** Where each distinct word starts in `words` (word w's ends one before wordStart[w + 1]). */
  private readonly wordStart: Int32Array;
  /** Each node's word, as its number in `words` (the root's is 0 and never read). */
  private readonly wordOf: Int32Array;
  /** Each node's first child; its children run up to firstChild[n + 1]. */
  private readonly firstChild: Int32Array;
  /** Where each node's value starts in `values`, or -1. */
  private readonly valueStart: Int32Array;
  /**
   * The root's children by their first two characters: the first such child; the last is in
   * `prefixLast`. Every word of a text is looked up at the root, among thousands of children; this
   * leaves a binary search over a few. (A [first, last] array for each of the 1,368 prefixes of
   * the shipped tries took 44 KB of a page's heap; numbers are kept in the Map itself.)
   */
  private readonly rootPrefixes = new Map<number, number>();
  /** For the first root child of each prefix (by its place among the root's children): the last. */
  private readonly prefixLast: Int32Array;
  /** The words written with WIDE_MARK in `words`, by their number. */
  private readonly wide: Map<number, string>;
  /** The ids values point to, and where each starts (PackedNodes.ids); undefined when values are written out. */
  private readonly ids: string | undefined;
  private readonly idStart: Int32Array | undefined;

  constructor({ nodes, words, wordOf, shape: packedShape, values, ids, wide }: PackedNodes) {
    this.wide = new Map(wide);
    this.ids = ids;
    if (ids !== undefined) this.idStart = startsOf(ids, VALUE_END);
    const count = nodes;
    const shape = unpackShape(packedShape, count);
    this.words = words;
    this.values = values;
    this.wordStart = startsOf(words, WORD_END);
    this.wordOf = unpackWordOf(wordOf, count);
    this.firstChild = new Int32Array(count + 1);
    this.valueStart = new Int32Array(count);
    let child = 1;
    let value = 0;
    for (let n = 0; n < count; n++) {
      this.firstChild[n] = child;
      child += shape[n] >> 1;
      if (shape[n] & 1) {
        this.valueStart[n] = value;
        value = values.indexOf(VALUE_END, value) + 1;
      } else this.valueStart[n] = -1;
    }
    this.firstChild[count] = child;
    // Children are sorted, so those that share their first two characters are consecutive.
    const rootFirst = this.firstChild[0];
    this.prefixLast = new Int32Array(this.firstChild[1] - rootFirst);
    for (let n = rootFirst; n < this.firstChild[1]; n++) {
      const word = this.wordOf[n];
      const start = this.wordStart[word];
      const real = this.wide.get(word);
      const key = real
        ? prefixKey(real, 0, real.length)
        : prefixKey(words, start, this.wordStart[word + 1] - 1 - start);
      const first = this.rootPrefixes.get(key);
      if (first === undefined) this.rootPrefixes.set(key, n);
      this.prefixLast[(first ?? n) - rootFirst] = n;
    }
  }

  /** -1, 0 or 1 as `key` sorts before, with or after node n's word. */
  private compare(key: string, n: number): number {
    const word = this.wordOf[n];
    const start = this.wordStart[word];
    const length = this.wordStart[word + 1] - 1 - start;
    const shorter = Math.min(key.length, length);
    for (let i = 0; i < shorter; i++) {
      const a = key.charCodeAt(i);
      const b = this.words.charCodeAt(start + i);
      if (a !== b) return b === WIDE_MARK_CODE ? compareStrings(key, this.wide.get(word)!) : a < b ? -1 : 1;
    }
    return key.length === length ? 0 : key.length < length ? -1 : 1;
  }

  child(node: number, key: string): number {
    let lo = this.firstChild[node];
    let hi = this.firstChild[node + 1] - 1;
    if (node === 0) {
      const first = this.rootPrefixes.get(prefixKey(key, 0, key.length));
      if (first === undefined) return -1;
      lo = first;
      hi = this.prefixLast[first - this.firstChild[0]];
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = this.compare(key, mid);
      if (order === 0) return mid;
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  terminal(node: number): string | undefined {
    const start = this.valueStart[node];
    if (start < 0) return undefined;
    const end = this.values.indexOf(VALUE_END, start);
    if (this.ids === undefined) return this.values.slice(start, end);
    const i = parseInt(this.values.slice(start + 1, end), 36);
    return this.values[start] + this.ids.slice(this.idStart![i], this.idStart![i + 1] - 1);
  }

  hasChildren(node: number): boolean {
    return this.firstChild[node + 1] > this.firstChild[node];
  }

  /** The words of the root's children (each name's first word). */
  rootWords(): string[] {
    const words: string[] = [];
    for (let n = this.firstChild[0]; n < this.firstChild[1]; n++) {
      const word = this.wordOf[n];
      words.push(this.wide.get(word) ?? this.words.slice(this.wordStart[word], this.wordStart[word + 1] - 1));
    }
    return words;
  }
}
