// The Markdown parser: unified + remark-parse with GFM (tables, footnotes) and front matter.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses Markdown; front matter is recognised only at the very start of a memo. */
export function parseMarkdown(text: string, atMemoStart: boolean): Root {
  return (atMemoStart ? withFrontMatter : withoutFrontMatter).parse(text);
}
