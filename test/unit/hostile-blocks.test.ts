// Hostile input, part two: blocks the Markdown parser cannot read in bounded time are left unchecked with a notice at
// their line while the rest of the memo is checked, and a paragraph of thousands of claims is checked in time that
// grows with its length, not with its square. The bounds are guards against a return to super-linear work.
import assert from 'node:assert/strict';
import { formatText } from '../../src/cli/format-text.ts';
import type { CheckResult } from '../../src/core/check.ts';
import { diagnosticSpecs } from '../../src/vscode/diagnostic-specs.ts';
import { bundledFacts, check } from './helpers.ts';

const GUARD_MS = 2000;
const TODAY = '2025-10-01';

const before = '# Sovereign funds\n\nBig Fund III has registered capital of 344 billion yuan.\n\n';
const after = '\n\nThe Stargate Project will invest $500 billion over four years.\n';

function timedCheck(memo: string): { result: CheckResult; ms: number } {
  const start = performance.now();
  const result = check(memo, bundledFacts(), TODAY);
  return { result, ms: performance.now() - start };
}

/** Each block with the memo line where its bound is crossed. */
const hostileBlocks: [string, string, number][] = [
  ['5,000 nested block quotes', `${'>'.repeat(5000)} The fund holds $1 billion.`, 5],
  ['300 nested list levels', Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n'), 37],
  ['50,000 nested emphasis markers', `${'*'.repeat(25000)}a${'*'.repeat(25000)}`, 5],
  ['50,000 open footnote brackets', '[^'.repeat(50000), 5],
  ['a table of 50,000 rows', ['| Country | Tier |', '| --- | --- |', ...Array.from({ length: 50000 }, (_, row) => `| Place ${row} | Tier ${1 + (row % 3)} |`)].join('\n'), 5],
];

describe('hostile blocks', () => {
  for (const [name, block, line] of hostileBlocks) {
    it(`leaves ${name} unchecked with a notice at its line, and checks the blocks around it`, () => {
      const { result, ms } = timedCheck(`${before}${block}${after}`);
      assert.ok(ms < GUARD_MS, `${ms.toFixed(0)} ms`);
      assert.equal(result.unchecked.length, 1, JSON.stringify(result.unchecked));
      assert.equal(result.unchecked[0]?.start.line, line);
      assert.match(result.unchecked[0]?.reason ?? '', /^block not checked \(.+\): the Markdown parser cannot read it in bounded time$/);
      assert.deepEqual(result.claims.map((claim) => `${claim.start.line} ${claim.verdict} ${claim.text}`), ['3 supported 344 billion yuan', `${result.text.split('\n').length - 1} supported $500 billion`]);
      // Said in the CLI's text output and in the editor, where a silent block would read as all true.
      assert.match(formatText({ memos: [{ path: 'memo.md', result }], ignored: [], problems: [] }), new RegExp(`^memo\\.md:${line}:\\d+ {2}notice {2}block {2}block not checked`, 'm'));
      assert.ok(diagnosticSpecs(result, { contradicted: 'error', outdated: 'warning', disputed: 'warning', unverified: 'off', supported: 'off' }).some((spec) => spec.startLine === line - 1 && spec.verdict === 'notice'));
    });
  }

  it('checks a block just inside every bound as any other block', () => {
    const list = Array.from({ length: 12 }, (_, depth) => `${'  '.repeat(depth)}- The Stargate Project will invest $500 billion.`).join('\n');
    const { result } = timedCheck(`${before}${list}${after}`);
    assert.deepEqual(result.unchecked, []);
    assert.equal(result.claims.filter((claim) => claim.text === '$500 billion').length, 13);
  });

  // Quadratic work shows as 16 times the time for 4 times the claims; linear work as about 4.
  const growth: [string, (count: number) => string][] = [
    ['tier claims in one paragraph', (count) => 'France is in Tier 1, '.repeat(count)],
    ['numbers in one sentence', (count) => `Figures ${'17 '.repeat(count * 4)}end.`],
    ['amounts in one paragraph', (count) => `The fund holds ${'$1 billion, '.repeat(count)}in all.`],
  ];
  for (const [name, make] of growth) {
    it(`checks thousands of ${name} in time linear in their number`, () => {
      const fastest = (count: number): number => Math.min(...[0, 1].map(() => timedCheck(`${before}${make(count)}${after}`).ms));
      const small = fastest(1000);
      const large = fastest(4000);
      assert.ok(large < GUARD_MS, `${large.toFixed(0)} ms`);
      assert.ok(large < 8 * Math.max(small, 25), `1,000: ${small.toFixed(0)} ms, 4,000: ${large.toFixed(0)} ms`);
    });
  }
});
