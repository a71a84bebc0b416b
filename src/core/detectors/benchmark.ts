// Benchmark claims: a measured figure of a chip, model, company, country or market — shares, scores,
// specifications and counts.
import { halfStep, makeFigure, NUMBER, NUMBER_WORD, numberWordValue, parseNumber, qualifierBefore, scaleOf } from '../text/figures.ts';
import type { Qualifier } from '../types.ts';
import type { Detector, UnitClaim, UnitView } from './detector.ts';

const EDGE = String.raw`(?<![\p{L}\p{N}$€£¥.,/#§\[(])`;
const PERCENT_UNIT = String.raw`%|percent|per cent|percentage points?|pp`;
const PERCENT = new RegExp(
  String.raw`${EDGE}(?<a>${NUMBER})(?:\s?(?:%|percent)?${String.raw`\s?(?:-|–|to)\s?`}(?<b>${NUMBER}))?\s?(?<unit>${PERCENT_UNIT})(?![\p{L}\p{N}])`,
  'giu',
);
const SPEC_UNITS: Record<string, string> = {
  'GB/s': 'GB/s', 'TB/s': 'TB/s', GB: 'GB', TB: 'TB', TFLOPS: 'TFLOPS', PFLOPS: 'PFLOPS', EFLOPS: 'EFLOPS',
  teraflops: 'TFLOPS', petaflops: 'PFLOPS', exaflops: 'EFLOPS', W: 'W', watts: 'W', kW: 'kW', MW: 'MW', GW: 'GW',
  megawatts: 'MW', gigawatts: 'GW',
};
const SPEC = new RegExp(
  String.raw`${EDGE}(?<a>${NUMBER})\s?(?<unit>GB\/s|TB\/s|GB|TB|TFLOPS|PFLOPS|EFLOPS|teraflops|petaflops|exaflops|kW|MW|GW|W|watts|megawatts|gigawatts)(?![\p{L}\p{N}/])`,
  'gu',
);
const SCORE = new RegExp(String.raw`(?:\b(?:rating|score|Elo)(?: of)?|\bscored)\s(?<a>${NUMBER})(?![\p{N}%]|\s?(?:%|percent))`, 'giu');
const PERCENTILE = new RegExp(String.raw`${EDGE}(?<a>${NUMBER})(?:st|nd|rd|th)?\s+percentile\b`, 'giu');
const SCALED_COUNT = new RegExp(String.raw`${EDGE}(?<a>${NUMBER})\s(?<scale>thousand|million|billion|trillion)(?![\p{L}])`, 'gu');
const BARE_COUNT = new RegExp(String.raw`${EDGE}(?:(?<a>${NUMBER})(?<plus>\+)?|\b(?<word>${NUMBER_WORD})\b)(?![\p{L}\p{N}]|[.,]\d|-\d)`, 'giu');
const MONTHS = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTHS})\.?\s$`);
const MONTH_AFTER = new RegExp(String.raw`^\s(?:${MONTHS})\b`);

function figureClaim(view: UnitView, match: RegExpMatchArray, unit: string, options: { high?: string; scale?: number; qualifier?: Qualifier } = {}): UnitClaim {
  const written = match.groups?.a ?? '';
  const scale = options.scale ?? 1;
  const at = match.index ?? 0;
  return {
    kind: 'benchmark',
    from: at,
    to: at + match[0].length,
    figure: makeFigure({
      low: parseNumber(written) * scale,
      high: options.high !== undefined ? parseNumber(options.high) * scale : undefined,
      step: halfStep(options.high ?? written) * scale,
      qualifier: options.qualifier ?? qualifierBefore(view.text, at),
      unit,
      scale: '',
    }),
  };
}

/** A bare number that is a year, a date, a version or a label rather than a count. */
function isLabel(view: UnitView, at: number, end: number, written: string): boolean {
  if (/^(?:19|20)\d\d$/.test(written)) return true;
  const before = view.text.slice(Math.max(0, at - 16), at);
  const after = view.text.slice(end, end + 12);
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  // "Tier 2", "Qwen 2.5", "Part 740": a capitalised word right before names a thing, not a count.
  if (/(?:^|[^\p{L}'’])\p{Lu}[\p{L}\p{N}-]*\s$/u.test(before) && !/^\s*(?:of|out of)\b/.test(after)) return true;
  // "the past 10 years", "30 days": a span of time, not a count of things.
  if (/^\s(?:years?|months?|weeks?|days?|decades?|centuries)\b/.test(after)) return true;
  return /^\s?(?:st|nd|rd|th)\b/.test(after) || /[-–]\s?$/.test(before);
}

export const benchmarkDetector: Detector = {
  kind: 'benchmark',
  detect(view: UnitView): UnitClaim[] {
    const claims: UnitClaim[] = [];
    for (const match of view.text.matchAll(PERCENT)) {
      const unit = /point|pp/i.test(match.groups?.unit ?? '') ? 'percentage-points' : 'percent';
      claims.push(figureClaim(view, match, unit, { high: match.groups?.b }));
    }
    for (const match of view.text.matchAll(SPEC)) claims.push(figureClaim(view, match, SPEC_UNITS[match.groups?.unit ?? ''] ?? 'count'));
    for (const match of view.text.matchAll(PERCENTILE)) claims.push(figureClaim(view, match, 'percentile'));
    for (const match of view.text.matchAll(SCORE)) {
      const number = match.groups?.a ?? '';
      const at = (match.index ?? 0) + match[0].length - number.length;
      claims.push({ ...figureClaim(view, match, 'score'), from: at, to: at + number.length });
    }
    for (const match of view.text.matchAll(SCALED_COUNT)) {
      claims.push(figureClaim(view, match, 'count', { scale: scaleOf(match.groups?.scale) }));
    }
    for (const match of view.text.matchAll(BARE_COUNT)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const written = match.groups?.a;
      if (written !== undefined && isLabel(view, at, end, written)) continue;
      const value = written !== undefined ? parseNumber(written) : numberWordValue(match.groups?.word ?? '');
      if (value === undefined) continue;
      const qualifier: Qualifier = match.groups?.plus ? 'at-least' : qualifierBefore(view.text, at);
      claims.push({
        kind: 'benchmark',
        from: at,
        to: end,
        needsFact: true,
        figure: makeFigure({ low: value, step: written !== undefined ? halfStep(written) : 0.5, qualifier, unit: 'count', scale: '' }),
      });
    }
    return claims;
  },
};
