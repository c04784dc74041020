/**
 * Pure: the recognition layers the background and the popup compose cards with, each built on
 * first use from its bundled data (the disease table is large; a lookup of a plain name never
 * needs it).
 */
import { DiseaseNames } from './layers/disease-names';
import type { DiseaseTable } from './layers/disease-table';
import { type WordPart, WordParts } from './layers/word-parts';
import type { Layers } from './recognized';

export function recognitionLayers(
  bases: () => Record<string, string>,
  diseaseTable: () => DiseaseTable,
  wordParts: () => { parts: WordPart[]; everyday: string[] },
): Layers {
  let diseases: DiseaseNames | undefined;
  let parts: WordParts | undefined;
  return {
    get bases() {
      return bases();
    },
    diseases: () => (diseases ??= new DiseaseNames(diseaseTable())),
    wordParts: () => {
      if (!parts) {
        const { parts: table, everyday } = wordParts();
        parts = new WordParts(table, new Set(everyday));
      }
      return parts;
    },
  };
}
