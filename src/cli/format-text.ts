// Text output: one line per claim, `path:line:column  verdict  kind  message`, then memo notices and
// blocks left unchecked, all made inert.
import { inert } from './inert.ts';
import { claimsOf, noticesOf, type RunReport } from './report.ts';

export function formatText(report: RunReport): string {
  const lines: string[] = [];
  for (const memo of report.memos) {
    const path = inert(memo.path);
    for (const claim of claimsOf(memo)) lines.push(`${path}:${claim.start.line}:${claim.start.column}  ${claim.verdict}  ${claim.kind}  ${inert(claim.message)}`);
    for (const notice of noticesOf(memo)) lines.push(`${path}:1:1  notice  memo  ${inert(notice.message)}`);
    for (const block of memo.result?.unchecked ?? []) lines.push(`${path}:${block.start.line}:${block.start.column}  notice  block  ${block.reason}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
