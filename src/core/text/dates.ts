// Dates a memo states: its own date (front matter) and the date a claim is made as of
// ("on the November 2024 list", "in fiscal 2024", "as of June 2025").
import { parse } from 'yaml';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const STATED_DATES: RegExp[] = [
  new RegExp(String.raw`\b(?:[Oo]n|[Ii]n|[Ff]rom) the (?<month>${MONTH}) (?<year>(?:19|20)\d\d)(?: TOP500)? list\b`, 'g'),
  new RegExp(String.raw`\b[Aa]s of (?:(?<month>${MONTH}) )?(?<year>(?:19|20)\d\d)\b`, 'g'),
  new RegExp(String.raw`\b(?:[Ii]n )?(?:fiscal(?: year)?|FY) ?(?<year>(?:19|20)\d\d)\b`, 'g'),
  new RegExp(String.raw`\b(?:[Ii]n|[Bb]y|[Aa]t the end of) (?:(?:early|mid|late) )?(?:(?<month>${MONTH}) )?(?<year>(?:19|20)\d\d)\b(?!\s?[-–])`, 'g'),
];

/** The last day of a year or of a month of it, as YYYY-MM-DD. */
export function endOfPeriod(year: number, month?: number): string {
  const lastDay = month ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 31;
  return `${year}-${String(month ?? 12).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** A dataset or memo date (YYYY, YYYY-MM or YYYY-MM-DD) as the last day it can mean, for comparisons. */
export function dateEnd(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (day) return date;
  return endOfPeriod(year ?? 0, month);
}

const RELATIVE = /\b(?<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?<unit>months?|years?)\s+(?:ago|earlier|before)\b|\b(?<last>last year|a year earlier|the year before|the previous year)\b/gi;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18 };

/** How many months before the memo's own date a sentence places its claims ("six months ago", "a year earlier"). */
export function statedMonthsBefore(text: string, sentence: { from: number; to: number }): number | undefined {
  for (const match of text.slice(sentence.from, sentence.to).matchAll(RELATIVE)) {
    if (match.groups?.last) return 12;
    const written = (match.groups?.n ?? '').toLowerCase();
    const count = /^\d/.test(written) ? Number(written) : (SMALL[written] ?? 0);
    return /^year/i.test(match.groups?.unit ?? '') ? count * 12 : count;
  }
  return undefined;
}

/** A YYYY-MM-DD date moved back by whole months (to the month's last day when it has fewer days). */
export function monthsEarlier(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The date stated nearest to a claim inside its sentence, if any. */
export function statedDate(dates: readonly { at: number; date: string }[], claimAt: number): string | undefined {
  let best: { distance: number; date: string } | undefined;
  for (const { at, date } of dates) {
    const distance = Math.abs(at - claimAt);
    if (!best || distance < best.distance) best = { distance, date };
  }
  return best?.date;
}

/** Every date a sentence states, with where it stands: read once per sentence, however many figures it holds. */
export function datesIn(text: string, sentence: { from: number; to: number }): { at: number; date: string }[] {
  const slice = text.slice(sentence.from, sentence.to);
  const dates: { at: number; date: string }[] = [];
  for (const pattern of STATED_DATES) {
    for (const match of slice.matchAll(pattern)) {
      const monthName = match.groups?.month?.slice(0, 3).toLowerCase();
      dates.push({ at: sentence.from + match.index, date: endOfPeriod(Number(match.groups?.year), monthName ? MONTH_NUMBERS[monthName] : undefined) });
    }
  }
  return dates;
}

/** Whether a dataset date (YYYY, YYYY-MM or YYYY-MM-DD) names a day, month or year that exists: not 2025-02-30. */
export function onTheCalendar(date: string): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return !day || calendarDate(Number(day[1]), Number(day[2]), Number(day[3])) !== undefined;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date as YYYY-MM-DD, or undefined when the day does not exist (2025-02-30). Worked out by hand, not
 * through a Date: a dataset's every fact has dates, and a hundred thousand Date objects are most of their checking. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 1 || year > 9999 || days === undefined || day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WRITTEN_DATES: [RegExp, (match: RegExpExecArray) => string | undefined][] = [
  [/^(\d{4})-(\d{2})-(\d{2})/, (m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/^(\d{4})-(\d{2})$/, (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? endOfPeriod(Number(m[1]), Number(m[2])) : undefined)],
  [/^(\d{4})$/, (m) => endOfPeriod(Number(m[1]))],
  // "2025/03/10"
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  // "March 10, 2025", "Mar. 10 2025"
  [new RegExp(String.raw`^(${MONTH})\s+(\d{1,2}),?\s+(\d{4})$`, 'i'), (m) => monthDate(m[1], m[3], m[2])],
  // "10 March 2025"
  [new RegExp(String.raw`^(\d{1,2})\s+(${MONTH}),?\s+(\d{4})$`, 'i'), (m) => monthDate(m[2], m[3], m[1])],
  // "March 2025"
  [new RegExp(String.raw`^(${MONTH})\s+(\d{4})$`, 'i'), (m) => monthDate(m[1], m[2])],
];

function monthDate(monthName: string | undefined, year: string | undefined, day?: string): string | undefined {
  const month = MONTH_NUMBERS[(monthName ?? '').slice(0, 3).toLowerCase()];
  if (!month || !year) return undefined;
  return day === undefined ? endOfPeriod(Number(year), month) : calendarDate(Number(year), month, Number(day));
}

let lastFrontMatter: { yaml: string; date: { date?: string; unread?: string } } | undefined;

/** The memo's own date from its front matter `date:` (ISO or written out: "March 10, 2025"), as YYYY-MM-DD, or the
 * text of a `date:` that is none of those forms (`unread`). The last one read is kept: a memo re-checked as it is
 * typed keeps its front matter. */
export function frontMatterDate(yaml: string): { date?: string; unread?: string } {
  if (lastFrontMatter?.yaml !== yaml) lastFrontMatter = { yaml, date: readFrontMatterDate(yaml) };
  return lastFrontMatter.date;
}

function readFrontMatterDate(yaml: string): { date?: string; unread?: string } {
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || !('date' in data)) return {};
  const value = (data as { date: unknown }).date;
  const written = (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).trim();
  for (const [pattern, read] of WRITTEN_DATES) {
    const match = pattern.exec(written);
    const date = match ? read(match) : undefined;
    if (date) return { date };
  }
  return { unread: written };
}

/** The date a claim is judged as of: the one its sentence states, else the memo's, moved back as the sentence says. */
export function claimDate(claim: { asOf?: string; monthsBefore?: number }, memoDate: string): string {
  return claim.asOf ?? (claim.monthsBefore ? monthsEarlier(memoDate, claim.monthsBefore) : memoDate);
}
