/** The pages the bench measures: two generated articles and a saved Wikipedia page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Route } from '../static-server';
import { generateArticle } from './article';
import { SHARED_PAGES } from './config';
import { FRAME_PAGES } from './frames';
import type { Terms } from './terms';

export interface BenchPage {
  label: string;
  path: string;
  htmlBytes: number;
}

/**
 * The pages in table order, the route that serves the generated ones (and the frame pages) from
 * memory, and each page's HTML (for matching without the DOM).
 */
export function benchPages(terms: Terms): { pages: BenchPage[]; route: Route; html: (page: BenchPage) => string } {
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
  for (const [path, body] of Object.entries(FRAME_PAGES)) generated.set(path, body);
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
    html: (page) => generated.get(page.path) ?? wikipedia.toString('utf8'),
    route: (path) => {
      const body = generated.get(path);
      return body === undefined ? undefined : { body };
    },
  };
}
