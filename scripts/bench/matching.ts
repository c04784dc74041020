/**
 * Matching alone, without the DOM: nanoseconds per character of the matcher over a page's text,
 * with the shipped dictionary and with the synthetic large one, each trie packed as the content
 * script gets it, in this Node process (the same V8 as Chromium's). If the trie works as designed,
 * the cost per character stays flat as the dictionary grows: every word is one lookup, whatever
 * the number of names.
 */
import { compileDictionary, type Compiled } from '../../dictionary/compile';
import { loadCuratedEntries } from '../../dictionary/load';
import { Matcher, type AnyTrie, type TrieData } from '../../dictionary/matcher';
import { packTrie } from '../../dictionary/packed-trie';
import { readWordNetMedical } from '../../dictionary/wordnet/read';

/** The page's text as blocks, roughly as text nodes carry it (tags out, entities as they are: enough for matching). */
export function textBlocks(html: string): string[] {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/<[^>]+>/)
    .filter((text) => /\S/.test(text));
}

export function compileFrom(dir: string): Compiled {
  return compileDictionary(loadCuratedEntries(dir), readWordNetMedical());
}

/**
 * ns per character of `find` over the blocks for each dictionary: rounds alternate between the
 * matchers (so warm-up, JIT and GC hit both alike) after two unmeasured rounds each; the median.
 */
export function nsPerChar(dictionaries: Compiled[], blocks: string[]): number[] {
  // Packed and through JSON, as the content script gets it (dictionary/vite-plugin.ts).
  const matchers = dictionaries.map(
    (compiled) => new Matcher(JSON.parse(JSON.stringify(packTrie(compiled.matchIndex.trie as TrieData))) as AnyTrie),
  );
  const chars = blocks.reduce((sum, block) => sum + block.length, 0);
  const times: number[][] = matchers.map(() => []);
  for (let round = 0; round < 11; round++)
    matchers.forEach((matcher, i) => {
      const start = performance.now();
      for (const block of blocks) matcher.find(block);
      if (round >= 2) times[i].push(performance.now() - start);
    });
  return times.map((list) => (list.sort((a, b) => a - b)[list.length >> 1] * 1e6) / chars);
}
