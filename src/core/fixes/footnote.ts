// The "cite the source" quick fix: a GFM footnote reference after the claim and its definition, reusing the memo's
// footnote for the same source (same web address, or same title and publisher) when there is one and numbering a new
// one after the highest numbered label. The reference follows the memo's own placement: after the punctuation that
// ends the claim's clause when the memo's footnotes stand after punctuation (or when it has none), else before it.
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

/** Marks a reference may stand after: the end of a clause or sentence, and quotes or brackets closing it. */
const CLOSING = /^[.,;:!?)\]"'’”]{1,3}/;

function footnotesOf(source: string): { definitions: FootnoteDefinition[]; labels: string[]; afterPunctuation: number; beforePunctuation: number } {
  const definitions: FootnoteDefinition[] = [];
  const labels: string[] = [];
  let afterPunctuation = 0;
  let beforePunctuation = 0;
  visit(parseMarkdown(source, true), (node) => {
    if (node.type !== 'footnoteDefinition' && node.type !== 'footnoteReference') return;
    labels.push(node.label ?? node.identifier);
    if (node.type === 'footnoteReference' && node.position) {
      const { start, end } = node.position;
      if (CLOSING.test(source[(start.offset ?? 0) - 1] ?? '')) afterPunctuation++;
      else if (CLOSING.test(source.slice(end.offset ?? 0))) beforePunctuation++;
    }
    if (node.type === 'footnoteDefinition' && node.position) {
      const { start, end } = node.position;
      definitions.push({ label: node.label ?? node.identifier, end: end.offset!, raw: source.slice(start.offset, end.offset) });
    }
  });
  return { definitions, labels, afterPunctuation, beforePunctuation };
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
  if (url !== undefined && definition.raw.includes(url)) return true;
  const said = (text: string): boolean => definition.raw.includes(readableMarkdownText(text));
  return said(source.title) && said(source.publisher);
}

function nextLabel(labels: readonly string[]): string {
  const numbers = labels.filter((label) => /^\d+$/.test(label)).map(Number);
  return String(numbers.length > 0 ? Math.max(...numbers) + 1 : 1);
}

/** Edits that cite `source` for the claim ending at `claimEnd`; the rest of the memo stays byte for byte. */
export function citeInFootnoteEdits(memo: string, claimEnd: number, source: Source): TextEdit[] {
  const { definitions, labels, afterPunctuation, beforePunctuation } = footnotesOf(memo);
  const existing = definitions.find((definition) => isSameSource(definition, source));
  const label = existing?.label ?? nextLabel(labels);
  const closing = afterPunctuation >= beforePunctuation ? (CLOSING.exec(memo.slice(claimEnd))?.[0].length ?? 0) : 0;
  const reference: TextEdit = { start: claimEnd + closing, end: claimEnd + closing, text: `[^${label}]` };
  if (existing) return [reference];
  const eol = lineEndingOf(memo);
  const line = `[^${label}]: ${footnoteText(source)}`;
  const last = definitions.at(-1);
  if (last) return [reference, { start: last.end, end: last.end, text: `${eol}${line}` }];
  const ending = memo.endsWith(eol + eol) ? '' : memo.endsWith(eol) ? eol : eol + eol;
  const definition = `${ending}${line}${eol}`;
  // A memo whose last character closes the claim: the reference and the definition are one insertion at its end.
  if (reference.start === memo.length) return [{ start: memo.length, end: memo.length, text: `${reference.text}${definition}` }];
  return [reference, { start: memo.length, end: memo.length, text: definition }];
}

/** The reference value written over the claim and `source` cited for it, in edits that do not touch one another. */
export function replaceAndCiteEdits(memo: string, claimStart: number, claimEnd: number, replacement: string, source: Source): TextEdit[] {
  const [reference, ...definition] = citeInFootnoteEdits(memo, claimEnd, source);
  if (!reference) return [{ start: claimStart, end: claimEnd, text: replacement }];
  // A reference right after the claim joins the replacement: an insertion where a replacement ends overlaps it.
  if (reference.start === claimEnd) return [{ start: claimStart, end: claimEnd, text: `${replacement}${reference.text}` }, ...definition];
  return [{ start: claimStart, end: claimEnd, text: replacement }, reference, ...definition];
}
