import { describe, expect, it } from 'vitest';
import { composeDerivedText, derive, type BaseEntry, type LookupName } from '../../dictionary/layers/derivations';
import { usSpellings } from '../../dictionary/layers/uk-spellings';
import { loadCuratedEntries } from '../../dictionary/load';
import { isCaseSensitive } from '../../dictionary/schema';

/**
 * The lookup the content script should get: reviewed, highlightable entries, those highlighted on
 * medical pages only flagged so; no abbreviations.
 */
function curatedLookup(): Map<string, BaseEntry> {
  const names = new Map<string, BaseEntry>();
  for (const entry of loadCuratedEntries()) {
    if (entry.highlight === false || entry.category === 'abbreviation' || !entry.reviewedBy) continue;
    const medicalPagesOnly = entry.highlight === 'medical-pages' ? { medicalPagesOnly: true as const } : {};
    for (const name of [entry.term, ...(entry.aliases ?? [])])
      if (!isCaseSensitive(name))
        names.set(name.toLowerCase(), { id: entry.id, term: entry.term, ...medicalPagesOnly });
  }
  return names;
}

/** Derived words the rules accept: [word, base entry, rule]. */
const ACCEPTED: [string, string, string][] = [
  ['rheumatologist', 'rheumatology', 'specialist'],
  ['rheumatologists', 'rheumatology', 'specialist'],
  ['urologist', 'urology', 'specialist'],
  ['cardiologist', 'cardiology', 'specialist'],
  ['haematologist', 'hematology', 'specialist'],
  ['gynaecologist', 'gynecology', 'specialist'],
  ['psychologist', 'psychology', 'specialist'],
  ['urologic', 'urology', 'specialty-adjective'],
  ['urological', 'urology', 'specialty-adjective'],
  ['haematological', 'hematology', 'specialty-adjective'],
  ['cardiologic', 'cardiology', 'specialty-adjective'],
  ['anemic', 'anemia', 'adjective'],
  ['anaemic', 'anaemia', 'adjective'],
  ['leukemic', 'leukemia', 'adjective'],
  ['leukaemic', 'leukaemia', 'adjective'],
  ['metastatic', 'metastasis', 'adjective'],
  ['asthmatic', 'asthma', 'adjective'],
  ['diabetic', 'diabetes', 'adjective'],
  ['arthritic', 'arthritis', 'adjective'],
  ['septic', 'sepsis', 'adjective'],
  ['epileptic', 'epilepsy', 'adjective'],
  ['aphasic', 'aphasia', 'adjective'],
  ['dyslexic', 'dyslexia', 'adjective'],
  ['ischemic', 'ischemia', 'adjective'],
  ['ischaemic', 'ischemia', 'adjective'],
  ['hypoxic', 'hypoxia', 'adjective'],
  ['psychotic', 'psychosis', 'adjective'],
  ['fibrotic', 'fibrosis', 'adjective'],
  ['necrotic', 'necrosis', 'adjective'],
  ['thrombotic', 'thrombosis', 'adjective'],
  ['paralytic', 'paralysis', 'adjective'],
  ['hyperplastic', 'hyperplasia', 'adjective'],
  ['dysplastic', 'dysplasia', 'adjective'],
  ['edematous', 'edema', 'adjective'],
  ['oedematous', 'edema', 'adjective'],
  ['endoscopic', 'endoscopy', 'adjective'],
  ['laparoscopic', 'laparoscopy', 'adjective'],
  ['cerebral', 'cerebrum', 'adjective'],
  ['placental', 'placenta', 'adjective'],
  ['neuronal', 'neuron', 'adjective'],
  ['anorexic', 'anorexia', 'adjective'],
  ['colonoscopic', 'colonoscopy', 'adjective'],
  ['dialytic', 'dialysis', 'adjective'],
  ['thyroidal', 'thyroid', 'adjective'],
  ['pneumonic', 'pneumonia', 'adjective'],
  ['laryngeal', 'larynx', 'adjective'],
  ['spinal', 'spine', 'adjective'],
  ['intestinal', 'intestine', 'adjective'],
  ['menopausal', 'menopause', 'adjective'],
  ['viral', 'virus', 'adjective'],
  ['fungal', 'fungus', 'adjective'],
  ['bacterial', 'bacteria', 'adjective'],
  ['muscular', 'muscle', 'adjective'],
  ['rectal', 'rectum', 'adjective'],
  ['invasive', 'invasion', 'adjective'],
  ['infectious', 'infection', 'adjective'],
  ['bursae', 'bursa', 'plural'],
  ['appendices', 'appendix', 'plural'],
  ['fungi', 'fungus', 'plural'],
  ['emboli', 'embolus', 'plural'],
  ['diverticula', 'diverticulum', 'plural'],
  ['stomata', 'stoma', 'plural'],
  ['foramina', 'foramen', 'plural'],
  ['phalanges', 'phalanx', 'plural'],
  ['oestrogen', 'estrogen', 'spelling'],
  ['haemorrhage', 'hemorrhage', 'spelling'],
  ['oesophagitis', 'esophagitis', 'spelling'],
  ['non-metastatic', 'metastasis', 'not'],
  ['nonmetastatic', 'metastasis', 'not'],
  ['non-invasive', 'invasion', 'not'],
  ['noninfectious', 'infection', 'not'],
  ['anti-inflammatory', 'inflammatory', 'against'],
  ['antibacterial', 'bacteria', 'against'],
  ['prediabetes', 'diabetes', 'before'],
  ['premenopausal', 'menopause', 'before'],
  ['preoperative', 'operation', 'before'],
  ['postoperative', 'operation', 'after'],
  ['post-operative', 'operation', 'after'],
  ['postmenopausal', 'menopause', 'after'],
  ['mutated', 'mutation', 'verb'],
  ['mutate', 'mutation', 'verb'],
  ['translocated', 'translocation', 'verb'],
  ['ossified', 'ossification', 'verb'],
  ['metabolize', 'metabolism', 'verb'],
  ['metabolizes', 'metabolism', 'verb'],
  ['metabolising', 'metabolism', 'verb'],
  ['resected', 'resection', 'verb'],
  ['non-mutated', 'mutation', 'not'],
];
const DERIVED_WORDS = ACCEPTED.map(([word]) => word);

