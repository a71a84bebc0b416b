// The quick fixes' edits, applied to memos as authors write them, then checked again with the engine.
import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/fixes/edit.ts';
import { citeInFootnoteEdits, replaceAndCiteEdits } from '../../src/core/fixes/footnote.ts';
import { ignoreClaimEdit } from '../../src/core/fixes/ignore.ts';
import type { Source } from '../../src/core/types.ts';
import { check, claim, texts } from './helpers.ts';

const reuters: Source = { title: 'China sets up third fund (Reuters)', publisher: 'Mezha', date: '2024-05-27', url: 'https://example.org/big-fund' };

function ignoreFix(memo: string, text: string): string {
  const found = claim(check(memo), text);
  return applyEdits(memo, [ignoreClaimEdit(memo, found.start.offset, found.end.offset)]);
}

function citeFix(memo: string, text: string, source: Source = reuters): string {
  const found = claim(check(memo), text);
  return applyEdits(memo, citeInFootnoteEdits(memo, found.end.offset, source));
}

describe('ignore-this-claim fix', () => {
  it('ends the claim\'s line of a paragraph with the directive, which hides that claim only', () => {
    const memo = 'Beijing raised a $37.5 billion fund\nand Japan is a Tier 3 country.\n';
    const fixed = ignoreFix(memo, '$37.5 billion');
    assert.equal(fixed, 'Beijing raised a $37.5 billion fund <!-- memocheck-ignore-line reason="" -->\nand Japan is a Tier 3 country.\n');
    const result = check(fixed);
    assert.deepEqual(texts(result), ['Japan']);
    assert.equal(result.suppressed, 1);
  });

  it('keeps a hard line break at the end of the line', () => {
    const memo = 'Japan is a Tier 3 country.  \nIndia is a Tier 3 country.\\\nFrance is in Tier 1.\n';
    assert.equal(ignoreFix(memo, 'Japan'), 'Japan is a Tier 3 country. <!-- memocheck-ignore-line reason="" -->  \nIndia is a Tier 3 country.\\\nFrance is in Tier 1.\n');
    assert.equal(ignoreFix(memo, 'India'), 'Japan is a Tier 3 country.  \nIndia is a Tier 3 country. <!-- memocheck-ignore-line reason="" -->\\\nFrance is in Tier 1.\n');
    assert.deepEqual(texts(check(ignoreFix(memo, 'India'))), ['Japan', 'France']);
  });

  it('puts the directive inside the cell of a table row, so the table keeps its shape', () => {
    const memo = '| Country | Tier |\n| --- | --- |\n| Japan | 3 |\n| India | 2 |\n';
    const fixed = ignoreFix(memo, 'Japan');
    assert.equal(fixed, '| Country | Tier |\n| --- | --- |\n| Japan <!-- memocheck-ignore-line reason="" --> | 3 |\n| India | 2 |\n');
    assert.deepEqual(texts(check(fixed)), ['India']);
  });

  it('works in list items and headings', () => {
    const memo = '# Japan is in Tier 3\n\n- India is a Tier 3 country.\n- France is in Tier 1.\n';
    assert.deepEqual(texts(check(ignoreFix(memo, 'Japan'))), ['India', 'France']);
    assert.deepEqual(texts(check(ignoreFix(memo, 'India'))), ['Japan', 'France']);
  });
});

