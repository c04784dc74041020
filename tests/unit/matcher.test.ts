import { describe, expect, it } from 'vitest';
import { Matcher, mergeMatches } from '../../dictionary/matcher';

const matcher = new Matcher(
  Matcher.build([
    ['ataxia', 'ataxia'],
    ['cerebellar ataxia', 'cerebellar-ataxia'],
    ['OMS', 'oms'],
    ['ACTH', 'acth'],
    ["Wilms' tumor", 'wilms-tumor'],
    ['nephroblastoma', 'wilms-tumor'],
    ['opsoclonus-myoclonus syndrome', 'oms-syndrome'],
    ['neuroblastoma', 'neuroblastoma'],
    ['Parkinson’s disease', 'parkinson'],
    ['lymphadenopathy', 'lymphadenopathy'],
    ['artery', 'artery'],
    ['MRI', 'mri'],
  ]),
);

const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('Matcher', () => {
  it('prefers the longest name', () => {
    expect(found('signs of cerebellar ataxia and ataxia')).toEqual([
      ['cerebellar ataxia', 'cerebellar-ataxia'],
      ['ataxia', 'ataxia'],
    ]);
  });

  it('matches abbreviations only with their case', () => {
    expect(found('OMS and ACTH, but not oms or Acth')).toEqual([
      ['OMS', 'oms'],
      ['ACTH', 'acth'],
    ]);
  });

  it('treats straight, curly and missing possessive apostrophes alike', () => {
    for (const text of ["Wilms' tumor", 'Wilms’ tumor', 'Wilms tumor', 'Wilms’s tumor'])
      expect(found(`A ${text} is rare.`)).toEqual([[text, 'wilms-tumor']]);
    expect(found('Parkinson disease')).toEqual([['Parkinson disease', 'parkinson']]);
  });

  it('accepts hyphens and spaces alike between words', () => {
    expect(found('opsoclonus myoclonus syndrome')).toEqual([['opsoclonus myoclonus syndrome', 'oms-syndrome']]);
    expect(found('Opsoclonus-Myoclonus Syndrome')).toEqual([['Opsoclonus-Myoclonus Syndrome', 'oms-syndrome']]);
  });

  it('does not join words across punctuation', () => {
    expect(found('the opsoclonus. Myoclonus syndrome')).toEqual([]);
  });

  it('finds plurals and possessives of the last word', () => {
    expect(found('tumors (neuroblastomas) and arteries; OMS’s onset; two MRIs')).toEqual([
      ['neuroblastomas', 'neuroblastoma'],
      ['arteries', 'artery'],
      ['OMS’s', 'oms'],
      ['MRIs', 'mri'],
    ]);
  });

  it('finds nothing without names, and names added after a first search', () => {
    const matcher = new Matcher();
    expect(matcher.find('ataxia and Ataxia')).toEqual([]);
    matcher.add('ataxia', 'ataxia');
    expect(matcher.find('ataxia and Ataxia').map((m) => m.id)).toEqual(['ataxia', 'ataxia']);
  });

  it('never matches inside a word, in any script', () => {
    expect(found('ataxias ataxiaphobia preataxia éataxia ataxia2')).toEqual([['ataxias', 'ataxia']]);
  });

  it('keeps offsets right after astral characters', () => {
    const text = '😀 neuroblastoma';
    expect(found(text)).toEqual([['neuroblastoma', 'neuroblastoma']]);
  });
});

describe('mergeMatches', () => {
  it('lets own terms win where they overlap and keeps the rest in order', () => {
    const base = [
      { start: 0, end: 6, id: 'a' },
      { start: 10, end: 20, id: 'b' },
    ];
    const own = [{ start: 12, end: 25, id: 'user-x' }];
    expect(mergeMatches(base, own)).toEqual([base[0], own[0]]);
  });
});

describe('match offsets', () => {
  it('never end past the text, even for a name ending in "s" at the very end', () => {
    const m = new Matcher(Matcher.build([['diabetes', 'diabetes']]));
    expect(m.find('diabetes')).toEqual([{ start: 0, end: 8, id: 'diabetes' }]);
  });
});

describe('names across line breaks', () => {
  it('match when pretty-printed HTML breaks a name over lines', () => {
    const m = new Matcher(Matcher.build([['cerebellar ataxia', 'cerebellar-ataxia']]));
    expect(m.find('with cerebellar\n          ataxia.').map((x) => x.id)).toEqual(['cerebellar-ataxia']);
  });
});

describe('names with punctuation inside', () => {
  const m = new Matcher(
    Matcher.build([
      ['D.O.', 'do'],
      ['St. Vitus dance', 'chorea'],
      ['oral & maxillofacial surgery', 'omfs'],
      ['attention-deficit/hyperactivity disorder', 'adhd'],
      ['myoclonus syndrome', 'ms'],
    ]),
  );
  const ids = (text: string) => m.find(text).map((x) => x.id);

  it('match with the punctuation they are written with', () => {
    expect(ids('a D.O. and St. Vitus dance')).toEqual(['do', 'chorea']);
    expect(ids('oral & maxillofacial surgery; attention-deficit/hyperactivity disorder')).toEqual(['omfs', 'adhd']);
  });

  it('still stop at the end of a sentence', () => {
    expect(ids('myoclonus. Syndrome')).toEqual([]);
  });
});
