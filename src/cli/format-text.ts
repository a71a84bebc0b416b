// Text output: one line per claim, `path:line:column  verdict  kind  message`, then memo notices.
import { claimsOf, noticesOf, type RunReport } from './report.ts';

export function formatText(report: RunReport): string {
  const lines: string[] = [];
  for (const memo of report.memos) {
    for (const claim of claimsOf(memo)) lines.push(`${memo.path}:${claim.start.line}:${claim.start.column}  ${claim.verdict}  ${claim.kind}  ${claim.message}`);
    for (const notice of noticesOf(memo)) lines.push(`${memo.path}:1:1  notice  memo  ${notice.message}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
