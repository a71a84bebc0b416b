// Reference values of a fact as intervals, as of a date, in the claim's currency.
import type { Figure, Interval, LoadedFact, SeriesPoint } from '../types.ts';

/** The value a fact gives, in a given currency, with the note of how it was converted. */
export interface Reference {
  value: number;
  interval: Interval;
  /** Set for a series: the date of this value. */
  date?: string;
  currency?: string;
  conversionNote?: string;
}

/**
 * The values a fact accepts. A bound ("up to $500 billion") is the figure the source states, so a claim of a smaller
 * figure ("a $400 billion project") does not match it; a claim with the same bound ("up to") does, through its own range.
 */
function intervalOf(fact: LoadedFact, value: number): Interval {
  const tolerance = fact.tolerance ?? (fact.bound === 'approximate' ? { relative: 0.05 } : {});
  const slack = Math.max(tolerance.absolute ?? 0, (tolerance.relative ?? 0) * Math.abs(value));
  return { low: value - slack, high: value + slack };
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Converts a fact's value into the claim's currency through the fact's recorded conversions. */
function inCurrency(fact: LoadedFact, value: number, currency: string | undefined): { value: number; note?: string } | undefined {
  if (fact.kind !== 'amount' || currency === undefined || currency === fact.currency) return { value };
  const conversion = fact.conversions?.find((candidate) => candidate.currency === currency);
  if (!conversion || fact.value === undefined || fact.value === 0) return undefined;
  const converted = value === fact.value ? conversion.value : (value * conversion.value) / fact.value;
  return conversion.note === undefined ? { value: converted } : { value: converted, note: conversion.note };
}

function reference(fact: LoadedFact, value: number, figure: Figure, date?: string): Reference | undefined {
  const converted = inCurrency(fact, value, fact.kind === 'amount' ? figure.unit : undefined);
  if (!converted) return undefined;
  const result: Reference = { value: converted.value, interval: intervalOf(fact, converted.value) };
  if (date !== undefined) result.date = date;
  if (fact.kind === 'amount') result.currency = figure.unit;
  if (converted.note !== undefined) result.conversionNote = converted.note;
  return result;
}

/** A dataset date (YYYY, YYYY-MM, YYYY-MM-DD) as the first day it can mean. */
function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

export interface SeriesReading {
  current?: Reference;
  /** Every dated value, oldest first. */
  all: Reference[];
}

/** The values of a fact for a claim judged as of `asOf`; a single value is its own current value. */
export function readFact(fact: LoadedFact, figure: Figure, asOf: string): SeriesReading | undefined {
  if (!fact.series) {
    const single = fact.value === undefined ? undefined : reference(fact, fact.value, figure);
    return single ? { current: single, all: [single] } : undefined;
  }
  const points = [...fact.series].sort((a: SeriesPoint, b: SeriesPoint) => dateStart(a.date).localeCompare(dateStart(b.date)));
  const all = points.map((point) => reference(fact, point.value, figure, point.date)).filter((value): value is Reference => value !== undefined);
  if (all.length === 0) return undefined;
  const current = all.filter((point) => dateStart(point.date ?? '') <= asOf).at(-1);
  return current ? { current, all } : { all };
}

/** The series point a value belongs to (for sources), by date. */
export function seriesPoint(fact: LoadedFact, date: string | undefined): SeriesPoint | undefined {
  return date === undefined ? undefined : fact.series?.find((point) => point.date === date);
}
