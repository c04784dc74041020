/**
 * Serves the compiled dictionary to the bundles as virtual modules, compiled once per build.
 * A malformed entry throws here, which fails `wxt build` with the file, entry and reason.
 * Each module exports a function that parses its data on first call: the content script runs in
 * every frame, and a frame without text (an ad, a tracker) never needs the index; the disease
 * names are parsed only on medical pages.
 *
 * The full dictionary (cards' text) is not a module: it is emitted as JSON data files of at most
 * SHARD_BYTES each, which `virtual:medgloss/dictionary` fetches from the extension's own origin
 * and parses. Firefox's add-on linter (web-ext lint, addons-linter) refuses any JS, JSON, CSS or
 * HTML file of 5 MB or more, and the dictionary alone passed that at 5,388 entries; shards keep
 * every file small however far it grows (tests/unit/file-sizes.test.ts checks the builds). The
 * extension's pages and its background read their own files without web_accessible_resources,
 * and the files must not be listed there: pages could then probe for MedGloss (issue 18).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { Compiled, MatchIndex } from './compile';
import { compileAll, ENTRIES_DIR, readDiseaseTable, readWordParts } from './load';
import { DiseaseNames } from './layers/disease-names';
import { compileLookupIndex } from './lookup-index';
import { Matcher, type TrieData } from './matcher';
import { packBases } from './packed-bases';
import { packTrie } from './packed-trie';
import { aliasKey } from './schema';
import type { PageDataTexts, PageMatchIndex } from './page-data';

/** The category code of disease names in their own trie (never hidden by a category switch). */
const DISEASE_CODE = 'd';

/** The most bytes of entries one data file holds: far below the linter's 5 MB, few files to fetch. */
export const SHARD_BYTES = 1024 * 1024;
/** Where the full dictionary's data files go in the built extension. */
export const SHARD_DIR = 'dictionary';
const DICTIONARY_ID = 'virtual:medgloss/dictionary';
/** Background: the content script's data (page-data.ts), read from its file. */
const PAGE_DATA_ID = 'virtual:medgloss/page-data';
/** Content script: which build's data it expects to find in storage. */
const PAGE_DATA_VERSION_ID = 'virtual:medgloss/page-data-version';
/** Where the content script's data goes in the built extension (not a shard of the entries: one file). */
export const PAGE_DATA_FILE = 'page-data.json';

/**
 * What the content script matches with, one JSON text per part, parsed by the page only when it
 * needs that part (page-data.ts). Not in the content script's bundle: Chromium reads and hashes a
 * content script's whole source again in every frame it runs in, and with this 1.1 MB inside, a
 * frame without text (an ad) cost about 1.2 ms more. The background keeps it in storage instead.
 */
export function pageData(c: Compiled): PageDataTexts {
  return {
    // Its tries packed (packed-trie.ts), which keeps a page's heap small, and its bases read from them.
    matchIndex: asciiJson(pageMatchIndex(c.matchIndex)),
    // The recognizable disease names as a trie whose ids are row indexes of the table.
    diseaseIndex: asciiJson(packTrie(Matcher.build(diseaseRows(c)))),
    wordParts: asciiJson(readWordParts()),
  };
}

function pageMatchIndex(index: MatchIndex): PageMatchIndex {
  const trie = index.trie as TrieData;
  const packed = packTrie(trie);
  const names = new Matcher(packed);
  return { ...index, trie: packed, bases: packBases(index.bases, trie, (word) => names.wordValue(word)) };
}

