import { describe, expect, it } from 'vitest';
import { removeGlosses } from '../../scripts/coverage/glossed-terms';

const everyday = new Set(['pain', 'swallowing', 'spots', 'skin', 'patients', 'available', 'when', 'the', 'shinbone']);
const isEveryday = (w: string) => everyday.has(w);

describe('the glossed-terms coverage measure', () => {
  it('finds "jargon (plain gloss)" and removes the gloss', () => {
    const { text, terms } = removeGlosses(
      'Look for petechiae (flat, pinpoint spots under the skin) today.',
      isEveryday,
    );
    expect(text).toBe('Look for petechiae today.');
    expect(terms).toEqual([{ term: 'petechiae', start: 9 }]);
  });

  it('finds "plain words (jargon)" and keeps only the jargon', () => {
    const { text, terms } = removeGlosses('Some have painful swallowing (odynophagia) at night.', isEveryday);
    expect(text).toBe('Some have odynophagia at night.');
    expect(text.slice(terms[0].start, terms[0].start + 'odynophagia'.length)).toBe('odynophagia');
  });

  it('leaves abbreviations, years and everyday words alone', () => {
    const input = 'Opsoclonus myoclonus syndrome (OMS) was named in 1962 (by Kinsbourne); patients (when available).';
    const { text, terms } = removeGlosses(input, isEveryday);
    expect(text).toBe(input);
    expect(terms).toEqual([]);
  });
});
