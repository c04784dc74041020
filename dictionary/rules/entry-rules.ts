/**
 * The rules an explanation must meet beyond its shape: short, plain, and checkable. Pure: the
 * everyday word list is passed in. `hardProblems` are refused by the build; `plainWordProblems`
 * (words a 12-year-old may not know that the card does not link to) are counted by the stats and
 * refused in new drafts.
 */
import type { Entry } from '../schema';
import { PLAIN_LIMITS, plainness, words } from './plain-language';

/** Publishers a reader can find; a source part is "Publisher: page title". */
const VAGUE_SOURCE = /\b(?:textbook|literature|various|general knowledge|standard|common knowledge)\b/i;

export function sourceProblems(source: string): string[] {
  const parts = source.split(/;\s*/);
  const problems: string[] = [];
  for (const part of parts) {
    if (VAGUE_SOURCE.test(part))
      problems.push(`source "${part}" is vague: name a publisher and a page a reader could find`);
    else if (!/^[^:]{2,60}: \S.{1,150}$/.test(part))
      problems.push(`source "${part}" must name a publisher and a page ("MedlinePlus: Cystitis")`);
  }
  return problems;
}

/** Texts of an entry a reader sees as its explanation: the explanation and each sense's own explanation. */
export function explanationsOf(entry: Entry): string[] {
  return [entry.explanation, ...(entry.senses ?? []).map((s) => s.explanation)].filter(
    (t): t is string => typeof t === 'string',
  );
}

export function hardProblems(entry: Entry): string[] {
  const problems = sourceProblems(entry.source);
  for (const text of explanationsOf(entry)) {
    const count = words(text).length;
    if (count > PLAIN_LIMITS.words) problems.push(`explanation has ${count} words (at most ${PLAIN_LIMITS.words})`);
    const report = plainness(text, new Set());
    if (report.grade > PLAIN_LIMITS.grade)
      problems.push(
        `explanation reads at grade ${report.grade.toFixed(1)} (at most ${PLAIN_LIMITS.grade}): shorter sentences, shorter words`,
      );
  }
  return problems;
}

/** Names the card links to: the entry's own names and those of its related entries. */
export function knownNames(entry: Entry, byId: ReadonlyMap<string, Entry>): string[] {
  const related = (entry.related ?? []).flatMap((id) => {
    const other = byId.get(id);
    return other ? [other.term, ...(other.aliases ?? [])] : [];
  });
  const senses = (entry.senses ?? []).flatMap((s) => {
    const other = s.entry ? byId.get(s.entry) : undefined;
    return [s.meaning, ...(other ? [other.term, ...(other.aliases ?? [])] : [])];
  });
  return [entry.term, ...(entry.aliases ?? []), ...related, ...senses];
}

export function plainWordProblems(
  entry: Entry,
  byId: ReadonlyMap<string, Entry>,
  everyday: ReadonlySet<string>,
): string[] {
  const known = knownNames(entry, byId);
  const uncommon = new Set(explanationsOf(entry).flatMap((t) => plainness(t, everyday, known).uncommon));
  return uncommon.size
    ? [`not everyday words: ${[...uncommon].join(', ')} (use plainer words, or link the term in "related")`]
    : [];
}
