import assert from 'node:assert/strict';
import { splitChunks } from '../../src/core/text/chunks.ts';
import { lineBreaksIn, MemoPoints } from '../../src/core/text/memo-points.ts';
import { readFixture } from './helpers.ts';

/** The reference: every line break before the offset counted from the memo's start (LF, CRLF, lone CR). */
function slowPoint(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks.at(-1);
  return { line: breaks.length + 1, column: last ? offset - ((last.index ?? 0) + last[0].length) + 1 : offset + 1 };
}

describe('memo points (line and column from chunks)', () => {
  const memo = readFixture('memos/mixed.md');
  for (const [ending, name] of [['\n', 'LF'], ['\r\n', 'CRLF'], ['\r', 'CR']] as const) {
    it(`places every offset of a memo with ${name} line endings as counting from the top does`, () => {
      const text = memo.replace(/\r?\n/g, ending);
      const chunks = splitChunks(text);
      const lines = [1];
      for (const chunk of chunks) lines.push((lines.at(-1) ?? 1) + lineBreaksIn(chunk.text));
      const points = new MemoPoints(1, chunks, lines);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text.slice(offset - 1, offset + 1) === '\r\n') continue; // inside a line break: no place is there
        assert.deepEqual(points.point(offset), { ...slowPoint(text, offset), offset: offset + 1 }, `offset ${offset}`);
      }
    });
  }
});
