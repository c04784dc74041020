/**
 * `npm run coverage`: how much of the jargon on real pages MedGloss highlights, and how little
 * it highlights on ordinary pages. Needs the built extension and ../shared (skipped with a message
 * when it is absent).
 *
 * 1. NIH consumer-health pages (../shared/data/medquad-dev): the terms NIH editors explain in
 *    parentheses, on pages rendered with those glosses removed (scripts/coverage/glossed-terms.ts).
 *    A term counts when a highlight covers it somewhere on its page. Prints the share and the most
 *    frequent terms left plain (what the dictionary needs next).
 * 2. The saved pages of ../shared/pages, most of them not medical: every highlight with its page,
 *    term and kind, and the average per page.
 * MEDGLOSS_COVERAGE_DOCS sets how many documents are sampled (default 600, every n-th document,
 * stable); `MEDGLOSS_COVERAGE_DOCS=all npm run coverage` measures every document (2,234 in
 * medquad-dev, about four times as long). The share printed is the same measure either way; the
 * issue's figure (85%) is read on both.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from './browser';
import { startStaticServer } from './static-server';
import { removeGlosses } from './coverage/glossed-terms';
import { everydayWords } from '../dictionary/rules/everyday-words';

const SHARED = resolve(process.env.MEDGLOSS_SHARED_DIR ?? join(import.meta.dirname, '..', '..', 'shared'));
const DATA = join(SHARED, 'data', 'medquad-dev');
const PAGES = join(SHARED, 'pages');
if (!existsSync(DATA)) {
  console.log(`coverage: skipped, no open data at ${DATA} (it needs ../shared beside the repository)`);
  process.exit(0);
}

const DOCS_SETTING = process.env.MEDGLOSS_COVERAGE_DOCS ?? '600';
const SAMPLE = DOCS_SETTING === 'all' ? Infinity : Number(DOCS_SETTING);
if (!(SAMPLE > 0)) {
  console.error(`coverage: MEDGLOSS_COVERAGE_DOCS must be a number of documents or "all", not "${DOCS_SETTING}"`);
  process.exit(1);
}
const everyday = everydayWords(12_000);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Doc {
  id: string;
  focus: string;
  paragraphs: { text: string; terms: { term: string; start: number }[] }[];
}

/** Every document with a glossed term, and the stable sample of them that is measured. */
function readDocs(): { all: number; sample: Doc[] } {
  const docs: Doc[] = [];
  for (const file of readdirSync(DATA).sort()) {
    for (const line of readFileSync(join(DATA, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const raw = JSON.parse(line) as { id: string; focus: string; qa: { question: string; answer: string }[] };
      const paragraphs = raw.qa.flatMap((qa) =>
        qa.answer
          .split(/\n+| - /)
          .filter((p) => p.trim())
          .map((p) => removeGlosses(p, (w) => everyday.has(w))),
      );
      if (paragraphs.some((p) => p.terms.length)) docs.push({ id: `${file}:${raw.id}`, focus: raw.focus, paragraphs });
    }
  }
  // A stable sample: every n-th document.
  const step = Math.max(1, Math.floor(docs.length / SAMPLE));
  return { all: docs.length, sample: docs.filter((_, i) => i % step === 0).slice(0, SAMPLE) };
}

const { all: allDocs, sample: docs } = readDocs();
const pageOf = (doc: Doc) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.focus)}</title></head><body><article>` +
  `<h1>${escape(doc.focus)}</h1>` +
  doc.paragraphs.map((p, i) => `<p data-p="${i}">${escape(p.text)}</p>`).join('') +
  '</article></body></html>';

/** A name as a reader compares it: lower case, hyphens as spaces, each word without a plural -s. */
const nameKey = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s\u2010-\u2013-]+/)
    .map((word) => word.replace(/(?<=\w{3})s$/, ''))
    .join(' ');

/** For each paragraph, the character ranges its highlights cover, and the marks themselves. */
async function readHighlights(page: Page) {
  return page.evaluate(() => {
    const ranges: Record<string, [number, number, string][]> = {};
    for (const p of document.querySelectorAll<HTMLElement>('p[data-p]')) {
      const list: [number, number, string][] = [];
      let offset = 0;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const length = (n as Text).data.length;
        const mark = (n.parentElement as HTMLElement).closest<HTMLElement>('mark[data-medgloss-term]');
        if (mark) list.push([offset, offset + length, mark.dataset.medglossKind ?? 'entry']);
        offset += length;
      }
      ranges[p.dataset.p!] = list;
    }
    const marks = [...document.querySelectorAll<HTMLElement>('mark[data-medgloss-term]')].map((m) => ({
      text: m.textContent ?? '',
      term: m.dataset.medglossTerm ?? '',
      kind: m.dataset.medglossKind ?? 'entry',
    }));
    return { ranges, marks };
  });
}

async function waitForPass(page: Page) {
  await page.waitForFunction(
    () => ['ready', 'off'].includes(document.documentElement.dataset.medglossStatus ?? ''),
    null,
    {
      timeout: 30_000,
    },
  );
}

const server = await startStaticServer({ '/pages/': PAGES }, [
  (path) => {
    const match = path.match(/^\/doc\/(\d+)\.html$/);
    return match ? { body: pageOf(docs[Number(match[1])]) } : undefined;
  },
]);
const context = await launchWithExtension();
const page = await context.newPage();

let total = 0;
let covered = 0;
const missed = new Map<string, number>();
/** A missed term's first place: the document and the words around it, to see why it was missed. */
const missedWhere = new Map<string, string>();
const atGlossedPlace = new Set<string>();
const kinds = new Map<string, string>();
const found = new Map<string, number>();
for (let i = 0; i < docs.length; i++) {
  await page.goto(`${server.url}/doc/${i}.html`);
  await waitForPass(page);
  const { ranges, marks } = await readHighlights(page);
  // By default a term is marked once per section (a heading starts one), so a glossed term may be
  // highlighted at its first occurrence in the section, before the glossed place: that counts too.
  // The same name in another spelling counts ("T cells" for the glossed "T-cells"), and so does a
  // longer name that the glossed place spells out: "dilated cardiomyopathy" marked earlier, and the
  // glossed "cardiomyopathy" written "dilated cardiomyopathy" there.
  const markedHere = new Map(marks.map((m) => [nameKey(m.text), m.kind]));
  const markedKind = (term: string, before: string) => {
    const key = nameKey(term);
    for (const [name, kind] of markedHere)
      if (name === key || (name.endsWith(` ${key}`) && `${nameKey(before)} `.endsWith(name.slice(0, -key.length))))
        return kind;
    return undefined;
  };
  const seen = new Map<string, boolean>();
  const places = new Map<string, string>();
  docs[i].paragraphs.forEach((p, index) => {
    for (const { term, start } of p.terms) {
      const key = term.toLowerCase();
      const around = p.text.slice(Math.max(0, start - 60), start + term.length + 60).replace(/\s+/g, ' ');
      if (!places.has(key)) places.set(key, `${docs[i].id} …${around}…`);
      const where = (ranges[index] ?? []).find(([a, b]) => a < start + term.length && b > start);
      if (where) atGlossedPlace.add(`${i}|${key}`);
      const kind = where ? where[2] : markedKind(term, p.text.slice(Math.max(0, start - 80), start).trimEnd());
      if (kind) kinds.set(`${i}|${key}`, kind);
      seen.set(key, (seen.get(key) ?? false) || kind !== undefined);
    }
  });
  // A term counts once per document; covered when any of its glossed places is highlighted.
  for (const [term, hit] of seen) {
    total++;
    if (hit) covered++;
    const tally = hit ? found : missed;
    tally.set(term, (tally.get(term) ?? 0) + 1);
    if (!hit && !missedWhere.has(term)) missedWhere.set(term, places.get(term) ?? '');
  }
}
const percent = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(
  docs.length < allDocs
    ? `NIH consumer-health pages (${docs.length} of ${allDocs} documents sampled from ${DATA}, glosses removed; MEDGLOSS_COVERAGE_DOCS=all for every one)`
    : `NIH consumer-health pages (all ${allDocs} documents of ${DATA}, glosses removed)`,
);
console.log(`  glossed terms highlighted and explained: ${covered} of ${total} (${percent(covered, total)})`);
console.log(
  `  of which highlighted at the glossed place itself: ${atGlossedPlace.size} (${percent(atGlossedPlace.size, total)})`,
);
const byKind = new Map<string, number>();
for (const kind of kinds.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
console.log(`  by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
const topMissed = [...missed].sort((a, b) => b[1] - a[1]);
console.log(
  `  most frequent terms left plain: ${topMissed
    .slice(0, 40)
    .map(([t, n]) => `${t} (${n})`)
    .join(', ')}`,
);

const lines: string[] = [];
let highlights = 0;
const files = existsSync(PAGES)
  ? readdirSync(PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];
for (const file of files) {
  await page.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  await page.goto(`${server.url}/pages/${file}`);
  await waitForPass(page).catch(() => undefined);
  const { marks } = await readHighlights(page);
  highlights += marks.length;
  for (const m of marks) lines.push(`${file}\t${m.kind}\t${m.term}\t${m.text}`);
  await page.unrouteAll();
}
const out = resolve(import.meta.dirname, '..', '.coverage-highlights.tsv');
writeFileSync(out, `page\tkind\tterm\ttext\n${lines.join('\n')}\n`);
console.log(`\nSaved pages (${files.length} in ${PAGES}, most of them not medical)`);
console.log(
  `  highlights: ${highlights}, ${(highlights / Math.max(1, files.length)).toFixed(2)} per page; every one in ${out}`,
);
writeFileSync(
  resolve(import.meta.dirname, '..', '.coverage-missed.tsv'),
  `term\tdocuments\tfirst place\n${topMissed.map(([t, n]) => `${t}\t${n}\t${missedWhere.get(t)}`).join('\n')}\n`,
);
await context.close();
await server.close();
