import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkMemo, type CheckResult } from '../../src/core/check.ts';
import { resplitChunks, splitChunks } from '../../src/core/text/chunks.ts';
import { parseMarkdown } from '../../src/core/text/parse.ts';
import { bundledFacts, readFixture } from './helpers.ts';

/** A small deterministic random generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const comparable = (result: CheckResult): unknown => ({ claims: result.claims, notices: result.notices, memoDate: result.memoDate, suppressed: result.suppressed, unchecked: result.unchecked });

const EDITS = ['', '\n', '\n\n', '9', 'Tier 2 ', '$', ' billion', ' yuan', '- ', '```\n', '| a | b |\n', '<!-- ', '-->', '> ', '# ', 'Japan is a Tier 3 country. ',
  '\n<?xml ', '?>', '\n<!DOCTYPE memo', '\n<![CDATA[', ']]>', '\n<pre>', '</pre>', '\n  ~~~\n'];

/** The oracle: the top-level blocks of the whole memo, parsed at once, are those of its chunks, parsed one by one. */
function blocksOfWhole(text: string): string[] {
  return parseMarkdown(text, true).children.map((node) => `${node.type} ${node.position?.start.offset}-${node.position?.end.offset}`);
}

function blocksOfChunks(text: string): string[] {
  return splitChunks(text).flatMap((chunk) => parseMarkdown(chunk.text, chunk.start === 0).children.map((node) => `${node.type} ${chunk.start + (node.position?.start.offset ?? 0)}-${chunk.start + (node.position?.end.offset ?? 0)}`));
}

