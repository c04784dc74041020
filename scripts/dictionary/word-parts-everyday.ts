/**
 * Build step (npm run dictionary:word-parts): the everyday words (SUBTLEX top 20,000) that the
 * word-parts table would split anyway, "therapy", "pathology", "hypertension", written to
 * dictionary/data/word-parts-everyday.json. The content script then needs this short list, not
 * the 20,000 words, to refuse them. Run it again whenever word-parts.json changes (a unit test
 * fails when the list is out of date).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parts from '../../dictionary/data/word-parts.json';
import { type WordPart, WordParts } from '../../dictionary/layers/word-parts';
import { everydayWords } from '../../dictionary/rules/everyday-words';

const TARGET = join(import.meta.dirname, '../../dictionary/data/word-parts-everyday.json');

/** Everyday words the table splits: what the shipped list must hold. */
export function everydaySplits(): string[] {
  const splitter = new WordParts(parts as WordPart[]);
  return [...everydayWords()].filter((word) => splitter.split(word)).sort();
}

if (process.argv[1] === import.meta.filename) {
  const words = everydaySplits();
  writeFileSync(TARGET, `${JSON.stringify(words, null, 2)}\n`);
  console.log(`${TARGET}: ${words.length} everyday words that split into parts`);
}
