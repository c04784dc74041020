/** The bases of derived words as a page gets them (dictionary/packed-bases.ts): the same answers, far fewer written out. */
import { describe, expect, it } from 'vitest';
import { compileAll } from '../../dictionary/load';
import { Matcher, type TrieData } from '../../dictionary/matcher';
import { baseLookup, packBases } from '../../dictionary/packed-bases';
import { packTrie } from '../../dictionary/packed-trie';

const { matchIndex } = compileAll();
const trie = matchIndex.trie as TrieData;
// As the build ships it and a page reads it: the trie packed, then parsed from JSON.
const names = new Matcher(JSON.parse(JSON.stringify(packTrie(trie))));
const wordValue = (word: string) => names.wordValue(word);
const packed = JSON.parse(JSON.stringify(packBases(matchIndex.bases, trie, wordValue)));
const lookup = baseLookup(packed, wordValue);
const whole = (word: string) =>
  Object.prototype.hasOwnProperty.call(matchIndex.bases, word) ? matchIndex.bases[word] : undefined;

describe('packed bases', () => {
  it('answer exactly as the whole map for every base, every one-word name and words that are neither', () => {
    const words = new Set([
      ...Object.keys(matchIndex.bases),
      ...Object.keys(trie.lower),
      ...Object.keys(trie.exact),
      ...matchIndex.medicalWords,
      ...Object.keys(matchIndex.bases).flatMap((word) => [`${word}s`, word.slice(0, -1), word.toUpperCase()]),
      'the',
      'nephrology',
      'rheumatologist',
      '',
      '__proto__',
      'constructor',
      'toString',
    ]);
    const differ = [...words].filter((word) => lookup(word) !== whole(word));
    expect(differ).toEqual([]);
    // The test means something: most words asked are bases, and many are not.
    expect([...words].filter((word) => whole(word) !== undefined).length).toBeGreaterThan(4000);
    expect([...words].filter((word) => whole(word) === undefined).length).toBeGreaterThan(4000);
  });

  it('write out only the few bases the trie does not give', () => {
    const total = Object.keys(matchIndex.bases).length;
    const written = Object.keys(packed.added).length + packed.notBases.length;
    expect(written).toBeLessThan(total / 10);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(matchIndex.bases).length / 10);
  });
});
