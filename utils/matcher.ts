/**
 * Pure term matching: text in, matches out. No DOM, no browser API.
 *
 * Names and text are cut into word tokens (runs of letters, marks and digits), so a match can only
 * start and end on word boundaries in any script. A token trie gives one pass over the text for
 * the whole dictionary, and the longest name wins ("cerebellar ataxia" over "ataxia").
 * - Between the words of a name the text may use spaces, hyphens or dashes alike.
 * - A possessive ('s, ’s, s', s’) never splits a name: "Wilms’ tumor" = "Wilms tumor".
 * - The last word may carry a plural ending: -s, -es, -ies for -y.
 * - Names written like abbreviations (see isCaseSensitive) only match with their case: OMS, not oms.
 */
import { isCaseSensitive } from '../dictionary/schema';

export interface Match {
  start: number;
  end: number;
  id: string;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  id?: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** The text before this token and after the previous one may sit inside a name. */
  joined: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE = /['\u2019\u02bc]/;
const JOINER = /^(?:[ \t\u00a0]|[-\u2010\u2011\u2012\u2013]|\r?\n)$|^ ?[-\u2010\u2011\u2012\u2013] ?$|^[ \t\u00a0]{1,2}$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const found of text.matchAll(WORD)) {
    const start = found.index;
    let end = start + found[0].length;
    let word = found[0];
    // Fold a possessive into the word before it: "Wilms’", "Parkinson's", "OMS's".
    if (APOSTROPHE.test(text[end] ?? '')) {
      if (text[end + 1] === 's' && !/[\p{L}\p{N}]/u.test(text[end + 2] ?? '')) end += 2;
      else if (word.endsWith('s') && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) end += 1;
    }
    if (start < previousEnd) continue; // the "s" of a possessive already folded in
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    tokens.push({ start, end, text: word, joined: previousEnd >= 0 && JOINER.test(gap) });
    previousEnd = end;
  }
  return tokens;
}

/** The word tokens of a dictionary name, in the form the trie stores them. */
function nameKeys(name: string): string[] {
  const caseSensitive = isCaseSensitive(name);
  return tokenize(name.normalize('NFC')).map((t) => (caseSensitive ? t.text : t.text.toLowerCase()));
}

function pluralBases(word: string): string[] {
  const bases: string[] = [];
  if (word.length > 3 && word.endsWith('s')) {
    bases.push(word.slice(0, -1));
    if (word.endsWith('es')) bases.push(word.slice(0, -2));
    if (word.endsWith('ies')) bases.push(`${word.slice(0, -3)}y`);
  }
  return bases;
}

export class Matcher {
  private readonly lower: TrieNode = {};
  private readonly exact: TrieNode = {};

  constructor(names: Iterable<readonly [name: string, id: string]>) {
    for (const [name, id] of names) this.add(name, id);
  }

  add(name: string, id: string): void {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    let node = isCaseSensitive(name) ? this.exact : this.lower;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    node.id ??= id; // the first owner of a name keeps it
  }

  /** Every non-overlapping match in `text`, longest first at each position, in text order. */
  find(text: string): Match[] {
    const tokens = tokenize(text);
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i);
      if (best) {
        matches.push({ start: tokens[i].start, end: tokens[best.last].end, id: best.id });
        i = best.last + 1;
      } else i++;
    }
    return matches;
  }

  private longestAt(tokens: Token[], first: number): { last: number; id: string } | undefined {
    let best: { last: number; id: string } | undefined;
    for (const root of [this.lower, this.exact]) {
      let node: TrieNode | undefined = root;
      for (let i = first; node?.next && i < tokens.length; i++) {
        if (i > first && !tokens[i].joined) break;
        const word = root === this.lower ? tokens[i].text.toLowerCase() : tokens[i].text;
        const child: TrieNode | undefined = node.next.get(word);
        // A plural ending ends a name: try the singular only as the name's last word.
        for (const base of pluralBases(word)) {
          const singular = node.next.get(base);
          if (singular?.id && (!best || i > best.last)) best = { last: i, id: singular.id };
        }
        if (!child) break;
        if (child.id && (!best || i >= best.last)) best = { last: i, id: child.id };
        node = child;
      }
    }
    return best;
  }
}
