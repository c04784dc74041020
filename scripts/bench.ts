/**
 * `npm run bench`: how fast MedGloss highlights a page, next to what the same work costs done the
 * simplest ways, on the same pages in one run:
 *   1. the floor: a bare TreeWalker over every text node (no matching, no DOM writes);
 *   2. mark.js `mark(array)` with every name MedGloss highlights (one DOM pass per name);
 *   3. mark.js `markRegExp` with one alternation of those names (one DOM pass);
 *   4. MedGloss itself, loaded as an extension: first highlight and full pass after
 *      DOMContentLoaded, long tasks, highlights, and the content script's JS heap.
 * Each measurement runs RUNS times on a fresh tab and the table shows the median. The table is
 * printed and written to .bench/results.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type Mark from 'mark.js';
import { compileDictionary } from '../dictionary/compile';
import { loadCuratedEntries } from '../dictionary/load';
import { loadBroadLayer } from '../dictionary/broad';
import { isCaseSensitive } from '../dictionary/schema';
import { SKIP_SELECTOR } from '../utils/text-filter';
import { EXTENSION_DIR, backgroundWorker, launchWithExtension } from './browser';
import { startStaticServer, type Route } from './static-server';
import { generateArticle } from './bench-pages';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED_PAGES = resolve(ROOT, '..', 'shared', 'pages');
const MARK_JS = resolve(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
const RESULTS = resolve(ROOT, '.bench', 'results.md');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Long-task entries are delivered after the task; give the last ones time to arrive. */
const SETTLE_MS = 300;
const PASS_TIMEOUT_MS = 60_000;
/**
 * mark(array) walks the whole DOM once per name: about 10 ms per name on the 100 KB page and
 * 100 ms on the 1 MB ones, so thousands of names take minutes per run (the 100 KB page: 111 s for
 * 8,171 names). It times a sample of this many names, spread evenly over all lengths and both
 * case modes, and scales the time up: its cost is close to linear in the number of names (the
 * sample came within 15% of that full run). BENCH_MARK_ARRAY_NAMES=all times them all.
 */
const MARK_ARRAY_NAMES =
  process.env.BENCH_MARK_ARRAY_NAMES === 'all' ? Infinity : Number(process.env.BENCH_MARK_ARRAY_NAMES ?? 25);
/** mark(array) recurses once per name; with thousands of names in one call the stack overflows. */
const MARK_ARRAY_CHUNK = 1000;

interface BenchPage {
  label: string;
  path: string;
  htmlBytes: number;
}

interface LongTask {
  start: number;
  duration: number;
}

/** What the init script records in the page's main world (see installProbe). */
interface Probe {
  longTasks: LongTask[];
  workingAt: number | null;
  readyAt: number | null;
  firstHighlightAt: number | null;
  ready?: Promise<void>;
}
type ProbeWindow = Window & { __medglossBench: Probe };

/** Renderer counters from CDP Performance.getMetrics; counts and durations since the tab opened. */
interface PageMetrics {
  heapBytes: number;
  styleRecalcs: number;
  styleMs: number;
  layouts: number;
  layoutMs: number;
  /** CPU time of the renderer's main thread: unlike wall time, barely moved by other load on the machine. */
  cpuMs: number;
}

interface FloorResult {
  ms: number;
  textNodes: number;
  textChars: number;
  longestTaskMs: number;
  /** The loaded page before the walk: the "without extension" side of the heap and style figures. */
  metrics: PageMetrics;
}

interface MarkResult {
  ms: number;
  marks: number;
}

interface MedGlossResult {
  firstHighlightMs: number | null;
  readyMs: number;
  longestInPassMs: number;
  tasksOver50InPass: number;
  longestOverallMs: number;
  highlights: number;
  metrics: PageMetrics;
}

/** Everything MedGloss highlights, split the way mark.js needs it (one case mode per call). */
interface NameLists {
  count: number;
  caseInsensitive: string[];
  caseSensitive: string[];
}

interface Terms extends NameLists {
  /** About MARK_ARRAY_NAMES names for mark(array), evenly spread over the list sorted by length. */
  sample: NameLists;
  /** Source of one regex (flags "gu") that matches any name on word boundaries, longest first. */
  pattern: string;
}

// ---------------------------------------------------------------------------------------------
// Terms

