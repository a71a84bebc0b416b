// What every fact judged as a figure needs: a value or a dated series.
import type { Fact } from '../types.ts';
import type { FactProblem } from './kind.ts';

export function figureFactProblems(fact: Fact): FactProblem[] {
  return fact.value === undefined && fact.series === undefined ? [{ path: [], message: `a ${fact.kind} fact needs "value" or "series"` }] : [];
}
