/**
 * Pure: "My words" as a CSV file that Anki imports as it is (File > Import): one note per word,
 * front the term, back the explanation and the pronunciation.
 *
 * - Anki reads UTF-8. The file carries no byte order mark, so that its first line is Anki's own
 *   header ("#separator:Comma"): Anki reads header lines only at the very start of the file.
 * - "#html:false": Anki treats the fields as plain text (a "<" in an explanation stays a "<"),
 *   and turns line breaks inside a field into line breaks on the card.
 * - RFC 4180: records end with CRLF, every field is quoted and quotes inside are doubled, so
 *   commas, quotes and line breaks inside a field are safe, and no record can start with "#"
 *   (which Anki would take for a comment).
 */
import { newestFirst, type SavedWord } from './my-words';

export const ANKI_HEADER = ['#separator:Comma', '#html:false', '#columns:Front,Back'];

/** One RFC 4180 field: always quoted, inner quotes doubled, line breaks kept (as LF). */
export function csvField(value: string): string {
  return `"${value.replace(/\r\n?/g, '\n').replace(/"/g, '""')}"`;
}

export function ankiBack(word: SavedWord): string {
  return word.pronunciation ? `${word.explanation}\n\nSay it: ${word.pronunciation}` : word.explanation;
}

export function wordsToAnkiCsv(words: SavedWord[]): string {
  const rows = newestFirst(words).map((w) => `${csvField(w.term)},${csvField(ankiBack(w))}`);
  return [...ANKI_HEADER, ...rows].map((line) => `${line}\r\n`).join('');
}
