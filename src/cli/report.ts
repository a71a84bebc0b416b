// What the CLI reports about each memo, in the shape every output format starts from.
import type { CheckResult } from '../core/check.ts';
import type { CheckedClaim, Notice, Problem } from '../core/types.ts';
import { inert } from './inert.ts';

export interface MemoReport {
  path: string;
  result?: CheckResult;
}

export interface RunReport {
  memos: MemoReport[];
  /** Memos given but left unchecked by the config's ignorePaths. */
  ignored: string[];
  /** Problems with memos and datasets, each at its file, line and column. */
  problems: Problem[];
  /** Text output lists only the claims to fix (--quiet); JSON and SARIF always hold every claim. */
  quiet?: boolean;
}

export function claimsOf(memo: MemoReport): CheckedClaim[] {
  return memo.result?.claims ?? [];
}

export function noticesOf(memo: MemoReport): Notice[] {
  return memo.result?.notices ?? [];
}

/** A claim that fails a run: contradicted or outdated, and disputed too under --strict. */
export const isFlag = (claim: CheckedClaim, strict = false): boolean => claim.verdict === 'contradicted' || claim.verdict === 'outdated' || (strict && claim.verdict === 'disputed');

export function formatProblem(problem: Problem): string {
  return inert(`${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`);
}
