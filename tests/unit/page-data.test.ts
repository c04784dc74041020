/** The content script's data loaders (dictionary/page-data.ts): each part read once, kept in the form the page uses. */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../dictionary/matcher';
import { packTrie } from '../../dictionary/packed-trie';
import { PageData } from '../../dictionary/page-data';

function pageData(): PageData {
  const data = new PageData();
  data.set({
    matchIndex: JSON.stringify({ trie: packTrie(Matcher.build([['ataxia', 'ataxia']])) }),
    diseaseIndex: JSON.stringify(packTrie(Matcher.build([['feather duvet lung', '17']]))),
    wordParts: JSON.stringify({ parts: [], everyday: [] }),
  });
  return data;
}

describe('PageData', () => {
  it('builds the disease names’ matcher once and hands the same one to every caller', () => {
    const data = pageData();
    const matcher = data.diseaseMatcher();
    expect(matcher.find('A case of feather duvet lung.')).toEqual([{ start: 10, end: 28, id: '17' }]);
    // The text is let go once parsed: a second build would have nothing to parse.
    expect(data.diseaseMatcher()).toBe(matcher);
  });

  it('builds the dictionary’s matcher once, and the parsed index does not keep its trie', () => {
    const data = pageData();
    const matcher = data.dictionaryMatcher();
    expect(matcher.find('Signs of ataxia.')).toEqual([{ start: 9, end: 15, id: 'ataxia' }]);
    expect(data.dictionaryMatcher()).toBe(matcher);
    // The index's other parts stay for the recognition layers; the trie lives on in the matcher only.
    expect('trie' in data.matchIndex()).toBe(false);
  });

  it('says which part was asked for before the data was read', () => {
    expect(() => new PageData().diseaseMatcher()).toThrow(/diseaseIndex was asked for before it was read/);
  });
});
