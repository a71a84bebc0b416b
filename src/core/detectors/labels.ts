// Numbers that name rather than count: years, dates, versions, ranks, section and list numbers, spans of time.
import type { UnitView } from './detector.ts';

const MONTHS = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec`;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTHS})\.?\s$`);
const MONTH_AFTER = new RegExp(String.raw`^\s(?:${MONTHS})\b`);

/** A bare number that is a year, a date, a version or a label rather than a count. */
export function isLabel(view: UnitView, at: number, end: number, written: string): boolean {
  if (/^(?:19|20)\d\d$/.test(written)) return true;
  const before = view.text.slice(Math.max(0, at - 16), at);
  const after = view.text.slice(end, end + 12);
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  // "Tier 2", "Qwen 2.5", "Part 740", "No. 1": a capitalised word right before names a thing, not a count.
  if (/(?:^|[^\p{L}'’])\p{Lu}[\p{L}\p{N}-]*\.?\s$/u.test(before) && !/^\s*(?:of|out of)\b/.test(after)) return true;
  // "the past 10 years", "30 days": a span of time, not a count of things.
  if (/^\s(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b/.test(after)) return true;
  return /^\s?(?:st|nd|rd|th)\b/.test(after) || /[-–@]\s?$/.test(before) || /^[-–]\d/.test(after);
}

/** "plus or minus 2%", "±2%": an error margin, not a claim of its own. */
export function isMargin(view: UnitView, at: number): boolean {
  return /(?:\bplus or minus|\+\/-|±)\s*$/i.test(view.text.slice(Math.max(0, at - 16), at));
}
