// Reads every written figure of a text once, with the lexicon: "$47.5 billion", "RMB 344bn", "671B", "twenty billion
// dollars", "3.35 terabytes per second", "1742 petaFlops", "6.5x", "10 to 20 percent", "(48.4%)". Claim kinds then
// pick the figures they judge. Lexicon spellings are compared as text; only the digits are read with a pattern.
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Qualifier } from '../types.ts';
import { halfStep, parseNumber, qualifierBefore } from './figures.ts';
import type { Token } from './tokens.ts';
import { hasLetter } from './letters.ts';

export interface ScannedFigure {
  /** Plain-text range of the whole figure, currency and unit included. */
  from: number;
  to: number;
  /** The figure a change starts from ("from 8% to 1.7%"): it speaks of an earlier time. */
  startsChange?: boolean;
  low: number;
  high?: number;
  /** Half the place value of the last digit written, scaled. */
  step: number;
  qualifier: Qualifier;
  currency?: string;
  /** A unit of the lexicon: percent, TB/s, MW, multiple, percentile... */
  unit?: string;
  /** The scale word or suffix as written ("billion", "bn", "B"), or ''. */
  scale: string;
  /** What it multiplies by. */
  factor: number;
  /** Written in words ("five", "twenty billion"). */
  inWords: boolean;
  /** The digits as written, for labels and years ("2024", "Qwen 2.5"). */
  written: string;
}

const DIGITS = /(?<![\p{N}.,#§/\\[_@])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}]|[.,]\d)/gu;
const RANGE = /^\s?(?:-|–|—|to)\s?/;
/** "from" just before a figure: "X to Y" after it is a change, not a range, unless it "ranges from X to Y". */
const FROM_BEFORE = /(?<!\brang(?:e|es|ed|ing)\s)\bfrom\s+$/i;
const ORDINAL = /^(?:st|nd|rd|th)\s+/;
/** Scale words of one letter ("$5 m", "€2 b") only follow a currency: alone they are units or initials. */
const SHORT_SCALE = 1;
/** Spellings that attach to the number only ("6.5x"): with a space they are letters or a multiplication sign. */
const ATTACHED_ONLY = new Set(['x', '×']);

interface NumberAt {
  from: number;
  to: number;
  value: number;
  written: string;
  inWords: boolean;
}

/** Number words at a place: "twenty", "twenty-five", "Seventeen". */
function wordNumberAt(text: string, at: number, lexicon: Lexicon): NumberAt | undefined {
  const word = /^[\p{L}]+/u.exec(text.slice(at, at + 20))?.[0];
  if (!word) return undefined;
  const value = lexicon.numberWords.get(word.toLowerCase());
  if (value === undefined) return undefined;
  let to = at + word.length;
  let total = value;
  const next = /^-([\p{L}]+)/u.exec(text.slice(to, to + 12));
  const unit = next ? lexicon.numberWords.get((next[1] ?? '').toLowerCase()) : undefined;
  if (next && unit !== undefined && value >= 20 && value % 10 === 0 && unit < 10) {
    total += unit;
    to += next[0].length;
  }
  // "one and a half billion"
  const half = /^ and a half\b/i.exec(text.slice(to, to + 14));
  if (half) {
    total += 0.5;
    to += half[0].length;
  }
  return { from: at, to, value: total, written: text.slice(at, to), inWords: true };
}

function numbersIn(text: string, tokens: readonly Token[], lexicon: Lexicon): NumberAt[] {
  const found: NumberAt[] = [];
  for (const match of text.matchAll(DIGITS)) {
    // "Qwen-1.5B", "Llama-3.1-405B", "COVID-19": a number hyphenated into a word that begins with a letter is a name.
    if (text[match.index - 1] === '-' && /^\p{L}/u.test(/\S*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index - 1))?.[0] ?? '')) continue;
    // "$0.6$": inline math, not money.
    if (text[match.index - 1] === '$' && text[match.index + match[0].length] === '$') continue;
    // "H100", "R1": digits after letters are part of a name, unless the letters are a currency ("Y81 billion").
    if (hasLetter(text[match.index - 1] ?? '') && !lexicon.currencyBefore.before(text, match.index)) continue;
    found.push({ from: match.index, to: match.index + match[0].length, value: parseNumber(match[0]), written: match[0], inWords: false });
  }
  // Number words, among the unit's words (already read): "five", "Twenty-five", not "Tier-one".
  for (const token of tokens) {
    if (!lexicon.numberWords.has(token.norm) || text[token.start - 1] === '-' || /[\p{N}]/u.test(token.raw)) continue;
    const number = wordNumberAt(text, token.start, lexicon);
    if (number) found.push(number);
  }
  return found.sort((a, b) => a.from - b.from);
}

/** A currency written before `at`, directly ("$5") or with one space ("RMB 344"). */
function currencyBefore(text: string, at: number, lexicon: Lexicon, around: () => ReadonlySet<string>): { from: number; currency: string } | undefined {
  for (const end of [at, at - 1]) {
    if (end < at && text[end] !== ' ') continue;
    const spelled = lexicon.currencyBefore.before(text, end);
    const currency = spelled ? lexicon.currencyWritten(spelled.payload, around) : undefined;
    if (spelled && currency) return { from: end - spelled.length, currency };
  }
  return undefined;
}

