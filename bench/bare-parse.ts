// The yardstick of the whole-process figures: a bare remark parse (remark-parse with GFM and front matter, the syntax
// the checker reads) of the file named on the command line, bundled and minified as the CLI is, so both pay the same
// start-up.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(readFileSync(process.argv[2] ?? '', 'utf8'));
process.stdout.write(`${tree.children.length} blocks\n`);
