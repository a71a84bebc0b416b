import assert from 'node:assert/strict';
import { decimal } from '../../src/core/judge/format.ts';

/** What the messages' numbers must read as: the en-US formatter with at most three decimals. */
const intl = { grouped: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: true }), plain: new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: false }) };

/** Values of every size a fact or a claim holds, ties at the third decimal, negatives, and the edges of `toFixed`. */
function values(): number[] {
  const found = [0, -0, 1, -1, 0.5, 0.0005, 0.0015, 1.0005, 2.675, 1.2345, 999.9995, 1000, 9999.9999, 47.5, 39e9, 52.7e9, 1e20, 9.99e20, 1e21, 1.5e22, -1e21, 123456789.125, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY];
  let state = 12345;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let index = 0; index < 3000; index++) {
    const magnitude = 10 ** Math.floor(random() * 24 - 4);
    const value = (random() - 0.2) * magnitude;
    found.push(value, Math.round(value * 1000) / 1000 + 0.0005, Number(value.toPrecision(4)));
  }
  return found;
}

describe('numbers in messages', () => {
  it('are written as the en-US number formatter writes them, with and without thousands commas', () => {
    for (const value of values()) {
      assert.equal(decimal(value, true), intl.grouped.format(value), `grouped ${value}`);
      assert.equal(decimal(value, false), intl.plain.format(value), `plain ${value}`);
    }
  });
});
