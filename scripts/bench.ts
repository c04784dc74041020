/**
 * `npm run bench`: how fast MedGloss highlights a page, next to what the same work costs done the
 * simplest ways, on the same pages in one run:
 *   1. the floor: a bare TreeWalker over every text node (no matching, no DOM writes);
 *   2. mark.js `mark(array)` with every name MedGloss highlights (one DOM pass per name);
 *   3. mark.js `markRegExp` with one alternation of those names (one DOM pass);
 *   4. MedGloss itself, loaded as an extension: first highlight and full pass after
 *      DOMContentLoaded, long tasks, highlights, and the content script's JS heap;
 *   5. the same with a synthetic dictionary of 10,000 entries (large-dictionary.ts, built here
 *      into .bench/), and mark.js markRegExp with its names;
 * then the content script's cost in frames without text, the popup's lookup, and matching alone
 * per character with both dictionaries. Each measurement runs RUNS times on a fresh tab and the
 * table shows the median. The table is printed and written to .bench/results.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from './browser';
import { startStaticServer } from './static-server';
import { measureFloor, measureMarkArray, measureMarkRegExp } from './bench/baselines';
import { ROOT, RUNS, SHARED_PAGES } from './bench/config';
import { emptyExtension } from './bench/empty-extension';
import { measureFrames } from './bench/frames';
import { LARGE_ENTRIES, LARGE_ENTRIES_DIR, buildLargeExtension } from './bench/large-dictionary';
import { compileFrom, nsPerChar, textBlocks } from './bench/matching';
import { measureMedGloss, setDensity } from './bench/medgloss';
import { type BenchPage, benchPages } from './bench/pages';
import { measurePopup } from './bench/popup';
import { installProbe } from './bench/probe';
import { NOTES, type PageResults, type Extras, extrasTable, markdownTable } from './bench/table';
import { type Terms, loadTerms } from './bench/terms';
import { ENTRIES_DIR } from '../dictionary/load';

const RESULTS = resolve(ROOT, '.bench', 'results.md');

/**
 * A browser with the probe installed and every request off 127.0.0.1 (and the extension) refused.
 * Without MedGloss it has an extension that does nothing (empty-extension.ts).
 */
async function launch(serverUrl: string, withExtension: boolean, extensionDir?: string): Promise<BrowserContext> {
  const context = await launchWithExtension({ extensionDir: withExtension ? extensionDir : emptyExtension() });
  await context.addInitScript(installProbe, withExtension);
  // The extension's own pages (the popup) load too.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(serverUrl) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
  });
  return context;
}

async function benchPage(
  page: BenchPage,
  url: string,
  baseline: BrowserContext,
  extension: BrowserContext,
  terms: Terms,
  large: { extension: BrowserContext; terms: Terms },
): Promise<PageResults> {
  const results: PageResults = {
    page,
    floor: [],
    markArray: [],
    markRegExp: [],
    medgloss: [],
    medglossAll: [],
    markRegExpLarge: [],
    medglossLarge: [],
  };
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
    results.markRegExpLarge.push(await measureMarkRegExp(baseline, url, large.terms));
    results.medglossLarge.push(await measureMedGloss(large.extension, url));
  }
  process.stdout.write('\n');
  return results;
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const terms = loadTerms();
  console.log(`Building the synthetic ${LARGE_ENTRIES}-entry dictionary into .bench/large-dictionary ...`);
  const largeDir = buildLargeExtension();
  const largeCompiled = compileFrom(LARGE_ENTRIES_DIR);
  const largeTerms = loadTerms(largeCompiled);
  const { pages, route, html } = benchPages(terms);
  const server = await startStaticServer({ '/pages/': SHARED_PAGES }, [route]);
  const baseline = await launch(server.url, false);
  const extension = await launch(server.url, true);
  const largeExtension = await launch(server.url, true, largeDir);
  const large = { extension: largeExtension, terms: largeTerms };
  try {
    const browserVersion = extension.browser()?.version() ?? 'unknown';
    console.log(
      `MedGloss bench: ${terms.count} names (large dictionary: ${largeTerms.count}), ${RUNS} runs, ` +
        `Chromium ${browserVersion}, extension from ${EXTENSION_DIR}`,
    );
    // One unmeasured load per browser, so service-worker start-up and first-use costs stay out of run 1.
    await measureFloor(baseline, server.url + pages[0].path);
    await measureMedGloss(extension, server.url + pages[0].path);
    await measureMedGloss(largeExtension, server.url + pages[0].path);
    const results: PageResults[] = [];
    for (const page of pages)
      results.push(await benchPage(page, server.url + page.path, baseline, extension, terms, large));

    const extras: Extras = { frames: [], framesLarge: [], popup: [], popupLarge: [], matching: [] };
    for (let run = 1; run <= RUNS; run++) {
      process.stdout.write(`  frames and popup: run ${run}/${RUNS}\r`);
      extras.frames.push(await measureFrames(baseline, extension, server.url));
      extras.framesLarge.push(await measureFrames(baseline, largeExtension, server.url));
      extras.popup.push(await measurePopup(extension, server.url + pages[0].path));
      extras.popupLarge.push(await measurePopup(largeExtension, server.url + pages[0].path));
    }
    process.stdout.write('\n');
    const shipped = compileFrom(ENTRIES_DIR);
    for (const page of pages) {
      const blocks = textBlocks(html(page));
      const [small, big] = nsPerChar([shipped, largeCompiled], blocks);
      extras.matching.push({ page, shipped: small, large: big });
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const report = [
      `# MedGloss bench`,
      '',
      `${new Date().toISOString()} · Chromium ${browserVersion} (headless) · ${cpus().length} CPUs · ` +
        `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} · ${terms.count} names ` +
        `(large dictionary: ${LARGE_ENTRIES} entries, ${largeTerms.count} names) · ${seconds} s`,
      '',
      markdownTable(results, terms),
      '',
      extrasTable(extras, terms, largeTerms),
      '',
      NOTES,
      '',
    ].join('\n');
    console.log(`\n${report}`);
    mkdirSync(resolve(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, report);
    console.log(`Written to ${RESULTS}`);
  } finally {
    await Promise.allSettled([baseline.close(), extension.close(), largeExtension.close()]);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
