/**
 * The baseline browser's extension: a content script that does nothing, in every frame from
 * document_start, as MedGloss's runs. Any extension with a content script changes how Chromium
 * loads a page: with this one installed, wikipedia-2.html's DOMContentLoaded task grew from under
 * 50 ms to 60-150 ms. The page "without MedGloss" is measured with it, so that a long task the
 * page has anyway is not counted as MedGloss's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './config';

export function emptyExtension(): string {
  const dir = resolve(ROOT, '.bench', 'empty-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty (MedGloss bench baseline)',
    version: '1.0',
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start', all_frames: true }],
  };
  writeFileSync(resolve(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(resolve(dir, 'content.js'), '// nothing\n');
  return dir;
}
