/**
 * `npx tsx scripts/dictionary/lint-drafts.ts FILE.json...`: checks draft entries before review and
 * merge, against the curated dictionary and every other draft in the same folder. Prints each
 * problem as "file, entry: reason"; exits 1 when there is any. Checks: the schema's shape and name
 * clashes, the build's hard rules (45 words, grade 10, a findable source), everyday words, and a
 * pronunciation for every headword that is a word.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Entry, DictionaryError, validateEntries } from '../../dictionary/schema';
import { readEntryFiles } from '../../dictionary/load';
import { hardProblems, plainWordProblems } from '../../dictionary/rules/entry-rules';
import { everydayWords } from '../../dictionary/rules/everyday-words';
import { gradeLevel } from '../../dictionary/rules/plain-language';

const targets = process.argv.slice(2).map((f) => resolve(f));
if (!targets.length) {
  console.error('usage: lint-drafts.ts DRAFT.json...');
  process.exit(2);
}
const folders = new Set(targets.map((t) => dirname(t)));
const draftFiles = [...folders].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => join(dir, n)),
);
const problems: string[] = [];
const drafts = draftFiles.map((path) => {
  try {
    return { file: path, entries: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    problems.push(`${path}: is not valid JSON (${(error as Error).message})`);
    return { file: path, entries: [] };
  }
});
// A draft with the id of a shipped entry is a rewrite of it: it replaces the shipped one.
const rewritten = new Set(
  drafts.flatMap((d) => (Array.isArray(d.entries) ? (d.entries as Entry[]).map((e) => e?.id) : [])),
);
const shipped = readEntryFiles().map((f) => ({
  ...f,
  entries: Array.isArray(f.entries) ? (f.entries as Entry[]).filter((e) => !rewritten.has(e.id)) : f.entries,
}));
const all = [...shipped, ...drafts];
let entries: Entry[] = [];
try {
  entries = validateEntries(all);
} catch (error) {
  if (!(error instanceof DictionaryError)) throw error;
  problems.push(...error.problems.filter((p) => targets.some((t) => p.startsWith(t))));
  // Go on with what parses, so plainness is reported too.
  entries = all.flatMap((f) => (Array.isArray(f.entries) ? (f.entries as Entry[]) : []));
}
const byId = new Map(entries.map((e) => [e.id, e]));
const everyday = everydayWords();
const grades: number[] = [];
for (const target of targets) {
  const list = drafts.find((d) => d.file === target)?.entries;
  if (!Array.isArray(list)) continue;
  for (const entry of list as Entry[]) {
    const where = `${basename(target)}, entry "${entry.id}"`;
    if (!entry.source || typeof entry.source !== 'string') continue;
    for (const p of [...hardProblems(entry), ...plainWordProblems(entry, byId, everyday)])
      problems.push(`${where}: ${p}`);
    if (!entry.senses && !entry.pronunciation && !/^[\p{Lu}\d\W]+$/u.test(entry.term))
      problems.push(`${where}: no pronunciation`);
    if (entry.explanation) grades.push(gradeLevel(entry.explanation));
  }
}
for (const p of problems) console.log(p);
grades.sort((a, b) => a - b);
console.log(
  `${grades.length} explanations: median grade ${grades[grades.length >> 1]?.toFixed(1)}, max ${grades.at(-1)?.toFixed(1)}; ${problems.length} problem(s)`,
);
process.exit(problems.length ? 1 : 0);
