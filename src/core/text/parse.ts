// The Markdown parser: unified + remark-parse with GFM (tables, footnotes) and front matter.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Extension } from 'mdast-util-from-markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { ListItem, Paragraph, Root, RootContent, TableCell, TableRow } from 'mdast';
import type { Point } from '../types.ts';

type MarkdownParser = (text: string) => Root;

/**
 * What a tree transform could act on: GFM's autolink literals (its only transform) look for `http://`, `https://`,
 * `www.` and `@` in text, which character references and escapes can also spell. A chunk with none of these is parsed
 * without the transform: it walks the whole tree with four patterns and would change nothing (about a twentieth of a
 * check).
 */
const TRANSFORM_CAN_ACT = /[@&\\]|www|https?:/i;

/** The mdast extensions with no tree transforms. */
const withoutTransforms = (extensions: readonly (Extension | Extension[])[]): Extension[] =>
  extensions.flat().map((extension) => ({ ...extension, transforms: [] }));

/** A character Markdown may read as syntax anywhere in a line (escapes, code, emphasis, strikethrough, links and
 * footnotes, HTML and autolinks, character references, table pipes, e-mail autolinks), or a control character. */
const MAY_BE_SYNTAX = /[\\`*_~[\]<>&|@]|(?!\n)\p{Cc}|www\.|:\/\//iu;
/** A footnote call ("[^2]"): in a block parsed alone, whose definition is in another, remark reads it as the text it
 * is. One followed by what could make it a link, a reference or a definition, or after a `!` or `]`, is left to the
 * parser. */
const FOOTNOTE_CALL = /(?<![!\]])\[\^[A-Za-z0-9-]+\](?![[(:])/g;

/** How a line of plain prose starts: a letter, a quote, a parenthesis or a currency sign, never a block's marker
 * (`#`, `>`, `-`, `+`, `*`, `=`, a digit of an ordered list, indentation). */
const PROSE_START = /^[\p{L}"'“‘(€£$¥]/u;

/** The length of `text` without its trailing line feeds: a chunk ends with the blank lines after its block. */
function bodyLength(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  return end;
}

/** The root remark gives for one block that ends on `line`, whose last line starts at `lastLineStart`, the chunk's
 * trailing line feeds after it. */
function rootOf(text: string, end: number, line: number, lastLineStart: number, block: RootContent): Root {
  const bodyEnd = { line, column: end - lastLineStart + 1, offset: end };
  const lastBreak = text.lastIndexOf('\n');
  const textEnd = { line: line + (text.length - end), column: text.length - lastBreak, offset: text.length };
  return { type: 'root', children: [block], position: { start: { line: 1, column: 1, offset: 0 }, end: end === text.length ? { ...bodyEnd } : textEnd } };
}

/** How many lines `body` has, which starts `from` characters into its block's text, and where in that text its last
 * line starts, if it is plain prose: no character that could be syntax (see above), no blank line, every line
 * opening as prose and none ending in a blank (which would be a hard break or be trimmed). */
function proseLines(body: string, from: number): { lines: number; lastLineStart: number } | undefined {
  if (body === '' || MAY_BE_SYNTAX.test(body.includes('[^') ? body.replace(FOOTNOTE_CALL, 'x') : body)) return undefined;
  let lines = 1;
  let lineStart = 0;
  for (let at = 0; at <= body.length; at++) {
    if (at < body.length && body.charCodeAt(at) !== 0x0a) continue;
    const first = body[lineStart] ?? '';
    const last = body[at - 1] ?? '';
    if (at === lineStart || !PROSE_START.test(first) || last === ' ' || last === '\t') return undefined;
    if (at < body.length) {
      lines++;
      lineStart = at + 1;
    }
  }
  // The first line starts where the block does, before `from`; a later one where its first character is.
  return { lines, lastLineStart: lines === 1 ? 0 : from + lineStart };
}

/** A paragraph of one text node, both spanning `start` to `end` (each given its own copies, as remark gives them). */
function textParagraph(value: string, start: Point, end: Point): Paragraph {
  const span = () => ({ start: { ...start }, end: { ...end } });
  return { type: 'paragraph', children: [{ type: 'text', value, position: span() }], position: span() };
}

/** A paragraph of the prose `proseLines` read, from `from` to `end` of its block's text. */
function proseParagraph(text: string, from: number, end: number, { lines, lastLineStart }: { lines: number; lastLineStart: number }): Paragraph {
  return textParagraph(text.slice(from, end), { line: 1, column: from + 1, offset: from }, { line: lines, column: end - lastLineStart + 1, offset: end });
}

/**
 * A paragraph of plain prose as remark reads it, without running the parser: one text node holding the lines. Only
 * text that no construct could claim qualifies (see `proseLines`); anything else is parsed. Most paragraphs of a real
 * memo are such prose.
 */
export function plainParagraph(text: string): Root | undefined {
  const end = bodyLength(text);
  const prose = proseLines(text.slice(0, end), 0);
  return prose && rootOf(text, end, prose.lines, prose.lastLineStart, proseParagraph(text, 0, end, prose));
}

/** A footnote definition's opening: its label, of letters, digits and hyphens, then a colon and a space. */
const FOOTNOTE_OPEN = /^\[\^([A-Za-z0-9-]+)\]: (?=\S)/;

/**
 * A footnote definition of plain prose ("[^3]: Reuters, 12 May 2025.") as remark reads it, without running the
 * parser: a paragraph of the prose after its opening, on one line or with lazy lines after it, and no footnote call
 * (which might be its own). A memo's notes are blocks of their own.
 */
export function plainFootnoteDefinition(text: string): Root | undefined {
  const open = FOOTNOTE_OPEN.exec(text);
  if (!open?.[1]) return undefined;
  const end = bodyLength(text);
  const from = open[0].length;
  const body = text.slice(from, end);
  const prose = body.includes('[') ? undefined : proseLines(body, from);
  if (!prose) return undefined;
  const label = open[1];
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: prose.lines, column: end - prose.lastLineStart + 1, offset: end } };
  return rootOf(text, end, prose.lines, prose.lastLineStart, { type: 'footnoteDefinition', identifier: label.toLowerCase(), label, children: [proseParagraph(text, from, end, prose)], position });
}

