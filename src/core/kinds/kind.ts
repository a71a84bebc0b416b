// What a claim kind is: one module that detects its claims in a unit of text, judges them, and describes itself
// (for SARIF rules, usage and docs). The registry in kinds/index.ts lists them; everything kind-specific lives here.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { UnitClaim, UnitView } from '../detectors/detector.ts';
import type { Judgement } from '../judge/verdict.ts';
import type { Fact } from '../types.ts';

export interface FactProblem {
  path: (string | number)[];
  message: string;
}

export interface ClaimKindModule {
  readonly kind: string;
  /** One sentence: what a claim of this kind states. */
  readonly description: string;
  detect(view: UnitView): UnitClaim[];
  /**
   * How a claim is judged: `figures` binds it with the other figures of its sentence to the dataset's facts (amounts
   * and benchmarks share that judge); a function judges it alone.
   */
  readonly judge: 'figures' | ((claim: ChunkClaim, text: string, dataset: Dataset) => Judgement | undefined);
  /** What a fact of this kind needs beyond the schema. */
  factProblems(fact: Fact): FactProblem[];
}
