// Writes reference values for people: in messages ("US$47.5 billion") and, for quick fixes, in the claim's
// own style ("$47.5 billion" where the memo wrote "$37.5 billion").
import type { Lexicon } from '../lexicon/lexicon.ts';
import { NUMBER } from '../text/figures.ts';
import type { Figure } from '../types.ts';

/** Formatted numbers, kept per style: messages format the same fact values over and over. */
const formatted = { grouped: new Map<number, string>(), plain: new Map<number, string>() };
const FORMATTED_KEPT = 4096;
/** From here up, a number's shortest form has an exponent: Intl writes such values. */
const TO_FIXED_LIMIT = 1e21;
let wideFormats: { grouped: Intl.NumberFormat; plain: Intl.NumberFormat } | undefined;

/** Thousands commas in a string of digits. */
function grouped(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return out;
}

/** A string of decimal digits plus one in its last place: "0999" gives "1000". */
function incremented(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits[at] === '9') at--;
  if (at < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, at) + String(Number(digits[at]) + 1) + '0'.repeat(digits.length - at - 1);
}

/**
 * A number as `Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })` writes it (the format test holds it to
 * that): the shortest decimal that reads back as the value, rounded half up to three decimals, trailing zeros
 * dropped, thousands commas when `grouping`. Written by hand because building the first formatter loads ICU's number
 * data, about 18 ms, a tenth of a short memo's whole run.
 */
export function decimal(value: number, grouping: boolean): string {
  if (!Number.isFinite(value) || Math.abs(value) >= TO_FIXED_LIMIT) {
    wideFormats ??= {
      grouped: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: true }),
      plain: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: false }),
    };
    return wideFormats[grouping ? 'grouped' : 'plain'].format(value);
  }
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const shortest = String(Math.abs(value));
  // Below 1e-6 the shortest form has an exponent; such a value rounds to zero.
  if (shortest.includes('e')) return `${sign}0`;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = whole + fraction.slice(0, 3).padEnd(3, '0');
  if ((fraction[3] ?? '0') >= '5') digits = incremented(digits);
  const integer = digits.slice(0, -3) || '0';
  const decimals = digits.slice(-3).replace(/0+$/, '');
  return `${sign}${grouping ? grouped(integer) : integer}${decimals ? `.${decimals}` : ''}`;
}

function trimNumber(value: number, grouping: boolean): string {
  const style = grouping ? 'grouped' : 'plain';
  const kept = formatted[style];
  let text = kept.get(value);
  if (text === undefined) {
    if (kept.size >= FORMATTED_KEPT) kept.clear();
    text = decimal(Number(value.toPrecision(12)), grouping);
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

/** How a one-line message names a subject: its first alias when that is shorter than its full name ("AI Diffusion
 * Rule" for the "Framework for Artificial Intelligence Diffusion"); the hover gives the full name. */
export function shortName(subject: { name: string; aliases?: readonly string[] }): string {
  const first = subject.aliases?.[0];
  return first !== undefined && first.length < subject.name.length ? first : subject.name;
}

/** A value as a message shows it: "US$47.5 billion", "60%", "2,029", "3.35 TB/s". */
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
