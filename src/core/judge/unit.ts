// Judges the claims of one unit of text (a paragraph, heading or table row): each kind's own judge, or figures sentence
// by sentence, so the figures of a sentence are bound to facts together. Results are reused while the unit, the
// dataset, the memo's date and what the section named before the unit stay the same.
import type { ChunkClaim } from '../analyze.ts';
import { bindSentence, type Binding } from '../bind/assign.ts';
import { measuredWords } from '../bind/frame.ts';
import { citedBinding } from '../bind/cited.ts';
import { discourseBySentence, discourseKey, type Discourse } from '../bind/discourse.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { UnitView } from '../detectors/detector.ts';
import { kindModule } from '../kinds/index.ts';
import { claimDate } from '../text/dates.ts';
import { sentenceIndexAt } from '../text/tokens.ts';
import { equalsAtAnyTime, judgeFigure, type Judgement } from './verdict.ts';

export interface UnitClaimText {
  claim: ChunkClaim;
  /** The claim's text on one line, for messages. */
  text: string;
}

const cache = new WeakMap<UnitView, { dataset: Dataset; asOf: string; before: Discourse; discourse: string; judgements: Map<ChunkClaim, Judgement | undefined> }>();

/** An unverified figure's subject and measured thing, when its sentence names a subject the dataset knows and the
 * figure's own words name what it measures ("Harbour Fund ... committed capital of $2 billion"). */
function aboutOf(claim: ChunkClaim, binding: Binding, dataset: Dataset): Judgement['about'] {
  const named = binding.candidates.find((candidate) => candidate.subject === 'named');
  if (!named || !claim.figure) return undefined;
  const { words, heads } = measuredWords(claim, dataset);
  if (heads.size === 0) return undefined;
  return { key: [named.entity.key, [...heads].sort().join(' '), claim.figure.unit].join('\u0000'), label: `${named.entity.name}, ${[...words].join(' ')}` };
}

/** A figure judged against the fact its marker cites; a marker naming no loaded fact leaves it unverified, said so. */
function judgeCited({ claim, text }: UnitClaimText, asOf: string, dataset: Dataset): Judgement | undefined {
  const id = claim.citedFact ?? '';
  const fact = dataset.facts.get(id);
  const binding = fact && citedBinding(fact, dataset);
  if (!binding) return { verdict: 'unverified', message: `${text} cites fact ${id.slice(0, 100)}, which no loaded dataset has`, sources: [] };
  return judgeFigure(claim, text, asOf, dataset, binding);
}

export function judgeUnit(view: UnitView, claims: readonly UnitClaimText[], before: Discourse, memoAsOf: string, dataset: Dataset): Map<ChunkClaim, Judgement | undefined> {
  const cached = cache.get(view);
  const same = cached && cached.dataset === dataset && cached.asOf === memoAsOf;
  // The same discourse object (an unchanged section), else one that names the same entities.
  if (same && cached.before === before) return cached.judgements;
  const key = discourseKey(before);
  if (same && cached.discourse === key) {
    cached.before = before;
    return cached.judgements;
  }
  const judgements = new Map<ChunkClaim, Judgement | undefined>();
  const asOf = (claim: ChunkClaim): string => claimDate(claim, memoAsOf);
  const figures = new Map<number, UnitClaimText[]>();
  for (const item of claims) {
    const judge = kindModule(item.claim.kind)?.judge;
    if (judge === 'figures' && item.claim.citedFact !== undefined) {
      judgements.set(item.claim, judgeCited(item, asOf(item.claim), dataset));
      continue;
    }
    if (judge !== 'figures') {
      judgements.set(item.claim, judge?.(item.claim, item.text, dataset));
      continue;
    }
    const sentence = view.unit.role === 'tableRow' ? 0 : Math.max(0, sentenceIndexAt(view.sentences, item.claim.from));
    const list = figures.get(sentence) ?? [];
    list.push(item);
    figures.set(sentence, list);
  }
  const bySentence = figures.size > 0 ? discourseBySentence(before, view, dataset) : [];
  for (const [index, items] of figures) {
    const discourse = bySentence[index] ?? before;
    const bindings = bindSentence(
      items.map((item) => item.claim),
      dataset,
      discourse,
      (claim, candidate) => equalsAtAnyTime(claim, candidate.fact, asOf(claim), dataset),
    );
    for (const { claim, text } of items) {
      const binding = bindings.get(claim);
      const judgement = binding ? judgeFigure(claim, text, asOf(claim), dataset, binding) : undefined;
      const about = judgement?.verdict === 'unverified' && !judgement.fact && binding ? aboutOf(claim, binding, dataset) : undefined;
      judgements.set(claim, about && judgement ? { ...judgement, about } : judgement);
    }
  }
  cache.set(view, { dataset, asOf: memoAsOf, before, discourse: key, judgements });
  return judgements;
}