/** The names the build puts in the content script's match index, with no category hidden. */
function loadTerms(): Terms {
  const { highlightable } = compileDictionary(loadCuratedEntries(), loadBroadLayer());
  const names = [...new Set(highlightable.flatMap(([, , entryNames]) => entryNames))];
  return {
    ...nameLists(names),
    sample: nameLists(evenSample(names, MARK_ARRAY_NAMES)),
    pattern: alternationPattern(names),
  };
}

/** About `size` names, every k-th of the list sorted by length, so short and long names are both in. */
function evenSample(names: string[], size: number): string[] {
  const step = Math.max(1, Math.floor(names.length / size));
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b)).filter((_, i) => i % step === 0);
}

function nameLists(names: string[]): NameLists {
  return {
    count: names.length,
    caseInsensitive: names.filter((name) => !isCaseSensitive(name)),
    caseSensitive: names.filter(isCaseSensitive),
  };
}

/** Escapes what a `u`-flag regex treats as syntax; `u` rejects escapes of anything else (like "-"). */
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Longest names first, so "cerebellar ataxia" wins over "ataxia" at the same position.
 * Abbreviations keep their case as in MedGloss ("OMS", not "oms"): runs of same-mode names go in
 * `(?i:...)` or plain groups (regex modifiers, Chromium 125+). Word boundaries are lookarounds
 * on letters, marks and digits, which is MedGloss's notion of a word in any script.
 */
function alternationPattern(names: string[]): string {
  const sorted = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const groups: string[] = [];
  let run: string[] = [];
  let runIsSensitive = false;
  const flush = () => {
    if (run.length) groups.push(runIsSensitive ? run.join('|') : `(?i:${run.join('|')})`);
    run = [];
  };
  for (const name of sorted) {
    if (isCaseSensitive(name) !== runIsSensitive) {
      flush();
      runIsSensitive = !runIsSensitive;
    }
    run.push(escapeRegExp(name));
  }
  flush();
  return `(?<![\\p{L}\\p{M}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{M}\\p{N}])`;
}

// ---------------------------------------------------------------------------------------------
// In-page code. Playwright sends these functions to the page as source text, and tsx's esbuild
// wraps named inner functions (`const f = () => ...`, `{ done: () => ... }`) in a `__name()` helper
// that does not exist there, so page code uses only anonymous callbacks and method shorthand.

/** Init script: records long tasks and, with the extension, MedGloss's status and first mark. */
function installProbe(watchMedGloss: boolean): void {
  const probe: Probe = { longTasks: [], workingAt: null, readyAt: null, firstHighlightAt: null };
  (window as unknown as ProbeWindow).__medglossBench = probe;
  // 'longtask' only reports tasks over 50 ms; buffered picks up any from before this ran.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!watchMedGloss) return;
  probe.ready = new Promise<void>((resolveReady) => {
    // <html> may not exist yet when init scripts run, so watch the document for the attribute.
    new MutationObserver(() => {
      const status = document.documentElement.getAttribute('data-medgloss-status');
      if (status === 'working' && probe.workingAt === null) probe.workingAt = performance.now();
      if (status === 'ready' && probe.readyAt === null) {
        probe.readyAt = performance.now();
        resolveReady();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-medgloss-status'] });
  });
  // Start looking for marks only once parsing is done, so the page's own load is not slowed.
  document.addEventListener(
    'readystatechange',
    () => {
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeName === 'MARK' && (node as Element).hasAttribute('data-medgloss-term')) {
              probe.firstHighlightAt = performance.now();
              observer.disconnect();
              return;
            }
      });
      observer.observe(document, { subtree: true, childList: true });
    },
    { once: true },
  );
}

async function readProbe(page: Page): Promise<Probe & { domContentLoaded: number; highlights: number }> {
  return page.evaluate(() => {
    const probe = (window as unknown as ProbeWindow).__medglossBench;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      longTasks: probe.longTasks,
      workingAt: probe.workingAt,
      readyAt: probe.readyAt,
      firstHighlightAt: probe.firstHighlightAt,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      highlights: document.querySelectorAll('mark[data-medgloss-term]').length,
    };
  });
}

/**
 * The renderer's V8 heap after a full GC (JSHeapUsedSize), and how often it recalculated style
 * and layout. The page and the content script's isolated world share that heap, so
 * with-minus-without the extension on the same page is what the content script keeps alive.
 */
