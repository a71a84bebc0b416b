// The "cite the source" quick fix: a GFM footnote reference after the claim and its definition, reusing the memo's
// footnote for the same source when there is one and numbering a new one after the highest numbered label.
import { visit } from 'unist-util-visit';
import { readableMarkdownText } from '../text/markdown-text.ts';
import { parseMarkdown } from '../text/parse.ts';
import { citation } from '../judge/sources.ts';
import type { Source } from '../types.ts';
import { lineEndingOf, type TextEdit } from './edit.ts';

interface FootnoteDefinition {
  label: string;
  end: number;
  raw: string;
}

function footnotesOf(source: string): { definitions: FootnoteDefinition[]; labels: string[] } {
  const definitions: FootnoteDefinition[] = [];
  const labels: string[] = [];
  visit(parseMarkdown(source, true), (node) => {
    if (node.type !== 'footnoteDefinition' && node.type !== 'footnoteReference') return;
    labels.push(node.label ?? node.identifier);
    if (node.type === 'footnoteDefinition' && node.position) {
      const { start, end } = node.position;
      definitions.push({ label: node.label ?? node.identifier, end: end.offset!, raw: source.slice(start.offset, end.offset) });
    }
  });
  return { definitions, labels };
}


/** Only plain web addresses become autolinks; anything else stays out of the memo. */
export function webAddress(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>]+$/i.test(url) ? url : undefined;
}

export function footnoteText(source: Source): string {
  const url = webAddress(source.url);
  // One escaped line: a title with a line break, a fence, emphasis or a bare address stays text in the memo.
  return `${readableMarkdownText(citation(source))}.${url ? ` <${url}>` : ''}`;
}

function isSameSource(definition: FootnoteDefinition, source: Source): boolean {
  const url = webAddress(source.url);
  return url !== undefined ? definition.raw.includes(url) : definition.raw.includes(footnoteText(source));
}

function nextLabel(labels: readonly string[]): string {
  const numbers = labels.filter((label) => /^\d+$/.test(label)).map(Number);
  return String(numbers.length > 0 ? Math.max(...numbers) + 1 : 1);
}

/** Edits that cite `source` for the claim ending at `claimEnd`; the rest of the memo stays byte for byte. */
export function citeInFootnoteEdits(memo: string, claimEnd: number, source: Source): TextEdit[] {
  const { definitions, labels } = footnotesOf(memo);
  const existing = definitions.find((definition) => isSameSource(definition, source));
  const label = existing?.label ?? nextLabel(labels);
  const reference: TextEdit = { start: claimEnd, end: claimEnd, text: `[^${label}]` };
  if (existing) return [reference];
  const eol = lineEndingOf(memo);
  const line = `[^${label}]: ${footnoteText(source)}`;
  const last = definitions.at(-1);
  if (last) return [reference, { start: last.end, end: last.end, text: `${eol}${line}` }];
  const ending = memo.endsWith(eol + eol) ? '' : memo.endsWith(eol) ? eol : eol + eol;
  return [reference, { start: memo.length, end: memo.length, text: `${ending}${line}${eol}` }];
}
