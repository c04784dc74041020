/** The names MedGloss highlights, in the shapes the mark.js baselines need them. */
import type { Compiled } from '../../dictionary/compile';
import { compileAll } from '../../dictionary/load';
import { isCaseSensitive } from '../../dictionary/schema';

/**
 * mark(array) walks the whole DOM once per name: about 10 ms per name on the 100 KB page and
 * 100 ms on the 1 MB ones, so thousands of names take minutes per run (the 100 KB page: 111 s for
 * 8,171 names). It times a sample of this many names, spread evenly over all lengths and both
 * case modes, and scales the time up: its cost is close to linear in the number of names (the
 * sample came within 15% of that full run). BENCH_MARK_ARRAY_NAMES=all times them all.
 */
const MARK_ARRAY_NAMES =
  process.env.BENCH_MARK_ARRAY_NAMES === 'all' ? Infinity : Number(process.env.BENCH_MARK_ARRAY_NAMES ?? 25);

/** Everything MedGloss highlights, split the way mark.js needs it (one case mode per call). */
export interface NameLists {
  count: number;
  caseInsensitive: string[];
  caseSensitive: string[];
}

export interface Terms extends NameLists {
  /** About MARK_ARRAY_NAMES names for mark(array), evenly spread over the list sorted by length. */
  sample: NameLists;
  /** Source of one regex (flags "gu") that matches any name on word boundaries, longest first. */
  pattern: string;
}

/** The names the build puts in the content script's match index, with no category hidden. */
export function loadTerms(compiled: Compiled = compileAll()): Terms {
  const { highlightable } = compiled;
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
