import { describe, expect, it } from 'vitest';
import {
  bestLongForm,
  findPageAbbreviations,
  isMedicalDefinition,
  looksLikeShortForm,
  pageAbbreviations,
} from '../../dictionary/layers/page-abbreviations';

const pairs = (text: string) => findPageAbbreviations(text).map(({ short, long }) => [short, long]);

describe('page abbreviations: what a page defines', () => {
  it.each([
    [
      'DRESS',
      'Drug Reaction with Eosinophilia and Systemic Symptoms',
      'A rare reaction called Drug Reaction with Eosinophilia and Systemic Symptoms (DRESS) can follow some medicines.',
    ],
    [
      'BIA',
      'bioelectrical impedance analysis',
      'Many home scales use bioelectrical impedance analysis (BIA) to guess body fat.',
    ],
    [
      'DXA',
      'dual-energy X-ray absorptiometry',
      'The reference method is dual-energy X-ray absorptiometry (DXA), a low-dose scan.',
    ],
    [
      'ADP',
      'air displacement plethysmography',
      'In air displacement plethysmography (ADP) you sit in a sealed egg-shaped pod.',
    ],
    [
      'BIS',
      'bioimpedance spectroscopy',
      'Unlike BIA, bioimpedance spectroscopy (BIS) sends many frequencies through the body.',
    ],
    [
      'EIM',
      'electrical impedance myography',
      'A newer tool, electrical impedance myography (EIM), looks at single muscles.',
    ],
    [
      'OMS',
      'opsoclonus myoclonus syndrome',
      'Some children with neuroblastoma develop opsoclonus myoclonus syndrome (OMS).',
    ],
    [
      'OMS',
      'opsoclonus-myoclonus syndrome',
      'OMS (opsoclonus-myoclonus syndrome) is rare and mostly affects toddlers.',
    ],
    ['Hb', 'hemoglobin', 'Your hemoglobin (Hb) level shows how well blood carries oxygen.'],
    ['mRNA', 'messenger RNA', 'The vaccine carries messenger RNA (mRNA) into the cells.'],
    ['PET', 'positron emission tomography', 'She had a positron emission tomography (PET) scan last week.'],
    ['ALL', 'acute lymphoblastic leukemia', 'The most common childhood cancer is acute lymphoblastic leukemia (ALL).'],
    ['CKD', 'chronic kidney disease', 'People with chronic kidney disease (CKD; see below) need regular checks.'],
    ['TNF', 'tumor necrosis factor', 'Drugs that block the tumor necrosis factor (TNF) calm the inflammation.'],
    ['HRT', 'Hormone replacement therapy', 'Hormone replacement therapy (also called HRT) eases hot flushes.'],
  ])('finds %s = %s', (short, long, text) => {
    expect(pairs(text)).toContainEqual([short, long]);
  });

  it('points at the defining short form in the text', () => {
    const text = 'Scans such as dual-energy X-ray absorptiometry (DXA) are accurate.';
    const [found] = findPageAbbreviations(text);
    expect(text.slice(found.index, found.index + found.short.length)).toBe('DXA');
    const reversed = 'OMS (opsoclonus-myoclonus syndrome) is rare.';
    expect(findPageAbbreviations(reversed)[0].index).toBe(0);
  });

  it('reads "also called" and "also known as" when the letters agree', () => {
    expect(pairs('Hydrostatic weighing, also called HW, was the gold standard.')).toEqual([
      ['HW', 'Hydrostatic weighing'],
    ]);
    expect(pairs('DRESS, also known as drug reaction with eosinophilia and systemic symptoms, is rare.')).toEqual([
      ['DRESS', 'drug reaction with eosinophilia and systemic symptoms'],
    ]);
    // The words after any run of spaces, or none before them at all.
    expect(pairs('Hydrostatic weighing   \n  also called HW.')).toEqual([['HW', 'Hydrostatic weighing']]);
    expect(pairs('also called HW.')).toEqual([]);
    // Only as words of their own: "unknown as" introduces nothing.
    expect(pairs('Hydrostatic weighing, unknown as HW.')).toEqual([]);
  });

  it('finds every definition of a body-composition article in one paragraph', () => {
    const text =
      'Methods include dual-energy X-ray absorptiometry (DXA), air displacement plethysmography (ADP), ' +
      'bioelectrical impedance analysis (BIA), bioimpedance spectroscopy (BIS) and electrical impedance myography (EIM).';
    expect(pairs(text).map(([short]) => short)).toEqual(['DXA', 'ADP', 'BIA', 'BIS', 'EIM']);
  });

  it('keeps the first meaning of a short form for the whole page', () => {
    const page = pageAbbreviations([
      'Multiple sclerosis (MS) affects nerves.',
      'Mitral stenosis (MS) narrows a heart valve.',
    ]);
    expect(page.get('MS')).toBe('Multiple sclerosis');
  });
});

describe('page abbreviations: what is refused', () => {
  it.each([
    'It was first described in the year (2003) by a small team.',
    'The curve flattens after a week (see Figure 2).',
    'As Smith et al. (2019) showed, the effect is small.',
    'The trial enrolled 300 people (approximately).',
    'Most people recover (thankfully) within a month.',
    'The dose was doubled (Table 3) for adults.',
    'A smaller group (n = 42) had side effects.',
    'We met at noon (UTC) near the station.',
    'The results (p < 0.05) were clear.',
    'The cells (see below) were stained.',
    'He said it twice (Wow).',
    'Ask your doctor (or nurse) first.',
    'Results were mixed (e.g. in older adults).',
    'A dose of 5 mg (MG) was given.',
    'Multiple lesions (MS lesions) were seen.',
  ])('no definition in: %s', (text) => {
    expect(findPageAbbreviations(text)).toEqual([]);
  });

  it('finds "New York (NY)" but calls it non-medical, so it is not highlighted', () => {
    expect(pairs('She moved to New York (NY) last year.')).toEqual([['NY', 'New York']]);
    const medical = new Set(['impedance', 'bioelectrical', 'absorptiometry', 'syndrome']);
    expect(isMedicalDefinition('New York', (w) => medical.has(w))).toBe(false);
    expect(isMedicalDefinition('bioelectrical impedance analysis', (w) => medical.has(w))).toBe(true);
  });

  it('refuses a long form too long for its short form', () => {
    // Three letters allow at most six words (min(3 + 5, 3 * 2)).
    expect(pairs('a test of muscle with electrical signals in the impedance of the myography (EIM)')).toEqual([]);
  });
});

describe('short-form shape and the letters rule', () => {
  it.each(['DXA', 'Hb', 'mRNA', 'HbA1c', 'COVID-19', 'T2D', 'IL-6'])('%s looks like an abbreviation', (sf) => {
    expect(looksLikeShortForm(sf)).toBe(true);
  });
  it.each(['2003', 'approximately', 'Smith', 'e.g.', 'a', 'ABCDEFGHIJK', 'see Fig', '-AB'])('%s does not', (sf) => {
    expect(looksLikeShortForm(sf)).toBe(false);
  });
  it('needs the first letter at the start of a word', () => {
    expect(bestLongForm('BIA', 'the bioelectrical impedance analysis')).toBe('bioelectrical impedance analysis');
    expect(bestLongForm('XYZ', 'bioelectrical impedance analysis')).toBeUndefined();
    // "M" only inside "lemma", never at a word start.
    expect(bestLongForm('MA', 'lemma analysis')).toBeUndefined();
  });
});
