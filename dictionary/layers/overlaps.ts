/**
 * Pure: one list of highlights from every layer's matches. Where matches overlap, the reader's
 * own terms win; otherwise the longer match wins ("non-metastatic" over "metastatic", "acute
 * lymphoblastic leukemia" over "leukemia"), and at equal length the more trusted layer does:
 * the page's own definition, a reviewed entry, a derived word, a disease name, word parts.
 */
import type { Match, MatchKind } from '../matcher';

const RANK: Record<MatchKind, number> = { own: 0, page: 1, entry: 2, derived: 3, disease: 4, 'word-parts': 5 };

const rank = (m: Match) => RANK[m.kind ?? 'entry'];

/** Non-overlapping matches in text order, chosen as above. */
export function resolveOverlaps(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  const byPreference = [...matches].sort(
    (a, b) =>
      Number(b.kind === 'own') - Number(a.kind === 'own') ||
      b.end - b.start - (a.end - a.start) ||
      rank(a) - rank(b) ||
      a.start - b.start,
  );
  const kept: Match[] = [];
  for (const m of byPreference) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
