// Whether a figure's unit can be compared with a fact's: the same unit, one of its dimension, or, for an amount, the
// fact's currency or one it records a conversion to. A percentage may state a gap in percentage points.
import type { Dataset } from '../dataset/dataset.ts';
import type { LoadedFact } from '../types.ts';

export function comparable(claimUnit: string, fact: LoadedFact, dataset: Dataset): boolean {
  if (fact.currency !== undefined) return fact.currency === claimUnit || (fact.conversions ?? []).some((conversion) => conversion.currency === claimUnit);
  const unit = fact.unit ?? '';
  if (claimUnit === unit) return true;
  // A score may be written as a bare number or a percentage.
  if (claimUnit === 'score') return unit === 'percent' || unit === 'percentile';
  // A gap between two shares is written in percent as often as in points ("the lead shrank to 0.3%").
  if (claimUnit === 'percent') return unit === 'percentage-points' || dataset.lexicon.sameDimension(claimUnit, unit);
  if (claimUnit === 'count') return unit === 'score';
  return dataset.lexicon.sameDimension(claimUnit, unit);
}