const names = curatedLookup();
// Entries the dictionary does not have yet, as if they had been written and reviewed: the rules
// must work across the whole dictionary, not only its current 500 entries. "clinic", "crisis",
// "position" and "nerve" are here so that the refusals below are tested against a real base.
for (const term of [
  'rheumatology',
  'urology',
  'cardiology',
  'hematology',
  'gynecology',
  'psychology',
  'operation',
  'virus',
  'fungus',
  'bacteria',
  'spine',
  'intestine',
  'muscle',
  'rectum',
  'invasion',
  'infection',
  'ischemia',
  'hypoxia',
  'psychosis',
  'appendix',
  'estrogen',
  'larynx',
  'menopause',
  'fibrosis',
  'necrosis',
  'hyperplasia',
  'dysplasia',
  'dyslexia',
  'embolus',
  'diverticulum',
  'stoma',
  'foramen',
  'phalanx',
  'bursa',
  'placenta',
  'clinic',
  'crisis',
  'position',
  'nerve',
  'cervix',
  'hemorrhage',
  'esophagitis',
  'sedation',
  'ossification',
  'resection',
])
  if (!names.has(term)) names.set(term, { id: `test-${term}`, term });
// An entry may list a derived form as its own alias ("urologic"); the matcher then finds it
// directly. These tests are about the rules, so the words they derive are taken out of the lookup.
for (const word of DERIVED_WORDS) names.delete(word);
const lookup = (name: string) => names.get(name);

