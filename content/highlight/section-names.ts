/**
 * Pure: the names each section of the page has highlighted, for the density "first per section"
 * (scanner.ts), where "Wilms tumor" and "nephroblastoma" both get one highlight per section.
 *
 * A name is kept as a small number, not as the string "id|term": the 1 MB bench page's 671
 * sections kept 7,939 such strings, about 320 KB of the page's heap, for as long as the page was open.
 */

/** Every piece of new content opens a section; on a chat or a ticker running for hours only the recent ones matter. */
const MAX_SECTIONS = 2000;

/**
 * A number for a name as written (its id, and the term in lower case): a 32-bit FNV-1a hash,
 * mixed (MurmurHash3's finalizer) and cut to 30 bits. Under 2^30 the number is a small integer,
 * which V8 keeps inside the Set; a larger one (53 bits, as this used to be) is a heap object of
 * its own: 10,680 of them on the 1 MB bench page, about 125 KB. Two names of one section share a
 * number about once in 2^31 / n² sections of n names (for 50 names, once in 850,000 sections),
 * and then the second is left plain in that section; the dictionary's own names never share one
 * (tests/unit/section-names.test.ts).
 */
export function nameKey(id: string, term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0x7c, 0x01000193); // "|": "ab" + "c" and "a" + "bc" differ
  const lower = term.toLowerCase();
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 2;
}

/**
 * Up to this many names a section keeps them in an array, past it in a Set: a Set's table takes
 * about twice the room, and the 1 MB bench page's 671 sections hold 16 names on average (heap
 * 3.60 -> 3.52 MB there; 32 gave 3.56). A look-up in 128 small integers takes at most about 70 ns
 * in Node against a Set's 17: a few ms at most over that page's whole pass.
 */
const NAMES_IN_ARRAY = 128;

export class SectionNames {
  private readonly sections = new Map<number, number[] | Set<number>>();

  /** Has this section highlighted this name (nameKey) already? */
  has(section: number, name: number): boolean {
    const names = this.sections.get(section);
    return names !== undefined && (Array.isArray(names) ? names.includes(name) : names.has(name));
  }

  add(section: number, name: number): void {
    const names = this.sections.get(section);
    if (names === undefined) {
      if (this.sections.size >= MAX_SECTIONS) this.sections.delete(this.sections.keys().next().value!);
      this.sections.set(section, [name]);
    } else if (!Array.isArray(names)) names.add(name);
    else if (names.length < NAMES_IN_ARRAY) {
      if (!names.includes(name)) names.push(name);
    } else if (!names.includes(name)) this.sections.set(section, new Set(names).add(name));
  }

  clear(): void {
    this.sections.clear();
  }
}