describe('cite-the-source fix', () => {
  it('adds a reference after the claim and a first definition at the end, touching nothing else', () => {
    const memo = '# Funds\n\nBeijing raised a $37.5 billion fund.\n';
    assert.equal(citeFix(memo, '$37.5 billion'), '# Funds\n\nBeijing raised a $37.5 billion[^1] fund.\n\n[^1]: China sets up third fund (Reuters), Mezha, 2024-05-27. <https://example.org/big-fund>\n');
  });

  it('numbers after the highest numbered footnote and writes the definition after the last one', () => {
    const memo = 'Beijing raised a $37.5 billion fund.[^2] See also.[^note]\n\n[^2]: An earlier source.\n[^note]: A named note.\n\n## Later\n\nMore text.\n';
    const fixed = citeFix(memo, '$37.5 billion');
    assert.equal(fixed, 'Beijing raised a $37.5 billion[^3] fund.[^2] See also.[^note]\n\n[^2]: An earlier source.\n[^note]: A named note.\n[^3]: China sets up third fund (Reuters), Mezha, 2024-05-27. <https://example.org/big-fund>\n\n## Later\n\nMore text.\n');
  });

  it('reuses the footnote that already cites the same source', () => {
    const memo = 'Japan is in Tier 3.[^1]\n\nBeijing raised a $37.5 billion fund.\n\n[^1]: Reuters, <https://example.org/big-fund>\n';
    assert.equal(citeFix(memo, '$37.5 billion'), memo.replace('$37.5 billion', '$37.5 billion[^1]'));
  });

  it('keeps CRLF line endings, and a memo without a final newline gets a blank line before the definition', () => {
    assert.equal(citeFix('Big Fund III raised $37.5 billion.\r\n', '$37.5 billion'), 'Big Fund III raised $37.5 billion.[^1]\r\n\r\n[^1]: China sets up third fund (Reuters), Mezha, 2024-05-27. <https://example.org/big-fund>\r\n');
    assert.equal(citeFix('Big Fund III raised $37.5 billion.', '$37.5 billion'), 'Big Fund III raised $37.5 billion.[^1]\n\n[^1]: China sets up third fund (Reuters), Mezha, 2024-05-27. <https://example.org/big-fund>\n');
  });

  it('escapes Markdown in dataset text and drops addresses that are not web links', () => {
    const hostile: Source = { title: '[click](command:evil) <img src=x onerror=alert(1)> *bold*', publisher: 'P', url: 'javascript:alert(1)' };
    const fixed = citeFix('Big Fund III raised $37.5 billion.\n', '$37.5 billion', hostile);
    assert.ok(fixed.endsWith('[^1]: \\[click\\](command:evil) \\<img src=x onerror=alert(1)\\> \\*bold\\*, P.\n'), fixed);
  });

  it('leaves footnote-looking text in code blocks alone', () => {
    const memo = 'Big Fund III raised $37.5 billion.\n\n```md\n[^7]: not a footnote\n```\n';
    assert.ok(citeFix(memo, '$37.5 billion').includes('$37.5 billion.[^1]'));
  });

  it('places the reference as the memo places its footnotes: after the closing punctuation, or before it', () => {
    const after = 'Costs rose.[^1]\n\nBig Fund III raised $37.5 billion.\n\n[^1]: A report.\n';
    assert.ok(citeFix(after, '$37.5 billion').includes('raised $37.5 billion.[^2]\n'));
    const before = 'Costs rose[^1], then fell[^2].\n\nBig Fund III raised $37.5 billion.\n\n[^1]: A report.\n[^2]: Another.\n';
    assert.ok(citeFix(before, '$37.5 billion').includes('raised $37.5 billion[^3].\n'));
    // In mid-sentence the reference follows the figure whatever the style.
    assert.ok(citeFix(after, '$37.5 billion').startsWith('Costs rose.[^1]'));
    assert.ok(citeFix('Beijing raised a $37.5 billion fund.\n', '$37.5 billion').startsWith('Beijing raised a $37.5 billion[^1] fund.'));
  });

  it('reuses a footnote that names the same title and publisher when the source has no web address', () => {
    const source: Source = { title: 'Annual report 2024', publisher: 'Big Fund Office' };
    const memo = 'Big Fund III raised $37.5 billion.\n\n[^a]: Big Fund Office, *Annual report 2024*, p. 12.\n';
    assert.equal(citeFix(memo, '$37.5 billion', source), memo.replace('billion.', 'billion.[^a]'));
  });

  it('writes the reference value and cites its source in one fix, the edits apart', () => {
    const memo = 'Big Fund III raised $37.5 billion.\n';
    const found = claim(check(memo), '$37.5 billion');
    const fixed = applyEdits(memo, replaceAndCiteEdits(memo, found.start.offset, found.end.offset, '$47.5 billion', reuters));
    assert.equal(fixed, 'Big Fund III raised $47.5 billion.[^1]\n\n[^1]: China sets up third fund (Reuters), Mezha, 2024-05-27. <https://example.org/big-fund>\n');
    const midSentence = 'Beijing raised a $37.5 billion fund.\n';
    const inside = claim(check(midSentence), '$37.5 billion');
    const edits = replaceAndCiteEdits(midSentence, inside.start.offset, inside.end.offset, '$47.5 billion', reuters);
    assert.ok(edits.every((edit, index) => edits.slice(index + 1).every((other) => other.start >= edit.end || other.end <= edit.start)), JSON.stringify(edits));
    assert.ok(applyEdits(midSentence, edits).startsWith('Beijing raised a $47.5 billion[^1] fund.'));
  });
});
