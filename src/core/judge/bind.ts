// Binds a figure to the facts its words point at: the fact's subject named nearby, and its metric keywords
// nearer still. "R1 scored 97.3% on MMLU" binds to R1's MMLU score, not to its MATH-500 score of 97.3.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset, KeywordHit } from '../dataset/dataset.ts';
import type { PhraseMatch } from '../text/phrase-index.ts';
import { tokenIndexAt, tokenize, type Token } from '../text/tokens.ts';
import type { LoadedFact } from '../types.ts';

export interface Candidate {
  fact: LoadedFact;
  score: number;
  /** The subject is named in the claim's own sentence (or table row). */
  subjectNear: boolean;
  keywordNear: boolean;
  /** Tokens between the figure and the fact's nearest keyword in its sentence. */
  keywordDistance: number;
}

/** Weight of a match outside the claim's sentence, and of one in the heading, lead-in or table header. */
const OTHER_SENTENCE = 0.15;
const CONTEXT = 0.1;

function proximity(distance: number): number {
  return 1 / (1 + distance / 4);
}

/** Units compatible for comparison: a score may be written as a bare number or a percentage; an amount needs the
 * fact's currency or a recorded conversion to it. */
function comparable(claimUnit: string, fact: LoadedFact): boolean {
  if (fact.kind === 'amount') return fact.currency === claimUnit || (fact.conversions ?? []).some((conversion) => conversion.currency === claimUnit);
  const unit = fact.unit ?? '';
  if (claimUnit === unit) return true;
  if (claimUnit === 'score') return unit === 'percent' || unit === 'percentile';
  if (claimUnit === 'count') return unit === 'score';
  return false;
}

interface Located<T> {
  payload: T;
  /** Distance in tokens to the claim, or undefined when outside its sentence. */
  distance?: number;
  inContext: boolean;
}

function locate<T>(matches: PhraseMatch<T>[], tokens: Token[], claimFrom: number, claimTo: number, sentence: { from: number; to: number }): Located<T>[] {
  return matches.map((match) => {
    const start = tokens[match.from]?.start ?? 0;
    const end = tokens[match.to - 1]?.end ?? 0;
    if (start < sentence.from || end > sentence.to) return { payload: match.payload, inContext: false };
    const distance = end <= claimFrom ? claimFrom - match.to : match.from >= claimTo ? match.from - claimTo : 0;
    return { payload: match.payload, distance: Math.max(0, distance), inContext: false };
  });
}

function weight(located: Located<unknown>): number {
  if (located.inContext) return CONTEXT;
  return located.distance === undefined ? OTHER_SENTENCE : proximity(located.distance);
}

/** Context text per unit is small; tokenising it per claim would repeat work, so it is cached per view. */
const contextTokens = new WeakMap<object, Token[]>();

function contextOf(claim: ChunkClaim): Token[] {
  const cached = contextTokens.get(claim.view);
  if (cached) return cached;
  const { context, unit } = claim.view;
  const text = [context.heading, unit.inList ? context.leadIn : undefined, ...(unit.header ?? [])].filter(Boolean).join(' \n ');
  const tokens = tokenize(text);
  contextTokens.set(claim.view, tokens);
  return tokens;
}

interface UnitMatches {
  dataset: Dataset;
  subjects: PhraseMatch<LoadedFact>[];
  keywords: PhraseMatch<KeywordHit>[];
  contextSubjects: PhraseMatch<LoadedFact>[];
  contextKeywords: PhraseMatch<KeywordHit>[];
}

/** Phrase lookups depend only on the unit and the dataset, so they run once per unit, not once per claim. */
const unitMatches = new WeakMap<object, UnitMatches>();

function matchesOf(claim: ChunkClaim, dataset: Dataset): UnitMatches {
  const cached = unitMatches.get(claim.view);
  if (cached?.dataset === dataset) return cached;
  const extra = contextOf(claim);
  const matches: UnitMatches = {
    dataset,
    subjects: dataset.subjects.find(claim.view.tokens),
    keywords: dataset.keywords.find(claim.view.tokens),
    contextSubjects: dataset.subjects.find(extra),
    contextKeywords: dataset.keywords.find(extra),
  };
  unitMatches.set(claim.view, matches);
  return matches;
}

export function candidatesFor(claim: ChunkClaim, dataset: Dataset): Candidate[] {
  const figure = claim.figure;
  if (!figure) return [];
  const { view } = claim;
  const tokens = view.tokens;
  const claimFrom = tokenIndexAt(tokens, claim.from);
  const claimTo = tokenIndexAt(tokens, claim.to);
  const sentence = view.unit.role === 'tableRow' ? { from: 0, to: view.text.length } : (view.sentences.find((range) => claim.from >= range.from && claim.from < range.to) ?? { from: 0, to: view.text.length });
  const found = matchesOf(claim, dataset);
  // A bare number inside a name or keyword ("top ten", "Qwen 2.5") is part of that phrase, not a figure.
  const inside = (match: PhraseMatch<unknown>): boolean => match.from < claimTo && claimFrom < match.to;
  if (claim.needsFact && (found.subjects.some(inside) || found.keywords.some(inside))) return [];
  const byFact = new Map<LoadedFact, Candidate>();
  const subjects: Located<LoadedFact>[] = [
    ...locate(found.subjects, tokens, claimFrom, claimTo, sentence),
    ...found.contextSubjects.map((match) => ({ payload: match.payload, inContext: true })),
  ];
  for (const subject of subjects) {
    const fact = subject.payload;
    if (fact.kind !== claim.kind || !comparable(figure.unit, fact)) continue;
    const candidate = byFact.get(fact) ?? { fact, score: 0, subjectNear: false, keywordNear: false, keywordDistance: Number.POSITIVE_INFINITY };
    candidate.score = Math.max(candidate.score, weight(subject));
    candidate.subjectNear ||= subject.distance !== undefined;
    byFact.set(fact, candidate);
  }
  // Best weight of each distinct keyword, for candidate facts only: a keyword many facts share costs one lookup each.
  const keywordWeights = new Map<Candidate, Map<string, number>>();
  const keywords: Located<KeywordHit>[] = [
    ...locate(found.keywords, tokens, claimFrom, claimTo, sentence),
    ...found.contextKeywords.map((match) => ({ payload: match.payload, inContext: true })),
  ];
  for (const keyword of keywords) {
    const candidate = byFact.get(keyword.payload.fact);
    if (!candidate) continue;
    const best = keywordWeights.get(candidate) ?? new Map<string, number>();
    const name = keyword.payload.keyword.toLowerCase();
    best.set(name, Math.max(best.get(name) ?? 0, weight(keyword)));
    keywordWeights.set(candidate, best);
    candidate.keywordNear ||= keyword.distance !== undefined;
    candidate.keywordDistance = Math.min(candidate.keywordDistance, keyword.distance ?? Number.POSITIVE_INFINITY);
  }
  // The nearest keyword counts in full and the others a quarter, so a fact with many keywords does not outweigh
  // one whose keyword stands right beside the figure.
  for (const [candidate, best] of keywordWeights) {
    const values = [...best.values()];
    const top = Math.max(...values);
    candidate.score += top + 0.25 * (values.reduce((sum, value) => sum + value, 0) - top);
  }
  return [...byFact.values()].sort((a, b) => b.score - a.score);
}
