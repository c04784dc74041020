/**
 * `npx tsx scripts/dictionary/pronunciation-coverage.ts`: which curated entries still lack a
 * pronunciation, among the 1,000 most needed (by document frequency: in how many NIH
 * consumer-health documents of ../shared/data/medquad-dev any of the entry's names occurs, counted
 * as scripts/dictionary/candidates.ts counts) and among the entries on the demo page. Prints the
 * counts and the missing entries; it writes no pronunciation (they need review like any fact).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCuratedEntries } from '../../dictionary/load';

const ROOT = join(import.meta.dirname, '../..');
const DATA = process.env.MEDGLOSS_SHARED_DIR
  ? join(process.env.MEDGLOSS_SHARED_DIR, 'data')
  : join(ROOT, '../shared/data');
if (!existsSync(DATA)) {
  console.error(`No open data at ${DATA}: this script needs ../shared/data beside the repository.`);
  process.exit(1);
}
const TOP = Number(process.argv[2] ?? 1000);

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const entries = loadCuratedEntries();
const byName = new Map<string, Set<string>>();
for (const e of entries)
  for (const name of [e.term, ...(e.aliases ?? [])]) {
    const k = key(name);
    if (k) byName.set(k, (byName.get(k) ?? new Set()).add(e.id));
  }

/** Entry ids whose names occur in `text` (plural "s" forgiven). */
function idsIn(text: string): Set<string> {
  const tokens = key(text).split(' ');
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = '';
    for (let n = 0; n < 8 && i + n < tokens.length; n++) {
      gram = n ? `${gram} ${tokens[i + n]}` : tokens[i];
      for (const k of [gram, gram.endsWith('s') ? gram.slice(0, -1) : ''])
        for (const id of byName.get(k) ?? []) found.add(id);
    }
  }
  return found;
}

const df = new Map<string, number>();
for (const file of readdirSync(join(DATA, 'medquad-dev')))
  for (const line of readFileSync(join(DATA, 'medquad-dev', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { qa: { answer: string }[] };
    for (const id of idsIn(doc.qa.map((q) => q.answer).join('\n'))) df.set(id, (df.get(id) ?? 0) + 1);
  }

const byId = new Map(entries.map((e) => [e.id, e]));
const top = [...df]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .slice(0, TOP)
  .map(([id, docs]) => ({ entry: byId.get(id)!, docs }));
const demoText = readFileSync(join(ROOT, 'demo/oms-faq.html'), 'utf8').replace(/<[^>]+>/g, ' ');
const demo = [...idsIn(demoText)].map((id) => ({ entry: byId.get(id)!, docs: df.get(id) ?? 0 }));

for (const [label, list] of [
  [`the ${top.length} most frequent curated entries (documents in medquad-dev)`, top],
  ['the entries named on the demo page', demo],
] as const) {
  const missing = list.filter(({ entry }) => !entry.pronunciation);
  console.log(
    `${label}: ${list.length - missing.length} of ${list.length} have a pronunciation; ${missing.length} missing:`,
  );
  console.log(missing.map(({ entry, docs }) => `  ${entry.id} (${entry.term}, ${docs} documents)`).join('\n'));
}
