/**
 * Pure: the names each section of the page has highlighted, for the density "first per section"
 * (scanner.ts), where "Wilms tumor" and "nephroblastoma" both get one highlight per section.
 *
 * A name is kept as a number, not as the string "id|term": the 1 MB bench page's 671 sections
 * kept 7,939 such strings, about 320 KB of the page's heap, for as long as the page was open.
 */

/** Every piece of new content opens a section; on a chat or a ticker running for hours only the recent ones matter. */
const MAX_SECTIONS = 2000;

/**
 * A number for a name as written (its id, and the term in lower case): 53 bits of two 32-bit
 * FNV-1a hashes. Two names of a section share one about once in 2^53 / n² for n names, so a
 * term is left plain for that reason practically never.
 */
export function nameKey(id: string, term: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const add = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  };
  for (let i = 0; i < id.length; i++) add(id.charCodeAt(i));
  add(0x7c); // "|": "ab" + "c" and "a" + "bc" differ
  const lower = term.toLowerCase();
  for (let i = 0; i < lower.length; i++) add(lower.charCodeAt(i));
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

export class SectionNames {
  private readonly sections = new Map<number, Set<number>>();

  /** The names (nameKey) already highlighted in a section. */
  of(section: number): Set<number> {
    let names = this.sections.get(section);
    if (!names) {
      if (this.sections.size >= MAX_SECTIONS) this.sections.delete(this.sections.keys().next().value!);
      this.sections.set(section, (names = new Set()));
    }
    return names;
  }

  /** None seen yet: the page's first pass has not begun. */
  get empty(): boolean {
    return this.sections.size === 0;
  }

  clear(): void {
    this.sections.clear();
  }
}
