import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../dictionary/compile';
import { loadCuratedEntries } from '../../dictionary/load';
import { Matcher, type Match, type TrieData } from '../../dictionary/matcher';
import { packTrie } from '../../dictionary/packed-trie';

/** What the content script gets: the trie packed, through JSON as the bundle ships it. */
const shipped = (trie: TrieData) => new Matcher(JSON.parse(JSON.stringify(packTrie(trie))));

/** The packed trie's matches in `text`, checked to be exactly the trie of objects' matches. */
function packedMatches(trie: TrieData, text: string): Match[] {
  const packed = shipped(trie).find(text);
  expect(packed).toEqual(new Matcher(trie).find(text));
  return packed;
}
const matchedText = (text: string, matches: Match[]) => matches.map((m) => text.slice(m.start, m.end));

const rows: [string, string, string?][] = [
  ['ataxia', 'ataxia'],
  ['cerebellar ataxia', 'cerebellar-ataxia'],
  ['OMS', 'oms'],
  ["Wilms' tumor", 'wilms-tumor'],
  ['Parkinson’s disease', 'parkinson', 'c'],
  ['artery', 'artery'],
  ['café coronaire', 'cafe'],
  ['ß-Zelle', 'beta'],
  ['Zelle', 'zelle'],
];
const small = Matcher.build(rows);

