// Amount claims: the value of a deal, fund, loan, grant, cost or market, in a currency the lexicon knows. A scaled
// figure with no currency ("344 billion", "36 billion.") after an amount in the same section takes that amount's
// currency, unless a noun follows that it counts ("36 billion people") or its sentence last counted something
// ("671 billion parameters, of which 37 billion are active").
import { makeFigure } from '../text/figures.ts';
import { sentenceIndexAt } from '../text/tokens.ts';
import type { ScannedFigure } from '../text/scan-figures.ts';
import { countsANoun } from './counted-noun.ts';
import type { UnitClaim, UnitView } from './detector.ts';

function amountOf(figure: ScannedFigure, currency: string): UnitClaim | undefined {
  if (!Number.isFinite(figure.low) || (figure.high !== undefined && figure.high < figure.low)) return undefined;
  return {
    kind: 'amount',
    from: figure.from,
    to: figure.to,
    figure: makeFigure({ low: figure.low, high: figure.high, step: figure.step, qualifier: figure.qualifier, unit: currency, scale: figure.scale, factor: figure.factor, startsChange: figure.startsChange }),
  };
}

const cache = new WeakMap<UnitView, Map<ScannedFigure, UnitClaim>>();
const readsSection = new WeakSet<UnitView>();

/** Whether a figure of the unit took the currency of the section before the unit: the unit then reads differently
 * after another section's amounts, and an analysis of it is reused only under the same currency. */
export const readsSectionCurrency = (view: UnitView): boolean => (amountsOf(view), readsSection.has(view));

/** The unit's amounts, by the figure each is read from. */
export function amountsOf(view: UnitView): Map<ScannedFigure, UnitClaim> {
  const cached = cache.get(view);
  if (cached) return cached;
  const amounts = new Map<ScannedFigure, UnitClaim>();
  let currency = view.context.currency;
  let fromSection = true;
  let lastScaled: { sentence: number; counted: boolean } | undefined;
  for (const figure of view.figures) {
    const sentence = sentenceIndexAt(view.sentences, figure.from);
    const bareScaled = figure.currency === undefined && figure.unit === undefined && figure.scale.length > 1 && !figure.inWords;
    const countedBefore = lastScaled?.sentence === sentence && lastScaled.counted;
    const written = figure.currency ?? (bareScaled && !countedBefore && !countsANoun(view, figure) ? currency : undefined);
    if (figure.scale !== '' || figure.currency !== undefined) lastScaled = { sentence, counted: written === undefined };
    if (written === undefined) continue;
    const claim = amountOf(figure, written);
    if (!claim) continue;
    if (figure.currency === undefined && fromSection) readsSection.add(view);
    if (figure.currency !== undefined) fromSection = false;
    amounts.set(figure, claim);
    currency = written;
  }
  cache.set(view, amounts);
  return amounts;
}

export const detectAmounts = (view: UnitView): UnitClaim[] => [...amountsOf(view).values()];
