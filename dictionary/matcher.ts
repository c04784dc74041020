/**
 * Pure term matching: text in, matches out. No DOM, no browser API.
 *
 * Names are cut into word tokens (runs of letters, marks and digits), so a match can only start
 * and end on word boundaries in any script. The names live in a token trie, built at build time
 * and shipped as plain JSON, so a page pays one JSON.parse instead of building it. One pass over
 * the text serves the whole dictionary, and the longest name wins ("cerebellar ataxia" over
 * "ataxia"). Rules:
 * - Between the words of a name the text may use spaces, hyphens or dashes alike.
 * - A possessive ('s, ’s, s', s’) never splits a name: "Wilms’ tumor" = "Wilms tumor".
 * - The last word may carry a plural ending: -s, -es, -ies for -y.
 * - Names written like abbreviations (see isCaseSensitive) only match with their case: OMS, not oms.
 */
import { isCaseSensitive } from './schema';
import { isPacked, PackedTrie, type PackedTrieData } from './packed-trie';

/** How a highlight was found: a reviewed entry, or one of the recognition layers (dictionary/layers/). */
export type MatchKind = 'entry' | 'page' | 'derived' | 'disease' | 'word-parts' | 'own';

export interface Match {
  start: number;
  end: number;
  id: string;
  /** Absent for the dictionary's own matches: "entry". */
  kind?: MatchKind;
}

/** A trie node: word -> child; the key "" holds the terminal "<category code><entry id>". */
export interface TrieNode {
  [word: string]: TrieNode | string;
}

export interface TrieData {
  lower: TrieNode;
  exact: TrieNode;
}

/** A trie as objects (built at run time) or packed (as the content script gets the shipped ones). */
export type AnyTrie = TrieData | PackedTrieData;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** The words `find` walks, and the next word `longestAt` looks at: one of each for every matcher (neither calls out while it uses them). */
const FIND_WORDS = new RegExp(WORD.source, 'gu');
const NEXT_WORD = new RegExp(WORD.source, 'gu');
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = "'\u2019\u02bc";
/** Whether an object has a key of its own (not from its prototype): `hasOwn.call(object, key)`. */
export const hasOwn = Object.prototype.hasOwnProperty;

/**
 * What may stand between the words of a name: white space (any run counts as one space, as the
 * browser shows it: pretty-printed HTML breaks lines inside sentences), and at most one of a
 * hyphen, a slash or an ampersand ("attention-deficit/hyperactivity", "oral & maxillofacial").
 * A full stop joins only after a short word, as in "D.O." or "St. Vitus dance"; after anything
 * longer it ends a sentence. Commas, brackets and the rest always end a name.
 */
function isJoiner(gap: string, previousWord: string): boolean {
  if (gap.length === 0 || gap.length > 64) return false;
  let marks = 0;
  for (const ch of gap) {
    if (ch === ' ' || ch === '\u00a0' || ch === '\n' || ch === '\t' || ch === '\r') continue;
    const joins = ch === '-' || ch === '/' || ch === '&' || (ch >= '\u2010' && ch <= '\u2013');
    if (!joins && !(ch === '.' && previousWord.length <= 3)) return false;
    marks++;
  }
  return marks <= 1;
}

/** Where a word ends once a possessive is folded in: "Wilms’" and "OMS's" end after the apostrophe part. */
function wordEnd(text: string, word: string, end: number): number {
  const next = text[end];
  if (next === undefined || !APOSTROPHES.includes(next)) return end;
  const after = text[end + 1] ?? '';
  if (after === 's' && !WORD_CHAR.test(text[end + 2] ?? '')) return end + 2;
  if (word.endsWith('s') && !WORD_CHAR.test(after)) return end + 1;
  return end;
}

function child(node: TrieNode, key: string): TrieNode | undefined {
  return hasOwn.call(node, key) && key !== '' ? (node[key] as TrieNode) : undefined;
}

function terminal(node: TrieNode | undefined): string | undefined {
  return node && hasOwn.call(node, '') ? (node[''] as string) : undefined;
}

