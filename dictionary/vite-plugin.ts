/**
 * Serves the compiled dictionary to the bundles as two virtual modules, compiled once per build.
 * A malformed entry throws here, which fails `wxt build` with the file, entry and reason.
 * Each module exports a function that parses its data on first call: the content script runs in
 * every frame, and a frame without text (an ad, a tracker) never needs the index.
 */
import type { Plugin } from 'vite';
import type { Compiled } from './compile';
import { compileAll, ENTRIES_DIR } from './load';

const MODULES = {
  'virtual:medgloss/match-index': (c: Compiled) => c.matchIndex,
  'virtual:medgloss/dictionary': (c: Compiled) => c.dictionary,
} as const;
type ModuleId = keyof typeof MODULES;

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
      return `let data; export default () => (data ??= JSON.parse(${JSON.stringify(JSON.stringify(data))}));`;
    },
  };
}
