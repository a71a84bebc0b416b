// Suppression directives read as waivers: each should say why (`reason="…"`) and may say until when (`until=DATE`).
// A waiver holds through its `until` day; once the memo's date or today is past it, it hides nothing, so the claims
// it hid are checked again, and it is a warning itself. A waiver with no reason holds, and is a warning.
import type { Directive } from './directives.ts';
import { onTheCalendar } from './text/dates.ts';
import type { CheckedClaim, Point, Waiver } from './types.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const readableUntil = (until: string): boolean => DAY.test(until) && onTheCalendar(until);

/** Whether a directive no longer holds: the later of the memo's date and today is past its `until` day. */
export function isExpired(directive: Directive, memoDate: string, today: string): boolean {
  const { until } = directive;
  return until !== undefined && readableUntil(until) && (memoDate > until || today > until);
}

function problemsOf(directive: Directive, expired: boolean, memoDate: string, today: string): string[] {
  const problems: string[] = [];
  if (expired && directive.until) {
    const past = today > directive.until ? `today is ${today}` : `the memo is dated ${memoDate}`;
    problems.push(`waiver expired on ${directive.until} (${past}): the claims it hid are checked again`);
  }
  if (!directive.reason) problems.push('waiver without a reason: say why, as reason="…"');
  if (directive.until !== undefined && !readableUntil(directive.until)) problems.push(`until=${directive.until.slice(0, 40)} is not a calendar day (YYYY-MM-DD): the waiver holds with no end`);
  for (const name of directive.unknown) problems.push(`unknown waiver field "${name.slice(0, 40)}" (a waiver reads reason and until)`);
  return problems;
}

/** The memo's waivers, every directive but `enable`, with the claims each hides. */
export function waiversOf(directives: readonly Directive[], hidden: ReadonlyMap<{ checked: CheckedClaim }, Directive>, point: (offset: number) => Point, memoDate: string, today: string): Waiver[] {
  const hides = new Map<Directive, Waiver['hides']>();
  for (const [{ checked }, directive] of hidden) {
    const list = hides.get(directive) ?? [];
    list.push({ text: checked.text, kind: checked.kind, verdict: checked.verdict, start: checked.start, factId: checked.factId });
    hides.set(directive, list);
  }
  return directives
    .filter((directive) => directive.name !== 'enable')
    .map((directive) => {
      const expired = isExpired(directive, memoDate, today);
      const waiver: Waiver = {
        directive: directive.name,
        targets: directive.targets,
        start: point(directive.offset),
        end: point(directive.offset + directive.length),
        expired,
        hides: hides.get(directive) ?? [],
        problems: problemsOf(directive, expired, memoDate, today),
      };
      if (directive.reason) waiver.reason = directive.reason;
      if (directive.until !== undefined) waiver.until = directive.until;
      return waiver;
    });
}