describe('derived words that are accepted', () => {
  it.each(ACCEPTED)('%s comes from %s (%s)', (word, base, rule) => {
    // The base may be reached through an alias ("oedema" for edema): the entry is what counts.
    expect(derive(word, lookup)).toMatchObject({ entryId: lookup(base)!.id, rule });
  });

  it('composes the card text from the rule and the entry headword only', () => {
    const rheumatologist = derive('rheumatologist', lookup)!;
    expect(rheumatologist).toEqual({
      entryId: 'rheumatology',
      base: 'rheumatology',
      rule: 'specialist',
      label: 'a doctor who specializes in rheumatology',
    });
    expect(composeDerivedText(rheumatologist)).toBe('A doctor who specializes in rheumatology.');
    expect(composeDerivedText(derive('urologic', lookup)!)).toBe('To do with urology.');
    expect(composeDerivedText(derive('psychologist', lookup)!)).toBe('An expert in psychology.');
    expect(composeDerivedText(derive('non-metastatic', lookup)!)).toBe('Not metastatic.');
    expect(composeDerivedText(derive('postoperative', lookup)!)).toBe('After operation.');
    expect(composeDerivedText(derive('oestrogen', lookup)!)).toBe('The British spelling of estrogen.');
    expect(derive('diabetic', lookup)).toMatchObject({
      entryId: 'diabetes-mellitus',
      label: 'to do with diabetes mellitus',
    });
  });

  it('highlights verb forms on medical pages only ("randomized" is common in code)', () => {
    expect(derive('mutated', lookup)).toMatchObject({ label: 'to do with mutation', medicalPagesOnly: true });
    expect(derive('non-mutated', lookup)?.medicalPagesOnly).toBe(true);
    expect(derive('metastatic', lookup)?.medicalPagesOnly).toBeUndefined();
  });

  it('derives adverbs, on medical pages only ("chronically underfunded", "acutely aware")', () => {
    expect(derive('sporadically', lookup)).toMatchObject({
      entryId: 'sporadic',
      rule: 'adverb',
      label: 'in a sporadic way',
      medicalPagesOnly: true,
    });
    expect(derive('bilaterally', lookup)).toMatchObject({ entryId: 'bilateral', medicalPagesOnly: true });
    expect(derive('progressively', lookup)).toMatchObject({ entryId: 'progressive', medicalPagesOnly: true });
    expect(derive('acutely', lookup)).toMatchObject({ label: 'in an acute way', medicalPagesOnly: true });
    // An entry highlighted everywhere lends its adverb to medical pages only too.
    expect(derive('chronically', lookup)).toMatchObject({ entryId: 'chronic', medicalPagesOnly: true });
  });

  it('derives from a medical-pages entry for medical pages only', () => {
    expect(derive('allergic', lookup)).toMatchObject({ entryId: 'allergy', medicalPagesOnly: true });
    expect(derive('hormonal', lookup)).toMatchObject({ entryId: 'hormone', medicalPagesOnly: true });
    expect(derive('antibacterial', lookup)).toMatchObject({ entryId: 'bacteria', medicalPagesOnly: true });
  });

  // Rules the shipped dictionary may make moot by listing the word itself: a small lookup of their own.
  const SMALL: Record<string, string> = {
    orthopedics: 'orthopedics',
    orthopaedics: 'orthopedics',
    geriatrics: 'geriatrics',
    clubfoot: 'clubfoot',
    pelvis: 'pelvis',
  };
  const small: LookupName = (name) => (SMALL[name] ? { id: SMALL[name], term: SMALL[name] } : undefined);

  it('leads -ist and -ician to a specialty in -ics: orthopedist, geriatrician', () => {
    expect(derive('orthopedists', small)).toMatchObject({
      entryId: 'orthopedics',
      label: 'a doctor who specializes in orthopedics',
    });
    // A British name of the entry: its headword says it is a doctor's specialty.
    expect(derive('orthopaedist', small)).toMatchObject({ label: 'a doctor who specializes in orthopedics' });
    expect(derive('geriatrician', small)).toMatchObject({ entryId: 'geriatrics', rule: 'specialist' });
    for (const word of ['physician', 'politician', 'statistician', 'ethicist'])
      expect(derive(word, small)).toBeUndefined();
  });

  it('finds irregular plurals: clubfeet, pelves', () => {
    expect(derive('clubfeet', small)).toMatchObject({ entryId: 'clubfoot', rule: 'plural' });
    expect(derive('pelves', small)).toMatchObject({ entryId: 'pelvis', rule: 'plural' });
    expect(derive('feet', small)).toBeUndefined();
  });

  it('keeps the capital of a word that starts a sentence', () => {
    expect(derive('Rheumatologists', lookup)).toMatchObject({ base: 'rheumatology' });
  });
});

