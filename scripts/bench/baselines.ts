/**
 * What the same work costs done the simplest ways, in a browser without the extension: the floor
 * (a bare TreeWalker) and mark.js. Page code follows the rule in probe.ts: anonymous callbacks only.
 */
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type Mark from 'mark.js';
import { SKIP_SELECTOR } from '../../content/highlight/text-filter';
import { ROOT } from './config';
import { type PageMetrics, pageMetrics } from './metrics';
import { longest, readProbe } from './probe';
import { inTab, loadAndSettle } from './tab';
import type { NameLists, Terms } from './terms';

const MARK_JS = resolve(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** mark(array) recurses once per name; with thousands of names in one call the stack overflows. */
export const MARK_ARRAY_CHUNK = 1000;

export interface FloorResult {
  ms: number;
  textNodes: number;
  textChars: number;
  longestTaskMs: number;
  /** The loaded page before the walk: the "without extension" side of the heap and style figures. */
  metrics: PageMetrics;
}

export interface MarkResult {
  ms: number;
  marks: number;
}

export function measureFloor(context: BrowserContext, url: string): Promise<FloorResult> {
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

export function measureMarkArray(context: BrowserContext, url: string, names: NameLists): Promise<MarkResult> {
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

export function measureMarkRegExp(context: BrowserContext, url: string, terms: Terms): Promise<MarkResult> {
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
