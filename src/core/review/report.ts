// The review report's content, shared by its Markdown and HTML forms (CLI `--format markdown|html`, the editor's
// webview): each memo's claims with their verdicts, values, sources and review state, its waivers, and the counts.
import type { CheckResult } from '../check.ts';
import { VERDICTS, type CheckedClaim, type Verdict, type Waiver } from '../types.ts';
import type { ReviewState } from './reviews.ts';

export interface ReviewedMemo {
  path: string;
  result: CheckResult;
  reviews: ReadonlyMap<CheckedClaim, ReviewState>;
}

export type ReviewStatus = 'reviewed' | 'lapsed' | 'unreviewed';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['reviewed', 'lapsed', 'unreviewed'];

export const statusOf = (state: ReviewState | undefined): ReviewStatus => state?.state ?? 'unreviewed';

/** "accepted by A. Editor on 2025-03-02: note", "lapsed (the fact's value changed); was accepted by …", "not reviewed". */
export function reviewLine(state: ReviewState | undefined): string {
  if (!state) return 'not reviewed';
  const { review } = state;
  const made = `${review.decision} by ${review.reviewer} on ${review.date}${review.note ? `: ${review.note}` : ''}`;
  return state.state === 'lapsed' ? `lapsed (${state.why}); was ${made}` : made;
}

export interface ReportCounts {
  claims: number;
  verdicts: Record<Verdict, number>;
  reviews: Record<ReviewStatus, number>;
  waivers: number;
  /** Waivers with a warning: expired, no reason, an unread date or field. */
  waiverWarnings: number;
}

export function countsOf(memos: readonly ReviewedMemo[]): ReportCounts {
  const counts: ReportCounts = {
    claims: 0,
    verdicts: Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>,
    reviews: { reviewed: 0, lapsed: 0, unreviewed: 0 },
    waivers: 0,
    waiverWarnings: 0,
  };
  for (const memo of memos) {
    for (const claim of memo.result.claims) {
      counts.claims++;
      counts.verdicts[claim.verdict]++;
      counts.reviews[statusOf(memo.reviews.get(claim))]++;
    }
    counts.waivers += memo.result.waivers.length;
    counts.waiverWarnings += memo.result.waivers.filter((waiver) => waiver.problems.length > 0).length;
  }
  return counts;
}

/** "hides "Chile" (tier, contradicted)", or what a waiver that hides nothing is. */
export function waiverLine(waiver: Waiver): string {
  const what = waiver.hides.length === 0 ? (waiver.expired ? 'hides nothing (expired)' : 'hides nothing') : `hides ${waiver.hides.map((hidden) => `"${hidden.text}" (${hidden.kind}, ${hidden.verdict}, line ${hidden.start.line})`).join(', ')}`;
  const scope = waiver.targets.length > 0 ? ` for ${waiver.targets.join(', ')}` : '';
  return `${waiver.directive}${scope}: ${what}; reason: ${waiver.reason ?? 'none given'}${waiver.until ? `; until ${waiver.until}` : ''}`;
}
