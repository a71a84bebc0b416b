// Judges amount and benchmark claims against the facts their sentence binds them to. Precision first: a figure is
// contradicted or outdated only on a confident binding; otherwise it is unverified, naming the closest fact.
import type { ChunkClaim } from '../analyze.ts';
import type { Binding } from '../bind/assign.ts';
import { mentionsOf } from '../bind/mentions.ts';
import type { Candidate } from '../bind/evidence.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { Disagreement, Figure, LoadedFact, SeriesGap, Source, Verdict } from '../types.ts';
import { describeValue, rewriteInStyle } from './format.ts';
import { sentenceIndexAt, tokenIndexAt } from '../text/tokens.ts';
import { bestRank, onlyMemos, sourceTag } from './sources.ts';
import { chainOf, linkAt, linkMaybeStillInForce } from './timeline.ts';
import { agrees, intersects, readFact, seriesPoint, type Reference } from './values.ts';

export interface Judgement {
  verdict: Verdict;
  fact?: LoadedFact;
  message: string;
  sources: Source[];
  expected?: string;
  /** The claimed and the reference value in words ("not Tier 1", "Tier 2"; "90.8%"), for the hover. */
  claimed?: string;
  reference?: string;
  /** What an unverified figure is about when its sentence names a known subject and a measured thing, for comparing
   * memos (consistency.ts): a key, and the words that say it. */
  about?: { key: string; label: string };
}

function subjectOf(fact: LoadedFact): string {
  if (!fact.metric) return fact.subject.name;
  // "DeepSeek-R1's MMLU (pass@1)", "the Emirates' stake".
  return `${fact.subject.name}${/s$/i.test(fact.subject.name) ? "'" : "'s"} ${fact.metric.name}`;
}

const BOUND_WORDS: Record<string, string> = { 'at-most': 'up to ', 'at-least': 'over ', approximate: 'about ' };

/** The reference value, with the fact's own when it was converted; how it was converted is the hover's to tell. */
function referenceText(fact: LoadedFact, reference: Reference, dataset: Dataset): string {
  const value = (BOUND_WORDS[fact.bound ?? ''] ?? '') + describeValue(reference.value, reference.unit ?? fact.unit, reference.currency, dataset.lexicon);
  const original = reference.currency !== undefined && reference.currency !== fact.currency && fact.value !== undefined
    ? ` (${describeValue(fact.value, undefined, fact.currency, dataset.lexicon)})`
    : '';
  return `${value}${original}`;
}

function sourcesOf(fact: LoadedFact, reference?: Reference): Source[] {
  return seriesPoint(fact, reference?.date)?.sources ?? fact.sources;
}

function withExpected(judgement: Judgement, text: string, figure: Figure, reference: Reference): Judgement {
  // The reference value in the claim's own style ("$47.5 billion" for "$50 billion"): what the fix writes.
  const expected = rewriteInStyle(text, figure, reference.value);
  return expected === undefined || expected === text ? judgement : { ...judgement, expected };
}

/** Words just before the figure ("the previous cap of") place it before the latest change. */
function statedAsPast(claim: ChunkClaim, dataset: Dataset): boolean {
  const { tokens } = claim.view;
  const at = tokenIndexAt(tokens, claim.from);
  const before = tokens.slice(Math.max(0, at - 4), at);
  return before.some((token) => dataset.lexicon.pastMarkers.has(token.norm));
}

export interface FigureValues {
  fact: LoadedFact;
  current?: Reference;
  /** The claim's date is past what the series covers. */
  stale: boolean;
  /** The claim's date falls in a stretch with no verified value. */
  gap?: SeriesGap;
  /** Earlier values of the same fact or of the facts it replaced, oldest first, with the fact each belongs to. */
  earlier: { fact: LoadedFact; reference: Reference }[];
  /** Values of the series dated after the claim's date. */
  later: Reference[];
}

const valuesCache = new WeakMap<Dataset, WeakMap<ChunkClaim, Map<string, FigureValues | undefined>>>();

