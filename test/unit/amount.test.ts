import assert from 'node:assert/strict';
import { check, claim, texts } from './helpers.ts';

describe('amount claims', () => {
  it('reads currencies, scale words and abbreviations as the span', () => {
    const result = check(
      'Figures: $47.5 billion, US$47.5 bn, USD 2 billion, €216 million, EUR 5m, £2bn, GBP 3 million, ¥81 billion, Y81 billion, ' +
        '344 billion yuan, RMB 344 billion, CNY 60bn, 47,500 million dollars and $500B.\n',
    );
    assert.deepEqual(texts(result), [
      '$47.5 billion', 'US$47.5 bn', 'USD 2 billion', '€216 million', 'EUR 5m', '£2bn', 'GBP 3 million', '¥81 billion',
      'Y81 billion', '344 billion yuan', 'RMB 344 billion', 'CNY 60bn', '47,500 million dollars', '$500B',
    ]);
  });

  it('supports the fund in dollars (a recorded conversion) and in yuan', () => {
    const result = check('Beijing launched a $47.5 billion fund in May 2024, the third Big Fund. The Big Fund III holds 344 billion yuan.\n');
    assert.equal(claim(result, '$47.5 billion').verdict, 'supported');
    assert.equal(claim(result, '344 billion yuan').factId, 'test.big-fund-iii');
    assert.equal(claim(result, '344 billion yuan').verdict, 'supported');
  });

  it('contradicts a wrong value, stating both values and the source, with a fix in the memo\'s style', () => {
    const found = claim(check('Beijing launched a $37.5 billion fund, the third Big Fund.\n'), '$37.5 billion');
    assert.equal(found.verdict, 'contradicted');
    assert.match(found.message, /^\$37\.5 billion: Big Fund III's registered capital is US\$47\.5 billion \(RMB 344 billion\) as of 2024-05-24 — \w+/);
    assert.equal(found.expected, '$47.5 billion');
    assert.equal(found.sources[0]?.url?.startsWith('https://mezha.media/'), true);
  });

  it('treats "about" as wider and "up to", "over" as bounds on either side', () => {
    assert.equal(claim(check('The third Big Fund holds about $45 billion.\n'), '$45 billion').verdict, 'supported');
    assert.equal(claim(check('The third Big Fund holds $45 billion.\n'), '$45 billion').verdict, 'contradicted');
    assert.equal(claim(check('The third Big Fund holds over $40 billion.\n'), '$40 billion').verdict, 'supported');
    assert.equal(claim(check('The third Big Fund holds over $50 billion.\n'), '$50 billion').verdict, 'contradicted');
    assert.equal(claim(check('The Stargate project will invest up to $500 billion.\n'), '$500 billion').verdict, 'supported');
    // Within the fact's bound, and a bound that states ten times the fact's.
    assert.equal(claim(check('A rival brief called Stargate a $400 billion project.\n'), '$400 billion').verdict, 'supported');
    assert.equal(claim(check('The Stargate project will invest up to $5,000 billion.\n'), '$5,000 billion').verdict, 'contradicted');
  });

  it('reads ranges as one claim', () => {
    const found = claim(check('The third Big Fund holds $45–50 billion.\n'), '$45–50 billion');
    assert.equal(found.verdict, 'supported');
  });

  it('reports an amount whose subject matches no fact as unverified', () => {
    const found = claim(check('The ministry set aside $3 billion for ports.\n'), '$3 billion');
    assert.equal(found.verdict, 'unverified');
    assert.equal(found.factId, null);
  });

  it('finds an outdated value of a superseded fact and names the current one', () => {
    const found = claim(check('---\ndate: 2026-01-10\n---\n\nThe DFC cap on contingent liability is $60 billion.\n'), '$60 billion');
    assert.equal(found.verdict, 'outdated');
    assert.match(found.message, /is the value before 2025-12 .* it is US\$205 billion/);
    assert.equal(found.expected, '$205 billion');
  });

  it('does not read years, phone numbers or section numbers as amounts', () => {
    assert.deepEqual(texts(check('In 2024, call 202-482-4811 about section 740.2 of the rule and Part 744.\n')), []);
  });
});
