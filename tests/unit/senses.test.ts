import { describe, expect, it } from 'vitest';
import { countWords, rankSenses } from '../../dictionary/senses';

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
