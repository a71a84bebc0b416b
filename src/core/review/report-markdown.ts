// The review report as Markdown, for a pull request or a review thread. Memo and dataset text is set as text only
// (markdown-text.ts): nothing of it can open syntax, make a link or reorder what the reader sees.
import { readableMarkdownText } from '../text/markdown-text.ts';
import { safeLink } from '../text/links.ts';
import { VERDICTS, type CheckedClaim, type Source } from '../types.ts';
import { countsOf, REVIEW_STATUSES, reviewLine, waiverLine, type ReviewedMemo } from './report.ts';

const text = readableMarkdownText;

function sourceItem(source: Source): string {
  const link = safeLink(source.url);
  const title = text(source.title);
  const details = [source.publisher, source.date].filter((part): part is string => Boolean(part)).map(text).join(', ');
  return `  - ${link ? `[${title}](<${link}>)` : title}${details ? ` — ${details}` : ''}${source.quote ? `: “${text(source.quote)}”` : ''}`;
}

function claimSection(memo: ReviewedMemo, claim: CheckedClaim, index: number): string[] {
  const values = [`claimed ${text(claim.claimed ?? claim.value?.text ?? claim.text)}`, ...(claim.reference === undefined ? [] : [`reference ${text(claim.reference)}`])];
  return [
    `### ${index + 1}. ${claim.verdict} · ${claim.kind} · line ${claim.start.line}, column ${claim.start.column}`,
    '',
    `- Claim: ${text(claim.text)} (${values.join(' · ')})`,
    `- ${text(claim.message)}`,
    ...(claim.sources.length > 0 ? ['- Sources:', ...claim.sources.map(sourceItem)] : []),
    `- Review: ${text(reviewLine(memo.reviews.get(claim)))}`,
    '',
  ];
}

export function reportMarkdown(memos: readonly ReviewedMemo[], checkedOn: string): string {
  const counts = countsOf(memos);
  const lines = [
    '# Memocheck review report',
    '',
    `${memos.length} memo${memos.length === 1 ? '' : 's'}, ${counts.claims} claim${counts.claims === 1 ? '' : 's'}, checked on ${checkedOn}.`,
    '',
    '| verdict | claims |',
    '|---|---|',
    ...VERDICTS.map((verdict) => `| ${verdict} | ${counts.verdicts[verdict]} |`),
    '',
    '| review | claims |',
    '|---|---|',
    ...REVIEW_STATUSES.map((status) => `| ${status} | ${counts.reviews[status]} |`),
    '',
    `Waivers: ${counts.waivers}, ${counts.waiverWarnings} with a warning.`,
    '',
  ];
  for (const memo of memos) {
    lines.push(`## ${text(memo.path)}`, '', `Judged as of ${memo.result.memoDate}.`, '');
    memo.result.claims.forEach((claim, index) => lines.push(...claimSection(memo, claim, index)));
    if (memo.result.claims.length === 0) lines.push('No claims found.', '');
    if (memo.result.waivers.length > 0) {
      lines.push('### Waivers', '');
      for (const waiver of memo.result.waivers) lines.push(`- Line ${waiver.start.line}: ${text(waiverLine(waiver))}${waiver.problems.length > 0 ? ` — warning: ${text(waiver.problems.join('; '))}` : ''}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
