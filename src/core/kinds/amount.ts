// Amount claims: the value of a deal, fund, investment, loan, grant, cost or market, in a currency.
import { detectAmounts } from '../detectors/amount.ts';
import { figureFactProblems } from './figure-facts.ts';
import type { ClaimKindModule } from './kind.ts';

export const amountKind = {
  kind: 'amount',
  description: 'The value of a deal, fund, investment, loan, grant, cost or market.',
  detect: detectAmounts,
  judge: 'figures',
  factProblems: figureFactProblems,
} as const satisfies ClaimKindModule;
