// Amount claims: the value of a deal, fund, loan, grant, cost or market, in a currency the lexicon knows. A scaled
// figure with no currency ("344 billion", "36 billion.") after an amount in the same section takes that amount's
// currency, unless a noun follows that it counts ("36 billion people").
import { makeFigure } from '../text/figures.ts';
import type { ScannedFigure } from '../text/scan-figures.ts';
import { countsANoun } from './counted-noun.ts';
import type { Detector, UnitClaim, UnitView } from './detector.ts';


export function amountOf(view: UnitView, figure: ScannedFigure, currencyBefore: string | undefined): UnitClaim | undefined {
  const carried = figure.currency === undefined && figure.unit === undefined && figure.scale.length > 1 && !figure.inWords && currencyBefore !== undefined && !countsANoun(view, figure);
  const currency = figure.currency ?? (carried ? currencyBefore : undefined);
  if (currency === undefined || !Number.isFinite(figure.low) || (figure.high !== undefined && figure.high < figure.low)) return undefined;
  return {
    kind: 'amount',
    from: figure.from,
    to: figure.to,
    figure: makeFigure({ low: figure.low, high: figure.high, step: figure.step, qualifier: figure.qualifier, unit: currency, scale: figure.scale }),
  };
}

export const amountDetector: Detector = {
  kind: 'amount',
  detect(view: UnitView): UnitClaim[] {
    const claims: UnitClaim[] = [];
    let currency = view.context.currency;
    for (const figure of view.figures) {
      const claim = amountOf(view, figure, currency);
      if (!claim) continue;
      claims.push(claim);
      currency = claim.figure?.unit;
    }
    return claims;
  },
};
