// Generated at build time by the dictionary plugin in wxt.config.ts (see dictionary/compile.ts).
declare module 'virtual:medgloss/match-index' {
  const index: import('../dictionary/compile').MatchIndex;
  export default index;
}
declare module 'virtual:medgloss/dictionary' {
  const dictionary: import('../dictionary/compile').CompiledDictionary;
  export default dictionary;
}
