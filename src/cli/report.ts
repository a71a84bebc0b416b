// What the CLI reports about each memo, in the shape every output format starts from.
import type { CheckResult } from '../core/check.ts';
import type { Conflict } from '../core/consistency.ts';
import type { ReviewState } from '../core/review/reviews.ts';
import type { CheckedClaim, Notice, Problem } from '../core/types.ts';
import { inert } from './inert.ts';

export interface MemoReport {
  path: string;
  result?: CheckResult;
  /** The review state of each reviewed claim, from `<memo>.reviews.json`; absent: unreviewed. */
  reviews?: ReadonlyMap<CheckedClaim, ReviewState>;
  /** The review file read, when the memo has one. */
  reviewFile?: string;
}

export interface RunReport {
  memos: MemoReport[];
  /** Memos given but left unchecked by the config's ignorePaths. */
  ignored: string[];
  /** Problems with memos and datasets, each at its file, line and column. */
  problems: Problem[];
  /** Text output lists only the claims to fix (--quiet); JSON and SARIF always hold every claim. */
  quiet?: boolean;
  /** The run's day, for reports. */
  today?: string;
  /** Facts the memos state with different values (consistency.ts). */
  conflicts?: Conflict[];
  /** --require-review and --strict, which decide what a flag needing review is. */
  requireReview?: boolean;
  strict?: boolean;
}

export function claimsOf(memo: MemoReport): CheckedClaim[] {
  return memo.result?.claims ?? [];
}

export function noticesOf(memo: MemoReport): Notice[] {
  return memo.result?.notices ?? [];
}

/** A claim that fails a run: contradicted or outdated, and disputed too under --strict. */
export const isFlag = (claim: CheckedClaim, strict = false): boolean => claim.verdict === 'contradicted' || claim.verdict === 'outdated' || (strict && claim.verdict === 'disputed');

/** A flagged claim that still needs an editor: not signed off as accepted by a review that holds. */
export const needsReview = (memo: MemoReport, claim: CheckedClaim, strict = false): boolean => {
  const state = memo.reviews?.get(claim);
  return isFlag(claim, strict) && !(state?.state === 'reviewed' && state.review.decision === 'accepted');
};

export function formatProblem(problem: Problem): string {
  return inert(`${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
}
