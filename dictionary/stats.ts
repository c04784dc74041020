/**
 * `npm run dictionary:stats`: what the dictionary holds and what it costs a page.
 * Curated entries by category, recognized names in total, the size of each compiled index and how
 * long the content script's match index takes to load, and the share of entries with a checked source.
 */
import { gzipSync } from 'node:zlib';
import { compileAll, loadCuratedEntries } from './load';
import { CATEGORIES, CATEGORY_LABELS } from './schema';
import { Matcher } from './matcher';
import { pageData } from './vite-plugin';
import { explanationsOf, plainWordProblems, sourceProblems } from './rules/entry-rules';
import { everydayWords } from './rules/everyday-words';
import { gradeLevel } from './rules/plain-language';

const percent = (part: number, whole: number) => `${part} of ${whole} (${((100 * part) / whole).toFixed(0)}%)`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const curated = loadCuratedEntries();
// As the build ships it (load.ts): the same figures as the extension's.
const compiled = compileAll();
const { dictionary, highlightable, matchIndex } = compiled;

console.log('Curated entries by category');
for (const category of CATEGORIES) {
  const count = curated.filter((e) => e.category === category).length;
  console.log(`  ${CATEGORY_LABELS[category].padEnd(28)} ${String(count).padStart(4)}`);
}
console.log(`  ${'Total'.padEnd(28)} ${String(curated.length).padStart(4)}`);

const reviewed = curated.filter((e) => e.reviewedBy).length;
const curatedNames = curated.reduce((n, e) => n + 1 + (e.aliases?.length ?? 0), 0);
const allNames = dictionary.entries.reduce((n, e) => n + 1 + e.aliases.length, 0);
const highlightNames = highlightable
  .filter(([, , , medicalPagesOnly]) => !medicalPagesOnly)
  .reduce((n, [, , names]) => n + names.length, 0);
const medicalPagesNames = highlightable
  .filter(([, , , medicalPagesOnly]) => medicalPagesOnly)
  .reduce((n, [, , names]) => n + names.length, 0);
const neverHighlighted = curated.filter((e) => e.highlight === false).length;
console.log('\nRecognized terms');
console.log(`  names in curated entries        ${curatedNames}`);
console.log(`  WordNet terms added (broad)     ${dictionary.entries.length - curated.length}`);
console.log(`  names found by lookup (total)   ${allNames}`);
console.log(`  names highlighted on pages      ${highlightNames}`);
console.log(`  ... on medical pages only       ${medicalPagesNames} (${matchIndex.medicalPages.length} entries)`);
console.log(`  entries never highlighted       ${neverHighlighted} (lookup and cards only)`);

// What every page with text reads from storage, as the build ships it (packed tries, packed bases).
const page = pageData(compiled);
const pageBytes = page.matchIndex.length + page.diseaseIndex.length + page.wordParts.length;
const dictionaryJson = JSON.stringify(dictionary);
const loads = Array.from({ length: 15 }, () => {
  const start = performance.now();
  new Matcher((JSON.parse(page.matchIndex) as Pick<typeof matchIndex, 'trie'>).trie).find('warm up');
  return performance.now() - start;
});
console.log('\nCompiled indexes');
console.log(
  `  page data (content script)      ${kb(pageBytes)}: match index ${kb(page.matchIndex.length)} (loads in ${median(loads).toFixed(1)} ms, median of 15, Node), disease names ${kb(page.diseaseIndex.length)}, word parts ${kb(page.wordParts.length)}`,
);
console.log(
  `  full dictionary (background)    ${kb(dictionaryJson.length)} (${kb(gzipSync(dictionaryJson).length)} gzipped)`,
);

console.log('\nFact-checking');
console.log(
  `  curated entries with a checked source: ${reviewed} of ${curated.length} (${((100 * reviewed) / curated.length).toFixed(0)}%)`,
);

// Issue groups: the body and its conditions; medicines, tests, care and research.
const BODY_GROUP = new Set(['condition', 'symptom', 'anatomy', 'biology']);
console.log('\nBy group');
console.log(`  conditions, symptoms, body, lab   ${curated.filter((e) => BODY_GROUP.has(e.category)).length}`);
console.log(`  medicines, tests, care, research  ${curated.filter((e) => !BODY_GROUP.has(e.category)).length}`);
console.log(`    of which medicines              ${curated.filter((e) => e.category === 'medicine').length}`);

const grades = curated
  .flatMap(explanationsOf)
  .map(gradeLevel)
  .sort((a, b) => a - b);
const byId = new Map(curated.map((e) => [e.id, e]));
const everyday = everydayWords();
const withPlainWords = curated.filter((e) => plainWordProblems(e, byId, everyday).length === 0).length;
console.log('\nReadability (Flesch-Kincaid grade of every explanation)');
console.log(
  `  median ${median(grades).toFixed(1)}, 90th percentile ${grades[Math.floor(grades.length * 0.9)].toFixed(1)}, maximum ${grades.at(-1)!.toFixed(1)}`,
);
console.log(
  `  entries whose explanation uses only everyday or linked words: ${percent(withPlainWords, curated.length)}`,
);
console.log(
  `  entries with a pronunciation: ${percent(curated.filter((e) => e.pronunciation).length, curated.length)}`,
);

const specific = curated.filter((e) => sourceProblems(e.source).length === 0).length;
const checked = curated.filter((e) => e.checkedAgainst?.length).length;
const compiledById = new Map(dictionary.entries.map((e) => [e.id, e]));
const unreviewedNames = highlightable
  .filter(([id]) => !compiledById.get(id)?.reviewed)
  .reduce((n, [, , names]) => n + names.length, 0);
console.log('\nSources and review');
console.log(`  entries with a specific source ("Publisher: page"): ${percent(specific, curated.length)}`);
console.log(`  entries reviewed by someone other than the author: ${percent(reviewed, curated.length)}`);
console.log(`  entries that record the pages the review read: ${percent(checked, curated.length)}`);
console.log(`  highlightable names explained by unreviewed text: ${unreviewedNames}`);