/** The value a figure is judged against as of a date, and the values that held before it: read once per claim, fact
 * and date, as binding asks it of every candidate and judging asks it again of the chosen one. */
export function valuesFor(claim: ChunkClaim, fact: LoadedFact, asOf: string, dataset: Dataset): FigureValues | undefined {
  let byClaim = valuesCache.get(dataset);
  if (!byClaim) valuesCache.set(dataset, (byClaim = new WeakMap()));
  let byFact = byClaim.get(claim);
  if (!byFact) byClaim.set(claim, (byFact = new Map()));
  const key = `${fact.id}\u0000${asOf}`;
  if (!byFact.has(key)) byFact.set(key, readValues(claim, fact, asOf, dataset));
  return byFact.get(key);
}

function readValues(claim: ChunkClaim, fact: LoadedFact, asOf: string, dataset: Dataset): FigureValues | undefined {
  const figure = claim.figure;
  if (!figure) return undefined;
  const chain = chainOf(fact, dataset);
  const link = linkAt(chain, asOf, statedAsPast(claim, dataset));
  const reading = readFact(link, figure, asOf, dataset.lexicon);
  if (!reading) return undefined;
  const earlier: FigureValues['earlier'] = [];
  for (const older of chain.slice(0, chain.indexOf(link))) {
    const value = readFact(older, figure, asOf, dataset.lexicon)?.current;
    if (value) earlier.push({ fact: older, reference: value });
  }
  for (const point of reading.all) if (point !== reading.current && (point.date ?? '') < (reading.current?.date ?? '')) earlier.push({ fact: link, reference: point });
  const later = reading.all.filter((point) => (point.date ?? '') > (reading.current?.date ?? ''));
  const values: FigureValues = { fact: link, earlier, later, stale: reading.stale ?? false };
  if (reading.current) values.current = reading.current;
  if (reading.gap) values.gap = reading.gap;
  return values;
}

/** Whether the figure states the fact's value, now or earlier, as a point: a figure below an "up to" bound agrees
 * with it but does not single it out. Such a figure is taken to speak of that fact. */
export function equalsAtAnyTime(claim: ChunkClaim, fact: LoadedFact, asOf: string, dataset: Dataset): boolean {
  const figure = claim.figure;
  const values = figure ? valuesFor(claim, fact, asOf, dataset) : undefined;
  if (!figure || !values) return false;
  const all = [...(values.current ? [values.current] : []), ...values.earlier.map(({ reference }) => reference)];
  return all.some((reference) => intersects(figure.point, reference.point));
}

/** A figure that states the value a change replaced, dated within the month (or year) the change is dated to: either
 * value may have held that day, so the figure is not outdated. */
function maybeStillInForce(claim: ChunkClaim, link: LoadedFact, asOf: string, dataset: Dataset): Judgement | undefined {
  const figure = claim.figure;
  const earlier = linkMaybeStillInForce(chainOf(link, dataset), link, asOf);
  const value = earlier && figure ? readFact(earlier, figure, asOf, dataset.lexicon)?.current : undefined;
  if (!earlier || !figure || !value || !agrees(figure, earlier, value) || namesTheChange(claim, link, earlier, dataset)) return undefined;
  const sources = sourcesOf(earlier, value);
  return {
    verdict: 'supported',
    fact: earlier,
    message: `${claim.view.text.slice(claim.from, claim.to)} matches ${subjectOf(earlier)} before its change of ${link.date}, ${referenceText(earlier, value, dataset)}, in force on the memo's date${sourceTag(sources)}`,
    sources,
    reference: referenceText(earlier, value, dataset),
  };
}

/** Whether the figure's sentence uses a keyword only the newer value has ("raised to"): it speaks of the change. */
function namesTheChange(claim: ChunkClaim, newer: LoadedFact, older: LoadedFact, dataset: Dataset): boolean {
  const olderKeywords = new Set(older.metric?.keywords ?? []);
  const sentence = claim.view.sentences[sentenceIndexAt(claim.view.sentences, claim.from)] ?? { from: 0, to: claim.view.text.length };
  return mentionsOf(claim.view, dataset).keywords.some(({ from, payload }) => {
    const start = claim.view.tokens[from]?.start ?? -1;
    return payload.facts.includes(newer) && !olderKeywords.has(payload.keyword) && start >= sentence.from && start < sentence.to;
  });
}

