// Figures as values: the digits, their precision, the qualifier before them ("about", "up to") and the range they allow.
import type { Figure, Interval, Qualifier } from '../types.ts';

export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

export function parseNumber(written: string): number {
  return Number(written.replace(/,/g, ''));
}

/** Half the place value of the last digit written: "47.5" → 0.05, "300" → 0.5. */
export function halfStep(written: string): number {
  const decimals = written.includes('.') ? (written.split('.')[1]?.length ?? 0) : 0;
  return 0.5 * 10 ** -decimals;
}

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:\b(?:up to|as much as|as many as|at most|no more than|under|less than|fewer than|below|max|maximum|capped at)|≤)\s*$/i, 'at-most'],
  [/(?:\b(?:over|more than|at least|upwards of|in excess of|exceeding|above|no less than|min|minimum)|≥)\s*$/i, 'at-least'],
  [/\b(?:nearly|almost|close to|just under)\s*$/i, 'nearly'],
  [/(?:\b(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|c\.)|~|≈)\s*$/i, 'approximate'],
];

/** The qualifier written just before a figure, if any. */
export function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 24), at);
  for (const [pattern, qualifier] of QUALIFIERS) if (pattern.test(before)) return qualifier;
  return 'exact';
}

/** A rounding step excuses at most this share of the figure: "$2 billion" is not a rounding of $1.5 billion. */
export const MAX_ROUNDING = 0.2;

/** The values a figure allows, from its qualifier and the precision it was written with. */
export function allowedRange(low: number, high: number, step: number, qualifier: Qualifier): Interval {
  const lowStep = Math.min(step, MAX_ROUNDING * Math.abs(low));
  const highStep = Math.min(step, MAX_ROUNDING * Math.abs(high));
  switch (qualifier) {
    case 'approximate':
      return { low: Math.min(low * 0.9, low - lowStep), high: Math.max(high * 1.1, high + highStep) };
    case 'nearly':
      return { low: Math.min(low * 0.9, low - lowStep), high: high + highStep };
    case 'at-least':
      return { low: low - lowStep, high: Number.POSITIVE_INFINITY };
    case 'at-most':
      return { low: Number.NEGATIVE_INFINITY, high: high + highStep };
    default:
      return { low: low - lowStep, high: high + highStep };
  }
}

export interface FigureParts {
  low: number;
  high?: number;
  /** Half the place value of the last digit, already scaled. */
  step: number;
  qualifier: Qualifier;
  unit: string;
  scale: string;
  /** What the scale word or suffix multiplies by (1e9 for "billion", "bn", "B"). */
  factor?: number;
  startsChange?: boolean;
}

export function makeFigure(parts: FigureParts): Figure {
  const high = parts.high ?? parts.low;
  const qualifier: Qualifier = parts.high !== undefined && parts.qualifier === 'exact' ? 'range' : parts.qualifier;
  return {
    value: parts.low,
    allowed: allowedRange(parts.low, high, parts.step, parts.qualifier),
    point: allowedRange(parts.low, high, parts.step, 'exact'),
    qualifier,
    unit: parts.unit,
    scale: parts.scale,
    factor: parts.factor ?? 1,
    ...(parts.startsChange ? { startsChange: true } : {}),
  };
}
