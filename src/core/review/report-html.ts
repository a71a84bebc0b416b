// The review report as an HTML page: printed by `memocheck --format html`, and shown in the editor's webview. Every
// piece of memo and dataset text is escaped and stripped of bidi and control marks; links are made only of http(s)
// addresses; the page runs no script, under a Content-Security-Policy that allows one stylesheet and nothing else.
// In the editor, "Reveal" links are command links (the webview allows those and no others), so no script is needed.
import { safeLink } from '../text/links.ts';
import { oneLine } from '../text/markdown-text.ts';
import { VERDICTS, type CheckedClaim, type Source } from '../types.ts';
import { countsOf, REVIEW_STATUSES, reviewLine, statusOf, waiverLine, type ReviewedMemo } from './report.ts';

/** How the page gets its styles, and how a claim is revealed. */
export interface HtmlReportOptions {
  /** A stylesheet by address (the webview's `media/report.css`) with the CSP source allowed to serve it, or the
   * stylesheet's text with its SHA-256 in base64 (a standalone page). */
  style: { href: string; cspSource: string } | { css: string; sha256: string };
  /** The command link that reveals a claim of a memo; absent: no Reveal links. */
  revealLink?: (memo: ReviewedMemo, claim: CheckedClaim) => string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text on one line, inert in element content and in quoted attributes. */
export const escapeHtml = (text: string): string => oneLine(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

function sourceItem(source: Source): string {
  const link = safeLink(source.url);
  const title = link ? `<a href="${escapeHtml(link)}">${escapeHtml(source.title)}</a>` : escapeHtml(source.title);
  const details = [source.publisher, source.date].filter((part): part is string => Boolean(part)).map(escapeHtml).join(', ');
  return `<li>${title}${details ? ` — ${details}` : ''}${source.quote ? `<blockquote>${escapeHtml(source.quote)}</blockquote>` : ''}</li>`;
}

function claimItem(memo: ReviewedMemo, claim: CheckedClaim, options: HtmlReportOptions): string {
  const state = memo.reviews.get(claim);
  const claimed = claim.claimed ?? claim.value?.text ?? claim.text;
  const reveal = options.revealLink ? ` <a class="reveal" href="${escapeHtml(options.revealLink(memo, claim))}">Reveal</a>` : '';
  return [
    `<li class="claim verdict-${claim.verdict}">`,
    `<p class="head"><span class="badge">${claim.verdict}</span> <span class="kind">${claim.kind}</span> <span class="place">line ${claim.start.line}, column ${claim.start.column}</span>${reveal}</p>`,
    `<p class="values"><q>${escapeHtml(claim.text)}</q> · claimed ${escapeHtml(claimed)}${claim.reference === undefined ? '' : ` · reference ${escapeHtml(claim.reference)}`}</p>`,
    `<p class="message">${escapeHtml(claim.message)}</p>`,
    claim.sources.length > 0 ? `<ul class="sources">${claim.sources.map(sourceItem).join('')}</ul>` : '',
    `<p class="review review-${statusOf(state)}">Review: ${escapeHtml(reviewLine(state))}</p>`,
    '</li>',
  ].join('');
}

function policy(options: HtmlReportOptions): string {
  const style = 'href' in options.style ? options.style.cspSource : `'sha256-${options.style.sha256}'`;
  return `default-src 'none'; style-src ${style}; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'`;
}

export function reportHtml(memos: readonly ReviewedMemo[], checkedOn: string, options: HtmlReportOptions): string {
  const counts = countsOf(memos);
  const style = 'href' in options.style ? `<link rel="stylesheet" href="${escapeHtml(options.style.href)}">` : `<style>${options.style.css}</style>`;
  const table = (title: string, rows: [string, number][]): string =>
    `<table><thead><tr><th>${title}</th><th>claims</th></tr></thead><tbody>${rows.map(([name, count]) => `<tr><td>${name}</td><td>${count}</td></tr>`).join('')}</tbody></table>`;
  const body = memos.map((memo) => {
    const claims = memo.result.claims.length > 0 ? `<ol class="claims">${memo.result.claims.map((claim) => claimItem(memo, claim, options)).join('')}</ol>` : '<p>No claims found.</p>';
    const waivers = memo.result.waivers.length > 0
      ? `<h3>Waivers</h3><ul class="waivers">${memo.result.waivers.map((waiver) => `<li${waiver.problems.length > 0 ? ' class="warning"' : ''}>Line ${waiver.start.line}: ${escapeHtml(waiverLine(waiver))}${waiver.problems.length > 0 ? ` — warning: ${escapeHtml(waiver.problems.join('; '))}` : ''}</li>`).join('')}</ul>`
      : '';
    return `<section><h2>${escapeHtml(memo.path)}</h2><p>Judged as of ${escapeHtml(memo.result.memoDate)}.</p>${claims}${waivers}</section>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy(options)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Memocheck review report</title>${style}</head>`,
    '<body><main>',
    '<h1>Memocheck review report</h1>',
    `<p class="summary">${memos.length} memo${memos.length === 1 ? '' : 's'}, ${counts.claims} claim${counts.claims === 1 ? '' : 's'}, checked on ${escapeHtml(checkedOn)}. Waivers: ${counts.waivers}, ${counts.waiverWarnings} with a warning.</p>`,
    `<div class="counts">${table('verdict', VERDICTS.map((verdict) => [verdict, counts.verdicts[verdict]]))}${table('review', REVIEW_STATUSES.map((status) => [status, counts.reviews[status]]))}</div>`,
    ...body,
    '</main></body></html>',
    '',
  ].join('\n');
}
