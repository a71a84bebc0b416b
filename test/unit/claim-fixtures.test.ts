// The claim fixtures: one memo per failure class of real prose under test/fixtures/claims/, each beside the findings
// a correct checker reports (`line:column verdict kind text`), as remark-lint's examples are docs and tests at once.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { bundledFacts, check, fixture, summary, waiverSummary } from './helpers.ts';

/** Findings in memo order: claims and waivers by line, then column. */
const inMemoOrder = (lines: string[]): string[] => {
  const place = (line: string): number[] => (/^(\d+):(\d+)/.exec(line) ?? []).slice(1).map(Number);
  return [...lines].sort((a, b) => (place(a)[0] ?? 0) - (place(b)[0] ?? 0) || (place(a)[1] ?? 0) - (place(b)[1] ?? 0));
};

const folder = fixture('claims');
const memos = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();

describe('claim fixtures (test/fixtures/claims)', () => {
  it('has a memo and its expected findings for every failure class', () => {
    assert.ok(memos.length >= 10, `only ${memos.length} fixture memos`);
    for (const memo of memos) readFileSync(`${folder}/${memo.replace(/\.md$/, '.expected')}`, 'utf8');
  });

  for (const memo of memos) {
    it(`reports exactly the expected findings in ${memo}`, () => {
      const result = check(readFileSync(`${folder}/${memo}`, 'utf8'), bundledFacts(), '2026-12-01');
      const expected = readFileSync(`${folder}/${memo.replace(/\.md$/, '.expected')}`, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
      assert.deepEqual(inMemoOrder([...summary(result), ...waiverSummary(result)]).map((line) => line.replace(/\s+/g, ' ')), expected);
    });
  }
});
