// The Markdown parser: unified + remark-parse with GFM (tables, footnotes) and front matter.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Extension } from 'mdast-util-from-markdown';
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
function parserOf(processor: Processor<Root>): MarkdownParser {
  const extensions = processor.data('micromarkExtensions') ?? [];
  const mdastExtensions = processor.data('fromMarkdownExtensions') ?? [];
  const full = { extensions, mdastExtensions };
  const untransformed = { extensions, mdastExtensions: withoutTransforms(mdastExtensions) };
  return (text) => fromMarkdown(text, TRANSFORM_CAN_ACT.test(text) ? full : untransformed);
}

const withFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze());
const withoutFrontMatter = parserOf(unified().use(remarkParse).use(remarkGfm).freeze());

/** Parses Markdown; front matter is recognised only at the very start of a memo. */
export function parseMarkdown(text: string, atMemoStart: boolean): Root {
  return (atMemoStart ? withFrontMatter : withoutFrontMatter)(text);
}