/** One trie as the matcher walks it: objects (built at run time: own terms) or packed (shipped, packed-trie.ts). */
interface TrieView<N = unknown> {
  root: N;
  child(node: N, key: string): N | undefined;
  terminal(node: N): string | undefined;
  /** Whether a longer name can follow. */
  hasChildren(node: N): boolean;
}

function objectView(root: TrieNode): TrieView<TrieNode> {
  return {
    root,
    child,
    terminal,
    hasChildren: (node) => Object.keys(node).length > (terminal(node) ? 1 : 0),
  };
}

function packedView(trie: PackedTrie): TrieView<number> {
  return {
    root: 0,
    child: (node, key) => {
      const found = trie.child(node, key);
      return found < 0 ? undefined : found;
    },
    terminal: (node) => trie.terminal(node),
    hasChildren: (node) => trie.hasChildren(node),
  };
}

/** The word tokens of a name as the trie stores them. */
function nameKeys(name: string, caseSensitive: boolean): string[] {
  const normalized = name.normalize('NFC');
  const keys: string[] = [];
  for (const found of normalized.matchAll(WORD)) {
    // A possessive "s" is not a word of the name: "Parkinson's disease" -> parkinson, disease.
    if (found[0] === 's' && keys.length && APOSTROPHES.includes(normalized[found.index - 1] ?? '')) continue;
    keys.push(caseSensitive ? found[0] : found[0].toLowerCase());
  }
  return keys;
}

export class Matcher {
  private readonly hidden = new Set<string>();
  private readonly trie: TrieData;
  /** Lower-case names, then names matched with their case. */
  private readonly views: [TrieView, TrieView];
  /** Whether the tries hold any name: known after the first find, and once add() ran. */
  private hasNames: boolean | undefined;
  /**
   * A shipped trie's case-sensitive names whose first word has no capital ("6q24", "mt"): a word
   * written in lower case is looked up among those names only if it is one of these (or its
   * plural). Most words of a page are lower case, and the abbreviations' trie cannot hold them.
   * Undefined for tries built at run time, which are always looked up.
   */
  private readonly lowercaseExactFirsts: Set<string> | undefined;

  constructor(trie: AnyTrie = { lower: {}, exact: {} }) {
    if (isPacked(trie)) {
      // Packed tries are read-only: add() is for tries built at run time.
      this.trie = { lower: {}, exact: {} };
      const exact = new PackedTrie(trie.exact);
      this.views = [packedView(new PackedTrie(trie.lower)), packedView(exact)];
      this.lowercaseExactFirsts = new Set(exact.rootWords().filter((word) => word === word.toLowerCase()));
    } else {
      this.trie = trie;
      this.views = [objectView(trie.lower), objectView(trie.exact)] as [TrieView, TrieView];
    }
  }

  /** Builds trie data from (name, id, category code) rows: run at build time, and for user terms. */
  static build(rows: Iterable<readonly [name: string, id: string, category?: string]>): TrieData {
    const matcher = new Matcher();
    for (const [name, id, category] of rows) matcher.add(name, id, category);
    return matcher.trie;
  }

  /** Adds a name; the first owner of a name keeps it. `category` is a one-character code. */
  add(name: string, id: string, category = '_'): void {
    const caseSensitive = isCaseSensitive(name);
    const keys = nameKeys(name, caseSensitive);
    if (keys.length === 0) return;
    this.hasNames = true;
    let node = caseSensitive ? this.trie.exact : this.trie.lower;
    for (const key of keys) {
      let next = child(node, key);
      if (!next) node[key] = next = {};
      node = next;
    }
    if (!hasOwn.call(node, '')) node[''] = category + id;
  }

  /** Category codes whose names are not matched (the reader switched those categories off). */
  hideCategories(codes: Iterable<string>): void {
    this.hidden.clear();
    for (const code of codes) this.hidden.add(code);
  }

  /**
   * The value (category code, then id) of a one-word name in the lower-case names, whatever
   * categories are hidden: the bases of derived words are read from it (packed-bases.ts).
   */
  wordValue(word: string): string | undefined {
    const view = this.views[0];
    const node = view.child(view.root, word);
    return node === undefined ? undefined : view.terminal(node);
  }

