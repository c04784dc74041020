/**
 * Pure: what an import of own terms will do, shown to the reader before anything is saved, and
 * how to take it back. Each term of the file is new (added), the same as yours (skipped), newer
 * than yours or of unknown age (replaces yours), or older than yours (yours is kept unless the
 * reader says otherwise): an old backup never silently overwrites newer texts. The total never
 * goes over USER_TERM_LIMITS.count.
 */
import {
  USER_TERM_LIMITS,
  findDuplicateNames,
  nameSlug,
  readUserTermsFile,
  type Checked,
  type UserTerm,
} from './user-terms';

export interface ImportPlan {
  add: UserTerm[];
  /** The file's version of terms you have, which is newer or of unknown age: it replaces yours. */
  replace: UserTerm[];
  /** The file's version is older than yours: yours is kept unless `replaceOlder`. */
  older: UserTerm[];
  /** Exactly the same as yours. */
  same: UserTerm[];
}

export interface ImportOptions {
  /** Also replace your terms with the file's older texts. */
  replaceOlder?: boolean;
}

const sameText = (a: UserTerm, b: UserTerm) =>
  a.term === b.term && a.explanation === b.explanation && a.aliases.join('\n') === b.aliases.join('\n');

/** Sorts the file's terms into add, replace, older and same; refuses clashes and going over the limit. */
export function planImport(file: UserTerm[], existing: UserTerm[]): Checked<ImportPlan> {
  // A file term is "yours" when its name matches (ids in files are ignored); it keeps your id.
  const saved = new Map(existing.map((t) => [nameSlug(t.term), t]));
  const plan: ImportPlan = { add: [], replace: [], older: [], same: [] };
  for (const found of file) {
    const mine = saved.get(nameSlug(found.term));
    const term = mine ? { ...found, id: mine.id } : found;
    if (!mine) plan.add.push(term);
    else if (sameText(term, mine)) plan.same.push(term);
    // A file term without a date is older than a dated one of yours: dates came with this check.
    else if (mine.updated && (term.updated ?? 0) < mine.updated) plan.older.push(term);
    else plan.replace.push(term);
  }
  const incoming = [...plan.add, ...plan.replace, ...plan.older, ...plan.same];
  const clash = findDuplicateNames([...existing.filter((e) => !incoming.some((t) => t.id === e.id)), ...incoming]);
  if (clash)
    return { ok: false, error: `${clash[0].toUpperCase()}${clash.slice(1)} among your terms. Nothing was imported.` };
  const total = existing.length + plan.add.length;
  if (total > USER_TERM_LIMITS.count)
    return {
      ok: false,
      error:
        `The file adds ${plan.add.length} new ${plan.add.length === 1 ? 'term' : 'terms'} to your ${existing.length}: ` +
        `${total} in all, and at most ${USER_TERM_LIMITS.count.toLocaleString('en')} can be kept. Nothing was imported.`,
    };
  return { ok: true, value: plan };
}

/** Reads a file and plans its import against the saved terms. */
export function planImportFile(text: string, existing: UserTerm[]): Checked<ImportPlan> {
  const file = readUserTermsFile(text);
  return file.ok ? planImport(file.value, existing) : file;
}

/** The saved terms after the import: replaced terms stay where they were, new ones go at the end. */
export function applyImport(existing: UserTerm[], plan: ImportPlan, options: ImportOptions = {}): UserTerm[] {
  const replacing = new Map([...plan.replace, ...(options.replaceOlder ? plan.older : [])].map((t) => [t.id, t]));
  return [...existing.map((t) => replacing.get(t.id) ?? t), ...plan.add];
}

/**
 * Takes an import back: removes the terms it added and puts back the versions it replaced, keeping
 * whatever the reader changed since (other terms added, edited or deleted).
 */
export function undoImport(current: UserTerm[], before: UserTerm[], plan: ImportPlan): UserTerm[] {
  const added = new Set(plan.add.map((t) => t.id));
  const previous = new Map(before.map((t) => [t.id, t]));
  const replaced = new Map([...plan.replace, ...plan.older].map((t) => [t.id, t]));
  return current
    .filter((t) => !added.has(t.id))
    .map((t) => (replaced.get(t.id) && sameText(replaced.get(t.id)!, t) ? (previous.get(t.id) ?? t) : t));
}

/** One line for the reader: what the import will do. */
export function describePlan(plan: ImportPlan): string {
  const parts = [
    `${plan.add.length} new`,
    `${plan.replace.length} will replace yours`,
    ...(plan.older.length ? [`${plan.older.length} older than yours (yours kept)`] : []),
    `${plan.same.length} the same as yours (skipped)`,
  ];
  const total = plan.add.length + plan.replace.length + plan.older.length + plan.same.length;
  return `The file has ${total} ${total === 1 ? 'term' : 'terms'}: ${parts.join(', ')}.`;
}

/** An import with the default choices, in one step: the terms to save and how many the file held. */
export function parseUserTermsFile(
  text: string,
  existing: UserTerm[],
): Checked<{ terms: UserTerm[]; imported: number }> {
  const plan = planImportFile(text, existing);
  if (!plan.ok) return plan;
  const { add, replace, older, same } = plan.value;
  return {
    ok: true,
    value: {
      terms: applyImport(existing, plan.value),
      imported: add.length + replace.length + older.length + same.length,
    },
  };
}
