// The hover for a claim, as Markdown built from dataset text that other people wrote: every piece of their text is
// escaped, only http(s) links are made, and the result is rendered untrusted (no command links, no HTML).
import { gradeOf } from '../core/judge/sources.ts';
import { reviewLine } from '../core/review/report.ts';
import type { ReviewState } from '../core/review/reviews.ts';
import { safeLink } from '../core/text/links.ts';
import { markdownText } from '../core/text/markdown-text.ts';
import type { CheckedClaim, LoadedFact, Source, SourceGrade } from '../core/types.ts';

/** A dataset's note or title longer than this is cut in the hover: the dataset file has the rest. */
const MAX_TEXT = 600;

/** Dataset text as inert Markdown text, cut to a length a hover can show. */
export function escapeMarkdown(text: string): string {
  const inert = markdownText(text);
  return inert.length > MAX_TEXT ? `${inert.slice(0, MAX_TEXT).replace(/\\$/, '')}…` : inert;
}

const VERDICT_TITLES: Record<CheckedClaim['verdict'], string> = {
  contradicted: 'Contradicted by the dataset',
  outdated: 'Outdated',
  disputed: 'Disputed between sources',
  unverified: 'Not verified',
  supported: 'Supported by the dataset',
};

const GRADE_LABELS: Record<SourceGrade, string> = { primary: 'primary source', secondary: 'secondary', syndicated: 'syndicated copy', 'memo-as-reported': 'as reported by a memo' };

function sourceLines(source: Source): string[] {
  const link = safeLink(source.url);
  const title = escapeMarkdown(source.title);
  const details = [source.publisher, source.date].filter(Boolean).map((part) => escapeMarkdown(part!));
  const lines = [`- ${link ? `[${title}](${link})` : title}${details.length > 0 ? ` — ${details.join(', ')}` : ''} _(${GRADE_LABELS[gradeOf(source)]})_`];
  if (source.quote) lines.push(`  > ${escapeMarkdown(source.quote)}`);
  return lines;
}

/** `datasetLabel` names where the fact came from, e.g. "bundled dataset, big-fund.yaml, line 4". `messageShown`: a
 * diagnostic already shows the claim's message in the same hover, so it is not said twice. Disagreements between
 * sources are told only on a claim they concern: a disputed one. */
export function hoverMarkdown(claim: CheckedClaim, fact: LoadedFact | undefined, datasetLabel: string | undefined, messageShown = false, review?: ReviewState): string {
  const parts = [`**Memocheck: ${VERDICT_TITLES[claim.verdict]}** (${claim.kind} claim, as of ${escapeMarkdown(claim.asOf)})`];
  // What the memo says against what the dataset holds: for a tier claim, "UAE: Tier 1" against "Tier 2".
  const claimed = claim.claimed ?? claim.value?.text;
  const comparison = [`Claimed: ${escapeMarkdown(claim.text)}${claimed === undefined ? '' : `: ${escapeMarkdown(claimed)}`}`];
  if (claim.reference !== undefined) comparison.push(`Reference: ${escapeMarkdown(claim.reference)}`);
  parts.push(comparison.join(' · '));
  if (!messageShown) parts.push(escapeMarkdown(claim.message));
  if (claim.sources.length > 0) parts.push(['**Sources**', ...claim.sources.flatMap(sourceLines)].join('\n'));
  // How a value in another currency was reached: detail for the curious, after the sources, kept out of the message.
  const conversions = (fact?.conversions ?? []).filter((conversion) => conversion.note);
  if (conversions.length > 0) parts.push(conversions.map((conversion) => `Conversion to ${escapeMarkdown(conversion.currency)}: ${escapeMarkdown(conversion.note ?? '')}`).join('\n\n'));
  const disagreements = claim.verdict === 'disputed' ? (fact?.disagreements ?? []) : [];
  if (disagreements.length > 0) {
    parts.push(['**Sources disagree**', ...disagreements.flatMap((entry) => [`- ${escapeMarkdown(entry.note)}`, ...(entry.sources ?? []).flatMap((source) => sourceLines(source).map((line) => `  ${line}`))])].join('\n'));
  }
  // A lapsed review says so: it never reads as a standing sign-off.
  if (review) parts.push(`**Review${review.state === 'lapsed' ? ' lapsed' : ''}:** ${escapeMarkdown(reviewLine(review))}`);
  if (fact) parts.push(`Fact ${escapeMarkdown(fact.id)}${datasetLabel ? ` from ${escapeMarkdown(datasetLabel)}` : ''}`);
  return parts.join('\n\n');
}
