import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { splitChunks } from '../../src/core/text/chunks.ts';
import { parseMarkdown } from '../../src/core/text/parse.ts';
import { fixture, readFixture } from './helpers.ts';

// The reference: remark's own processor, every transform run on every chunk.
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
const remarkBody = unified().use(remarkParse).use(remarkGfm).freeze();
const reference = (text: string, atMemoStart: boolean) => (atMemoStart ? remark : remarkBody).parse(text);

const memos = [
  ...readdirSync(fixture('claims')).filter((name) => name.endsWith('.md')).map((name) => `claims/${name}`),
  ...readdirSync(fixture('memos')).map((name) => `memos/${name}`),
  '../../examples/export-controls-memo.md',
];

describe('the Markdown parser', () => {
  it('gives remark’s own tree for every block of the fixture memos', () => {
    let blocks = 0;
    for (const memo of memos) {
      for (const chunk of splitChunks(readFixture(memo))) {
        assert.deepEqual(parseMarkdown(chunk.text, chunk.start === 0), reference(chunk.text, chunk.start === 0), `${memo} at ${chunk.start}`);
        blocks++;
      }
    }
    assert.ok(blocks > 100, `only ${blocks} blocks read`);
  });

  it('still turns autolink literals into links when a reference or an escape spells them', () => {
    const spelled = [
      'Write to press&#64;example.org about the fund.',
      'See www&#46;example.org for the rule.',
      'See WWW.EXAMPLE.ORG and HTTPS://example.org/rule for the rule.',
      'See ww\\w.example.org for the rule.',
      'Mail mailto:desk&#64;example.org or xmpp:desk@example.org.',
    ];
    for (const text of spelled) {
      const tree = parseMarkdown(text, false);
      assert.deepEqual(tree, reference(text, false), text);
    }
    assert.ok(JSON.stringify(parseMarkdown(spelled[0] ?? '', false)).includes('"type":"link"'), 'a link made of a character reference');
  });
});
