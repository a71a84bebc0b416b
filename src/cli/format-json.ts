// JSON output (version 1): the contract other tools and the corpus scorer read.
import type { CheckedClaim, Point, Source } from '../core/types.ts';
import type { ReviewState } from '../core/review/reviews.ts';
import type { RunReport } from './report.ts';

const point = ({ line, column, offset }: Point): Point => ({ line, column, offset });

function source(value: Source): Record<string, unknown> {
  return { title: value.title, url: value.url ?? null, publisher: value.publisher, date: value.date ?? null };
}

function claim(value: CheckedClaim): Record<string, unknown> {
  return {
    kind: value.kind,
    text: value.text,
    start: point(value.start),
    end: point(value.end),
    verdict: value.verdict,
    factId: value.factId,
    message: value.message,
    sources: value.sources.map(source),
    asOf: value.asOf,
    expected: value.expected ?? null,
    claimed: value.claimed ?? null,
    reference: value.reference ?? null,
    value: value.value ? { text: value.value.text, start: point(value.value.start), end: point(value.value.end) } : null,
  };
}

/** A claim's review: `reviewed` or `lapsed` (with why), the decision, who and when; null when unreviewed. */
function review(state: ReviewState | undefined): Record<string, unknown> | null {
  if (!state) return null;
  const { decision, reviewer, date, note } = state.review;
  return { state: state.state, why: state.state === 'lapsed' ? state.why : null, decision, reviewer, date, note: note ?? null };
}

export function formatJson(report: RunReport): string {
  const files = report.memos
    .filter((memo) => memo.result)
    .map((memo) => ({
      path: memo.path,
      memoDate: memo.result?.memoDate,
      claims: (memo.result?.claims ?? []).map((value) => ({ ...claim(value), review: review(memo.reviews?.get(value)) })),
      reviewFile: memo.reviewFile ?? null,
      notices: (memo.result?.notices ?? []).map((notice) => ({ message: notice.message, factId: notice.factId ?? null, date: notice.date ?? null, sources: notice.sources.map(source) })),
      suppressed: memo.result?.suppressed ?? 0,
      waivers: (memo.result?.waivers ?? []).map((waiver) => ({
        directive: waiver.directive,
        targets: waiver.targets,
        reason: waiver.reason ?? null,
        until: waiver.until ?? null,
        start: point(waiver.start),
        end: point(waiver.end),
        expired: waiver.expired,
        hides: waiver.hides.map((hidden) => ({ kind: hidden.kind, text: hidden.text, verdict: hidden.verdict, factId: hidden.factId, start: point(hidden.start) })),
        problems: waiver.problems,
      })),
      unchecked: (memo.result?.unchecked ?? []).map((block) => ({ start: point(block.start), end: point(block.end), reason: block.reason })),
    }));
  const conflicts = (report.conflicts ?? []).map((conflict) => ({
    factId: conflict.factId,
    about: conflict.about ?? null,
    places: conflict.places.map(({ memo, claim: stated }) => ({ path: memo, text: stated.text, start: point(stated.start), value: stated.stated?.value ?? null, unit: stated.stated?.unit ?? null, verdict: stated.verdict })),
  }));
  return `${JSON.stringify({ version: 1, files, conflicts, problems: report.problems, ignored: report.ignored }, null, 2)}\n`;
}
