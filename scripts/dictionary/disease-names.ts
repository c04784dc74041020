/**
 * Build step (npm run dictionary:diseases): the Human Disease Ontology file of the shared data
 * folder -> dictionary/data/disease-names.tsv, the table the extension ships. Prints its size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDiseaseTable, formatDiseaseTable, parseOntology } from '../../dictionary/layers/disease-table';
import { COMMON_TOP, englishWords, everydayWords } from '../../dictionary/rules/everyday-words';

const SOURCE = process.env.MEDGLOSS_DISEASE_ONTOLOGY ?? '/work/shared/data/disease-ontology.tsv';
const TARGET = join(import.meta.dirname, '../../dictionary/data/disease-names.tsv');

const everyday = everydayWords();
const common = everydayWords(COMMON_TOP);
const english = englishWords();
const table = buildDiseaseTable(parseOntology(readFileSync(SOURCE, 'utf8')), {
  isEveryday: (word) => everyday.has(word),
  isEnglishWord: (word) => english.has(word),
  isCommon: (word) => common.has(word),
});
const text = formatDiseaseTable(table);
writeFileSync(TARGET, text);
const names = table.diseases.reduce((n, [, , ...synonyms]) => n + 1 + synonyms.length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `${TARGET}: ${table.diseases.length} diseases, ${names} names; ` +
    `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text).length)} gzipped`,
);
