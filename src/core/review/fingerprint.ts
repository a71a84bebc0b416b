// Fingerprints that tie a review to what was reviewed. A claim's is its kind, its sentence (whitespace folded) and its
// text: moving the paragraph or editing another sentence keeps it; editing the claim's own sentence or value changes
// it. A fact's version is its value and its sources: a change to either lapses the reviews made against it.
import type { CheckedClaim, LoadedFact } from '../types.ts';

/** 64 bits of two FNV-1a passes with different offsets, as 16 hex digits: a name for a text, not a secret. */
export function fingerprintOf(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 15);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const claimFingerprint = (claim: Pick<CheckedClaim, 'kind' | 'sentence' | 'text'>): string => fingerprintOf(`${claim.kind}\u0000${folded(claim.sentence)}\u0000${folded(claim.text)}`);

/** What a reviewer read of a fact: its value in every form it has, its date and status, and its sources. */
export function factVersion(fact: LoadedFact): string {
  const { value, currency, unit, conversions, bound, tolerance, series, gaps, regime, date, status, statusHistory, supersededBy, sources, disagreements } = fact;
  return fingerprintOf(JSON.stringify({ value, currency, unit, conversions, bound, tolerance, series, gaps, regime, date, status, statusHistory, supersededBy, sources, disagreements }));
}
