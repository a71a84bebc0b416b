// The review report (`--format markdown`, `--format html`): the engine's report of each checked memo with its reviews.
// The HTML page carries the stylesheet the editor's webview uses (media/report.css), allowed by its hash alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { reportHtml } from '../core/review/report-html.ts';
import { reportMarkdown } from '../core/review/report-markdown.ts';
import type { ReviewedMemo } from '../core/review/report.ts';
import { installedPath } from './installed.ts';
import type { RunReport } from './report.ts';

const reviewed = (report: RunReport): ReviewedMemo[] =>
  report.memos.flatMap((memo) => (memo.result ? [{ path: memo.path, result: memo.result, reviews: memo.reviews ?? new Map() }] : []));

const day = (report: RunReport): string => report.today ?? new Date().toISOString().slice(0, 10);

export const formatMarkdownReport = (report: RunReport): string => reportMarkdown(reviewed(report), day(report));

export function formatHtmlReport(report: RunReport): string {
  const css = readFileSync(installedPath('media', 'report.css'), 'utf8');
  return reportHtml(reviewed(report), day(report), { style: { css, sha256: createHash('sha256').update(css).digest('base64') } });
}
