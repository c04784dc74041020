/** Medians over the runs, formatted as the Markdown table the bench prints, and its notes. */
import { MARK_ARRAY_CHUNK, type FloorResult, type MarkResult } from './baselines';
import { RUNS } from './config';
import { FRAMES, type FrameRun, perFrameMs } from './frames';
import type { MedGlossResult } from './medgloss';
import type { PopupResult } from './popup';
import type { PageMetrics } from './metrics';
import type { BenchPage } from './pages';
import type { Terms } from './terms';

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

export interface PageResults {
  page: BenchPage;
  floor: FloorResult[];
  markArray: MarkResult[];
  markRegExp: MarkResult[];
  medgloss: MedGlossResult[];
  medglossAll: MedGlossResult[];
  /** mark.js markRegExp and MedGloss with the synthetic large dictionary. */
  markRegExpLarge: MarkResult[];
  medglossLarge: MedGlossResult[];
}

/** Full pass over markRegExp's time, from the medians. */
function ratio(medgloss: MedGlossResult[], markRegExp: MarkResult[]): string {
  const value = med(medgloss, (m) => m.readyMs) / med(markRegExp, (m) => m.ms);
  return Number.isNaN(value) ? '—' : `${value.toFixed(2)}×`;
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
    ['4. Full pass ÷ markRegExp time (goal ≤ 1.5×)', (r) => ratio(r.medgloss, r.markRegExp)],
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
    [
      'Same page without MedGloss (an empty extension): longest task overall',
      (r) => longTaskCell(r.floor.map((f) => f.longestTaskMs)),
    ],
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
    [
      '5. Large dictionary: mark.js markRegExp: time, marks',
      (r) => `${ms(med(r.markRegExpLarge, (m) => m.ms))}, ${int.format(med(r.markRegExpLarge, (m) => m.marks))}`,
    ],
    [
      '5. Large dictionary: MedGloss first highlight / full pass',
      (r) => `${ms(med(r.medglossLarge, (m) => m.firstHighlightMs))} / ${ms(med(r.medglossLarge, (m) => m.readyMs))}`,
    ],
    [
      '5. Large dictionary: full pass ÷ markRegExp time (goal ≤ 1.5×)',
      (r) => ratio(r.medglossLarge, r.markRegExpLarge),
    ],
    [
      '5. Large dictionary: longest task during the pass',
      (r) =>
        longTaskCell(
          r.medglossLarge.map((m) => m.longestInPassMs),
          r.medglossLarge.map((m) => m.tasksOver50InPass),
        ),
    ],
    ['5. Large dictionary: highlights', (r) => int.format(med(r.medglossLarge, (m) => m.highlights))],
    [
      '5. Large dictionary: JS heap, with − without extension',
      (r) => bytes(med(r.medglossLarge, (m) => m.metrics.heapBytes) - med(r.floor, (f) => f.metrics.heapBytes)),
    ],
    [
      '5. Large dictionary: renderer main-thread CPU by "ready"',
      (r) => ms(med(r.medglossLarge, (m) => m.metrics.cpuMs)),
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

export function markdownTable(results: PageResults[], terms: Terms): string {
  const header = `| Median of ${RUNS} runs | ${results.map((r) => r.page.label).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|`;
  const rows = tableRows(terms).map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** Measurements that are not per page: frames without text, the popup, matching alone. */
export interface Extras {
  frames: FrameRun[];
  framesLarge: FrameRun[];
  popup: PopupResult[];
  popupLarge: PopupResult[];
  matching: { page: BenchPage; shipped: number; large: number }[];
}

export function extrasTable(extras: Extras, terms: Terms, large: Terms): string {
  const popup = (runs: PopupResult[], pick: (p: PopupResult) => number) => ms(med(runs, pick));
  const rows: [string, string, string][] = [
    [
      `Content script in a frame with no text: main-thread CPU per frame (${FRAMES} frames; goal ≤ 2 ms)`,
      ms(perFrameMs(extras.frames, median)),
      ms(perFrameMs(extras.framesLarge, median)),
    ],
    [
      'Popup: navigation → lookup box ready to type in',
      popup(extras.popup, (p) => p.interactiveMs),
      popup(extras.popupLarge, (p) => p.interactiveMs),
    ],
    [
      'Popup: first keystroke → first results',
      popup(extras.popup, (p) => p.firstResultsMs),
      popup(extras.popupLarge, (p) => p.firstResultsMs),
    ],
    [
      'Popup: next keystroke → results',
      popup(extras.popup, (p) => p.nextResultsMs),
      popup(extras.popupLarge, (p) => p.nextResultsMs),
    ],
    ...extras.matching.map(({ page, shipped, large: big }): [string, string, string] => [
      `Matching alone (no DOM), ${page.label}: ns per character`,
      shipped.toFixed(1),
      big.toFixed(1),
    ]),
  ];
  return [
    `| Median of ${RUNS} runs | Shipped dictionary (${int.format(terms.count)} names) | Large dictionary (${int.format(large.count)} names) |`,
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export const NOTES = `Notes:
- "Without MedGloss" is a browser with an extension whose content script does nothing
  (scripts/bench/empty-extension.ts): any content script changes how Chromium loads a page, and
  with one wikipedia-2.html has a 60-150 ms task at DOMContentLoaded that is not MedGloss's.
- Times 1–3 are the synchronous script time of one call in a page without MedGloss, after the
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
- 5 and the right-hand column: a synthetic dictionary of 10,000 entries (the curated ones plus
  made-up names, a third of them two words starting with a real modifier such as "chronic", 5 %
  three-letter abbreviations), built only for the bench (scripts/bench/large-dictionary.ts).
- Frame with no text: renderer main-thread CPU (ThreadTime) of a page with ${FRAMES} same-origin
  empty frames, with minus without the extension, less the same difference for the page without
  frames, divided by ${FRAMES}; per run, then the median.
- Popup: opened as a tab beside the 100 KB page (\`popup.html?tab=ID\`); "ready to type in" is the
  first enabled search box in the DOM after navigation start; a keystroke is timed from its
  keydown event's timeStamp to the first results in the DOM (MutationObserver).
- Matching alone: the matcher's find() over the page's text blocks in Node (same V8), both
  dictionaries in alternating rounds, median of 9 after 2 warm-up rounds, divided by the characters.
- External requests are blocked (pages are served from 127.0.0.1), so runs do not depend on the network.`;
