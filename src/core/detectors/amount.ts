// Amount claims: the value of a deal, fund, loan, grant, cost or market, in a currency.
import { halfStep, makeFigure, NUMBER, parseNumber, qualifierBefore, SCALE, scaleOf } from '../text/figures.ts';
import type { Detector, UnitClaim, UnitView } from './detector.ts';

const PREFIX = String.raw`US\$|U\.S\.\s?\$|USD\s?|\$|€|EUR\s?|£|GBP\s?|¥|RMB\s?|CNY\s?|JPY\s?|Y(?=\d)`;
const SUFFIX = String.raw`(?:US |U\.S\. )?dollars?|euros?|pounds?(?: sterling)?|yuan|renminbi|RMB|CNY|USD|EUR|GBP|yen|JPY`;
const SCALED = (name: string): string => String.raw`(?:\s?(?<${name}>${SCALE})(?![\p{L}\p{N}]))?`;
const TO = String.raw`\s?(?:-|–|—|to)\s?`;

const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}$€£¥])(?:` +
    String.raw`(?<pre>${PREFIX})(?<a>${NUMBER})${SCALED('as')}(?:${TO}(?:${PREFIX})?(?<b>${NUMBER})${SCALED('bs')})?(?:\s(?<post>${SUFFIX})(?![\p{L}]))?` +
    String.raw`|(?<c>${NUMBER})(?:${TO}(?<d>${NUMBER}))?${SCALED('cs')}\s(?<suffix>${SUFFIX})(?![\p{L}])` +
    ')',
  'giu',
);

const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\s?\$|USD|\$|(?:US |U\.S\. )?dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:¥|Y|RMB|CNY|yuan|renminbi)$/i, 'CNY'],
  [/^(?:JPY|yen)$/i, 'JPY'],
];

function currencyOf(written: string): string | undefined {
  const trimmed = written.trim();
  return CURRENCIES.find(([pattern]) => pattern.test(trimmed))?.[1];
}

export const amountDetector: Detector = {
  kind: 'amount',
  detect(view: UnitView): UnitClaim[] {
    const claims: UnitClaim[] = [];
    for (const match of view.text.matchAll(AMOUNT)) {
      const groups = match.groups ?? {};
      const style = groups.pre ?? groups.suffix ?? '';
      // A suffix after a prefixed figure ("$5 billion USD") names the currency more precisely than "$".
      const currency = currencyOf(groups.post ?? style);
      const first = groups.a ?? groups.c;
      if (!currency || first === undefined) continue;
      const second = groups.b ?? groups.d;
      const scaleWord = groups.bs ?? groups.as ?? groups.cs ?? '';
      const firstScale = scaleOf(groups.as ?? groups.cs ?? scaleWord);
      const secondScale = scaleOf(scaleWord);
      const low = parseNumber(first) * firstScale;
      const high = second !== undefined ? parseNumber(second) * secondScale : undefined;
      if (!Number.isFinite(low) || (high !== undefined && high < low)) continue;
      claims.push({
        kind: 'amount',
        from: match.index,
        to: match.index + match[0].length,
        figure: makeFigure({
          low,
          high,
          step: halfStep(second ?? first) * (second !== undefined ? secondScale : firstScale),
          qualifier: qualifierBefore(view.text, match.index),
          unit: currency,
          scale: scaleWord,
        }),
      });
    }
    return claims;
  },
};