async function pageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    heapBytes: value('JSHeapUsedSize'),
    styleRecalcs: value('RecalcStyleCount'),
    styleMs: value('RecalcStyleDuration') * 1000,
    layouts: value('LayoutCount'),
    layoutMs: value('LayoutDuration') * 1000,
    cpuMs: value('ThreadTime') * 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// Measurements: each opens its own tab so no run sees another's DOM changes or warm state.

interface Tab {
  page: Page;
  cdp: CDPSession;
}

async function inTab<T>(context: BrowserContext, use: (tab: Tab) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    // The style and layout counters only count while the Performance domain is on: turn it on before loading.
    await cdp.send('Performance.enable');
    return await use({ page, cdp });
  } finally {
    await page.close(); // ends the CDP session too
  }
}

async function loadAndSettle(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
}

function longest(tasks: LongTask[]): number {
  return tasks.reduce((max, task) => Math.max(max, task.duration), 0);
}

function measureFloor(context: BrowserContext, url: string): Promise<FloorResult> {
  return inTab(context, async ({ page, cdp }) => {
    await loadAndSettle(page, url);
    const longestTaskMs = longest((await readProbe(page)).longTasks); // before the GC below, which is a task too
    const metrics = await pageMetrics(cdp);
    const walk = await page.evaluate(() => {
      const start = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      let textChars = 0;
      // Reading .data keeps the walk honest: every node is visited and its text touched.
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        textNodes++;
        textChars += (node as Text).data.length;
      }
      return { ms: performance.now() - start, textNodes, textChars };
    });
    return { ...walk, metrics, longestTaskMs };
  });
}

/** Options both mark.js runs share: whole words, no diacritic folding, MedGloss's skip list. */
function markJsOptions(): Mark.MarkOptions & Mark.MarkRegExpOptions {
  return {
    separateWordSearch: false,
    diacritics: false,
    // "exactly" only accepts whitespace around a match unless told which punctuation also ends a word.
    accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’«»/\\–—-…*+=<>|~·•'] },
    // mark.js tests the text node's parent only; "mark" also keeps later names out of earlier marks.
    exclude: [SKIP_SELECTOR],
  };
}

function measureMarkArray(context: BrowserContext, url: string, names: NameLists): Promise<MarkResult> {
  return inTab(context, async ({ page }) => {
    await loadAndSettle(page, url);
    await page.addScriptTag({ path: MARK_JS });
    return page.evaluate(
      ({ caseInsensitive, caseSensitive, options, chunk }) => {
        const MarkJs = (window as unknown as { Mark: typeof Mark }).Mark;
        const marker = new MarkJs(document.body);
        let marks = 0;
        const start = performance.now();
        // Calls per case mode (mark.js has one per call; abbreviations match with their case), in chunks.
        for (const [list, caseSensitiveCall] of [
          [caseInsensitive, false],
          [caseSensitive, true],
        ] as const)
          for (let i = 0; i < list.length; i += chunk)
            marker.mark(list.slice(i, i + chunk), {
              ...options,
              caseSensitive: caseSensitiveCall,
              done(total) {
                marks += total;
              },
            });
        return { ms: performance.now() - start, marks };
      },
      {
        caseInsensitive: names.caseInsensitive,
        caseSensitive: names.caseSensitive,
        options: markJsOptions(),
        chunk: MARK_ARRAY_CHUNK,
      },
    );
  });
}

function measureMarkRegExp(context: BrowserContext, url: string, terms: Terms): Promise<MarkResult> {
  return inTab(context, async ({ page }) => {
    await loadAndSettle(page, url);
    await page.addScriptTag({ path: MARK_JS });
    return page.evaluate(
      ({ pattern, options }) => {
        const MarkJs = (window as unknown as { Mark: typeof Mark }).Mark;
        const regex = new RegExp(pattern, 'gu'); // built before the clock starts
        let marks = 0;
        const start = performance.now();
        new MarkJs(document.body).markRegExp(regex, {
          exclude: options.exclude,
          done(total) {
            marks = total;
          },
        });
        return { ms: performance.now() - start, marks };
      },
      { pattern: terms.pattern, options: markJsOptions() },
    );
  });
}

type Density = 'first-per-section' | 'all';

