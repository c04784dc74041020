/** The names a section has highlighted (content/highlight/section-names.ts), kept as numbers. */
import { describe, expect, it } from 'vitest';
import { compileAll } from '../../dictionary/load';
import { SectionNames, nameKey } from '../../content/highlight/section-names';

describe('a name as a number', () => {
  it('is the same for the same name however it is capitalized, and differs with the id or the term', () => {
    expect(nameKey('wilms-tumor', 'Wilms tumor')).toBe(nameKey('wilms-tumor', 'wilms TUMOR'));
    expect(nameKey('wilms-tumor', 'Wilms tumor')).not.toBe(nameKey('wilms-tumor', 'nephroblastoma'));
    expect(nameKey('cold', 'COLD')).not.toBe(nameKey('copd', 'COLD'));
    expect(nameKey('ab', 'c')).not.toBe(nameKey('a', 'bc'));
  });

  it('never gives two of the dictionary’s names the same number', () => {
    const names = new Set(
      compileAll().highlightable.flatMap(([id, , terms]) => terms.map((term) => `${id}|${term.toLowerCase()}`)),
    );
    const keys = new Set(
      [...names].map((name) => nameKey(name.slice(0, name.indexOf('|')), name.slice(name.indexOf('|') + 1))),
    );
    expect(names.size).toBeGreaterThan(10_000);
    expect(keys.size).toBe(names.size);
  });

  it('is a small integer (under 2^30), which a Set holds without a heap object of its own', () => {
    for (const [id, term] of [
      ['wilms-tumor', 'Wilms tumor'],
      ['copd', 'COLD'],
      ['x'.repeat(200), 'y'.repeat(300)],
    ]) {
      const key = nameKey(id, term);
      expect(Number.isInteger(key) && key >= 0 && key < 2 ** 30).toBe(true);
    }
  });
});

describe('the names of the sections', () => {
  it('keeps each section apart, and only the 2,000 most recent sections', () => {
    const sections = new SectionNames();
    sections.add(1, nameKey('ataxia', 'ataxia'));
    expect(sections.has(1, nameKey('ataxia', 'Ataxia'))).toBe(true);
    expect(sections.has(2, nameKey('ataxia', 'ataxia'))).toBe(false);
    for (let section = 2; section <= 2001; section++) sections.add(section, nameKey('ataxia', 'ataxia'));
    // Section 1 was the oldest of 2,001: it is forgotten, and starts empty if asked again.
    expect(sections.has(1, nameKey('ataxia', 'ataxia'))).toBe(false);
    expect(sections.has(2001, nameKey('ataxia', 'ataxia'))).toBe(true);
  });

  it('remembers every name of a section that has many, and no other', () => {
    const sections = new SectionNames();
    const names = Array.from({ length: 300 }, (_, i) => nameKey(`id-${i}`, `term ${i}`));
    for (const name of names) sections.add(7, name);
    for (const name of names) sections.add(7, name);
    expect(names.every((name) => sections.has(7, name))).toBe(true);
    expect(sections.has(7, nameKey('id-300', 'term 300'))).toBe(false);
    expect(sections.has(8, names[0])).toBe(false);
  });
});