describe('derived words that are refused', () => {
  it.each([
    // everyday words that only look like a rule
    'biological',
    'logic',
    'logical',
    'panic',
    'tonic',
    'comic',
    'Arabic',
    'music',
    'musical',
    'basic',
    'magic',
    'electric',
    'fantastic',
    'elastic',
    'athletic',
    'poetic',
    'exotic',
    'topic',
    'topical',
    'tropical',
    'vital',
    'capital',
    'digital',
    'total',
    'hospital',
    'festival',
    'spiral',
    'animal',
    'signal',
    'final',
    // prefixes that are not prefixes
    'antique',
    'antics',
    'antibody',
    'antigen',
    'prevent',
    'present',
    'pretend',
    'premium',
    'prefer',
    'postal',
    'poster',
    'posterior',
    'until',
    'under',
    'uncle',
    'unique',
    'universe',
    'nonsense',
    // real bases, wrong meaning
    'clinical',
    'critic',
    'positive',
    'nervous',
    'cervical',
    'preeclampsia',
    'pre-eclampsia',
    'sedate', // calm, as in "a sedate pace" (sedation is an entry)
    // everyday-word entries (highlight: false) lend no derivations
    'cancerous',
    'surgical',
    'surgically',
    'cultural',
    'diagnostic',
    // medical-pages bases whose rules land on another sense
    'local',
    'locally',
    'complicated',
    'uncomplicated',
    'differentiated',
    'magnesia',
    'aspirational',
    // adverbs of everyday or refused adjectives, and words that only end in -ly
    'generally',
    'normally',
    'mentally',
    'naturally',
    'clinically',
    'medically',
    'physically',
    'critically',
    'positively',
    'relatively',
    'actively',
    'culturally',
    'genetically',
    'totally',
    'finally',
    'really',
    'early',
    'only',
    'family',
    'supply',
    'anomaly',
    'assembly',
    'feet',
    // -ist and -ician without a specialty in -ics
    'physician',
    'politician',
    'technician',
    'statistician',
    // no base in the dictionary
    'ecological',
    'theological',
    'technological',
    'chronological',
    'media',
    'criteria',
    'alumni',
    'taxi',
    // abbreviations and codes are never derived
    'MS-04',
    'HDL-2',
    'McDonald',
  ])('%s is not derived', (word) => {
    expect(derive(word, lookup)).toBeUndefined();
  });

  it('does not derive a word the dictionary already lists', () => {
    expect(derive('metastases', lookup)).toBeUndefined();
    expect(derive('tumour', lookup)).toBeUndefined();
    expect(derive('vertebral', lookup)).toBeUndefined();
  });
});

describe('British spellings', () => {
  it.each([
    ['oesophagus', 'esophagus'],
    ['haemoglobin', 'hemoglobin'],
    ['anaemia', 'anemia'],
    ['tumour', 'tumor'],
    ['paediatric', 'pediatric'],
    ['oestrogen', 'estrogen'],
    ['diarrhoea', 'diarrhea'],
    ['leukaemia', 'leukemia'],
    ['haematology', 'hematology'],
    ['immunise', 'immunize'],
    ['centre', 'center'],
    ['fibre', 'fiber'],
    ['paralyse', 'paralyze'],
  ])('%s can be %s', (uk, us) => {
    expect(usSpellings(uk)).toContain(us);
  });
  it.each(['toe', 'shoe', 'canoe', 'poem', 'four', 'pour', 'rise', 'wise', 'aerial'])('%s has no US twin', (word) => {
    expect(usSpellings(word).filter((us) => us.length >= 4 && us !== word)).toEqual([]);
  });
});
