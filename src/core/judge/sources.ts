// How a fact's sources read in a message ("China sets up third fund (Reuters), Mezha, 2024-05-27") and how they rank.
import type { Source, SourceGrade } from '../types.ts';

export function citation(source: Source): string {
  return [source.title, source.publisher, source.date].filter(Boolean).join(', ');
}

/** The end of a one-line message: the best source's short name, its publisher, and its date ("— Federal Register,
 * 2025-01-15"); the hover has the title, link and quote. */
export function sourceTag(sources: readonly Source[]): string {
  const first = sources[0];
  return first ? ` — ${[first.publisher || first.title, first.date].filter(Boolean).join(', ')}` : '';
}

const RANK: Record<SourceGrade, number> = { primary: 0, secondary: 1, syndicated: 2, 'memo-as-reported': 3 };

/** A source's grade; one that gives none is taken as a report of the figure (secondary). */
export const gradeOf = (source: Source): SourceGrade => source.grade ?? 'secondary';

/** The sources, best first (stable among equals), so messages, hovers and citations lead with the strongest. */
export function bestFirst(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => RANK[gradeOf(a)] - RANK[gradeOf(b)]);
}

/** The rank of the best of some sources (lower is stronger); none at all ranks below every grade. */
export function bestRank(sources: readonly Source[] | undefined): number {
  return Math.min(RANK['memo-as-reported'] + 1, ...(sources ?? []).map((source) => RANK[gradeOf(source)]));
}

/** Only memos report the figure: it can support nothing, nor contradict anything. */
export const onlyMemos = (sources: readonly Source[]): boolean => bestRank(sources) >= RANK['memo-as-reported'];
