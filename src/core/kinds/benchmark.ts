// Benchmark claims: a measured figure of a chip, model, company, country or market — shares, scores, specifications
// and counts.
import { detectBenchmarks } from '../detectors/benchmark.ts';
import { figureFactProblems } from './figure-facts.ts';
import type { ClaimKindModule } from './kind.ts';

export const benchmarkKind = {
  kind: 'benchmark',
  description: 'A measured figure of a chip, model, company, country or market.',
  detect: detectBenchmarks,
  judge: 'figures',
  factProblems: figureFactProblems,
} as const satisfies ClaimKindModule;
