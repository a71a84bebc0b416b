// The "ignore this claim" quick fix: an inline `<!-- memocheck-ignore-line reason="" -->` waiver on the claim's line,
// the cursor left in its reason (a waiver without one is a warning until it is written). Inline HTML renders as
// nothing, so the memo reads the same; it never splits a paragraph, list or table the way a comment on a line of its
// own would.
import { parseMarkdown } from '../text/parse.ts';
import type { Root, RootContent } from 'mdast';
import type { TextEdit } from './edit.ts';

/** A waiver's reason and last day, as the editor was given them. */
export interface WaiverText {
  reason: string;
  until?: string;
}

/** A reason as a directive can hold it: one line, no double quote, nothing that would close the comment. */
const quotable = (reason: string): string => reason.replace(/\s+/g, ' ').replace(/"/g, "'").replace(/-{2,}/g, '—').replace(/>/g, '›').trim();

/** The directive, written after a space; without a waiver, with the caret between its reason's empty quotes. */
function inserted(at: number, waiver: WaiverText | undefined): TextEdit {
  const until = waiver?.until && /^\d{4}-\d{2}-\d{2}$/.test(waiver.until) ? ` until=${waiver.until}` : '';
  const text = ` <!-- memocheck-ignore-line reason="${quotable(waiver?.reason ?? '')}"${until} -->`;
  return waiver ? { start: at, end: at, text } : { start: at, end: at, text, caret: text.indexOf('""') + 1 };
}

function insideTableCell(node: Root | RootContent, offset: number): boolean {
  const { start, end } = node.position ?? {};
  if (start === undefined || end === undefined || offset < start.offset! || offset >= end.offset!) return false;
  if (node.type === 'tableCell') return true;
  return 'children' in node && node.children.some((child) => insideTableCell(child, offset));
}

/**
 * In a table the comment goes right after the claim, inside its cell (after the row's last pipe it would make a cell
 * of its own). Elsewhere it goes at the end of the claim's line, before any hard break (trailing spaces or a backslash).
 */
export function ignoreClaimEdit(source: string, claimStart: number, claimEnd: number, waiver?: WaiverText): TextEdit {
  if (insideTableCell(parseMarkdown(source, true), claimStart)) return inserted(claimEnd, waiver);
  const newline = source.indexOf('\n', claimStart);
  let at = newline < 0 ? source.length : newline;
  if (source[at - 1] === '\r' && at - 1 >= claimEnd) at--;
  // Back over a hard break ("  " or "\\") and trailing blanks, scanning once: a pattern here backtracked cubically.
  const blank = (index: number): boolean => index > claimEnd && (source[index - 1] === ' ' || source[index - 1] === '\t');
  while (blank(at)) at--;
  if (at > claimEnd && source[at - 1] === '\\') at--;
  while (blank(at)) at--;
  return inserted(at, waiver);
}
