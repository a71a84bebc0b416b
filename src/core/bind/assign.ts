// Binds the figures of one sentence to facts as an assignment: a figure whose value is one of a subject's facts binds
// to that fact, and a fact accounted for by one figure is not used to judge another ("$500 billion over four years,
// with $100 billion deployed immediately"). A binding is confident only when subject, metric, unit and time are each
// evidenced and no other fact fits about as well: only then may the figure be contradicted. Time is read when the
// fact is judged: a dated series or a superseded value is read as of the claim's date.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { candidatesFor, placeOf, type Candidate } from './evidence.ts';
import type { Discourse } from './discourse.ts';

export interface Binding {
  candidates: Candidate[];
  /** The fact the figure is judged against. */
  chosen?: Candidate;
  /** Subject, metric, unit and time are evidenced well enough to contradict the figure. */
  confident: boolean;
}

/** A candidate this close to the best is a real alternative: the claim is then ambiguous. */
const RIVAL_SHARE = 0.85;
/** ... and whose metric evidence is at least this share of the chosen one's. */
const RIVAL_METRIC_SHARE = 0.7;
/** A fact whose value the figure matches wins when it scores at least this share of the best candidate. */
const MATCH_SHARE = 0.7;
/** A bare count ("227", "five") needs its subject and metric both beside it. */
const BARE_COUNT_SCORE = 2.2;
const MIN_SUPPORT_SCORE = 0.9;

export type StatesValueOf = (claim: ChunkClaim, candidate: Candidate) => boolean;

/** `stated`: the figure states one of the chosen fact's values (now or earlier): then a keyword of its own, which
 * another fact's metric name may share, is enough to tell it apart ("227 systems" is the list count, not the top ten). */
function confident(claim: ChunkClaim, chosen: Candidate, candidates: readonly Candidate[], stated = false): boolean {
  if (chosen.subject === 'weak' || chosen.subject === 'none' || chosen.rivalled || chosen.otherMetric || chosen.givenAsOther || chosen.otherYear) return false;
  // "shared" names a family (Big Fund I, II, III): a keyword in the figure's clause must pick the member.
  const needsClause = chosen.subject === 'shared' || chosen.subject === 'part';
  // The metric needs a keyword that tells this fact apart; the subject must stand in the figure's own clause unless
  // it is named outright ("..., which is the largest agreement" is not the subject of a figure before it).
  // A subject's only fact in the figure's unit is its metric, when the figure names no other measured thing.
  const told = chosen.discriminating || (stated && chosen.ownKeyword);
  const metricShown = (told && (chosen.keywordInClause || !needsClause)) || (chosen.unitOnly && chosen.subject === 'named' && chosen.frameFits);
  if (!metricShown || (chosen.subject !== 'named' && !chosen.subjectInClause)) return false;
  // A bare count must also count what the fact counts: "six of China's largest banks" is not the shareholders' number.
  if (claim.needsFact && (chosen.score < BARE_COUNT_SCORE || !chosen.frameFits)) return false;
  // Another fact fits about as well, by its subject and by its metric: the figure might speak of either.
  return !candidates.some((other) =>
    !chosen.timeline.includes(other.fact) && other.subject !== 'none' && other.fact.value !== chosen.fact.value && other.score >= chosen.score * RIVAL_SHARE && other.metric >= chosen.metric * RIVAL_METRIC_SHARE);
}

const NAMED: ReadonlySet<string> = new Set(['named', 'referenced', 'shared']);

/** Enough evidence to say a figure is about a fact when their values agree: its subject named, or pointed at and its
 * metric stated. A metric with no subject at all ("1.5 trillion yuan" of whatever) is not enough. */
function supportable(claim: ChunkClaim, candidate: Candidate): boolean {
  if (candidate.subject === 'none') return false;
  if (claim.needsFact) return candidate.subject !== 'weak' && candidate.keywordDistance < Number.POSITIVE_INFINITY;
  return candidate.score >= MIN_SUPPORT_SCORE && (candidate.metric > 0 || NAMED.has(candidate.subject));
}

/** "17.44, 10.47 and 8.72 per cent respectively": the figures pair with the facts named in the same order. Returns the
 * fact each figure pairs with, an empty map when the lists do not line up (no figure can then be contradicted), or
 * undefined when the sentence does not pair in order. */
function pairedInOrder(claims: readonly ChunkClaim[], candidates: readonly Candidate[][]): Map<ChunkClaim, string> | undefined {
  const view = claims[0]?.view;
  if (!view || claims.length < 2 || !view.tokens.some((token) => view.lexicon.inOrder.has(token.norm))) return undefined;
  const told = new Map<string, number>();
  for (const list of candidates) for (const candidate of list) if (candidate.discriminating) told.set(candidate.fact.id, Math.min(told.get(candidate.fact.id) ?? Infinity, candidate.firstKeyword));
  const facts = [...told.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const pairs = new Map<ChunkClaim, string>();
  if (facts.length !== claims.length) return pairs;
  [...claims].sort((a, b) => a.from - b.from).forEach((claim, index) => pairs.set(claim, facts[index] as string));
  return pairs;
}

export function bindSentence(
  claims: readonly ChunkClaim[],
  dataset: Dataset,
  discourse: Discourse,
  states: StatesValueOf,
): Map<ChunkClaim, Binding> {
  const bindings = new Map<ChunkClaim, Binding>();
  const taken = new Set<string>();
  const all = claims.map((claim, at) => ({ claim, candidates: candidatesFor(claim, placeOf(claim, claims, at), dataset, discourse) }));
  const inOrder = pairedInOrder(claims, all.map((item) => item.candidates));
  // First the figures that agree with a fact that fits about as well as the best: they account for those facts.
  const open: typeof all = [];
  for (const item of all) {
    const best = item.candidates[0];
    const match = best ? item.candidates.find((candidate) => candidate.score >= best.score * MATCH_SHARE && supportable(item.claim, candidate) && states(item.claim, candidate)) : undefined;
    if (match) {
      const sure = confident(item.claim, match, item.candidates.filter((candidate) => !states(item.claim, candidate)), true);
      bindings.set(item.claim, { candidates: item.candidates, chosen: match, confident: sure });
      taken.add(match.fact.id);
    } else open.push(item);
  }
  // Then each other figure against its best fact not yet accounted for, nearest first.
  open.sort((a, b) => (b.candidates[0]?.score ?? 0) - (a.candidates[0]?.score ?? 0));
  for (const { claim, candidates } of open) {
    const paired = inOrder?.get(claim);
    const top = candidates[0];
    // The best fact not yet accounted for in the sentence, if it fits about as well as the best of all.
    const free = candidates.find((candidate) => !taken.has(candidate.fact.id));
    const best = paired !== undefined ? candidates.find((candidate) => candidate.fact.id === paired) : inOrder ? undefined : free && top && free.score >= top.score * RIVAL_SHARE ? free : undefined;
    const chosen = best && !taken.has(best.fact.id) ? best : undefined;
    if (!chosen || !supportable(claim, chosen)) {
      bindings.set(claim, { candidates, confident: false });
      continue;
    }
    taken.add(chosen.fact.id);
    bindings.set(claim, { candidates, chosen, confident: confident(claim, chosen, paired !== undefined ? [] : candidates) });
  }
  return bindings;
}
