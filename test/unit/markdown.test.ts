import assert from 'node:assert/strict';
import { check, summary, texts } from './helpers.ts';

describe('where claims are found', () => {
  it('finds claims in headings, list items, block quotes, tables, footnote definitions and link text', () => {
    const memo = [
      '## The $47.5 billion third Big Fund',
      '',
      '- R1 scored 90.8% on MMLU.',
      '',
      '> Japan is a Tier 1 country.',
      '',
      '| Fund | Size |',
      '|---|---|',
      '| Big Fund III | $47.5 billion |',
      '',
      'See the note.[^n] And [the third Big Fund of $47.5 billion](https://example.org/$99-billion).',
      '',
      '[^n]: The Big Fund III holds 344 billion yuan.',
      '',
    ].join('\n');
    assert.deepEqual(summary(check(memo)), [
      '1:8 supported amount $47.5 billion',
      '3:13 supported benchmark 90.8%',
      '5:3 supported tier Japan',
      '9:18 supported amount $47.5 billion',
      '11:46 supported amount $47.5 billion',
      '13:30 supported amount 344 billion yuan',
    ]);
  });

  it('never finds claims in code, HTML comments, front matter, URLs or link destinations', () => {
    const memo = [
      '---',
      'title: Japan is a Tier 2 country with $99 billion',
      'date: 2025-01-20',
      '---',
      '',
      '```text',
      'Big Fund III = $99 billion? Israel = Tier 1?',
      '',
      'Japan is a Tier 3 country.',
      '```',
      '',
      '    Indented code: the third Big Fund is $12 billion.',
      '',
      'Inline `the third Big Fund is $12 billion` code.',
      '',
      '<!-- Japan is a Tier 3 country; the third Big Fund is $12 billion -->',
      '',
      'Links: <https://example.org/fund/$12-billion> and [a source](https://example.org/?q=$12%20billion "Big Fund $12 billion").',
      '',
    ].join('\n');
    assert.deepEqual(texts(check(memo)), []);
  });

  it('keeps exact positions with CRLF, a BOM, tabs, emoji, escapes and entities', () => {
    const memo = '\uFEFF# Memo\r\n\r\n🚀\tThe third Big Fund holds \\$47.5 billion and &euro;40 billion.\r\n\r\nJapan 🇯🇵 is a Tier 1 country.\r\n';
    const result = check(memo);
    for (const found of result.claims) assert.equal(memo.slice(found.start.offset, found.end.offset), found.text);
    assert.deepEqual(result.claims.map((found) => [found.text, found.start.line, found.start.column, found.start.offset]), [
      ['\\$47.5 billion', 3, 29, memo.indexOf('\\$47.5')],
      ['&euro;40 billion', 3, 48, memo.indexOf('&euro;')],
      ['Japan', 5, 1, memo.indexOf('Japan')],
    ]);
    assert.equal(result.claims[0]?.verdict, 'supported');
  });

  it('reads the front matter date in the forms people write it, and says so when it cannot read one', () => {
    const memoWith = (date: string): string => `---\ndate: ${date}\n---\n\nBig Fund III has registered capital of 344 billion yuan.\n`;
    for (const written of ['2025-03-10', '2025/03/10', 'March 10, 2025', 'Mar. 10 2025', '10 March 2025']) {
      const result = check(memoWith(written), undefined, '2026-12-01');
      assert.equal(result.memoDate, '2025-03-10', written);
      assert.deepEqual(result.notices, [], written);
    }
    for (const written of ['Spring 2025', '2025-02-30', '10/03/2025']) {
      const result = check(memoWith(written), undefined, '2026-12-01');
      assert.equal(result.memoDate, '2026-12-01', written);
      assert.deepEqual(result.notices.map((notice) => notice.message), [
        `The front matter date "${written}" is not a date Memocheck reads (2025-03-10, 2025/03/10, March 10, 2025, 10 March 2025, March 2025 or 2025): the memo is judged as of 2026-12-01.`,
      ]);
    }
  });

  it('honours memocheck-ignore-next-line and counts what it hid', () => {
    const result = check('<!-- memocheck-ignore-next-line -->\nJapan is a Tier 3 country.\nIndia is a Tier 3 country.\n');
    assert.deepEqual(texts(result), ['India']);
    assert.equal(result.suppressed, 1);
  });

  it('does not take years, dates, section numbers, footnote labels or phone numbers for claims', () => {
    const memo = 'On May 13, 2025 the rule (section 740.2, Part 744) changed.[^1] Call (202) 482-4811 or +1 202 555 0142.\n\n[^1]: See 90 FR 4544.\n';
    assert.deepEqual(texts(check(memo)), []);
  });
});
