// The Markdown parser: unified + remark-parse with GFM (tables, footnotes) and front matter.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Extension } from 'mdast-util-from-markdown';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Root } from 'mdast';

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

/**
 * The processor's syntax extensions, given straight to mdast-util-from-markdown as remark-parse gives them: a memo is
 * parsed block by block, and `processor.parse` wraps every call in a new VFile, about 50 µs a call (measured on a
 * one-word block: 124 µs against 72 µs), which is most of a short block's parse.
 */
/** A character Markdown may read as syntax anywhere in a line (escapes, code, emphasis, strikethrough, links and
 * footnotes, HTML and autolinks, character references, table pipes, e-mail autolinks), or a control character. */
const MAY_BE_SYNTAX = /[\\`*_~[\]<>&|@]|(?!\n)\p{Cc}|www\.|:\/\//iu;
/** How a line of plain prose starts: a letter, a quote, a parenthesis or a currency sign, never a block's marker
 * (`#`, `>`, `-`, `+`, `*`, `=`, a digit of an ordered list, indentation). */
const PROSE_START = /^[\p{L}"'“‘(€£$¥]/u;

/**
 * A paragraph of plain prose as remark reads it, without running the parser: one text node holding the lines. Only
 * text that no construct could claim qualifies (see above; no blank line, no space at either end of a line, which
 * would be a hard break or be trimmed); anything else is parsed. Most paragraphs of a real memo are such prose.
 */
export function plainParagraph(text: string): Root | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  const body = text.slice(0, end);
  if (body === '' || MAY_BE_SYNTAX.test(body)) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at <= body.length; at++) {
    if (at < body.length && body.charCodeAt(at) !== 0x0a) continue;
    const first = body[lineStart] ?? '';
    const last = body[at - 1] ?? '';
    if (at === lineStart || !PROSE_START.test(first) || last === ' ' || last === '\t') return undefined;
    if (at < body.length) {
      line++;
      lineStart = at + 1;
    }
  }
  const start = { line: 1, column: 1, offset: 0 };
  const bodyEnd = { line, column: body.length - lineStart + 1, offset: body.length };
  const lastBreak = text.lastIndexOf('\n');
  const textEnd = { line: line + (text.length - body.length), column: text.length - lastBreak, offset: text.length };
  const position = { start, end: bodyEnd };
  return {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: body, position: { start: { ...start }, end: { ...bodyEnd } } }], position }],
    position: { start: { ...start }, end: end === text.length ? { ...bodyEnd } : textEnd },
  };
}

function parserOf(processor: Processor<Root>): MarkdownParser {
  // The syntax extensions combined once into one: micromark combines what it is given with its own constructs on
  // every call, and a memo is parsed in thousands of calls.
  const extensions = [combineExtensions(processor.data('micromarkExtensions') ?? [])];
  const mdastExtensions = processor.data('fromMarkdownExtensions') ?? [];
  const full = { extensions, mdastExtensions };
  const untransformed = { extensions, mdastExtensions: withoutTransforms(mdastExtensions) };
  return (text) => plainParagraph(text) ?? fromMarkdown(text, TRANSFORM_CAN_ACT.test(text) ? full : untransformed);
}

const withFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze());
const withoutFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).freeze());

/** Parses Markdown; front matter is recognised only at the very start of a memo. */
export function parseMarkdown(text: string, atMemoStart: boolean): Root {
  return (atMemoStart ? withFrontMatter : withoutFrontMatter)(text);
}
