// Review sign-offs, kept in `<memo>.reviews.json` beside the memo (schema/reviews.schema.json) and committed with it.
// A review holds for the claim whose fingerprint it names while the fact it was judged against is the same version;
// it lapses, and says why, when the fact changed or when the claim's own sentence changed (found by its fact, or its
// text, under no matching fingerprint). A lapsed review is never shown as reviewed.
import { LineCounter } from 'yaml';
import reviewSchema from '../../../schema/reviews.schema.json';
import { FileReport } from '../dataset/file-report.ts';
import { readData } from '../dataset/read-data.ts';
import { schemaChecker } from '../dataset/schema-errors.ts';
import type { CheckedClaim, LoadedFact, Problem } from '../types.ts';
import { claimFingerprint, factVersion } from './fingerprint.ts';

export type Decision = 'accepted' | 'rejected';

export interface Review {
  claim: string;
  kind: string;
  text: string;
  fact: string | null;
  factVersion: string | null;
  decision: Decision;
  note?: string;
  reviewer: string;
  date: string;
}

export type ReviewState = { state: 'reviewed'; review: Review } | { state: 'lapsed'; review: Review; why: string };

/** Where a memo's reviews are kept: `memo.md` → `memo.reviews.json`. */
export const reviewFileOf = (memoPath: string): string => `${memoPath.replace(/\.(?:md|markdown|mdx)$/i, '')}.reviews.json`;

const checkReviewFile = schemaChecker(reviewSchema);

/** Reads a review file; each problem at its line and column. A file with errors yields no reviews: a review that
 * cannot be read must not count, and a half-read file would count some. */
export function parseReviews(path: string, text: string): { reviews: Review[]; problems: Problem[] } {
  const lines = new LineCounter();
  const report = new FileReport(path, lines, text);
  const read = readData(path, text, lines);
  if ('errors' in read) {
    for (const error of read.errors) report.at(error.offset, 'error', error.message);
    return { reviews: [], problems: report.problems };
  }
  const errors = checkReviewFile(read.data ?? null);
  for (const error of errors) report.at(read.locate(error.path), 'error', `${error.message}${error.path.length > 0 ? ` (at ${error.path.join('.')})` : ''}`);
  if (errors.length > 0) return { reviews: [], problems: report.problems };
  return { reviews: (read.data as { reviews: Review[] }).reviews, problems: report.problems };
}

/** The review of a claim, as the editor records it. */
export function reviewOf(claim: CheckedClaim, fact: LoadedFact | undefined, decision: Decision, reviewer: string, date: string, note?: string): Review {
  const review: Review = { claim: claimFingerprint(claim), kind: claim.kind, text: claim.text.slice(0, 500), fact: claim.factId, factVersion: fact ? factVersion(fact) : null, decision, reviewer, date };
  if (note) review.note = note.slice(0, 2000);
  return review;
}

/** The review file's text with `review` in it, replacing any earlier review of the same claim; stable order, two-space
 * JSON and a final newline, so a commit shows only what changed. */
export function withReview(existing: readonly Review[], review: Review): string {
  const reviews = [...existing.filter((kept) => kept.claim !== review.claim), review];
  return `${JSON.stringify({ version: 1, reviews }, null, 2)}\n`;
}

/** Each reviewed claim's state; a claim absent from the map is unreviewed. */
export function reviewStates(claims: readonly CheckedClaim[], facts: ReadonlyMap<string, LoadedFact>, reviews: readonly Review[]): Map<CheckedClaim, ReviewState> {
  const states = new Map<CheckedClaim, ReviewState>();
  if (reviews.length === 0) return states;
  const byFingerprint = new Map(reviews.map((review) => [review.claim, review]));
  const matched = new Set<Review>();
  const unmatched: CheckedClaim[] = [];
  for (const claim of claims) {
    const review = byFingerprint.get(claimFingerprint(claim));
    if (!review) {
      unmatched.push(claim);
      continue;
    }
    matched.add(review);
    const fact = claim.factId ? facts.get(claim.factId) : undefined;
    if (review.fact !== claim.factId) states.set(claim, { state: 'lapsed', review, why: 'the claim is now judged against another fact' });
    else if ((fact ? factVersion(fact) : null) !== review.factVersion) states.set(claim, { state: 'lapsed', review, why: "the fact's value or sources changed since the review" });
    else states.set(claim, { state: 'reviewed', review });
  }
  // A review no claim's fingerprint names: the claim's sentence was edited. Found again by its fact, or by its text.
  const keyOf = (kind: string, fact: string | null, text: string): string => (fact !== null ? `${kind}\u0000fact\u0000${fact}` : `${kind}\u0000text\u0000${text}`);
  const left = new Map<string, Review>();
  for (const review of reviews) if (!matched.has(review)) left.set(keyOf(review.kind, review.fact, review.text), review);
  for (const claim of unmatched) {
    const review = left.get(keyOf(claim.kind, claim.factId, claim.text));
    if (review) states.set(claim, { state: 'lapsed', review, why: "the claim's sentence changed since the review" });
  }
  return states;
}
