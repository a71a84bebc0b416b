// Writes reference values for people: in messages ("US$47.5 billion") and, for quick fixes, in the claim's
// own style ("$47.5 billion" where the memo wrote "$37.5 billion").
import type { Lexicon } from '../lexicon/lexicon.ts';
import { NUMBER } from '../text/figures.ts';
import type { Figure } from '../types.ts';

/** Built once: a number formatter is costly to create, and messages are written for every claim. */
const FORMATS = {
  grouped: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: true }),
  plain: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: false }),
};

/** Formatted numbers, kept per style: messages format the same fact values over and over, and formatting is slow. */
const formatted = { grouped: new Map<number, string>(), plain: new Map<number, string>() };
const FORMATTED_KEPT = 4096;

function trimNumber(value: number, grouping: boolean): string {
  const style = grouping ? 'grouped' : 'plain';
  const kept = formatted[style];
  let text = kept.get(value);
  if (text === undefined) {
    if (kept.size >= FORMATTED_KEPT) kept.clear();
    text = FORMATS[style].format(Number(value.toPrecision(12)));
    kept.set(value, text);
  }
  return text;
}

function largeScale(value: number): { divisor: number; word: string } {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e12) return { divisor: 1e12, word: ' trillion' };
  if (magnitude >= 1e9) return { divisor: 1e9, word: ' billion' };
  if (magnitude >= 1e6) return { divisor: 1e6, word: ' million' };
  return { divisor: 1, word: '' };
}

/** A value as a message shows it: "US$47.5 billion", "60%", "2,029", "3.35 TB/s". */
/** How a one-line message names a subject: its first alias when that is shorter than its full name ("AI Diffusion
 * Rule" for the "Framework for Artificial Intelligence Diffusion"); the hover gives the full name. */
export function shortName(subject: { name: string; aliases?: readonly string[] }): string {
  const first = subject.aliases?.[0];
  return first !== undefined && first.length < subject.name.length ? first : subject.name;
}

export function describeValue(value: number, unit: string | undefined, currency: string | undefined, lexicon: Lexicon): string {
  if (currency !== undefined) {
    const { divisor, word } = largeScale(value);
    return `${lexicon.currencyLabel(currency)}${trimNumber(value / divisor, true)}${word}`;
  }
  if (unit === 'count') {
    const { divisor, word } = largeScale(value);
    return `${trimNumber(value / divisor, true)}${word}`;
  }
  const label = unit === undefined ? '' : lexicon.unitLabel(unit);
  return `${trimNumber(value, true)}${label}`;
}

/** The claim's text with its number replaced by the reference value, scaled as the claim was. */
export function rewriteInStyle(claimText: string, figure: Figure, value: number): string | undefined {
  if (figure.qualifier === 'range') return undefined;
  const number = new RegExp(NUMBER).exec(claimText);
  if (!number) return undefined;
  const written = number[0];
  const scale = figure.factor;
  const replacement = trimNumber(value / scale, written.includes(',') || value / scale >= 10000);
  return claimText.slice(0, number.index) + replacement + claimText.slice(number.index + written.length);
}
