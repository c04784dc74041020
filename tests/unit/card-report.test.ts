import { describe, expect, it } from 'vitest';
import { formatReport } from '../../components/card/card-report';

describe('a card report', () => {
  it('names the term, the entry and the problem; the page only when given', () => {
    const base = { term: 'OMS', id: 'oms', problem: 'The explanation is wrong' };
    expect(formatReport(base)).toBe('MedGloss card report\nTerm: OMS\nEntry: oms\nProblem: The explanation is wrong');
    expect(formatReport({ ...base, note: '  ', pageUrl: 'https://example.org/a' })).toBe(
      'MedGloss card report\nTerm: OMS\nEntry: oms\nProblem: The explanation is wrong\nPage: https://example.org/a',
    );
  });
});
