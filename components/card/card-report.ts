/**
 * Pure: the short report a reader can copy about a wrong or unclear card. It holds the term, the
 * entry id, what looks wrong and the reader's note; the page's address only when the reader ticks
 * it. MedGloss never sends it: the reader pastes it where they choose.
 */
export const REPORT_PROBLEMS = [
  'The explanation is wrong',
  'The explanation is hard to understand',
  'This word should not be highlighted here',
  'The meaning does not fit this page',
  'Something else',
] as const;

export interface CardReport {
  term: string;
  id: string;
  problem: string;
  note?: string;
  /** Only when the reader chose to include it. */
  pageUrl?: string;
  version?: string;
}

export function formatReport(report: CardReport): string {
  return [
    'MedGloss card report',
    `Term: ${report.term}`,
    `Entry: ${report.id}`,
    `Problem: ${report.problem}`,
    ...(report.note?.trim() ? [`Note: ${report.note.trim()}`] : []),
    ...(report.pageUrl ? [`Page: ${report.pageUrl}`] : []),
    ...(report.version ? [`MedGloss version: ${report.version}`] : []),
  ].join('\n');
}