interface Tail {
  to: number;
  scale: string;
  factor: number;
  unit?: string;
  currency?: string;
}

/** What follows a number: a suffix ("671B") or scale word ("billion"), then a unit or currency ("yuan", "TB/s"). */
function tailAfter(text: string, at: number, lexicon: Lexicon, hasCurrency: boolean): Tail {
  const tail: Tail = { to: at, scale: '', factor: 1 };
  const suffix = lexicon.scaleSuffixes.at(text, at);
  if (suffix) {
    tail.to = at + suffix.length;
    tail.scale = suffix.spelling;
    tail.factor = suffix.payload;
  } else {
    const gap = /^[\s-]$/.test(text[at] ?? '') ? 1 : 0;
    const word = lexicon.scaleWords.at(text, at + gap);
    if (word && (word.length > SHORT_SCALE || hasCurrency) && (gap === 1 || word.length > 1)) {
      tail.to = at + gap + word.length;
      tail.scale = word.spelling;
      tail.factor = word.payload;
    }
  }
  for (const gap of [0, 1]) {
    if (gap === 1 && !/^[\s-]$/.test(text[tail.to] ?? '')) continue;
    const spelled = lexicon.afterNumber.at(text, tail.to + gap);
    if (!spelled || (gap === 1 && ATTACHED_ONLY.has(spelled.spelling))) continue;
    tail.to += gap + spelled.length;
    if (spelled.payload.currency !== undefined) tail.currency = spelled.payload.currency;
    else tail.unit = spelled.payload.unit;
    break;
  }
  return tail;
}

export interface ScanContext {
  /** Lower-cased words of the unit and its section, for currencies that depend on them (¥). */
  around: () => ReadonlySet<string>;
}

export function scanFigures(text: string, tokens: readonly Token[], lexicon: Lexicon, context: ScanContext): ScannedFigure[] {
  const numbers = numbersIn(text, tokens, lexicon);
  const figures: ScannedFigure[] = [];
  for (let index = 0; index < numbers.length; index++) {
    const first = numbers[index] as NumberAt;
    const prefix = currencyBefore(text, first.from, lexicon, context.around);
    let tail = tailAfter(text, first.to, lexicon, prefix !== undefined);
    let second: NumberAt | undefined;
    let secondTail: Tail | undefined;
    // "$45–50 billion", "10 to 20 percent", "350-400W", "$43.5-$44B": a range shares the second figure's scale and unit.
    // "from 8% to 1.7%" and "9.26% to 1.70%" are a change: two figures, the second the newer.
    const next = numbers[index + 1];
    const gap = RANGE.exec(text.slice(tail.to, tail.to + 6));
    const change = FROM_BEFORE.test(text.slice(Math.max(0, (prefix?.from ?? first.from) - 14), prefix?.from ?? first.from)) || (next !== undefined && next.value < first.value);
    if (next && gap && !change && !first.inWords && !next.inWords) {
      const afterGap = tail.to + gap[0].length;
      const nextPrefix = currencyBefore(text, next.from, lexicon, context.around);
      if (next.from === afterGap || (nextPrefix && nextPrefix.from === afterGap)) {
        second = next;
        secondTail = tailAfter(text, next.to, lexicon, prefix !== undefined || nextPrefix !== undefined);
        index++;
      }
    }
    if (second && secondTail && tail.factor === 1 && tail.unit === undefined && tail.currency === undefined) tail = { ...secondTail, to: tail.to };
    const end = secondTail?.to ?? tail.to;
    const percentile = !second && !tail.unit && ORDINAL.exec(text.slice(first.to, first.to + 6));
    const unitAfterOrdinal = percentile ? lexicon.afterNumber.at(text, first.to + percentile[0].length) : undefined;
    const from = prefix?.from ?? first.from;
    const figure: ScannedFigure = {
      from,
      to: unitAfterOrdinal?.payload.unit === 'percentile' ? first.to + (percentile ? percentile[0].length : 0) + unitAfterOrdinal.length : end,
      low: first.value * tail.factor,
      step: (first.inWords ? 0.5 : halfStep(second?.written ?? first.written)) * tail.factor,
      qualifier: qualifierBefore(text, from),
      scale: tail.scale,
      factor: tail.factor,
      inWords: first.inWords,
      written: first.written,
    };
    if (second) figure.high = second.value * (secondTail?.factor ?? tail.factor);
    if (change && next && gap) figure.startsChange = true;
    const currency = prefix?.currency ?? tail.currency ?? secondTail?.currency;
    const unit = unitAfterOrdinal?.payload.unit === 'percentile' ? 'percentile' : (tail.unit ?? secondTail?.unit);
    if (currency !== undefined) figure.currency = currency;
    else if (unit !== undefined) figure.unit = unit;
    figures.push(figure);
  }
  return figures;
}