/** A figure that states a fact's value: supported, unless a stronger source disagrees with that value (disputed, with
 * both sides) or only a memo reports it and a recorded disagreement questions it (unverified: a memo cannot vouch for
 * its own figure). */
function matched(text: string, fact: LoadedFact, current: Reference, dataset: Dataset): Judgement {
  const sources = sourcesOf(fact, current);
  const reference = referenceText(fact, current, dataset);
  const stated = `${subjectOf(fact)}, ${reference} as of ${current.date ?? fact.date}`;
  const rank = bestRank(sources);
  // A disagreement counts when it names the fact holding the other value: a note alone may say no source was found.
  const stronger = (fact.disagreements ?? []).find((disagreement) => disagreeingFact(disagreement, dataset) && bestRank(disagreementSources(disagreement, dataset)) < rank);
  if (stronger) {
    const other = disagreementSources(stronger, dataset);
    const otherFact = disagreeingFact(stronger, dataset);
    const otherValue = otherFact?.value === undefined ? '' : ` (${subjectOf(otherFact)}: ${BOUND_WORDS[otherFact.bound ?? ''] ?? ''}${describeValue(otherFact.value, otherFact.unit, otherFact.currency, dataset.lexicon)})`;
    return {
      verdict: 'disputed',
      fact,
      message: `${text} matches ${stated} as ${firstPublisher(sources)} reports it; a stronger source disagrees${otherValue}${sourceTag(other)}`,
      sources: [...other, ...sources],
      reference,
    };
  }
  const questioned = fact.disagreements?.[0];
  if (questioned && onlyMemos(sources)) {
    return { verdict: 'unverified', fact, message: `${text}: only ${firstPublisher(sources)} reports ${stated}, and nothing else confirms it`, sources, reference };
  }
  return { verdict: 'supported', fact, message: `${text} matches ${stated}${sourceTag(sources)}`, sources, reference };
}

const firstPublisher = (sources: readonly Source[]): string => sources[0]?.publisher ?? 'the dataset';

/** A figure that differs from the fact but states the value of a recorded disagreement ("registered capital of 138.7
 * billion", which Reuters gives and Yicai does not): the sources disagree, so the figure is disputed, not wrong. */
function disputedBy(text: string, figure: Figure, fact: LoadedFact, current: Reference, asOf: string, dataset: Dataset): Judgement | undefined {
  for (const disagreement of fact.disagreements ?? []) {
    const other = disagreeingFact(disagreement, dataset);
    const value = other ? readFact(other, figure, asOf, dataset.lexicon)?.current : undefined;
    if (!other || !value || !agrees(figure, other, value)) continue;
    const theirs = disagreementSources(disagreement, dataset);
    const ours = sourcesOf(fact, current);
    return {
      verdict: 'disputed',
      fact,
      message: `${text} is what ${firstPublisher(theirs)} gives for ${subjectOf(other)}; ${firstPublisher(ours)} gives ${referenceText(fact, current, dataset)}`,
      sources: [...ours, ...theirs],
      reference: referenceText(fact, current, dataset),
    };
  }
  return undefined;
}

/** The fact that holds a disagreement's other value, when it names one that is loaded. */
const disagreeingFact = (disagreement: Disagreement, dataset: Dataset): LoadedFact | undefined =>
  disagreement.fact === undefined ? undefined : dataset.facts.get(disagreement.fact);

/** A disagreement's sources: its own, or those of the fact that holds its value. */
function disagreementSources(disagreement: Disagreement, dataset: Dataset): Source[] {
  return [...(disagreement.sources ?? []), ...(disagreeingFact(disagreement, dataset)?.sources ?? [])];
}