describe('incremental re-check', () => {
  it('gives the same result as a full check after random edits, and reuses unchanged blocks', () => {
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    const base = [readFixture('memos/doctored.md'), readFixture('memos/clean.md'), readFixture('../../examples/export-controls-memo.md')].join('\n\n');
    const next = random(42);
    let text = base;
    let previous = checkMemo(text, options);
    let chunks = splitChunks(text);
    for (let step = 0; step < 150; step++) {
      const at = Math.floor(next() * (text.length + 1));
      const removed = Math.floor(next() * 4);
      const inserted = EDITS[Math.floor(next() * EDITS.length)] ?? '';
      const before = { text, chunks };
      text = text.slice(0, at) + inserted + text.slice(at + removed);
      chunks = splitChunks(text);
      assert.deepEqual(resplitChunks(text, before), chunks, `step ${step}: splitting again only around an edit at ${at}`);
      assert.deepEqual(blocksOfChunks(text), blocksOfWhole(text), `step ${step}: chunks after an edit at ${at}`);
      const incremental = checkMemo(text, options, previous);
      const full = checkMemo(text, options);
      assert.deepEqual(comparable(incremental), comparable(full), `step ${step}: edit at ${at}`);
      previous = incremental;
    }
  });

  it('splits again only around an edit and gets the chunks a whole split gets, over thousands of random edits', () => {
    const next = random(7);
    let text = [readFixture('memos/doctored.md'), readFixture('memos/mixed.md'), readFixture('../../examples/export-controls-memo.md')].join('\n\n');
    let chunks = splitChunks(text);
    const edits = [...EDITS, '---\n', '+++\n', '    ', '\t', '\r\n'];
    for (let step = 0; step < 3000; step++) {
      // Now and then an edit lands at the very start, where front matter opens and closes.
      const at = next() < 0.05 ? 0 : Math.floor(next() * (text.length + 1));
      const inserted = edits[Math.floor(next() * edits.length)] ?? '';
      const before = { text, chunks };
      text = text.slice(0, at) + inserted + text.slice(at + Math.floor(next() * 4));
      chunks = splitChunks(text);
      assert.deepEqual(resplitChunks(text, before), chunks, `step ${step}: an edit at ${at}`);
    }
  });

  it('splits a memo only where a whole-document parse ends a block: fences in lists and every kind of HTML block', () => {
    const memo = [
      'Intro with $1 billion.',
      '- item\n\n  ```\n  code in the item\n  ```\n\n```\nThe fund holds $9 billion.\n\n```',
      '<?xml version="1.0"\n\nThe fund holds $8 billion.\n?>',
      '<!DOCTYPE memo\n\nThe fund holds $7 billion.\n>',
      '<![CDATA[\n\nThe fund holds $6 billion.\n]]>',
      '<!--\n\nThe fund holds $5 billion.\n-->',
      '<textarea>\n\nThe fund holds $4 billion.\n</textarea>',
      'Outro with $2 billion.\n',
    ].join('\n\n');
    assert.deepEqual(blocksOfChunks(memo), blocksOfWhole(memo));
    const claims = checkMemo(memo, { dataset: bundledFacts(), today: '2025-10-01' }).claims.map((claim) => claim.text);
    assert.deepEqual(claims, ['$1 billion', '$2 billion']);
  });

  it('re-reads a later bare figure when an earlier amount changes its currency', () => {
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    const text = 'The fund holds 344 billion yuan.\n\nThe registered capital is 344 billion.\n\nThe budget is 12 percent.\n';
    const first = checkMemo(text, options);
    const second = checkMemo(text.replace('344 billion yuan', '$344 billion'), options, first);
    const bare = (result: CheckResult) => result.claims.find((found) => found.text === '344 billion');
    assert.equal(bare(first)?.kind, 'amount');
    assert.match(bare(second)?.message ?? '', /No reference fact for|US\$/);
    assert.deepEqual(comparable(second), comparable(checkMemo(text.replace('344 billion yuan', '$344 billion'), options)));
    // The block with no bare figure is reused whatever the currency before it.
    assert.ok(second.pass.analyses.some((analysis) => analysis.views[0]?.text === 'The budget is 12 percent.' && first.pass.analyses.includes(analysis)));
  });

  it('judges again the claims a section\'s earlier name decides, keeps every other section\'s claims, and leaves the earlier result as it was', () => {
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    const text = '# Chips\n\nNvidia booked a $4.5 billion charge on H20 inventory.\n\n# Funds\n\nChina registered Big Fund III in May 2024.\n\nThe fund has a registered capital of 344 billion yuan.\n';
    const first = checkMemo(text, options);
    const before = JSON.stringify(comparable(first));
    // The paragraph that names the fund changes; the one after it, which says only "the fund", is the same text.
    const edited = text.replace('registered Big Fund III', 'registered a new fund');
    const second = checkMemo(edited, options, first);
    assert.deepEqual(comparable(second), comparable(checkMemo(edited, options)));
    assert.equal(JSON.stringify(comparable(first)), before, 'the earlier result is left as it was');
    const claim = (result: CheckResult, value: string) => result.claims.find((found) => found.text === value);
    assert.equal(claim(first, '344 billion yuan')?.verdict, 'supported');
    assert.equal(claim(second, '344 billion yuan')?.verdict, 'unverified', 'the later paragraph lost the fund it spoke of');
    assert.equal(claim(second, '$4.5 billion'), claim(first, '$4.5 billion'), 'a claim of an untouched section is the very one reported before');
  });

  it('gives the same result as a full check after random edits of sections that speak of their subject by reference', () => {
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    // Each section names its subject once, and later paragraphs speak of it as "the fund" or "the company".
    const paragraphs = ['China registered Big Fund III in May 2024.', 'The fund has a registered capital of 344 billion yuan.', 'Nvidia booked a $4.5 billion charge on H20 inventory.', 'The company reported revenue of $44.1 billion.', 'Its first phase had a registered capital of 98.72 billion yuan.'];
    const section = (index: number): string => [`## Section ${index}`, ...paragraphs.slice(index % 2), ...paragraphs.slice(0, index % 2)].join('\n\n');
    // Headings right below a paragraph, with no blank line, put units of two sections in one block.
    let text = Array.from({ length: 8 }, (_, index) => (index === 0 ? '' : index % 3 ? '\n\n' : '\n') + section(index)).join('');
    const next = random(99);
    let previous = checkMemo(text, options);
    const edits = ['', '\n', '\n\n', '# ', '## Another heading\n', 'The fund ', 'Nvidia ', 'Big Fund III ', '9'];
    for (let step = 0; step < 120; step++) {
      const at = Math.floor(next() * (text.length + 1));
      text = text.slice(0, at) + (edits[Math.floor(next() * edits.length)] ?? '') + text.slice(at + Math.floor(next() * 3));
      const incremental = checkMemo(text, options, previous);
      assert.deepEqual(comparable(incremental), comparable(checkMemo(text, options)), `step ${step}: edit at ${at}`);
      previous = incremental;
    }
  });

  it('keeps no copy of the memo per edit: a long session holds what the last check holds', () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    // A memo of a third of a million characters, so a copy of it kept per edit would be seen.
    const memos = ['memos/doctored.md', 'memos/clean.md', 'memos/mixed.md', '../../examples/export-controls-memo.md'].map(readFixture).join('\n\n');
    let text = Array.from({ length: 150 }, (_, copy) => `# Part ${copy}\n\n${memos}`).join('\n\n');
    let previous = checkMemo(text, options);
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let edit = 0; edit < 40; edit++) {
      const at = Math.floor(((edit * 7919) % 997) / 997 * text.length);
      text = Buffer.from(text.slice(0, at) + (edit % 2 ? '' : 'x') + text.slice(at + (edit % 2 ? 1 : 0))).toString();
      previous = checkMemo(text, options, previous);
    }
    collect();
    const kept = process.memoryUsage().heapUsed - before;
    assert.ok(text.length > 250_000 && kept < 10 * text.length, `${(kept / 1e6).toFixed(1)} MB kept after 40 edits of a ${(text.length / 1e6).toFixed(1)}-million-character memo`);
  });

  it('re-analyses only the block that changed', () => {
    const options = { dataset: bundledFacts(), today: '2025-10-01' };
    const text = readFixture('../../examples/export-controls-memo.md');
    const first = checkMemo(text, options);
    const edited = text.replace('$47.5 billion', '$47.6 billion');
    const second = checkMemo(edited, options, first);
    const reused = second.pass.analyses.filter((analysis) => first.pass.analyses.includes(analysis));
    assert.equal(second.pass.analyses.length - reused.length, 1);
  });
});
