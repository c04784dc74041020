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

/**
 * Rarer words that split into parts but mean something else: science and language words
 * ("metamorphosis" is no condition of shape, "morphemic" no blood condition, "cryogenic" no
 * medicine). Found by splitting every WordNet lemma and reading the new splits by hand.
 */
const FALSE_FRIENDS = [
  'acrogenic',
  'acroscopic',
  'angiospermous',
  'calcicolous',
  'calcitic',
  'cryogenic',
  'cryogenics',
  'cryometer',
  'cryoscope',
  'hemimetamorphosis',
  'interfacial',
  'metamorphosis',
  'morphemic',
  'polymorphemic',
];

/** Everyday words the table splits, and its false friends: what the shipped list must hold. */
export function everydaySplits(): string[] {
  const splitter = new WordParts(parts as WordPart[]);
  const words = new Set([...everydayWords()].filter((word) => splitter.split(word)));
  for (const word of FALSE_FRIENDS) if (splitter.split(word)) words.add(word);
  return [...words].sort();
}

if (process.argv[1] === import.meta.filename) {
  const words = everydaySplits();
  writeFileSync(TARGET, `${JSON.stringify(words, null, 2)}\n`);
  console.log(`${TARGET}: ${words.length} everyday words that split into parts`);
}
