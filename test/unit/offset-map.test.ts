import assert from 'node:assert/strict';
import { OffsetMap } from '../../src/core/text/offset-map.ts';
import { parseMarkdown } from '../../src/core/text/parse.ts';
import { unitsOf } from '../../src/core/text/units.ts';
import { readFixture } from './helpers.ts';

/** A small deterministic random generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('offset maps (source ranges of a unit\'s characters, kept as runs)', () => {
  it('gives back every range added, whatever runs they make', () => {
    const next = random(5);
    for (let trial = 0; trial < 300; trial++) {
      const map = new OffsetMap();
      const ranges: [number, number][] = [];
      let at = 0;
      for (let char = 0; char < 60; char++) {
        // Copied characters, escapes and references, stretches shared by several characters, gaps and zero widths.
        const pick = next();
        const start = pick < 0.6 ? at : pick < 0.8 ? (ranges.at(-1)?.[0] ?? at) : at + Math.floor(next() * 4);
        const end = pick < 0.6 ? start + 1 : pick < 0.8 ? (ranges.at(-1)?.[1] ?? start) : start + Math.floor(next() * 3);
        map.add(start, end);
        ranges.push([start, end]);
        at = Math.max(at, end);
      }
      assert.equal(map.length, ranges.length);
      ranges.forEach(([start, end], index) => assert.deepEqual([map.startOf(index), map.endOf(index)], [start, end], `trial ${trial}, character ${index}`));
      assert.deepEqual([map.startOf(-1), map.endOf(ranges.length)], [0, 0]);
    }
  });

  it('maps each character of the fixtures\' units to the source it came from', () => {
    for (const memo of ['memos/mixed.md', 'memos/doctored.md', 'claims/numbers-and-units.md', 'claims/tables.md']) {
      const source = readFixture(memo);
      for (const unit of unitsOf(parseMarkdown(source, true), source).units) {
        for (let index = 0; index < unit.text.length; index++) {
          const char = unit.text[index] ?? '';
          const from = source.slice(unit.offsets.startOf(index), unit.offsets.endOf(index));
          // A copied character is itself in the source; an escape, a reference or an opaque node stands for more.
          if (from.length === 1) assert.equal(from, char, `${memo}: "${unit.text}" at ${index}`);
        }
      }
    }
  });
});
