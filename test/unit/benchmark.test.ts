import assert from 'node:assert/strict';
import { bundledFacts, check, claim, texts } from './helpers.ts';

describe('benchmark claims', () => {
  it('binds a score to the subject and the metric, not to a matching value of another metric', () => {
    const wrong = claim(check('DeepSeek R1 scored 97.3% on MMLU.\n'), '97.3%');
    assert.equal(wrong.factId, 'test.r1.mmlu');
    assert.equal(wrong.verdict, 'contradicted');
    assert.match(wrong.message, /90\.8%/);
    assert.equal(claim(check('R1 reached 97.3% on MATH-500.\n'), '97.3%').verdict, 'supported');
  });

  it('reads ratings, specifications and percent ranges', () => {
    const result = check('R1 earned a Codeforces rating of 2,029. The H100 carries 80 GB of HBM3 memory. Tariffs rose by 15-20%.\n');
    assert.equal(claim(result, '2,029').verdict, 'supported');
    assert.equal(claim(result, '80 GB').verdict, 'supported');
    assert.equal(claim(result, '15-20%').verdict, 'unverified');
  });

  it('finds an outdated count of a dated series, and judges a claim as of the date it states', () => {
    const memo = '---\ndate: 2025-09-12\n---\n\nChina operates more supercomputers, 227 machines in all.\n\nChina had 227 systems on the November 2018 TOP500 list.\n\nChina had 47 systems on the TOP500.\n';
    const result = check(memo);
    const [old, dated, current] = result.claims;
    assert.equal(old?.verdict, 'outdated');
    assert.match(old?.message ?? '', /as of 2025-09-12 it is 47 \(2025-06\)/);
    assert.equal(dated?.verdict, 'supported');
    assert.equal(dated?.asOf, '2018-11-30');
    assert.equal(current?.verdict, 'supported');
    const opening = claim(check('In November 2024, China had 63 systems on the TOP500.\n'), '63');
    assert.deepEqual([opening.verdict, opening.asOf], ['supported', '2024-11-30']);
  });

  it('reports bare numbers only when they bind to a fact', () => {
    const result = check('The team spent seven years on 12 reports about 3 topics.\n');
    assert.deepEqual(texts(result), []);
  });

  it('does not flag a figure that another fact\'s keyword stands nearer to, nor a span of time', () => {
    const result = check('China has scale. Its population of over 1.3 billion and more than 176 million cameras feed its models. DFC grew over the past 10 years.\n', bundledFacts());
    assert.notEqual(claim(result, '1.3 billion').verdict, 'contradicted');
    assert.equal(claim(result, '176 million').verdict, 'supported');
    assert.ok(!texts(result).includes('10'));
  });
});
