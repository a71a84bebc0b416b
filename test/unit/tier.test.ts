import assert from 'node:assert/strict';
import { check, claim, summary, texts } from './helpers.ts';

describe('tier claims', () => {
  it('reads "X is a Tier 2 country" and "X was placed in Tier II"', () => {
    const result = check('Saudi Arabia is a Tier 2 country. Japan was placed in Tier II under the Diffusion Rule.\n');
    assert.equal(claim(result, 'Saudi Arabia').verdict, 'supported');
    const japan = claim(result, 'Japan');
    assert.equal(japan.verdict, 'contradicted');
    assert.match(japan.message, /^Japan is in Tier 1, not Tier 2, under the [\w ]*Diffusion Rule — /);
  });

  it('binds each country to its own tier across "while" clauses', () => {
    const result = check('Japan and the Netherlands sat in Tier 1, while India and Russia were placed in Tier 2.\n');
    assert.deepEqual(
      result.claims.map((found) => [found.text, found.verdict]),
      [['Japan', 'supported'], ['the Netherlands', 'supported'], ['India', 'supported'], ['Russia', 'contradicted']],
    );
  });

  it('reads allies listed after the tier, every numbering style, and negation', () => {
    const result = check('Tier one allies such as South Korea, Britain and the U.S. keep access. Tier III covers the PRC and Macau. Mexico is not in Tier 1.\n');
    assert.deepEqual(
      result.claims.map((found) => `${found.text}=${found.verdict}`),
      ['South Korea=supported', 'Britain=supported', 'the U.S.=supported', 'the PRC=supported', 'Macau=supported', 'Mexico=supported'],
    );
  });

  it('binds pairs joined by "and": "Japan is in Tier 1 and India in Tier 3"', () => {
    const result = check('Under the Diffusion Rule, Japan is in Tier 1 and India in Tier 3.\n');
    assert.equal(claim(result, 'Japan').verdict, 'supported');
    assert.equal(claim(result, 'India').verdict, 'contradicted');
  });

  it('checks tier sizes: the number is the span, the named country counts', () => {
    const good = check('The rule has three tiers: Tier I for the United States and 18 close allies.\n');
    assert.equal(claim(good, '18').verdict, 'supported');
    const bad = check('The rule has three tiers: Tier I for the United States and 20 close allies.\n');
    const twenty = claim(bad, '20');
    assert.equal(twenty.verdict, 'contradicted');
    assert.equal(twenty.expected, '18');
    assert.match(twenty.message, /19 countries/);
  });

  it('reads lists under a tier lead-in and under a tier heading', () => {
    const result = check('The Diffusion Rule placed these countries in Tier 2:\n\n- India\n- Japan\n\n## Tier 3 countries\n\n- Iran\n- Taiwan\n');
    assert.deepEqual(summary(result), [
      '3:3 supported tier India',
      '4:3 contradicted tier Japan',
      '8:3 supported tier Iran',
      '9:3 contradicted tier Taiwan',
    ]);
  });

  it('reads a table with a country column and a tier column', () => {
    const result = check('| Country | Tier |\n|---|---|\n| Japan | 1 |\n| UAE | Tier 2 |\n| China | 2 |\n');
    assert.deepEqual(result.claims.map((found) => `${found.text}=${found.verdict}`), ['Japan=supported', 'UAE=supported', 'China=contradicted']);
  });

  it('ignores tiers that are not country groups', () => {
    const result = check('Our Tier 1 customer support answers in an hour. Japan\'s tier-1 suppliers raised prices. We offer three-tier pricing. The Tier 2 engineers in Germany were hired.\n');
    assert.deepEqual(texts(result), []);
  });

  it('adds one notice when the memo is dated after the rule was rescinded', () => {
    const result = check('---\ndate: 2025-09-01\n---\n\nIndia is a Tier 2 country.\n');
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0]?.message ?? '', /rescinded on 2025-05-13.*Alston & Bird/);
    assert.equal(check('---\ndate: 2025-04-01\n---\n\nIndia is a Tier 2 country.\n').notices.length, 0);
  });
});
