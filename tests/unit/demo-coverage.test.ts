import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../dictionary/compile';
import { loadCuratedEntries } from '../../dictionary/load';
import { Matcher } from '../../dictionary/matcher';

const demo = readFileSync(resolve(import.meta.dirname, '../../demo/oms-faq.html'), 'utf8').replace(/<[^>]+>/g, ' ');
const { matchIndex } = compileDictionary(loadCuratedEntries());
const found = new Matcher(matchIndex.trie).find(demo).map((m) => demo.slice(m.start, m.end).toLowerCase());

// Every word of the demo page a lay reader would stumble on; the curated layer alone must cover it.
const JARGON = [
  'OMS',
  'OMAS',
  'opsoclonus',
  'opsomyoclonus',
  'myoclonus',
  'myoclonic jerks',
  'ataxia',
  'cerebellar ataxia',
  'cerebellum',
  'ACTH',
  'neuroblastoma',
  'neuroblastomas',
  'nephroblastoma',
  'Wilms tumor',
  'Wilms’ tumor',
  'Kinsbourne syndrome',
  'paraneoplastic',
  'paraneoplastic syndrome',
  'ocular flutter',
  'neurological disorder',
  'antibodies',
  'immune system',
  'chemotherapy',
  'corticosteroids',
  'surgical resection',
  'histology',
  'prognosis',
  'etiology',
  'neonates',
  'neuroimaging',
  'inflammatory',
  'chronic',
  'clinicians',
  'residual deficits',
  'oral and maxillofacial surgery',
  'dancing eyes-dancing feet syndrome',
  'opsoclonus-myoclonus syndrome',
];

describe('the demo page', () => {
  it.each(JARGON)('has "%s" covered by a curated entry', (term) => {
    expect(found).toContain(term.toLowerCase());
  });

  it('leaves plain words alone', () => {
    for (const word of ['children', 'brain', 'eyes', 'kidney', 'trunk', 'video', 'surgery', 'symptoms', 'syndrome'])
      expect(found).not.toContain(word);
  });
});