  /** Every non-overlapping match in `text`, in text order, the longest at each position. */
  find(text: string): Match[] {
    const matches: Match[] = [];
    // A reader with no own terms has an empty matcher, asked about every text node of every page:
    // reading the words of 1 MB of text only to find nothing took 60-80 ms.
    this.hasNames ??= this.views.some((view) => view.hasChildren(view.root));
    if (!this.hasNames) return matches;
    const words = FIND_WORDS;
    words.lastIndex = 0;
    for (let found = words.exec(text); found; found = words.exec(text)) {
      const match = this.longestAt(text, found.index, found[0]);
      if (match) {
        matches.push(match);
        words.lastIndex = match.end;
      }
    }
    return matches;
  }

  /** Whether a word may start a case-sensitive name: see lowercaseExactFirsts. */
  private mayStartExact(word: string, lower: string): boolean {
    const firsts = this.lowercaseExactFirsts;
    if (!firsts || word !== lower || firsts.has(word)) return true;
    if (word.length < 4 || !word.endsWith('s')) return false;
    return (
      firsts.has(word.slice(0, -1)) ||
      (word.endsWith('es') && firsts.has(word.slice(0, -2))) ||
      (word.endsWith('ies') && firsts.has(`${word.slice(0, -3)}y`))
    );
  }

  private usable(value: string | undefined): string | undefined {
    return value !== undefined && !this.hidden.has(value[0]) ? value.slice(1) : undefined;
  }

  /** A singular the word may be the plural of, as a terminal of `node`. */
  private plural(view: TrieView, node: unknown, word: string): string | undefined {
    if (word.length < 4 || !word.endsWith('s')) return undefined;
    return (
      this.singular(view, node, word.slice(0, -1)) ??
      (word.endsWith('es') ? this.singular(view, node, word.slice(0, -2)) : undefined) ??
      (word.endsWith('ies') ? this.singular(view, node, `${word.slice(0, -3)}y`) : undefined)
    );
  }

  private singular(view: TrieView, node: unknown, key: string): string | undefined {
    const found = view.child(node, key);
    return found === undefined ? undefined : this.usable(view.terminal(found));
  }

  private longestAt(text: string, start: number, first: string): Match | undefined {
    let best: Match | undefined;
    const firstLower = first.toLowerCase();
    for (let v = 0; v < 2; v++) {
      const exact = v === 1;
      if (exact && !this.mayStartExact(first, firstLower)) break;
      const view = this.views[v];
      let node: unknown = view.root;
      let word = first;
      let key = exact ? first : firstLower;
      let end = start + first.length;
      for (;;) {
        const wordStop = wordEnd(text, word, end);
        const pluralId = this.plural(view, node, key);
        if (pluralId && (!best || wordStop > best.end)) best = { start, end: wordStop, id: pluralId };
        node = view.child(node, key);
        if (node === undefined) break;
        const id = this.usable(view.terminal(node));
        if (id && (!best || wordStop >= best.end)) best = { start, end: wordStop, id };
        // Only look further when a longer name can follow.
        if (!view.hasChildren(node)) break;
        NEXT_WORD.lastIndex = wordStop;
        const next = NEXT_WORD.exec(text);
        if (!next || !isJoiner(text.slice(wordStop, next.index), word)) break;
        word = next[0];
        key = exact ? word : word.toLowerCase();
        end = next.index + word.length;
      }
    }
    return best;
  }
}

/** Anything that finds matches in text: the dictionary's matcher, or several combined. */
export interface TextMatcher {
  find(text: string): Match[];
  /**
   * One step of the one-time setup `find` would otherwise do on its first call; false once none
   * is left. Lets a caller spread that setup over several tasks.
   */
  prepare?(): boolean;
}

/** Both lists of matches in text order; where they overlap, `preferred` wins (the reader's own terms). */
export function mergeMatches(base: Match[], preferred: Match[]): Match[] {
  if (preferred.length === 0) return base;
  const kept = base.filter((m) => !preferred.some((p) => p.start < m.end && m.start < p.end));
  return [...kept, ...preferred].sort((a, b) => a.start - b.start);
}
