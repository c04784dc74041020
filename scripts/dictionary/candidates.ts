/**
 * `npm run dictionary:candidates`: which terms the dictionary needs next, by need.
 * Need = in how many NIH consumer-health documents (../shared/data/medquad-dev) a name occurs.
 * Candidates: every name the WordNet layer would highlight, disease names of the Human Disease
 * Ontology, MedlinePlus drug names, the terms NIH editors explain in parentheses, and words patients
 * meet. Names a curated entry already has are left out. Writes a TSV (name, documents, origins,
 * WordNet category) to stdout, most needed first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aliasKey } from '../../dictionary/schema';
import { loadCuratedEntries } from '../../dictionary/load';
import { readWordNetMedical } from '../../dictionary/wordnet/read';
import { everydayWords } from '../../dictionary/rules/everyday-words';

const DATA = process.env.MEDGLOSS_SHARED_DIR
  ? join(process.env.MEDGLOSS_SHARED_DIR, 'data')
  : join(import.meta.dirname, '../../../shared/data');
if (!existsSync(DATA)) {
  console.error(`No open data at ${DATA}: this script needs ../shared/data beside the repository.`);
  process.exit(1);
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Candidate {
  name: string;
  origins: Set<string>;
  category?: string;
}
const candidates = new Map<string, Candidate>();
function add(name: string, origin: string, category?: string) {
  const k = key(name);
  if (!k || k.length < 3) return;
  const c = candidates.get(k) ?? { name, origins: new Set<string>() };
  c.origins.add(origin);
  if (category && !c.category) c.category = category;
  candidates.set(k, c);
}

for (const t of readWordNetMedical()) for (const n of t.highlightNames) add(n, 'wordnet', t.category);
for (const line of readFileSync(join(DATA, 'disease-ontology.tsv'), 'utf8').split('\n').slice(1)) {
  const [, name, , synonyms] = line.split('\t');
  if (!name) continue;
  add(name, 'disease', 'condition');
  for (const s of (synonyms ?? '').split(' | ')) if (s.trim()) add(s.trim(), 'disease', 'condition');
}
for (const line of readFileSync(join(DATA, 'medlineplus-drug-names.tsv'), 'utf8').split('\n').slice(1)) {
  const [name, kind] = line.split('\t');
  if (!name) continue;
  const base = name
    .replace(
      /\b(Injection|Oral Inhalation|Nasal Spray|Topical|Ophthalmic|Transdermal|Rectal|Vaginal|Otic|Oral|Sublingual|Inhalation|Implant|Patch)\b.*$/i,
      '',
    )
    .trim();
  add(base, kind === 'supplement' ? 'supplement' : 'drug', 'medicine');
}

const docs: string[] = [];
for (const file of readdirSync(join(DATA, 'medquad-dev'))) {
  for (const line of readFileSync(join(DATA, 'medquad-dev', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { qa: { answer: string }[] };
    docs.push(doc.qa.map((q) => q.answer).join('\n'));
  }
}

// Terms NIH editors explain in parentheses: "petechiae (flat, pinpoint spots...)" and "pinpoint spots (petechiae)".
const everyday = everydayWords(12_000);
const uncommon = (phrase: string) => phrase.split(' ').some((w) => w.length > 3 && !everyday.has(w));
for (const text of docs) {
  for (const m of text.matchAll(/([A-Za-z][A-Za-z-]+(?: [A-Za-z][A-Za-z-]+){0,2}) \(([^()]{3,120})\)/g)) {
    const before = m[1].split(' ');
    const inside = m[2];
    const last = before.at(-1)!;
    if (key(last).length > 4 && uncommon(key(last))) add(last, 'gloss');
    if (before.length > 1 && uncommon(key(before.slice(-2).join(' ')))) add(before.slice(-2).join(' '), 'gloss');
    if (/^[A-Za-z-]+(?: [A-Za-z-]+){0,2}$/.test(inside) && uncommon(key(inside))) add(inside, 'gloss');
  }
}
const PATIENT_WORDS =
  'polyp benign malignant lesion troponin HbA1c eGFR biopsy metastasis prognosis remission chemotherapy radiotherapy ICU BP GP BMI HPV INR mmHg ECG EKG PSA MRI CT scan ultrasound colonoscopy mammogram cholesterol triglycerides creatinine platelets hemoglobin anemia inflammation edema'.split(
    ' ',
  );
for (const w of PATIENT_WORDS) add(w, 'patient');

const taken = new Set(loadCuratedEntries().flatMap((e) => [e.term, ...(e.aliases ?? [])].map((n) => key(aliasKey(n)))));
const wanted = new Map([...candidates].filter(([k]) => !taken.has(k) && !taken.has(k.replace(/s$/, ''))));

const maxLen = 8;
const df = new Map<string, number>();
for (const text of docs) {
  const tokens = key(text).split(' ');
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = '';
    for (let n = 0; n < maxLen && i + n < tokens.length; n++) {
      gram = n ? `${gram} ${tokens[i + n]}` : tokens[i];
      const hit = wanted.has(gram)
        ? gram
        : gram.endsWith('s') && wanted.has(gram.slice(0, -1))
          ? gram.slice(0, -1)
          : '';
      if (hit) seen.add(hit);
    }
  }
  for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
}

const rows = [...wanted]
  .map(([k, c]) => ({ ...c, docs: df.get(k) ?? 0 }))
  .filter((c) => c.docs > 0 || c.origins.has('patient') || c.origins.has('wordnet') || c.origins.has('drug'))
  .sort((a, b) => b.docs - a.docs || a.name.localeCompare(b.name));
console.log('name\tdocuments\torigins\tcategory');
for (const r of rows) console.log(`${r.name}\t${r.docs}\t${[...r.origins].join(',')}\t${r.category ?? ''}`);
