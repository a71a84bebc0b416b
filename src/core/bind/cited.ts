// A claim the author cited a fact for (`<!-- memocheck-fact: ID -->` right after it): bound to that fact alone, as
// confidently as the author says, with no evidence read from the sentence.
import type { Dataset } from '../dataset/dataset.ts';
import { chainOf } from '../judge/timeline.ts';
import type { LoadedFact } from '../types.ts';
import type { Binding } from './assign.ts';
import type { Candidate } from './evidence.ts';

export function citedBinding(fact: LoadedFact, dataset: Dataset): Binding | undefined {
  const entity = dataset.entities.of(fact);
  if (!entity) return undefined;
  const candidate: Candidate = {
    fact,
    entity,
    subject: 'named',
    metric: 1,
    keywordDistance: 0,
    keywordInClause: true,
    ownKeyword: true,
    discriminating: true,
    subjectScore: 1,
    subjectInClause: true,
    firstKeyword: 0,
    near: [],
    timeline: chainOf(fact, dataset),
    unitOnly: true,
    rivalled: false,
    otherMetric: false,
    frameFits: true,
    givenAsOther: false,
    otherYear: false,
    score: 1,
  };
  return { candidates: [candidate], chosen: candidate, confident: true };
}
