import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { splitChunks } from '../../src/core/text/chunks.ts';
import { parseMarkdown, plainBlockquote, plainFootnoteDefinition, plainHeading, plainList, plainParagraph, plainTable } from '../../src/core/text/parse.ts';
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

  it('reads plain prose, headings, bullet lists, footnote definitions and block quotes without the parser exactly as remark does, and leaves all else to it', () => {
    // Random blocks of words and every character that could start or end a construct, from a fixed seed.
    let state = 7;
    const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = ['Fund', 'raised', '$47.5 billion', 'Tier 2', 'é', '“quoted”', '(note)', ' ', '  ', '\t', '\n', '\n\n', '1. ', '- ', '# ', '> ',
      '=', '*', '_', '`', '~', '[', ']', '!', '<', '&amp;', '|', '@', 'www.x.org', 'http://x', '\\', ':', '.', ',', '\u0000', '\r\n', '-', '+', '2)', '    ', '#', ' #',
      '[^2]', '[^note-1]', '[^2]:', '[^2](x)', '[^2][a]', '![^2]', '[^a b]', '[^]', '[^2]\n\n[^2]: a note'];
    // Footnote calls, which a block without their definition reads as text, among the prose pieces.
    const prose = [...pieces.slice(0, 11), '[^2]', '[^note-1]'];
    // How a block opens: prose, a heading's marks (seven are not a heading), a bullet, or nothing; list samples put a
    // bullet (or something like one) after some of their line breaks.
    const openings = ['The ', 'The ', '# ', '## ', '###### ', '####### ', '#  ', '#', '- ', '- ', '* ', '+ ', '-  ', '-', '',
      '[^2]: ', '[^Note-1]: ', '[^2]:', '[^2]:  ', '[^a b]: ', '[^2]: The ', '> ', '> ', '> The ', '>', '>  ', '> > '];
    // Block quotes put a marker (or something like one, or none) after their line breaks.
    const quoteMarks = ['> ', '> ', '> ', '>', '>The ', '>  ', '', '> > ', '> - '];
    const bullets = ['- ', '- ', '- ', '* ', '+ ', '-', '  ', '1. ', ''];
    let plain = 0;
    let headings = 0;
    let lists = 0;
    let notes = 0;
    let quotes = 0;
    // Block quotes with and without the space after a marker, lazy and blank lines, and notes with lazy lines.
    for (const text of ['> The fund.\n>Quoted again.\n', '>No space.', '> Lazy\nline.', '> One.\n>\n> Two.', '> One.\n> Two.\n\n', '[^2]: A note.\nLazy line.', '[^2]: A note.\n    Indented line.']) {
      assert.deepEqual(parseMarkdown(text, false), reference(text, false), JSON.stringify(text));
    }
    for (let sample = 0; sample < 10000; sample++) {
      // Half the samples draw from the prose pieces and line breaks only, so both ways are well exercised.
      const drawn = next() < 0.5 ? prose : pieces;
      const parts = Array.from({ length: 1 + Math.floor(next() * 12) }, () => drawn[Math.floor(next() * drawn.length)]);
      const opening = openings[Math.floor(next() * openings.length)] ?? '';
      const words = parts.join(next() < 0.5 ? ' ' : '');
      const marks = /^[-*+]/.test(opening) ? bullets : opening.startsWith('>') ? quoteMarks : undefined;
      const body = marks ? words.replace(/\n(?!\n)/g, () => `\nThe ${marks[Math.floor(next() * marks.length)]}`.replace('The ', next() < 0.8 ? '' : 'The ')) : words;
      const text = `${opening}${body}${next() < 0.5 ? '\n' : ''}`;
      if (plainParagraph(text)) plain++;
      if (plainHeading(text)) headings++;
      if (plainList(text)) lists++;
      if (plainFootnoteDefinition(text)) notes++;
      if (plainBlockquote(text)) quotes++;
      assert.deepEqual(parseMarkdown(text, false), reference(text, false), JSON.stringify(text));
    }
    assert.ok(plain > 50 && plain < 9000, `${plain} of 10000 read as plain prose`);
    assert.ok(headings > 50 && headings < 9000, `${headings} of 10000 read as plain headings`);
    assert.ok(lists > 50 && lists < 9000, `${lists} of 10000 read as plain bullet lists`);
    assert.ok(notes > 50 && notes < 9000, `${notes} of 10000 read as plain footnote definitions`);
    assert.ok(quotes > 50 && quotes < 9000, `${quotes} of 10000 read as plain block quotes`);
  });

  it('reads tables of plain cells without the parser exactly as remark does, and leaves all else to it', () => {
    let state = 11;
    const next = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const words = ['Japan', 'Tier 1', '$47.5 billion', '2,029', 'é', '---', '-', ':', '', ' ', 'a  b', '*x*', '`c`', '\\|', '<b>', 'www.x.org', '&amp;', '[^n]', '|'];
    const delimiters = ['---', ':--', '--:', ':-:', ' --- ', '-', '', 'x', '::'];
    let plain = 0;
    for (let sample = 0; sample < 3000; sample++) {
      const columns = 1 + Math.floor(next() * 4);
      const cellOf = () => (next() < 0.85 ? ` ${pick(words)} ` : pick(words));
      const rowOf = (count: number) => `${next() < 0.95 ? '|' : ''}${Array.from({ length: count }, cellOf).join('|')}${next() < 0.95 ? '|' : ' '}`;
      const delimiter = `|${Array.from({ length: next() < 0.9 ? columns : columns + 1 }, () => (next() < 0.5 ? ` ${pick(delimiters)} ` : pick(delimiters))).join('|')}|`;
      const body = Array.from({ length: Math.floor(next() * 4) }, () => rowOf(next() < 0.85 ? columns : 1 + Math.floor(next() * 4)));
      const text = `${[rowOf(columns), delimiter, ...body].join('\n')}${pick(['', '\n', '\n\n'])}`;
      if (plainTable(text)) plain++;
      assert.deepEqual(parseMarkdown(text, false), reference(text, false), JSON.stringify(text));
    }
    assert.ok(plain > 100 && plain < 2500, `${plain} of 3000 read as plain tables`);
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
