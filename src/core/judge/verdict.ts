// Judges amount and benchmark claims against the facts they bind to.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { LoadedFact, Source, Verdict } from '../types.ts';
import { candidatesFor, type Candidate } from './bind.ts';
import { describeValue, rewriteInStyle } from './format.ts';
import { citation } from './sources.ts';
import { intersects, readFact, seriesPoint, type Reference } from './values.ts';

export interface Judgement {
  verdict: Verdict;
  fact?: LoadedFact;
  message: string;
  sources: Source[];
  expected?: string;
}

/** Candidates scoring at least this share of the best one are close enough for their value to decide. */
const CLOSE_SCORE = 0.75;
const BARE_COUNT_FLAG_SCORE = 1.3;

function subjectOf(fact: LoadedFact): string {
  return fact.metric ? `${fact.subject.name}, ${fact.metric.name}` : fact.subject.name;
}

const BOUND_WORDS: Record<string, string> = { 'at-most': 'up to ', 'at-least': 'over ', approximate: 'about ' };

function referenceText(fact: LoadedFact, reference: Reference): string {
  const value = (BOUND_WORDS[fact.bound ?? ''] ?? '') + describeValue(reference.value, fact.unit, reference.currency);
  const original = reference.currency !== undefined && reference.currency !== fact.currency && fact.value !== undefined
    ? ` (${describeValue(fact.value, undefined, fact.currency)}${reference.conversionNote ? `; ${reference.conversionNote}` : ''})`
    : '';
  return `${value}${original}`;
}

function sourcesOf(fact: LoadedFact, reference?: Reference): Source[] {
  return seriesPoint(fact, reference?.date)?.sources ?? fact.sources;
}

function sourceNote(sources: Source[]): string {
  const first = sources[0];
  return first ? ` Source: ${citation(first)}.` : '';
}

function asOfText(fact: LoadedFact, reference: Reference): string {
  return reference.date ?? fact.date;
}

function supported(fact: LoadedFact, reference: Reference, text: string): Judgement {
  const sources = sourcesOf(fact, reference);
  return {
    verdict: 'supported',
    fact,
    message: `${text} matches ${subjectOf(fact)}: ${referenceText(fact, reference)} as of ${asOfText(fact, reference)}.${sourceNote(sources)}`,
    sources,
  };
}

function withExpected(judgement: Judgement, text: string, claim: ChunkClaim, reference: Reference): Judgement {
  const expected = claim.figure ? rewriteInStyle(text, claim.figure, reference.value) : undefined;
  return expected === undefined || expected === text ? judgement : { ...judgement, expected };
}

function judgeAgainst(claim: ChunkClaim, fact: LoadedFact, text: string, asOf: string, allowContradiction: boolean): Judgement | undefined {
  const figure = claim.figure;
  if (!figure) return undefined;
  const reading = readFact(fact, figure, asOf);
  if (!reading) {
    return { verdict: 'unverified', fact, message: `${text}: ${subjectOf(fact)} has no value in ${figure.unit} to compare with.`, sources: fact.sources };
  }
  const { current } = reading;
  if (current && intersects(figure.allowed, current.interval)) {
    if (fact.status === 'superseded' && fact.supersededBy) return undefined;
    return supported(fact, current, text);
  }
  const older = reading.all.filter((point) => point !== current && intersects(figure.allowed, point.interval)).at(-1);
  if (older && current && (older.date ?? '') < (current.date ?? '')) {
    const sources = sourcesOf(fact, current);
    return withExpected({
      verdict: 'outdated',
      fact,
      message: `${text} is the ${older.date} value of ${subjectOf(fact)}; as of ${asOf} it is ${referenceText(fact, current)} (${current.date}).${sourceNote(sources)}`,
      sources,
    }, text, claim, current);
  }
  if (!allowContradiction || !current) return undefined;
  const sources = sourcesOf(fact, current);
  return withExpected({
    verdict: 'contradicted',
    fact,
    message: `Claimed ${text}, but ${subjectOf(fact)} is ${referenceText(fact, current)} as of ${asOfText(fact, current)}.${sourceNote(sources)}`,
    sources,
  }, text, claim, current);
}

/** A superseded fact the claim matches: the claim quotes a value that a newer fact replaced. */
function judgeSuperseded(claim: ChunkClaim, fact: LoadedFact, text: string, asOf: string, dataset: Dataset): Judgement | undefined {
  const newer = fact.supersededBy ? dataset.facts.get(fact.supersededBy) : undefined;
  const figure = claim.figure;
  if (!newer || !figure || fact.status !== 'superseded') return undefined;
  const old = readFact(fact, figure, asOf)?.current;
  const current = readFact(newer, figure, asOf)?.current;
  if (!old || !current || !intersects(figure.allowed, old.interval)) return undefined;
  return withExpected({
    verdict: 'outdated',
    fact,
    message: `${text} is the superseded value of ${subjectOf(fact)} (${fact.date}); it is now ${referenceText(newer, current)} as of ${newer.date}.${sourceNote(newer.sources)}`,
    sources: newer.sources,
  }, text, claim, current);
}

function unverified(text: string, candidates: Candidate[]): Judgement {
  const nearest = candidates[0]?.fact;
  const hint = nearest ? ` The nearest fact, ${subjectOf(nearest)}, is not named closely enough to compare.` : '';
  return { verdict: 'unverified', message: `No reference fact found for ${text}.${hint}`, sources: [] };
}

export function judgeFigure(claim: ChunkClaim, text: string, asOf: string, dataset: Dataset): Judgement | undefined {
  const candidates = candidatesFor(claim, dataset);
  const best = candidates[0];
  if (!best) return claim.needsFact ? undefined : unverified(text, candidates);
  // A contradiction needs the fact named in the sentence, and no other fact's keyword standing nearer the figure
  // ("a population of over 1.3 billion and 176 million cameras": 1.3 billion is not the camera count).
  const nearestKeyword = Math.min(...candidates.map((candidate) => candidate.keywordDistance));
  const strong = (candidate: Candidate): boolean =>
    (candidate.subjectNear || (candidate.keywordNear && candidate.score >= 0.5)) && candidate.keywordDistance <= nearestKeyword;
  if (claim.needsFact && !(best.subjectNear && best.keywordNear)) return undefined;
  const close = candidates.filter((candidate) => candidate.score >= best.score * CLOSE_SCORE);
  // Among facts bound about equally well, the claim's value decides: a match beats an outdated value.
  const matches = close
    .map((candidate) => judgeSuperseded(claim, candidate.fact, text, asOf, dataset) ?? judgeAgainst(claim, candidate.fact, text, asOf, false))
    .filter((judgement): judgement is Judgement => judgement !== undefined);
  const matched = matches.find((judgement) => judgement.verdict === 'supported') ?? matches[0];
  if (matched) return matched;
  // A bare count ("seven", "227") is flagged only when both its subject and its metric stand right beside it.
  if (claim.needsFact && best.score < BARE_COUNT_FLAG_SCORE) return undefined;
  const contradiction = strong(best) ? judgeAgainst(claim, best.fact, text, asOf, true) : undefined;
  return contradiction ?? unverified(text, candidates);
}
