// Reads a memo's review sign-offs from `<memo>.reviews.json` beside it, when there is one, and gives each claim of the
// check its review state. A file that cannot be read is a located problem, and its reviews count for nothing.
import { existsSync } from 'node:fs';
import type { CheckResult } from '../core/check.ts';
import { decodeUtf8 } from '../core/text/decode.ts';
import { parseReviews, reviewFileOf, reviewStates, type ReviewState } from '../core/review/reviews.ts';
import type { CheckedClaim, Problem } from '../core/types.ts';
import { readBounded } from './read-file.ts';

/** A review file holds a few hundred short entries. */
const MAX_REVIEW_FILE_BYTES = 4 * 1024 * 1024;

export function readReviews(memoPath: string, result: CheckResult): { file?: string; states: Map<CheckedClaim, ReviewState>; problems: Problem[] } {
  const file = reviewFileOf(memoPath);
  if (memoPath === '-' || !existsSync(file)) return { states: new Map(), problems: [] };
  const read = readBounded(file, MAX_REVIEW_FILE_BYTES);
  const refused = (line: number, column: number, reason: string) => ({ file, states: new Map(), problems: [{ file, line, column, severity: 'error' as const, message: `cannot read reviews: ${reason}` }] });
  if ('reason' in read) return refused(1, 1, read.reason);
  const decoded = decodeUtf8(read.bytes);
  if (!('text' in decoded)) return refused(decoded.line, decoded.column, decoded.reason);
  const { reviews, problems } = parseReviews(file, decoded.text.replace(/^\uFEFF/, ''));
  return { file, states: reviewStates(result.claims, result.facts, reviews), problems };
}
