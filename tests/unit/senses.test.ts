import { describe, expect, it } from 'vitest';
import { addWordCounts, countWords, rankSenses } from '../../dictionary/senses';

const oms = [
  { cues: ['opsoclonus', 'myoclonus', 'neuroblastoma', 'eye'] },
  { cues: ['jaw', 'dental', 'teeth', 'surgeon'] },
];

describe('rankSenses', () => {
  it('keeps the dictionary order without any cue', () => {
    expect(rankSenses(oms, { near: 'OMS is here.', pageWords: new Map() })).toEqual([0, 1]);
  });

  it('puts the meaning the page talks about first', () => {
    const page = countWords('Wisdom teeth removal by an OMS surgeon. Dental care and jaw pain.');
    expect(rankSenses(oms, { near: 'OMS surgeon', pageWords: page })).toEqual([1, 0]);
  });

  it('lets words near the term outweigh the rest of the page', () => {
    const page = countWords('teeth teeth dental jaw surgeon teeth');
    expect(rankSenses(oms, { near: 'OMS with opsoclonus and neuroblastoma', pageWords: page })).toEqual([0, 1]);
  });
});

describe('page word counts read in pieces', () => {
  it('count a page read node by node as the whole text joined with spaces', () => {
    // The content script counts the page's words as it reads its text nodes (recognition.ts).
    const nodes = ['Median OS was 14 months', '(95% CI 11–17); OS ', 'improved; ', 'Überall COVID-19 os'];
    const counts = new Map<string, number>();
    for (const node of nodes) addWordCounts(counts, node);
    expect(counts).toEqual(countWords(nodes.join(' ')));
    expect(counts.get('os')).toBe(3);
    expect(counts.get('19')).toBe(1);
    expect(counts.get('überall')).toBe(1);
  });
});