/**
 * A block quote of one paragraph of plain prose ("> The fund raised $47.5 billion.") as remark reads it, without
 * running the parser: every line opens with "> " and then reads as prose (see `proseLines`); its text is the lines
 * without their markers.
 */
export function plainBlockquote(text: string): Root | undefined {
  if (!text.startsWith('> ')) return undefined;
  const end = bodyLength(text);
  const lines = text.slice(0, end).split('\n');
  if (!lines.every((line) => line.startsWith('> '))) return undefined;
  const value = lines.map((line) => line.slice(2)).join('\n');
  if (!proseLines(value, 2)) return undefined;
  const lastLineStart = end - (lines.at(-1)?.length ?? 0);
  const quoteEnd = { line: lines.length, column: end - lastLineStart + 1, offset: end };
  const paragraph = textParagraph(value, { line: 1, column: 3, offset: 2 }, quoteEnd);
  return rootOf(text, end, lines.length, lastLineStart, { type: 'blockquote', children: [paragraph], position: { start: { line: 1, column: 1, offset: 0 }, end: quoteEnd } });
}

/** An ATX heading's opening: one to six `#` and spaces, then its words. */
const HEADING_OPEN = /^(#{1,6}) +(?=\S)/;

/**
 * An ATX heading of plain words ("## Export controls") as remark reads it, without running the parser: one line, no
 * character that could be syntax (as for paragraphs), no tab, and no `#` or space at its end (a closing sequence or
 * trailing blanks, which remark trims). Each of a memo's headings is a chunk of its own.
 */
export function plainHeading(text: string): Root | undefined {
  const end = bodyLength(text);
  const body = text.slice(0, end);
  const open = HEADING_OPEN.exec(body);
  const last = body[end - 1];
  if (!open || body.includes('\n') || body.includes('\t') || last === ' ' || last === '#' || MAY_BE_SYNTAX.test(body)) return undefined;
  const depth = (open[1] ?? '').length as 1 | 2 | 3 | 4 | 5 | 6;
  const lineEnd = { line: 1, column: end + 1, offset: end };
  const words = { type: 'text' as const, value: body.slice(open[0].length), position: { start: { line: 1, column: open[0].length + 1, offset: open[0].length }, end: { ...lineEnd } } };
  return rootOf(text, end, 1, 0, { type: 'heading', depth, children: [words], position: { start: { line: 1, column: 1, offset: 0 }, end: { ...lineEnd } } });
}

/** A bullet list item's marker and its one space. */
const BULLET = /^[-+*] /;

/**
 * A tight bullet list of plain items ("- Japan sits in Tier 1.") as remark reads it, without running the parser: every
 * line an item of one marker and one space, each item's words plain prose as a paragraph's must be (so no sublist,
 * task box, quote or heading inside, and no line that could continue an item lazily).
 */
export function plainList(text: string): Root | undefined {
  const end = bodyLength(text);
  const body = text.slice(0, end);
  const marker = body[0];
  if (!BULLET.test(body) || body.includes('\r')) return undefined;
  const items: ListItem[] = [];
  let lineStart = 0;
  let line = 1;
  while (lineStart <= end) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = end;
    const words = body.slice(lineStart + 2, lineEnd);
    const last = words[words.length - 1];
    if (body[lineStart] !== marker || body[lineStart + 1] !== ' ' || !PROSE_START.test(words) || last === ' ' || last === '\t' || MAY_BE_SYNTAX.test(words)) return undefined;
    const itemEnd = { line, column: lineEnd - lineStart + 1, offset: lineEnd };
    const paragraph = textParagraph(words, { line, column: 3, offset: lineStart + 2 }, itemEnd);
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: { start: { line, column: 1, offset: lineStart }, end: { ...itemEnd } } });
    if (lineEnd === end) break;
    lineStart = lineEnd + 1;
    line++;
  }
  const listEnd = { line, column: end - lineStart + 1, offset: end };
  return rootOf(text, end, line, lineStart, { type: 'list', ordered: false, start: null, spread: false, children: items, position: { start: { line: 1, column: 1, offset: 0 }, end: listEnd } });
}

