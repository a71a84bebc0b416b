import assert from 'node:assert/strict';
import { bundledFacts, check } from './helpers.ts';

const memo = (date: string): string => `---\ndate: ${date}\n---\n\n<!-- memocheck-ignore reason="counsel is reviewing the tier" until=2026-12-31 -->\nChile is a Tier 1 country.\n`;

describe('waivers', () => {
  it('hold through their until day, by the memo\'s date and by today', () => {
    const holding = check(memo('2026-06-01'), bundledFacts(), '2026-12-31');
    assert.equal(holding.claims.length, 0);
    assert.deepEqual(holding.waivers.map((waiver) => [waiver.expired, waiver.hides.map((hidden) => hidden.text), waiver.reason, waiver.problems]), [[false, ['Chile'], 'counsel is reviewing the tier', []]]);
  });

  it('expire once today is past their day, and show their claims again', () => {
    const result = check(memo('2026-06-01'), bundledFacts(), '2027-01-01');
    assert.deepEqual(result.claims.map((claim) => `${claim.verdict} ${claim.text}`), ['contradicted Chile']);
    assert.deepEqual(result.waivers.map((waiver) => [waiver.expired, waiver.hides.length, waiver.problems]), [[true, 0, ['waiver expired on 2026-12-31 (today is 2027-01-01): the claims it hid are checked again']]]);
    assert.equal(result.suppressed, 0);
  });

  it('expire for a memo dated past their day, whatever today is', () => {
    const result = check(memo('2027-02-01'), bundledFacts(), '2026-12-01');
    assert.equal(result.claims.length, 1);
    assert.match(result.waivers[0]?.problems[0] ?? '', /expired on 2026-12-31 \(the memo is dated 2027-02-01\)/);
  });

  it('are placed on their comment, for the warning on the directive itself', () => {
    const result = check(memo('2026-06-01'), bundledFacts(), '2027-01-01');
    const [waiver] = result.waivers;
    assert.deepEqual([waiver?.start.line, waiver?.start.column, waiver?.end.line, waiver?.end.column], [5, 1, 5, 82]);
  });
});