/** JSON in ASCII (other characters escaped): V8 keeps such a string at one byte per character. */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(
    /[\u0080-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const MODULES = {
  // Popup: names, flags and search keys only, so the first keystroke never waits for the full text.
  'virtual:medgloss/lookup-index': (c: Compiled) => compileLookupIndex(c.dictionary),
  // Background and popup: the bases of derived words, the same map the content script derives from.
  'virtual:medgloss/bases': (c: Compiled) => c.matchIndex.bases,
  // Background and popup: the table itself, for "a type of ..." on the card.
  'virtual:medgloss/disease-names': () => readDiseaseTable(),
  'virtual:medgloss/word-parts': () => readWordParts(),
} as const;
type ModuleId = keyof typeof MODULES;

/** Items in order, cut into runs of at most `maxBytes` of JSON each (an item larger than that alone). */
export function shard<T>(items: T[], maxBytes: number): T[][] {
  const shards: T[][] = [];
  let current: T[] = [];
  let bytes = 2;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (current.length && bytes + size > maxBytes) {
      shards.push(current);
      current = [];
      bytes = 2;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length) shards.push(current);
  return shards;
}

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
  let pageDataText: PageDataTexts | undefined;
  let serving = false;
  const compile = () => (compiled ??= compileAll());
  return {
    name: 'medgloss-dictionary',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      compiled = undefined;
      pageDataText = undefined;
      compile();
      this.addWatchFile(ENTRIES_DIR);
    },
    resolveId(id) {
      return id in MODULES || id === DICTIONARY_ID || id === PAGE_DATA_ID || id === PAGE_DATA_VERSION_ID
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:medgloss/')) return undefined;
      if (id === `\0${PAGE_DATA_ID}` || id === `\0${PAGE_DATA_VERSION_ID}`) {
        const text = JSON.stringify((pageDataText ??= pageData(compile())));
        const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
        if (id === `\0${PAGE_DATA_VERSION_ID}`) return `export default ${JSON.stringify(version)};`;
        // A dev server cannot emit files: there the background holds the data itself.
        if (serving)
          return `export default () => Promise.resolve({ version: ${JSON.stringify(version)}, ...${text} });`;
        this.emitFile({ type: 'asset', fileName: PAGE_DATA_FILE, source: text });
        return pageDataModule(`/${PAGE_DATA_FILE}`, version);
      }
      if (id === `\0${DICTIONARY_ID}`) {
        const { entries, ...rest } = compile().dictionary;
        // A dev server cannot emit files: it serves the dictionary inline (no linter runs there).
        if (serving) return `export default () => Promise.resolve(${JSON.stringify({ ...rest, entries })});`;
        const files = shard(entries, SHARD_BYTES).map((part, i) => {
          const fileName = `${SHARD_DIR}/entries-${i + 1}.json`;
          this.emitFile({ type: 'asset', fileName, source: JSON.stringify(part) });
          return `/${fileName}`;
        });
        return dictionaryModule(files, rest);
      }
      const data = MODULES[id.slice(1) as ModuleId](compile());
      // JSON.parse of a string literal parses faster than the same data as a JS object literal.
      // The literal is ASCII (asciiJson), and it lives in a function that is dropped once it ran:
      // the long-lived loader would keep the literal (its bytecode's constant) alive next to the
      // parsed data, for the page's life. (Escaped in the JSON text itself: the minifier turns a
      // string literal's escapes back into characters.)
      const json = asciiJson(data);
      return `let data, parse = () => JSON.parse(${JSON.stringify(json)});
export default () => { if (!data) { data = parse(); parse = undefined; } return data; };`;
    },
  };
}

/**
 * The full dictionary's module: fetches its data files in parallel on first call (the browser
 * reads and parses each off the script's own parse, and the bundle stays small), and keeps the
 * promise; a failed read is tried again on the next call rather than remembered.
 */
function dictionaryModule(files: string[], rest: object): string {
  return `import { browser } from 'wxt/browser';
const FILES = ${JSON.stringify(files)};
const read = async (file) => {
  const response = await fetch(browser.runtime.getURL(file));
  if (!response.ok) throw new Error(\`MedGloss: could not read \${file} (\${response.status})\`);
  return response.json();
};
let data;
export default () =>
  (data ??= Promise.all(FILES.map(read)).then(
    (parts) => ({ ...${JSON.stringify(rest)}, entries: parts.flat() }),
    (error) => {
      data = undefined;
      throw error;
    },
  ));
`;
}

/**
 * The background's module for the content script's data: reads its file from the extension's own
 * origin (no web_accessible_resources: pages cannot read it) and adds the build's version.
 */
function pageDataModule(file: string, version: string): string {
  return `import { browser } from 'wxt/browser';
export default async () => {
  const response = await fetch(browser.runtime.getURL(${JSON.stringify(file)}));
  if (!response.ok) throw new Error(\`MedGloss: could not read ${file} (\${response.status})\`);
  return { version: ${JSON.stringify(version)}, ...(await response.json()) };
};
`;
}
