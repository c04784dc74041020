/**
 * `npx tsx scripts/bench/wrapping.ts`: what each way of calling mark.js costs to wrap the same
 * matches on the generated 1 MB page (issue 15: "find the way of calling it whose set-up is paid
 * once per batch"). Every strategy wraps the same ranges (found beforehand with the bench's one
 * alternation, outside the clock), in a fresh tab, synchronously; the table shows the median ms.
 * Page code follows the rule in probe.ts: anonymous callbacks only.
 */
import { resolve } from 'node:path';
import type Mark from 'mark.js';
import { launchWithExtension } from '../browser';
import { startStaticServer } from '../static-server';
import { generateArticle } from './article';
import { ROOT } from './config';
import { loadTerms } from './terms';

const MARK_JS = resolve(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * batch-of-nodes: one markRanges per batch of 300 text nodes given as context (MedGloss before);
 * per-node: one call per text node; per-node-first-quarter: the same for the first quarter of
 * them (a quarter of the work: if it takes far less than a quarter of the time, the cost is
 * quadratic); per-parent: one call per parent element; scratch-document: copies of the text from
 * each node's first match wrapped in an inert document, 64 ranges per call, then moved in;
 * detached-container: the same in a detached element of the page's document (MedGloss now);
 * markRegExp: mark.js's own one-pass call with the alternation; no-markjs: a fragment per node.
 */
const STRATEGIES = [
  'batch-of-nodes',
  'per-node',
  'per-node-first-quarter',
  'per-parent',
  'scratch-document',
  'detached-container',
  'markRegExp',
  'no-markjs',
] as const;
type Strategy = (typeof STRATEGIES)[number];

async function main(): Promise<void> {
  const terms = loadTerms();
  const names = [...terms.caseInsensitive, ...terms.caseSensitive];
  const pages = new Map([
    ['/1m.html', generateArticle({ title: 'A handbook', targetBytes: 1_000_000, seed: 2, terms: names })],
    ['/dense.html', `<!doctype html><body><p>${'ataxia '.repeat(10_000)}</p></body>`],
  ]);
  const server = await startStaticServer({}, [(path) => (pages.has(path) ? { body: pages.get(path)! } : undefined)]);
  const context = await launchWithExtension({ withoutExtension: true });
  try {
    for (const path of pages.keys()) {
      for (const strategy of STRATEGIES) {
        const times: number[] = [];
        let marks = 0;
        for (let run = 0; run < RUNS; run++) {
          const page = await context.newPage();
          await page.goto(server.url + path, { waitUntil: 'load' });
          await page.addScriptTag({ path: MARK_JS });
          const profile = process.env.PROFILE === strategy && path === '/1m.html' && run === 0;
          const cdp = profile ? await context.newCDPSession(page) : undefined;
          if (cdp) {
            await cdp.send('Profiler.enable');
            await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
            await cdp.send('Profiler.start');
          }
          const result = await page.evaluate(
            ({ pattern, strategy }) => {
              const MarkJs = (window as unknown as { Mark: typeof Mark }).Mark;
              const regex = new RegExp(pattern, 'gu');
              // The matches, per text node, before the clock starts.
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              const todo: [Text, { start: number; end: number }[]][] = [];
              for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
                const found = [...node.data.matchAll(regex)].map((m) => ({
                  start: m.index,
                  end: m.index + m[0].length,
                }));
                if (found.length && node.parentElement?.closest('script,style') === null) todo.push([node, found]);
              }
              let marks = 0;
              const options = {
                element: 'mark',
                each() {
                  marks++;
                },
              };
              const start = performance.now();
              const s = strategy as Strategy;
              if (s === 'markRegExp') new MarkJs(document.body).markRegExp(regex, options);
              else if (s === 'batch-of-nodes')
                for (let i = 0; i < todo.length; i += 300) {
                  const batch = todo.slice(i, i + 300);
                  const ranges: { start: number; length: number }[] = [];
                  let base = 0;
                  for (const [node, found] of batch) {
                    for (const m of found) ranges.push({ start: base + m.start, length: m.end - m.start });
                    base += node.data.length;
                  }
                  new MarkJs(batch.map(([node]) => node) as unknown as HTMLElement[]).markRanges(ranges, options);
                }
              else if (s === 'per-node' || s === 'per-node-first-quarter')
                for (const [node, found] of s === 'per-node' ? todo : todo.slice(0, todo.length >> 2))
                  new MarkJs(node as unknown as HTMLElement).markRanges(
                    found.map((m) => ({ start: m.start, length: m.end - m.start })),
                    options,
                  );
              else if (s === 'per-parent') {
                // One call per parent element; offsets in mark.js's text of that element (its text nodes).
                const byParent = new Map<Element, Map<Text, { start: number; end: number }[]>>();
                for (const [node, found] of todo) {
                  const parent = node.parentElement!;
                  if (!byParent.has(parent)) byParent.set(parent, new Map());
                  byParent.get(parent)!.set(node, found);
                }
                for (const [parent, nodes] of byParent) {
                  const ranges: { start: number; length: number }[] = [];
                  let base = 0;
                  for (let child = parent.firstChild; child; child = child.nextSibling) {
                    if (child.nodeType !== 3) {
                      base += child.textContent!.length;
                      continue;
                    }
                    for (const m of nodes.get(child as Text) ?? [])
                      ranges.push({ start: base + m.start, length: m.end - m.start });
                    base += (child as Text).data.length;
                  }
                  new MarkJs(parent as HTMLElement).markRanges(ranges, options);
                }
              } else if (s === 'scratch-document' || s === 'detached-container') {
                // mark.js wraps copies of the text in an inert document, in calls of at most 64 ranges;
                // the wrapped pieces then move into the page.
                const inert = s === 'scratch-document' ? document.implementation.createHTMLDocument('') : document;
                let container = inert.createElement('div');
                let ranges: { start: number; length: number }[] = [];
                let base = 0;
                let moves: [Text, HTMLElement][] = [];
                for (let t = 0; t <= todo.length; t++) {
                  if (t === todo.length || ranges.length >= 64) {
                    new MarkJs(container).markRanges(ranges, options);
                    for (const [node, holder] of moves) {
                      const fragment = document.createDocumentFragment();
                      while (holder.firstChild) fragment.appendChild(holder.firstChild);
                      node.after(fragment);
                    }
                    if (t === todo.length) break;
                    container = inert.createElement('div');
                    ranges = [];
                    base = 0;
                    moves = [];
                  }
                  const [node, found] = todo[t];
                  const text = node.data;
                  const from = found[0].start;
                  const holder = inert.createElement('span');
                  holder.append(text.slice(from));
                  container.append(holder);
                  for (const m of found) ranges.push({ start: base + m.start - from, length: m.end - m.start });
                  base += text.length - from;
                  node.data = text.slice(0, from);
                  moves.push([node, holder]);
                }
              } else {
                // No mark.js: the node keeps the text before the first match, one fragment holds the rest.
                for (const [node, found] of todo) {
                  const text = node.data;
                  const fragment = document.createDocumentFragment();
                  for (const [i, m] of found.entries()) {
                    const mark = document.createElement('mark');
                    mark.textContent = text.slice(m.start, m.end);
                    fragment.append(mark);
                    const end = i + 1 < found.length ? found[i + 1].start : text.length;
                    if (end > m.end) fragment.append(text.slice(m.end, end));
                    marks++;
                  }
                  node.data = text.slice(0, found[0].start);
                  node.after(fragment);
                }
              }
              return { ms: performance.now() - start, marks };
            },
            { pattern: terms.pattern, strategy },
          );
          if (cdp) {
            const { profile: p } = await cdp.send('Profiler.stop');
            const self = new Map<string, number>();
            const dt = new Map<number, number>();
            p.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas![i] ?? 0)));
            for (const n of p.nodes) {
              const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
              self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
            }
            console.log(
              [...self]
                .sort((a, b) => b[1] - a[1])
                .slice(0, 15)
                .map(([k, v]) => `${v.toFixed(0)} ms  ${k}`)
                .join('\n'),
            );
          }
          await page.close();
          times.push(result.ms);
          marks = result.marks;
        }
        times.sort((a, b) => a - b);
        console.log(`${path}\t${strategy}\t${times[times.length >> 1].toFixed(0)} ms\t${marks} marks`);
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
