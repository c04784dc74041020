// Generated at build time by the dictionary plugin in wxt.config.ts (see dictionary/compile.ts).
declare module 'virtual:medgloss/match-index' {
  /** Parses the index on first call. */
  const loadMatchIndex: () => import('../dictionary/compile').MatchIndex;
  export default loadMatchIndex;
}
declare module 'virtual:medgloss/dictionary' {
  /** Parses the dictionary on first call. */
  const loadDictionary: () => import('../dictionary/compile').CompiledDictionary;
  export default loadDictionary;
}