describe('The packed trie (what the content script ships)', () => {
  it('matches as the trie of objects does: longest name, plurals, possessives, case, other scripts', () => {
    const text =
      "Cerebellar ataxias, OMS and oms, Wilms’ tumors, Parkinson's disease, arteries, Café  coronaire, ß-zelle, Zelle.";
    expect(matchedText(text, packedMatches(small, text))).toEqual([
      'Cerebellar ataxias',
      'OMS',
      'Wilms’ tumors',
      "Parkinson's disease",
      'arteries',
      'Café  coronaire',
      'ß-zelle',
      'Zelle',
    ]);
  });

  it('finds the abbreviations that start with a word in lower case, and only with their case', () => {
    // The shipped matcher skips the case-sensitive names for a lower-case word unless one of them starts with it.
    const trie = Matcher.build([
      ['hs-CRP', 'hs-crp'],
      ['6q24 TNDM', 'tndm'],
      ['CRP', 'crp'],
      ['mtDNA', 'mtdna'],
      ['crp test', 'crp-test'],
    ]);
    const text = 'hs-CRP, hs-CRPs, hs-crp, HS-CRP, 6q24 TNDM, 6q24 tndm, CRP, crps, mtDNA, mtdna, crp tests.';
    expect(matchedText(text, packedMatches(trie, text))).toEqual([
      'hs-CRP',
      'hs-CRPs',
      'CRP',
      '6q24 TNDM',
      'CRP',
      'mtDNA',
      'crp tests',
    ]);
  });

  it('finds first words that share their first one or two characters, or are one character long', () => {
    // The root's children are looked up by their first two characters, then by binary search.
    const names: [string, string][] = [
      ['a', 'a'],
      ['ab', 'ab'],
      ['abc', 'abc'],
      ['abd', 'abd'],
      ['ac', 'ac'],
      ['b', 'b'],
      ['ba', 'ba'],
      ['b12 deficiency', 'b12'],
      ['𝐀', 'astral'],
      ['𝐀b', 'astral-b'],
      ['ßa', 'sz'],
      ['zz', 'zz'],
    ];
    const trie = Matcher.build(names);
    const text = 'a ab abc abd ac ad b ba bb b12 deficiency b12 𝐀 𝐀b 𝐀c ßa ß zz z';
    expect(packedMatches(trie, text).map((m) => m.id)).toEqual([
      'a',
      'ab',
      'abc',
      'abd',
      'ac',
      'b',
      'ba',
      'b12',
      'astral',
      'astral-b',
      'sz',
      'zz',
    ]);
  });

  it('keeps its words string in Latin-1 and still finds names with Greek letters, wherever they sort', () => {
    // V8 stores a string with one character beyond Latin-1 in two bytes per character: the words
    // string of the disease names (one "β") took 501 KB of every medical page's heap instead of 250.
    const names: [string, string][] = [
      ['β-thalassemia', 'beta-thal'],
      ['beta-thalassemia', 'beta-thal-latin'],
      ['αβ t cells', 'alpha-beta'],
      ['α', 'alpha'],
      ['μg', 'microgram'],
      ['mg', 'milligram'],
      ['anti-β2 glycoprotein', 'anti-beta2'],
      ['anti-b2 glycoprotein', 'anti-b2'],
      ['anti-γ', 'anti-gamma'],
      ['zz', 'zz'],
    ];
    const trie = Matcher.build(names);
    const packedTrie = packTrie(trie);
    expect(/[\u0100-\u{10ffff}]/u.test(packedTrie.lower.words)).toBe(false);
    expect(packedTrie.lower.wide?.map(([, word]) => word).sort()).toEqual(['α', 'αβ', 'β', 'β2', 'γ', 'μg']);
    const text =
      'β-thalassemia, beta-thalassemia, αβ T cells, α, 5 μg or 5 mg, anti-β2 glycoprotein, anti-b2 glycoprotein, anti-γ, anti-δ, zz, β, μ';
    expect(packedMatches(trie, text).map((m) => m.id)).toEqual([
      'beta-thal',
      'beta-thal-latin',
      'alpha-beta',
      'alpha',
      'microgram',
      'milligram',
      'anti-beta2',
      'anti-b2',
      'anti-gamma',
      'zz',
    ]);
  });

  it('writes each word once, the most used with the shortest numbers, and finds names past 2,070 words', () => {
    // The disease names' 30,611 nodes have 6,857 distinct words: written once per node they were
    // 256 KB of every medical page's heap. Word numbers take 1 character below 46, 2 below 2,070, then 3.
    const names: [string, string][] = Array.from({ length: 3000 }, (_, i) => [`n${i} syndrome type ${i % 7}`, `s${i}`]);
    names.push(['syndrome', 'syndrome'], ['type 1 diabetes', 'diabetes-1']);
    const trie = Matcher.build(names);
    const { lower } = packTrie(trie);
    const table = lower.words.split(' ').slice(0, -1);
    expect(new Set(table).size).toBe(table.length);
    // n0 to n2999, syndrome, type, 0 to 6, diabetes.
    expect(table.length).toBe(3000 + 1 + 1 + 7 + 1);
    expect(table.slice(0, 2)).toEqual(['syndrome', 'type']);
    // One node per word of each name: 12,000 nodes for 3,010 words.
    expect(lower.nodes).toBeGreaterThan(12_000);
    expect(lower.wordOf.length).toBeLessThan(2 * lower.nodes);
    const text = names.map(([name]) => name.toUpperCase()).join(', ') + ', n3000 syndrome, type 2 diabetes.';
    // Every name, then "syndrome" alone in "n3000 syndrome"; "type 2 diabetes" is none.
    expect(packedMatches(trie, text).map((m) => m.id)).toEqual([...names.map(([, id]) => id), 'syndrome']);
  });

  it('refuses a packed trie whose word numbers or shapes are damaged, with a clear message', () => {
    const packed = JSON.parse(JSON.stringify(packTrie(small))) as ReturnType<typeof packTrie>;
    expect(() => new Matcher({ ...packed, lower: { ...packed.lower, wordOf: packed.lower.wordOf.slice(1) } })).toThrow(
      /fewer word numbers than nodes/,
    );
    expect(() => new Matcher({ ...packed, lower: { ...packed.lower, wordOf: packed.lower.wordOf + '!' } })).toThrow(
      /more word numbers than nodes/,
    );
    // A character that is no digit at all, within ASCII or beyond it.
    for (const bad of [' ', 'é'])
      expect(
        () => new Matcher({ ...packed, lower: { ...packed.lower, wordOf: bad + packed.lower.wordOf.slice(1) } }),
      ).toThrow(/damaged word number/);
    // Shapes too: one missing, or one that is no digit.
    expect(() => new Matcher({ ...packed, lower: { ...packed.lower, shape: packed.lower.shape.slice(1) } })).toThrow(
      /damaged shape/,
    );
    expect(
      () => new Matcher({ ...packed, lower: { ...packed.lower, shape: 'é' + packed.lower.shape.slice(1) } }),
    ).toThrow(/damaged shape/);
  });

  it('hides categories and matches nothing when empty', () => {
    const packed = shipped(small);
    packed.hideCategories(['c']);
    expect(packed.find("Parkinson's disease")).toEqual([]);
    expect(shipped({ lower: {}, exact: {} }).find('ataxia OMS')).toEqual([]);
  });

  it('finds exactly what the objects find with the whole dictionary, on real pages', () => {
    const { matchIndex } = compileDictionary(loadCuratedEntries());
    const objects = new Matcher(matchIndex.trie);
    const packed = shipped(matchIndex.trie as TrieData);
    const pages = ['wikipedia-2.html', 'nytimes-1.html', 'nytimes-4.html'].flatMap((name) => {
      try {
        return [readFileSync(resolve(import.meta.dirname, '../../../shared/pages', name), 'utf8')];
      } catch {
        return [];
      }
    });
    const demo = readFileSync(resolve(import.meta.dirname, '../../demo/oms-faq.html'), 'utf8');
    let total = 0;
    for (const html of [demo, ...pages]) {
      const text = html.replace(/<[^>]+>/g, ' ');
      const expected = objects.find(text);
      total += expected.length;
      expect(packed.find(text)).toEqual(expected);
    }
    expect(total).toBeGreaterThan(100);
  });
});
