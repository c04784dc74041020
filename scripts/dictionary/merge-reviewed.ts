/**
 * `npx tsx scripts/dictionary/merge-reviewed.ts WORKDIR BATCH REVIEWER`: moves a reviewed batch into
 * the dictionary. Reads WORKDIR/drafts/BATCH.json or WORKDIR/rework/BATCH.json (the author's entries,
 * with the review's findings fixed), WORKDIR/reviews/BATCH.json (the reviewer's verdict and the pages it read for each entry)
 * and WORKDIR/fixes/BATCH.json (for each "fix" verdict, whether the author fixed it). Keeps an entry
 * only when the review passed it or its findings were fixed, and only when it meets every rule;
 * records who reviewed it and what against. A new entry joins the file of its category; a rewrite
 * of a shipped entry (same id) takes its place.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Entry, type Category, DictionaryError, validateEntries } from '../../dictionary/schema';
import { ENTRIES_DIR, readEntryFiles } from '../../dictionary/load';
import { hardProblems } from '../../dictionary/rules/entry-rules';

export const FILE_OF: Record<Category, string> = {
  condition: 'conditions.json',
  symptom: 'symptoms.json',
  anatomy: 'anatomy.json',
  biology: 'biology.json',
  procedure: 'procedures.json',
  treatment: 'treatments.json',
  medicine: 'medicines.json',
  research: 'research.json',
  clinical: 'clinical-terms.json',
  abbreviation: 'abbreviations.json',
};

/** Publishers whose pages the card may link to, by the name a source uses. */
const PUBLISHER_HOSTS: [RegExp, RegExp][] = [
  [/^MedlinePlus/i, /(^|\.)medlineplus\.gov$|(^|\.)nlm\.nih\.gov$/],
  [/^NHS/i, /(^|\.)nhs\.uk$/],
  [/^NCI/i, /(^|\.)cancer\.gov$/],
  [/^CDC/i, /(^|\.)cdc\.gov$/],
  [/^Mayo Clinic/i, /(^|\.)mayoclinic\.org$/],
  [/^Cleveland Clinic/i, /(^|\.)clevelandclinic\.org$/],
  [/^(NINDS|NIDDK|NHLBI|NIAMS|NIMH|NICHD|NIA|NIH|GARD|NIAID|NEI|NIDCD)/i, /(^|\.)nih\.gov$/],
  [/^WHO/i, /(^|\.)who\.int$/],
  [/^FDA/i, /(^|\.)fda\.gov$/],
];

function sourceUrlFor(source: string, pages: string[]): string | undefined {
  const publisher = source.split(/;\s*/)[0];
  const hostRule = PUBLISHER_HOSTS.find(([name]) => name.test(publisher))?.[1];
  if (!hostRule) return undefined;
  for (const page of pages) {
    try {
      const url = new URL(page);
      if (url.protocol === 'https:' && hostRule.test(url.hostname)) return url.href;
    } catch {
      // not an address
    }
  }
  return undefined;
}

interface Review {
  id: string;
  verdict: 'ok' | 'fix' | 'drop';
  problems?: string[];
  checkedAgainst?: string[];
}