/** A delimiter row's cell, trimmed: dashes, and colons for alignment. */
const DELIMITER_CELL = /^:?-+:?$/;

/** The places of a table line's pipes, when the line starts and ends with one. */
function pipesOf(line: string): number[] | undefined {
  if (line[0] !== '|' || line[line.length - 1] !== '|') return undefined;
  const pipes: number[] = [];
  for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) pipes.push(at);
  return pipes.length >= 2 ? pipes : undefined;
}

const alignOf = (cell: string): 'left' | 'right' | 'center' | null =>
  cell.startsWith(':') ? (cell.endsWith(':') ? 'center' : 'left') : cell.endsWith(':') ? 'right' : null;

/**
 * A GFM table of plain cells ("| Japan | Tier 1 |") as remark reads it, without running the parser: every line opens
 * and closes with a pipe, the second is the delimiter row, every row has the header's cells, and each cell is one
 * space, plain words (no character that could be syntax, as for paragraphs) and one space. A cell runs from its
 * pipe to the next, the last one's closing pipe included.
 */
export function plainTable(text: string): Root | undefined {
  // Every block the parser reads comes through here: only one that opens with a pipe is split into lines.
  if (text[0] !== '|') return undefined;
  const end = bodyLength(text);
  const lines = text.slice(0, end).split('\n');
  if (lines.length < 2 || text.includes('\r') || text.includes('\t')) return undefined;
  const delimiter = pipesOf(lines[1] ?? '');
  const header = pipesOf(lines[0] ?? '');
  if (!delimiter || !header || delimiter.length !== header.length) return undefined;
  const align: ('left' | 'right' | 'center' | null)[] = [];
  for (let cell = 0; cell + 1 < delimiter.length; cell++) {
    const written = (lines[1] ?? '').slice((delimiter[cell] ?? 0) + 1, delimiter[cell + 1]).trim();
    if (!DELIMITER_CELL.test(written)) return undefined;
    align.push(alignOf(written));
  }
  const rows: TableRow[] = [];
  let lineStart = 0;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    const pipes = pipesOf(line);
    if (!pipes || pipes.length !== header.length) return undefined;
    if (index !== 1) {
      const cells: TableCell[] = [];
      for (let cell = 0; cell + 1 < pipes.length; cell++) {
        const from = (pipes[cell] ?? 0) + 2;
        const to = (pipes[cell + 1] ?? 0) - 1;
        const words = line.slice(from, to);
        if (line[from - 1] !== ' ' || line[to] !== ' ' || words === '' || words.trim() !== words || MAY_BE_SYNTAX.test(words)) return undefined;
        const cellEnd = cell + 2 === pipes.length ? line.length : (pipes[cell + 1] ?? 0);
        const point = (column: number) => ({ line: number, column: column + 1, offset: lineStart + column });
        cells.push({ type: 'tableCell', children: [{ type: 'text', value: words, position: { start: point(from), end: point(to) } }], position: { start: point(pipes[cell] ?? 0), end: point(cellEnd) } });
      }
      rows.push({ type: 'tableRow', children: cells, position: { start: { line: number, column: 1, offset: lineStart }, end: { line: number, column: line.length + 1, offset: lineStart + line.length } } });
    }
    lineStart += line.length + 1;
  }
  const last = lines.length;
  const lastStart = end - (lines[last - 1] ?? '').length;
  return rootOf(text, end, last, lastStart, { type: 'table', align, children: rows, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: last, column: end - lastStart + 1, offset: end } } });
}

/**
 * The processor's syntax extensions, given straight to mdast-util-from-markdown as remark-parse gives them: a memo is
 * parsed block by block, and `processor.parse` wraps every call in a new VFile, about 50 µs a call (measured on a
 * one-word block: 124 µs against 72 µs), which is most of a short block's parse.
 * Plain paragraphs, headings, bullet lists, tables, footnote definitions and block quotes are read without it (above).
 */
function parserOf(processor: Processor<Root>): MarkdownParser {
  // The syntax extensions combined once into one: micromark combines what it is given with its own constructs on
  // every call, and a memo is parsed in thousands of calls.
  const extensions = [combineExtensions(processor.data('micromarkExtensions') ?? [])];
  const mdastExtensions = processor.data('fromMarkdownExtensions') ?? [];
  const full = { extensions, mdastExtensions };
  const untransformed = { extensions, mdastExtensions: withoutTransforms(mdastExtensions) };
  return (text) => plainParagraph(text) ?? plainHeading(text) ?? plainList(text) ?? plainTable(text) ?? plainFootnoteDefinition(text) ?? plainBlockquote(text) ?? fromMarkdown(text, TRANSFORM_CAN_ACT.test(text) ? full : untransformed);
}

const withFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze());
const withoutFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).freeze());

/** Parses Markdown; front matter is recognised only at the very start of a memo. */
export function parseMarkdown(text: string, atMemoStart: boolean): Root {
  return (atMemoStart ? withFrontMatter : withoutFrontMatter)(text);
}
