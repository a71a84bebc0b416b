// The words of a sentence or clause of a unit, read once however many figures it has, and the years among them:
// evidence a figure's own words give of a subject or a time.
import type { ChunkClaim } from '../analyze.ts';
import { tokenIndexAt } from '../text/tokens.ts';
import type { LoadedFact } from '../types.ts';
import { entityKey } from './entities.ts';

const rangeWordsOf = new WeakMap<object, Map<string, Set<string>>>();

/** The words of a sentence or clause of the unit, read once however many figures it has. */
function wordsIn(claim: ChunkClaim, range: { from: number; to: number }): ReadonlySet<string> {
  const { view } = claim;
  let byRange = rangeWordsOf.get(view);
  if (!byRange) rangeWordsOf.set(view, (byRange = new Map()));
  const key = `${range.from}:${range.to}`;
  let held = byRange.get(key);
  if (!held) {
    held = new Set();
    for (let at = tokenIndexAt(view.tokens, range.from); at < view.tokens.length && (view.tokens[at]?.start ?? range.to) < range.to; at++) held.add(view.tokens[at]?.norm ?? '');
    byRange.set(key, held);
  }
  return held;
}

/** Whether the sentence holds one of `words`. */
export function sentenceHolds(claim: ChunkClaim, sentence: { from: number; to: number }, words: ReadonlySet<string>): boolean {
  const held = wordsIn(claim, sentence);
  for (const word of words) if (held.has(word)) return true;
  return false;
}

const YEAR = /^(?:19|20)\d\d$/;
const yearsOfFact = new WeakMap<LoadedFact, Set<string>>();

/** The years a fact's metric names ("share of the market in 2024", "revenue from China in fiscal 2025"). */
export function yearsOf(fact: LoadedFact): Set<string> {
  let years = yearsOfFact.get(fact);
  if (!years) yearsOfFact.set(fact, (years = new Set(entityKey(fact.metric?.name ?? '').split(' ').filter((word) => YEAR.test(word)))));
  return years;
}

const yearsOfWords = new WeakMap<ReadonlySet<string>, Set<string>>();

/** The years written in the figure's clause, read once per clause. */
export function yearsIn(claim: ChunkClaim, clause: { from: number; to: number }): Set<string> {
  const words = wordsIn(claim, clause);
  let years = yearsOfWords.get(words);
  if (!years) yearsOfWords.set(words, (years = new Set([...words].filter((word) => YEAR.test(word)))));
  return years;
}

/** The clause dates the figure, and never to a year the fact's metric is of. */
export const namesOtherYears = (factYears: ReadonlySet<string>, clauseYears: ReadonlySet<string>): boolean =>
  factYears.size > 0 && clauseYears.size > 0 && ![...clauseYears].some((year) => factYears.has(year));
