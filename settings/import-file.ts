/**
 * Pure: the first step of every import of a MedGloss file (own terms, My words): the file's size
 * and its JSON, checked the same way with the same messages, so the two imports cannot drift
 * apart. Every refusal ends with "Nothing was imported."
 */
import type { Checked } from './user-terms';

/** The largest file an import reads, in characters. */
export const IMPORT_FILE_LIMIT = 1_000_000;

/** The one message for a file over the size limit, whether measured before or after reading it. */
export function fileTooLarge(size: number): string {
  return `The file is too large (${Math.round(size / 1024)} KB; the limit is ${IMPORT_FILE_LIMIT / 1000} KB). Nothing was imported.`;
}

/** The file's text as JSON, or the reason it is refused. */
export function parseImportFile(text: string): Checked<unknown> {
  if (text.length > IMPORT_FILE_LIMIT) return { ok: false, error: fileTooLarge(text.length) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'The file is not valid JSON. Nothing was imported.' };
  }
}
