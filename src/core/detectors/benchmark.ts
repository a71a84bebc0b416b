// Benchmark claims: a measured figure of a chip, model, company, country or market — shares, scores, specifications
// and counts. A figure with a unit or a scale word is always a claim; a bare number is one when it counts a noun and
// is large enough not to be a number in passing ("223 devices"), sits in a table's cell, or binds to a fact.
import { makeFigure } from '../text/figures.ts';
import type { ScannedFigure } from '../text/scan-figures.ts';
import type { Qualifier } from '../types.ts';
import { amountsOf } from './amount.ts';
import { countsANoun } from './counted-noun.ts';
import type { UnitClaim, UnitView } from './detector.ts';
import { isLabel, isMargin } from './labels.ts';
import { tableCellUnit } from './table-cells.ts';

const SCORE = /(?:\b(?:rating|score|Elo)(?: of)?|\bscored)\s$/i;
/** A bare count this large, written in digits before the noun it counts, is a claim of its own. */
const COUNT_CLAIM_MINIMUM = 100;

/** A unit figure right after a product's name is part of the name ("A100 40GB", "H100 80GB"). */
function namesAVariant(view: UnitView, figure: ScannedFigure): boolean {
  return /(?:^|\s)[\p{L}]+\d[\p{L}\p{N}-]*\s?$/u.test(view.text.slice(Math.max(0, figure.from - 16), figure.from)) && /^\s*(?:[,()|/]|$|and\b|or\b)/.test(view.text.slice(figure.to, figure.to + 6));
}


function claimOf(figure: ScannedFigure, unit: string, options: { needsFact?: boolean; qualifier?: Qualifier } = {}): UnitClaim {
  const claim: UnitClaim = {
    kind: 'benchmark',
    from: figure.from,
    to: figure.to,
    figure: makeFigure({ low: figure.low, high: figure.high, step: figure.step, qualifier: options.qualifier ?? figure.qualifier, unit, scale: figure.scale, factor: figure.factor, startsChange: figure.startsChange }),
  };
  if (options.needsFact) claim.needsFact = true;
  return claim;
}

function bareClaim(view: UnitView, figure: ScannedFigure): UnitClaim | undefined {
  const plus = view.text[figure.to] === '+';
  const qualifier: Qualifier = plus ? 'at-least' : figure.qualifier;
  // A number alone in a measuring column is a value even when it looks like a year ("| Codeforces rating | 2029 |").
  const cellUnit = tableCellUnit(view, figure);
  if (cellUnit !== undefined) return claimOf(figure, cellUnit, { qualifier });
  if (!figure.inWords && isLabel(view, figure.from, figure.to, figure.written)) return undefined;
  if (SCORE.test(view.text.slice(Math.max(0, figure.from - 16), figure.from))) return claimOf(figure, 'score', { qualifier });
  const counted = !figure.inWords && figure.low >= COUNT_CLAIM_MINIMUM && countsANoun(view, figure);
  return claimOf(figure, 'count', { needsFact: !counted, qualifier });
}

export function detectBenchmarks(view: UnitView): UnitClaim[] {
  const claims: UnitClaim[] = [];
  const amounts = amountsOf(view);
  for (const figure of view.figures) {
    if (amounts.has(figure) || figure.currency !== undefined) continue;
    if (isMargin(view, figure.from)) continue;
    if (figure.unit !== undefined) {
      if (!namesAVariant(view, figure)) claims.push(claimOf(figure, figure.unit));
      continue;
    }
    if (figure.scale !== '') {
      claims.push(claimOf(figure, 'count'));
      continue;
    }
    const bare = bareClaim(view, figure);
    if (bare) claims.push(bare);
  }
  return claims;
}
