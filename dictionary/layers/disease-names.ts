/**
 * Pure, run time: recognizing disease names from the Human Disease Ontology table and saying
 * what kind of disease each is, "a type of <the nearest ancestor the dictionary explains>":
 * "bird fancier's lung: a type of hypersensitivity pneumonitis".
 */
import { type DiseaseTable, QUIET_MARK, nameKey } from './disease-table';

export interface DiseaseType {
  /** The ontology's name for the disease found ("bird fancier's lung"). */
  disease: string;
  /** What it is a type of: the nearest ancestor name the dictionary explains, else the parent. */
  type: string;
  /** True when `type` is a name the dictionary has an entry for. */
  explained: boolean;
  /** The ancestors walked, from the parent to `type`. */
  chain: string[];
}

/** Card footer text: where the "a type of" line comes from. */
export const DISEASE_SOURCE = 'Human Disease Ontology (disease-ontology.org), CC0 1.0';

const visible = (name: string) => (name.startsWith(QUIET_MARK) ? name.slice(QUIET_MARK.length) : name);

export class DiseaseNames {
  private readonly byKey = new Map<string, number>();

  constructor(private readonly table: DiseaseTable) {
    table.diseases.forEach(([name, , ...synonyms], i) => {
      for (const each of [name, ...synonyms]) {
        const key = nameKey(visible(each));
        if (!this.byKey.has(key)) this.byKey.set(key, i);
      }
    });
  }

  /** The names and synonyms that may be highlighted on a page (for the matcher's trie). */
  recognizableNames(): string[] {
    return this.table.diseases.flatMap(([name, , ...synonyms]) =>
      [name, ...synonyms].filter((each) => !each.startsWith(QUIET_MARK)),
    );
  }

  /** The same names with the index of their disease, the id the highlight and the card share. */
  recognizableRows(): [name: string, index: number][] {
    return this.table.diseases.flatMap(([name, , ...synonyms], i) =>
      [name, ...synonyms].filter((each) => !each.startsWith(QUIET_MARK)).map((each): [string, number] => [each, i]),
    );
  }

  /** The row of the disease any of whose names this is, or undefined. */
  rowOf(name: string): number | undefined {
    return this.byKey.get(nameKey(name));
  }

  /** The disease's own name by its index, or undefined. */
  nameAt(index: number): string | undefined {
    const row = this.table.diseases[index];
    return row ? visible(row[0]) : undefined;
  }

  /** The disease's own name for any of its names, case and hyphens aside. */
  find(name: string): string | undefined {
    const i = this.byKey.get(nameKey(name));
    return i === undefined ? undefined : visible(this.table.diseases[i][0]);
  }

  private names(i: number): string[] {
    const [name, , ...synonyms] = this.table.diseases[i];
    return [visible(name), ...synonyms];
  }

  private parents(i: number): number[] {
    const parent = this.table.diseases[i][1];
    return typeof parent === 'number' ? [parent] : parent;
  }

  /**
   * Follows the parents up, nearest first, to the first ancestor the dictionary explains by any
   * of its names. Without one, the direct parent stands alone; "a type of disease" says nothing,
   * so a disease right under the root has no type.
   */
  typeOf(name: string, hasEntry: (name: string) => boolean): DiseaseType | undefined {
    const start = this.byKey.get(nameKey(name));
    if (start === undefined) return undefined;
    const disease = visible(this.table.diseases[start][0]);
    const via = new Map<number, number>();
    const queue = this.parents(start).filter((p) => p !== 0);
    for (const p of queue) via.set(p, start);
    const chainTo = (i: number) => {
      const chain: string[] = [];
      for (let at = i; at !== start; at = via.get(at)!) chain.unshift(this.names(at)[0]);
      return chain;
    };
    for (let q = 0; q < queue.length; q++) {
      const at = queue[q];
      const explained = this.names(at).find(hasEntry);
      if (explained)
        return { disease, type: explained, explained: true, chain: [...chainTo(at).slice(0, -1), explained] };
      for (const parent of this.parents(at))
        if (parent !== 0 && !via.has(parent)) {
          via.set(parent, at);
          queue.push(parent);
        }
    }
    const [parent] = this.parents(start);
    if (parent === undefined || parent === 0) return undefined;
    const type = this.names(parent)[0];
    return { disease, type, explained: false, chain: [type] };
  }
}

/** The card's line: "Bird fancier's lung: a type of hypersensitivity pneumonitis." */
export function composeDiseaseText(found: DiseaseType): string {
  return `${found.disease[0].toUpperCase()}${found.disease.slice(1)}: a type of ${found.type}.`;
}
