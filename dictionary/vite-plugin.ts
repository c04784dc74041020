/**
 * Serves the compiled dictionary to the bundles as virtual modules, compiled once per build.
 * A malformed entry throws here, which fails `wxt build` with the file, entry and reason.
 * Each module exports a function that parses its data on first call: the content script runs in
 * every frame, and a frame without text (an ad, a tracker) never needs the index; the disease
 * names are parsed only on medical pages.
 */
import type { Plugin } from 'vite';
import type { Compiled } from './compile';
import { compileAll, ENTRIES_DIR, readDiseaseTable, readWordParts } from './load';
import { DiseaseNames } from './layers/disease-names';
import { compileLookupIndex } from './lookup-index';
import { Matcher, type TrieData } from './matcher';
import { packTrie } from './packed-trie';
import { aliasKey } from './schema';

/** The category code of disease names in their own trie (never hidden by a category switch). */
const DISEASE_CODE = 'd';

const MODULES = {
  // Content script: its tries packed (packed-trie.ts), which keeps a page's heap small.
  'virtual:medgloss/match-index': (c: Compiled) => ({ ...c.matchIndex, trie: packTrie(c.matchIndex.trie as TrieData) }),
  'virtual:medgloss/dictionary': (c: Compiled) => c.dictionary,
  // Popup: names, flags and search keys only, so the first keystroke never waits for the full text.
  'virtual:medgloss/lookup-index': (c: Compiled) => compileLookupIndex(c.dictionary),
  // Background and popup: the bases of derived words, the same map the content script derives from.
  'virtual:medgloss/bases': (c: Compiled) => c.matchIndex.bases,
  // Content script: the recognizable disease names as a trie whose ids are row indexes of the table.
  'virtual:medgloss/disease-index': (c: Compiled) => packTrie(Matcher.build(diseaseRows(c))),
  // Background and popup: the table itself, for "a type of ..." on the card.
  'virtual:medgloss/disease-names': () => readDiseaseTable(),
  'virtual:medgloss/word-parts': () => readWordParts(),
} as const;
type ModuleId = keyof typeof MODULES;

/**
 * The disease names worth a highlight: those whose card can explain them, "a type of" an ancestor
 * the dictionary has a reviewed entry for, and that are not dictionary names themselves (those
 * are highlighted as entries anyway).
 */
function diseaseRows(compiled: Compiled): [name: string, id: string, category: string][] {
  const reviewed = new Set<string>();
  for (const entry of compiled.dictionary.entries)
    if (entry.reviewed && !entry.broad)
      for (const name of [entry.term, ...entry.aliases]) reviewed.add(aliasKey(name).toLowerCase());
  const hasEntry = (name: string) => reviewed.has(aliasKey(name).toLowerCase());
  const diseases = new DiseaseNames(readDiseaseTable());
  const explained = new Map<number, boolean>();
  return diseases.recognizableRows().flatMap(([name, i]): [string, string, string][] => {
    if (hasEntry(name)) return [];
    if (!explained.has(i)) explained.set(i, diseases.typeOf(diseases.nameAt(i)!, hasEntry)?.explained === true);
    return explained.get(i) ? [[name, String(i), DISEASE_CODE]] : [];
  });
}

export function dictionaryPlugin(): Plugin {
  let compiled: Compiled | undefined;
  const compile = () => (compiled ??= compileAll());
  return {
    name: 'medgloss-dictionary',
    buildStart() {
      compiled = undefined;
      compile();
      this.addWatchFile(ENTRIES_DIR);
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:medgloss/')) return undefined;
      const data = MODULES[id.slice(1) as ModuleId](compile());
      // JSON.parse of a string literal parses faster than the same data as a JS object literal.
      // The literal is ASCII (other characters escaped), so V8 keeps it at one byte per character,
      // and it lives in a function that is dropped once it ran: the long-lived loader would keep
      // the literal (its bytecode's constant) alive next to the parsed data, for the page's life.
      // (Escaped in the JSON text itself: the minifier turns a string literal's escapes back into characters.)
      const json = JSON.stringify(data).replace(
        /[\u0080-\uffff]/g,
        (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      return `let data, parse = () => JSON.parse(${JSON.stringify(json)});
export default () => { if (!data) { data = parse(); parse = undefined; } return data; };`;
    },
  };
}