function unverified(text: string, candidates: readonly Candidate[]): Judgement {
  const nearest = candidates[0]?.fact;
  const hint = nearest ? `; the closest, ${subjectOf(nearest)}, may not be what it speaks of` : '';
  return { verdict: 'unverified', message: `No reference fact for ${text}${hint}`, sources: [] };
}

export function judgeFigure(claim: ChunkClaim, text: string, asOf: string, dataset: Dataset, binding: Binding): Judgement | undefined {
  const figure = claim.figure;
  const chosen = binding.chosen;
  if (!figure || !chosen) return claim.needsFact ? undefined : unverified(text, binding.candidates);
  const values = valuesFor(claim, chosen.fact, asOf, dataset);
  const { current } = values ?? {};
  if (!values || !current) {
    if (claim.needsFact) return undefined;
    return { verdict: 'unverified', fact: chosen.fact, message: `${text}: ${subjectOf(chosen.fact)} has no value as of ${asOf} to compare with`, sources: chosen.fact.sources };
  }
  const fact = values.fact;
  const stillInForce = maybeStillInForce(claim, fact, asOf, dataset);
  if (stillInForce) return stillInForce;
  if (values.gap) {
    if (claim.needsFact && !binding.confident) return undefined;
    const why = values.gap.note ? `: ${values.gap.note.trim().replace(/\.$/, '')}` : '';
    return { verdict: 'unverified', fact, message: `${text}: the dataset has no verified value of ${subjectOf(fact)} between ${values.gap.from} and ${values.gap.to}${why}`, sources: fact.sources };
  }
  if (agrees(figure, fact, current)) return matched(text, fact, current, dataset);
  if (!binding.confident) return claim.needsFact ? undefined : unverified(text, binding.candidates);
  if (values.stale) {
    if (claim.needsFact) return undefined;
    return { verdict: 'unverified', fact, message: `${text}: the dataset's latest value of ${subjectOf(fact)} is from ${current.date ?? fact.date}, well before ${asOf}`, sources: fact.sources };
  }
  const otherSide = disputedBy(text, figure, fact, current, asOf, dataset);
  if (otherSide) return otherSide;
  // A value the series holds for a later date: the claim's date may be wrong, not its figure.
  const ahead = values.later.find((point) => agrees(figure, fact, point));
  if (ahead) {
    if (claim.needsFact) return undefined;
    return { verdict: 'unverified', fact, message: `${text} is the ${ahead.date} value of ${subjectOf(fact)}, later than the claim's date ${asOf}`, sources: sourcesOf(fact, ahead) };
  }
  const older = values.earlier.filter(({ fact: owner, reference }) => agrees(figure, owner, reference)).at(-1);
  if (figure.startsChange) {
    // "fell from 9.26% to 1.70%": the first figure is a past value; which past is not said, so a miss proves nothing.
    if (!older) return claim.needsFact ? undefined : unverified(text, binding.candidates);
    const sources = sourcesOf(older.fact, older.reference);
    const reference = referenceText(older.fact, older.reference, dataset);
    return { verdict: 'supported', fact: older.fact, message: `${text} matches the ${older.reference.date ?? older.fact.date} value of ${subjectOf(older.fact)}, ${reference}, where the change it states begins${sourceTag(sources)}`, sources, reference };
  }
  const sources = sourcesOf(fact, current);
  if (older) {
    const when = older.fact === fact ? `the ${older.reference.date ?? fact.date} value` : `the value before ${fact.date}`;
    return withExpected({
      verdict: 'outdated',
      fact,
      message: `${text} is ${when} of ${subjectOf(fact)}; as of ${asOf} it is ${referenceText(fact, current, dataset)} (${current.date ?? fact.date})${sourceTag(sources)}`,
      sources,
      reference: referenceText(fact, current, dataset),
    }, text, figure, current);
  }
  return withExpected({
    verdict: 'contradicted',
    fact,
    message: `${text}: ${subjectOf(fact)} is ${referenceText(fact, current, dataset)} as of ${current.date ?? fact.date}${sourceTag(sources)}`,
    sources,
    reference: referenceText(fact, current, dataset),
  }, text, figure, current);
}
