// Generated at build time by the dictionary plugin in wxt.config.ts (see dictionary/compile.ts).
declare module 'virtual:medgloss/match-index' {
  /** Parses the index on first call. */
  const loadMatchIndex: () => import('../dictionary/compile').MatchIndex;
  export default loadMatchIndex;
}
declare module 'virtual:medgloss/dictionary' {
  /** Fetches and parses the dictionary's data files on first call (dictionary/vite-plugin.ts). */
  const loadDictionary: () => Promise<import('../dictionary/compile').CompiledDictionary>;
  export default loadDictionary;
}
declare module 'virtual:medgloss/lookup-index' {
  /** The popup's lookup index: names, flags and search keys, no text (dictionary/lookup-index.ts). Parsed on first call. */
  const loadLookupIndex: () => import('../dictionary/lookup-index').LookupIndexData;
  export default loadLookupIndex;
}
declare module 'virtual:medgloss/disease-index' {
  /** The recognizable disease names as a trie; each id is the row of the disease table. Parsed on first call. */
  const loadDiseaseIndex: () => import('../dictionary/matcher').AnyTrie;
  export default loadDiseaseIndex;
}
declare module 'virtual:medgloss/disease-names' {
  /** The shipped Human Disease Ontology table. Parsed on first call. */
  const loadDiseaseTable: () => import('../dictionary/layers/disease-table').DiseaseTable;
  export default loadDiseaseTable;
}
declare module 'virtual:medgloss/word-parts' {
  /** The reviewed word parts and the everyday words that split into them anyway. Parsed on first call. */
  const loadWordParts: () => { parts: import('../dictionary/layers/word-parts').WordPart[]; everyday: string[] };
  export default loadWordParts;
}
declare module 'virtual:medgloss/bases' {
  /** The bases of derived words (MatchIndex.bases). Parsed on first call. */
  const loadBases: () => Record<string, string>;
  export default loadBases;
}
