// Generated at build time by the dictionary plugin in wxt.config.ts (see dictionary/compile.ts).
declare module 'virtual:medgloss/page-data' {
  /** Background: reads the content script's data (dictionary/page-data.ts) from its file, with the build's version. */
  const loadPageData: () => Promise<import('../dictionary/page-data').StoredPageData>;
  export default loadPageData;
}
declare module 'virtual:medgloss/page-data-version' {
  /** Content script: the version of the data this build expects in storage. */
  const version: string;
  export default version;
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
