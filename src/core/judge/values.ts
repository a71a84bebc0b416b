// Reference values of a fact as intervals, as of a date, in the claim's currency or unit.
import type { Lexicon } from '../lexicon/lexicon.ts';
import { dateEnd } from '../text/dates.ts';
import type { Figure, Interval, LoadedFact, SeriesGap, SeriesPoint } from '../types.ts';

/** The value a fact gives, in the claim's currency or unit. */
export interface Reference {
  value: number;
  /** The values the fact allows: a bound ("up to $10 billion", "over 1.3 billion") is open on one side. */
  interval: Interval;
  /** The value itself within its tolerance, to compare with a claim stating the same kind of bound. */
  point: Interval;
  /** Set for a series: the date of this value. */
  date?: string;
  currency?: string;
  unit?: string;
}

function pointOf(fact: LoadedFact, value: number): Interval {
  const tolerance = fact.tolerance ?? (fact.bound === 'approximate' ? { relative: 0.05 } : {});
  const slack = Math.max(tolerance.absolute ?? 0, (tolerance.relative ?? 0) * Math.abs(value));
  return { low: value - slack, high: value + slack };
}

/** How far a bound's open side reaches: "up to $5.5 billion" allows $5 billion, not $0.96; "over 1.3 billion" allows
 * 1.4 billion, not 20 billion. A figure an order of magnitude away speaks of something else. */
const BOUND_REACH = 10;

function intervalOf(fact: LoadedFact, point: Interval): Interval {
  if (fact.bound === 'at-most') return { low: point.high / BOUND_REACH, high: point.high };
  if (fact.bound === 'at-least') return { low: point.low, high: point.low * BOUND_REACH };
  return point;
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Whether a figure agrees with a reference value. A claim that states the fact's own bound ("over $79 billion" for
 * a source's "more than $79 billion") restates it, and "up to X" names a plan's size or a cap: in both, X itself is
 * compared with the fact's value ("up to $5 trillion" is not the $500 billion plan). Otherwise the claim's range must
 * meet the fact's, a bound of the source being open on its side ("1.4 billion" is "over 1.3 billion"). */
export function agrees(figure: Figure, fact: LoadedFact, reference: Reference): boolean {
  const restated = (figure.qualifier === 'at-most' || figure.qualifier === 'at-least') && figure.qualifier === fact.bound;
  if (restated || (figure.qualifier === 'at-most' && fact.bound !== 'at-least')) return intersects(figure.point, reference.point);
  return intersects(figure.allowed, reference.interval);
}

/** Converts a fact's value into the claim's currency through the fact's recorded conversions. */
function inCurrency(fact: LoadedFact, value: number, currency: string): number | undefined {
  if (currency === fact.currency) return value;
  const conversion = fact.conversions?.find((candidate) => candidate.currency === currency);
  if (!conversion || fact.value === undefined || fact.value === 0) return undefined;
  return value === fact.value ? conversion.value : (value * conversion.value) / fact.value;
}

function reference(fact: LoadedFact, value: number, figure: Figure, lexicon: Lexicon, date?: string): Reference | undefined {
  let converted: number | undefined = value;
  if (fact.currency !== undefined) converted = inCurrency(fact, value, figure.unit);
  else if (fact.unit !== undefined && lexicon.sameDimension(fact.unit, figure.unit)) converted = lexicon.convert(value, fact.unit, figure.unit);
  if (converted === undefined) return undefined;
  const point = pointOf(fact, converted);
  const result: Reference = { value: converted, point, interval: intervalOf(fact, point) };
  if (date !== undefined) result.date = date;
  if (fact.currency !== undefined) result.currency = figure.unit;
  else if (fact.unit !== undefined) result.unit = lexicon.sameDimension(fact.unit, figure.unit) ? figure.unit : fact.unit;
  return result;
}

/** A dataset date (YYYY, YYYY-MM, YYYY-MM-DD) as the first day it can mean. */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export interface SeriesReading {
  current?: Reference;
  /** Every dated value, oldest first. */
  all: Reference[];
  /** The claim's date lies past the series' cover: a later value may exist that the dataset lacks. */
  stale?: boolean;
  /** The claim's date lies in a stretch the dataset records as having no verified value. */
  gap?: SeriesGap;
}

const DAY = 86_400_000;
/** A series' newest value stands for this long at least, or for its usual interval between values if longer. */
const MIN_COVER_DAYS = 183;

/** Whether `asOf` is later than the newest point can be taken to cover: a gap in the series, or its end. */
function pastCover(points: readonly Reference[], current: Reference, asOf: string): boolean {
  const times = points.map((point) => Date.parse(dateStart(point.date ?? '')));
  const gaps = times.slice(1).map((time, index) => time - (times[index] ?? time)).sort((a, b) => a - b);
  const usual = gaps.length > 0 ? (gaps[Math.floor(gaps.length / 2)] ?? 0) : 0;
  const next = points[points.indexOf(current) + 1];
  const cover = Math.max(MIN_COVER_DAYS * DAY, usual);
  const until = Math.min(Date.parse(dateStart(current.date ?? '')) + cover, next ? Date.parse(dateStart(next.date ?? '')) : Infinity);
  return Date.parse(asOf) > until;
}

/** The values of a fact for a claim judged as of `asOf`; a single value is its own current value. */
export function readFact(fact: LoadedFact, figure: Figure, asOf: string, lexicon: Lexicon): SeriesReading | undefined {
  if (!fact.series) {
    const single = fact.value === undefined ? undefined : reference(fact, fact.value, figure, lexicon);
    return single ? { current: single, all: [single] } : undefined;
  }
  const points = [...fact.series].sort((a: SeriesPoint, b: SeriesPoint) => dateStart(a.date).localeCompare(dateStart(b.date)));
  const all = points.map((point) => reference(fact, point.value, figure, lexicon, point.date)).filter((value): value is Reference => value !== undefined);
  if (all.length === 0) return undefined;
  const current = all.filter((point) => dateStart(point.date ?? '') <= asOf).at(-1);
  const gap = fact.gaps?.find((stretch) => dateStart(stretch.from) <= asOf && asOf <= dateEnd(stretch.to));
  if (!current) return { all };
  return gap ? { current, all, stale: true, gap } : { current, all, stale: pastCover(all, current, asOf) };
}

/** The series point a value belongs to (for sources), by date. */
export function seriesPoint(fact: LoadedFact, date: string | undefined): SeriesPoint | undefined {
  return date === undefined ? undefined : fact.series?.find((point) => point.date === date);
}