const [workdir, batch, reviewer] = process.argv.slice(2);
if (!workdir || !batch || !reviewer) {
  console.error('usage: merge-reviewed.ts WORKDIR BATCH REVIEWER');
  process.exit(2);
}
const read = <T>(path: string, fallback?: T): T =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : (fallback as T);
// New entries are drafted in drafts/; rewrites of shipped entries in rework/.
const draftPath = [join(workdir, 'drafts', `${batch}.json`), join(workdir, 'rework', `${batch}.json`)].find(existsSync);
if (!draftPath) throw new Error(`No draft for ${batch} in ${workdir}/drafts or ${workdir}/rework`);
const drafts = read<Entry[]>(draftPath);
const reviews = new Map(read<Review[]>(join(workdir, 'reviews', `${batch}.json`)).map((r) => [r.id, r]));
const fixRecords = read<{ id: string; fixed: boolean; note?: string }[]>(join(workdir, 'fixes', `${batch}.json`), []);
const fixes = new Map(fixRecords.map((f) => [f.id, f.fixed]));
// Pages the author read to confirm a fix ("confirmed: URL" in the note) join the pages the review read.
const confirmedByFix = new Map<string, string[]>();
for (const f of fixRecords)
  for (const url of f.note?.match(/https?:\/\/[^\s,;)"']+/g) ?? [])
    confirmedByFix.set(f.id, [...(confirmedByFix.get(f.id) ?? []), url.replace(/[.]$/, '')]);

const files = readEntryFiles();
const existing = files.flatMap((f) => f.entries as Entry[]);
const existingIds = new Set(existing.map((e) => e.id));
const kept: Entry[] = [];
const skipped: string[] = [];
for (const draft of drafts) {
  const review = reviews.get(draft.id);
  if (!review) skipped.push(`${draft.id}: not reviewed`);
  else if (review.verdict === 'drop') skipped.push(`${draft.id}: dropped by the review`);
  else if (review.verdict === 'fix' && !fixes.get(draft.id)) skipped.push(`${draft.id}: findings not fixed`);
  else if (!review.checkedAgainst?.length && !confirmedByFix.has(draft.id))
    skipped.push(`${draft.id}: the review read no page`);
  else {
    const problems = hardProblems(draft);
    if (problems.length) skipped.push(`${draft.id}: ${problems.join('; ')}`);
    else {
      const { ...entry } = draft as Entry & Record<string, unknown>;
      delete entry.fixedBy;
      delete entry._file;
      entry.reviewedBy = `${reviewer} (independent of the author)`;
      entry.checkedAgainst = [...new Set([...(review.checkedAgainst ?? []), ...(confirmedByFix.get(draft.id) ?? [])])];
      const url = sourceUrlFor(entry.source, entry.checkedAgainst);
      if (url) entry.sourceUrl = url;
      kept.push(entry);
    }
  }
}
// Related ids must exist once the batch is in.
const ids = new Set([...existingIds, ...kept.map((e) => e.id)]);
for (const entry of kept) {
  entry.related = entry.related?.filter((id) => ids.has(id));
  if (!entry.related?.length) delete entry.related;
}
const byFile = new Map<string, Entry[]>();
for (const f of files) byFile.set(f.file.split('/').pop()!, [...(f.entries as Entry[])]);
const previous = new Map<string, Entry>();
const place = (entry: Entry) => {
  // A rewrite of a shipped entry takes its place; a new entry joins the file of its category.
  const home = [...byFile].find(([, entries]) => entries.some((e) => e.id === entry.id));
  const name = home?.[0] ?? FILE_OF[entry.category];
  const list = byFile.get(name) ?? [];
  const at = list.findIndex((e) => e.id === entry.id);
  if (at >= 0) {
    previous.set(entry.id, list[at]);
    list[at] = entry;
  } else list.push(entry);
  byFile.set(name, list);
};
const unplace = (id: string) => {
  for (const list of byFile.values()) {
    const at = list.findIndex((e) => e.id === id);
    if (at < 0) continue;
    const before = previous.get(id);
    if (before) list[at] = before;
    else list.splice(at, 1);
  }
};
for (const entry of kept) place(entry);
// Leave out, and name, every new entry the dictionary's rules refuse (a name clash, a missing link).
const keptIds = new Set(kept.map((e) => e.id));
for (;;) {
  try {
    validateEntries([...byFile].map(([file, entries]) => ({ file, entries })));
    break;
  } catch (error) {
    if (!(error instanceof DictionaryError)) throw error;
    const culprits = new Set(
      error.problems
        .flatMap((p) => [...p.matchAll(/entry "([^"]+)"/g)].map((m) => m[1]))
        .filter((id) => keptIds.has(id)),
    );
    if (!culprits.size) throw error;
    for (const id of culprits) {
      unplace(id);
      keptIds.delete(id);
      skipped.push(`${id}: ${error.problems.filter((p) => p.includes(`entry "${id}"`)).join(' ')}`);
    }
    // Links to what was left out go too.
    for (const entry of kept)
      if (keptIds.has(entry.id)) {
        entry.related = entry.related?.filter((id) => !culprits.has(id));
        if (!entry.related?.length) delete entry.related;
      }
  }
}
const merged = keptIds.size;
for (const [name, entries] of byFile) {
  const path = join(ENTRIES_DIR, name);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const after = `${JSON.stringify(entries, null, 2)}\n`;
  if (before !== after) writeFileSync(path, after);
}
console.log(`${batch}: merged ${merged} of ${drafts.length}`);
for (const s of skipped) console.log(`  skipped ${s}`);