/** Sets MedGloss's density setting the way the popup does, through extension storage. */
async function setDensity(context: BrowserContext, density: Density | undefined): Promise<void> {
  const worker = await backgroundWorker(context);
  await worker.evaluate(async (value) => {
    type SyncArea = { set(items: object): Promise<void>; remove(key: string): Promise<void> };
    const sync = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync;
    await (value ? sync.set({ density: value }) : sync.remove('density'));
  }, density ?? null);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function measureMedGloss(context: BrowserContext, url: string): Promise<MedGlossResult> {
  return inTab(context, async ({ page, cdp }) => {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // Awaiting the probe's promise (rather than polling for the attribute) adds no work to the page.
    await withTimeout(
      page.evaluate(() => (window as unknown as ProbeWindow).__medglossBench.ready),
      PASS_TIMEOUT_MS,
      `MedGloss pass on ${url}`,
    );
    await page.waitForTimeout(SETTLE_MS);
    const probe = await readProbe(page);
    const metrics = await pageMetrics(cdp);
    const readyAt = probe.readyAt ?? Number.NaN;
    // The pass runs from "working" to "ready"; -1 ms because the first slice's task began just before "working" was seen.
    const passStart = (probe.workingAt ?? probe.domContentLoaded) - 1;
    const inPass = probe.longTasks.filter((task) => task.start < readyAt && task.start + task.duration > passStart);
    return {
      firstHighlightMs: probe.firstHighlightAt === null ? null : probe.firstHighlightAt - probe.domContentLoaded,
      readyMs: readyAt - probe.domContentLoaded,
      longestInPassMs: longest(inPass),
      tasksOver50InPass: inPass.length,
      longestOverallMs: longest(probe.longTasks),
      highlights: probe.highlights,
      metrics,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of one numeric field over the runs. */
function med<T>(runs: T[], pick: (run: T) => number | null): number {
  return median(runs.map((run) => pick(run) ?? Number.NaN));
}

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function ms(value: number): string {
  if (Number.isNaN(value)) return '—';
  return value < 10 ? `${value.toFixed(1)} ms` : `${int.format(value)} ms`;
}

function bytes(value: number): string {
  if (Number.isNaN(value)) return '—';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  return abs >= 1_000_000 ? `${sign}${(abs / 1_000_000).toFixed(2)} MB` : `${sign}${int.format(abs / 1000)} KB`;
}

/**
 * The median of the runs' longest tasks (0 = none over 50 ms, all 'longtask' reports), then the
 * worst run and how many runs had any, so a one-off spike stays visible.
 */
function longTaskCell(values: number[], counts?: number[]): string {
  const hits = values.filter((v) => v > 0);
  if (hits.length === 0) return 'none over 50 ms';
  const typical = median(values);
  const worst = `worst ${ms(Math.max(...hits))}, in ${hits.length}/${values.length} runs`;
  if (typical === 0) return `none over 50 ms (${worst})`;
  const count = counts ? `; ${int.format(median(counts))} such tasks` : '';
  return `${ms(typical)} (${worst}${count})`;
}

interface PageResults {
  page: BenchPage;
  floor: FloorResult[];
  markArray: MarkResult[];
  markRegExp: MarkResult[];
  medgloss: MedGlossResult[];
  medglossAll: MedGlossResult[];
}

function tableRows(terms: Terms): [string, (r: PageResults) => string][] {
  return [
    [
      'Page: HTML / text nodes / text characters',
      (r) =>
        `${bytes(r.page.htmlBytes)} / ${int.format(med(r.floor, (f) => f.textNodes))} / ${int.format(med(r.floor, (f) => f.textChars))}`,
    ],
    ['1. Floor: TreeWalker over all text nodes', (r) => ms(med(r.floor, (f) => f.ms))],
    [markArrayLabel(terms), (r) => markArrayCell(r.markArray, terms)],
    [
      '3. mark.js markRegExp(one alternation): time, marks',
      (r) => `${ms(med(r.markRegExp, (m) => m.ms))}, ${int.format(med(r.markRegExp, (m) => m.marks))}`,
    ],
    ['4. MedGloss: first highlight after DOMContentLoaded', (r) => ms(med(r.medgloss, (m) => m.firstHighlightMs))],
    ['4. MedGloss: full pass ("ready") after DOMContentLoaded', (r) => ms(med(r.medgloss, (m) => m.readyMs))],
    [
      '4. MedGloss: longest task during the pass',
      (r) =>
        longTaskCell(
          r.medgloss.map((m) => m.longestInPassMs),
          r.medgloss.map((m) => m.tasksOver50InPass),
        ),
    ],
    [
      '4. MedGloss: longest task overall, page load included',
      (r) => longTaskCell(r.medgloss.map((m) => m.longestOverallMs)),
    ],
    ['Same page without the extension: longest task overall', (r) => longTaskCell(r.floor.map((f) => f.longestTaskMs))],
    [
      '4. MedGloss: highlights (default density: first per section)',
      (r) => int.format(med(r.medgloss, (m) => m.highlights)),
    ],
    [
      '4. MedGloss, density "all": full pass, highlights',
      (r) => `${ms(med(r.medglossAll, (m) => m.readyMs))}, ${int.format(med(r.medglossAll, (m) => m.highlights))}`,
    ],
    [
      '4. MedGloss, density "all": longest task during the pass',
      (r) =>
        longTaskCell(
          r.medglossAll.map((m) => m.longestInPassMs),
          r.medglossAll.map((m) => m.tasksOver50InPass),
        ),
    ],
    [
      '4. MedGloss: JS heap, with − without extension',
      (r) => bytes(med(r.medgloss, (m) => m.metrics.heapBytes) - med(r.floor, (f) => f.metrics.heapBytes)),
    ],
    [
      '4. MedGloss: style recalcs / layouts by "ready" (page alone, loaded)',
      (r) => `${counts(r, (m) => m.styleRecalcs)} / ${counts(r, (m) => m.layouts)}`,
    ],
    [
      '4. MedGloss: style + layout time by "ready" (page alone, loaded)',
      (r) =>
        `${ms(med(r.medgloss, (m) => m.metrics.styleMs + m.metrics.layoutMs))} (${ms(med(r.floor, (f) => f.metrics.styleMs + f.metrics.layoutMs))})`,
    ],
    [
      '4. MedGloss: renderer main-thread CPU by "ready" (page alone, loaded)',
      (r) => `${ms(med(r.medgloss, (m) => m.metrics.cpuMs))} (${ms(med(r.floor, (f) => f.metrics.cpuMs))})`,
    ],
  ];
}

/** A renderer counter with MedGloss, and in brackets the same page without the extension. */
function counts(r: PageResults, pick: (metrics: PageMetrics) => number): string {
  return `${int.format(med(r.medgloss, (m) => pick(m.metrics)))} (${int.format(med(r.floor, (f) => pick(f.metrics)))})`;
}

function markArrayLabel(terms: Terms): string {
  const what = `2. mark.js mark(array of ${int.format(terms.count)} names)`;
  return terms.sample.count === terms.count
    ? `${what}: time, marks`
    : `${what}: time, scaled up from ${terms.sample.count} names`;
}

function markArrayCell(runs: MarkResult[], terms: Terms): string {
  const time = med(runs, (m) => m.ms);
  const marks = int.format(med(runs, (m) => m.marks));
  if (terms.sample.count === terms.count) return `${ms(time)}, ${marks}`;
  return `≈ ${ms((time * terms.count) / terms.sample.count)} (sample: ${ms(time)}, ${marks} marks)`;
}

function markdownTable(results: PageResults[], terms: Terms): string {
  const header = `| Median of ${RUNS} runs | ${results.map((r) => r.page.label).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  const rows = tableRows(terms).map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

const NOTES = `Notes:
- Times 1–3 are the synchronous script time of one call in a page without the extension, after the
  page loaded (style, layout and paint that follow are not included). mark.js uses
  separateWordSearch: false, diacritics: false, accuracy "exactly" with punctuation limiters, and
  excludes text whose parent matches MedGloss's skip list (mark.js checks the parent only).
  Abbreviations (MedGloss's case-sensitive names) are matched with their case: separate mark()
  calls, and \`(?i:…)\` groups in the one regex. mark.js matches the names literally; MedGloss also
  matches plurals, possessives and hyphen/space variants, so the counts differ on purpose.
- mark(array) costs one full DOM pass per name, so it times an evenly spread sample of names and
  scales the time to the whole list; its marks are the sample's own. Names go in calls of at most
  ${MARK_ARRAY_CHUNK}: mark.js recurses once per name and overflows the stack on thousands.
- 4 is measured from the page's domContentLoadedEventEnd to the first <mark data-medgloss-term>
  inserted (MutationObserver) and to <html data-medgloss-status="ready">, in the page's main world.
  "During the pass" = 'longtask' entries (tasks over 50 ms) overlapping "working"→"ready".
- JS heap: CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage, with the
  extension (after "ready") minus without it (after load), same page. Page and content script share
  one V8 heap, so the difference is the content script's code, trie and highlight bookkeeping.
- Style/layout counts, their time and main-thread CPU (ThreadTime) are CDP Performance.getMetrics
  totals for the tab, from before navigation to the end of the pass; in brackets the same page
  without the extension, once loaded. CPU time is the figure to trust when the machine is busy:
  wall-clock times grow with the load average shown above, CPU time hardly does.
- External requests are blocked (pages are served from 127.0.0.1), so runs do not depend on the network.`;

// ---------------------------------------------------------------------------------------------
// Pages and the run

function benchPages(terms: Terms): { pages: BenchPage[]; route: Route } {
  const names = [...terms.caseInsensitive, ...terms.caseSensitive];
  const generated = new Map<string, string>([
    [
      '/generated/article-100k.html',
      generateArticle({ title: 'Living with a chronic condition', targetBytes: 100_000, seed: 1, terms: names }),
    ],
    [
      '/generated/article-1m.html',
      generateArticle({ title: 'A handbook of common conditions', targetBytes: 1_000_000, seed: 2, terms: names }),
    ],
  ]);
  const size = (path: string) => Buffer.byteLength(generated.get(path) ?? '');
  const wikipedia = readFileSync(resolve(SHARED_PAGES, 'wikipedia-2.html'));
  return {
    pages: [
      {
        label: 'Generated ~100 KB',
        path: '/generated/article-100k.html',
        htmlBytes: size('/generated/article-100k.html'),
      },
      { label: 'Generated ~1 MB', path: '/generated/article-1m.html', htmlBytes: size('/generated/article-1m.html') },
      { label: 'wikipedia-2.html', path: '/pages/wikipedia-2.html', htmlBytes: wikipedia.length },
    ],
    route: (path) => {
      const body = generated.get(path);
      return body === undefined ? undefined : { body };
    },
  };
}

/** A browser with the probe installed and every request off 127.0.0.1 refused. */
async function launch(serverUrl: string, withExtension: boolean): Promise<BrowserContext> {
  const context = await launchWithExtension({ withoutExtension: !withExtension });
  await context.addInitScript(installProbe, withExtension);
  await context.route('**/*', (route) =>
    route.request().url().startsWith(serverUrl) ? route.continue() : route.abort(),
  );
  return context;
}

async function benchPage(
  page: BenchPage,
  url: string,
  baseline: BrowserContext,
  extension: BrowserContext,
  terms: Terms,
): Promise<PageResults> {
  const results: PageResults = { page, floor: [], markArray: [], markRegExp: [], medgloss: [], medglossAll: [] };
  for (let run = 1; run <= RUNS; run++) {
    process.stdout.write(`  ${page.label}: run ${run}/${RUNS}\r`);
    // Interleaved, so a slow spell of the machine hits every method about equally.
    results.floor.push(await measureFloor(baseline, url));
    results.markArray.push(await measureMarkArray(baseline, url, terms.sample));
    results.markRegExp.push(await measureMarkRegExp(baseline, url, terms));
    results.medgloss.push(await measureMedGloss(extension, url));
    await setDensity(extension, 'all');
    results.medglossAll.push(await measureMedGloss(extension, url));
    await setDensity(extension, undefined);
  }
  process.stdout.write('\n');
  return results;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const terms = loadTerms();
  const { pages, route } = benchPages(terms);
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const baseline = await launch(server.url, false);
  const extension = await launch(server.url, true);
  try {
    const browserVersion = extension.browser()?.version() ?? 'unknown';
    console.log(
      `MedGloss bench: ${terms.count} names, ${RUNS} runs, Chromium ${browserVersion}, extension from ${EXTENSION_DIR}`,
    );
    // One unmeasured load per browser, so service-worker start-up and first-use costs stay out of run 1.
    await measureFloor(baseline, server.url + pages[0].path);
    await measureMedGloss(extension, server.url + pages[0].path);
    const results: PageResults[] = [];
    for (const page of pages) results.push(await benchPage(page, server.url + page.path, baseline, extension, terms));

    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const report = [
      `# MedGloss bench`,
      '',
      `${new Date().toISOString()} · Chromium ${browserVersion} (headless) · ${cpus().length} CPUs · ` +
        `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} · ${terms.count} names · ${seconds} s`,
      '',
      markdownTable(results, terms),
      '',
      NOTES,
      '',
    ].join('\n');
    console.log(`\n${report}`);
    mkdirSync(resolve(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, report);
    console.log(`Written to ${RESULTS}`);
  } finally {
    await Promise.allSettled([baseline.close(), extension.close()]);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
