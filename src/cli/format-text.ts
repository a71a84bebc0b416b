// Text output, for a person reading a terminal or a CI log: one line per claim worth reading,
// `path:line:column  verdict  kind  message` (supported claims are only counted; --quiet keeps only the claims to fix),
// then memo notices, blocks left unchecked and memos with no claim, and a closing summary line. All of it made inert.
import type { CheckedClaim, Verdict } from '../core/types.ts';
import { VERDICTS } from '../core/types.ts';
import { inert } from './inert.ts';
import { conflictMessage } from '../core/consistency.ts';
import { reviewLine } from '../core/review/report.ts';
import type { ReviewState } from '../core/review/reviews.ts';
import { claimsOf, needsReview, noticesOf, type RunReport } from './report.ts';

const TO_FIX: ReadonlySet<Verdict> = new Set(['contradicted', 'outdated', 'disputed']);

const listed = (claim: CheckedClaim, quiet: boolean): boolean => (quiet ? TO_FIX.has(claim.verdict) : claim.verdict !== 'supported');

/** "  [review: accepted by A. Editor on 2025-03-02]", "  [review lapsed: …]", or nothing for an unreviewed claim. */
const reviewNote = (state: ReviewState | undefined): string => (state ? `  [review ${inert(reviewLine(state))}]` : '');

/** "reviews: 2 reviewed, 1 lapsed, 3 flagged claims unreviewed", once a memo has reviews or they are required. */
function reviewSummary(report: RunReport): string[] {
  if (!report.requireReview && !report.memos.some((memo) => memo.reviewFile)) return [];
  const states = report.memos.flatMap((memo) => claimsOf(memo).map((claim) => memo.reviews?.get(claim)?.state));
  const unreviewed = report.memos.reduce((sum, memo) => sum + claimsOf(memo).filter((claim) => needsReview(memo, claim, report.strict)).length, 0);
  return [`reviews: ${states.filter((state) => state === 'reviewed').length} reviewed, ${states.filter((state) => state === 'lapsed').length} lapsed, ${unreviewed} flagged claim${unreviewed === 1 ? '' : 's'} not accepted in review`];
}

/** "2 memos, 14 claims: 1 contradicted, 0 outdated, 0 disputed, 3 unverified, 10 supported; 2 suppressed". */
function summary(report: RunReport): string {
  const checked = report.memos.filter((memo) => memo.result);
  const claims = checked.flatMap(claimsOf);
  const counts = VERDICTS.map((verdict) => `${claims.filter((claim) => claim.verdict === verdict).length} ${verdict}`);
  const suppressed = checked.reduce((sum, memo) => sum + (memo.result?.suppressed ?? 0), 0);
  const unchecked = checked.reduce((sum, memo) => sum + (memo.result?.unchecked.length ?? 0), 0);
  const unread = report.memos.length - checked.length;
  return [
    `memocheck: ${checked.length} memo${checked.length === 1 ? '' : 's'}, ${claims.length} claim${claims.length === 1 ? '' : 's'}: ${counts.join(', ')}`,
    ...(suppressed > 0 ? [`${suppressed} suppressed`] : []),
    ...(unchecked > 0 ? [`${unchecked} block${unchecked === 1 ? '' : 's'} not checked`] : []),
    ...(unread > 0 ? [`${unread} memo${unread === 1 ? '' : 's'} not read`] : []),
    ...(report.ignored.length > 0 ? [`${report.ignored.length} ignored (ignorePaths, .memocheckignore)`] : []),
    ...reviewSummary(report),
  ].join('; ');
}

export function formatText(report: RunReport): string {
  const lines: string[] = [];
  for (const memo of report.memos) {
    const path = inert(memo.path);
    for (const claim of claimsOf(memo)) if (listed(claim, report.quiet ?? false)) lines.push(`${path}:${claim.start.line}:${claim.start.column}  ${claim.verdict}  ${claim.kind}  ${inert(claim.message)}${reviewNote(memo.reviews?.get(claim))}`);
    for (const notice of noticesOf(memo)) lines.push(`${path}:1:1  notice  memo  ${inert(notice.message)}`);
    for (const block of memo.result?.unchecked ?? []) lines.push(`${path}:${block.start.line}:${block.start.column}  notice  block  ${block.reason}`);
    for (const waiver of memo.result?.waivers ?? []) for (const problem of waiver.problems) lines.push(`${path}:${waiver.start.line}:${waiver.start.column}  warning  waiver  ${inert(problem)}`);
    if (memo.result && memo.result.claims.length === 0 && memo.result.suppressed === 0) lines.push(`${path}:1:1  notice  memo  no claims found`);
  }
  for (const conflict of report.conflicts ?? []) {
    for (const place of conflict.places) lines.push(`${inert(place.memo)}:${place.claim.start.line}:${place.claim.start.column}  warning  conflict  ${inert(conflictMessage(conflict, place))}`);
  }
  lines.push(summary(report));
  return `${lines.join('\n')}\n`;
}
