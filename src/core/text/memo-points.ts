// Lines and columns of memo offsets, found from the memo's chunks. A chunk's first line is the count of line breaks
// before it, summed from each chunk's own count (kept with its analysis), and a point inside a chunk is found in
// that chunk's text alone: a re-check after a keystroke reads no line it did not change. (A line index of the whole
// memo rescans every line on every keystroke, and one searched from the top is quadratic in the chunks.)
import type { Point } from '../types.ts';
import { chunkIndexAt, type Chunk } from './chunks.ts';

/** Whether a line ends at `at`: an LF, or a CR not followed by an LF (a CRLF ends at its LF), as Markdown reads them. */
function endsLine(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a);
}

/** The line breaks of `text`. */
export function lineBreaksIn(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) if (endsLine(text, at)) count++;
  return count;
}

/** The offsets where each line after the first starts in `text`. */
function lineStartsOf(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) if (endsLine(text, at)) starts.push(at + 1);
  return starts;
}

/** Lines and columns of the offsets of a memo split into `chunks`, the first line of each given in `lines`. */
export class MemoPoints {
  private readonly lineStarts = new Map<number, number[]>();

  /** `bom`: the byte-order mark's length, counted in offsets reported but not in those asked for. */
  constructor(
    private readonly bom: number,
    private readonly chunks: readonly Chunk[],
    private readonly lines: ArrayLike<number>,
  ) {}

  /** The point of a memo offset (without the byte-order mark) within or at the end of the chunks. */
  point(offset: number): Point {
    const low = chunkIndexAt(this.chunks, offset);
    const chunk = this.chunks[low];
    let starts = this.lineStarts.get(low);
    if (!starts) this.lineStarts.set(low, (starts = lineStartsOf(chunk?.text ?? '')));
    const local = offset - (chunk?.start ?? 0);
    let line = 0;
    let top = starts.length;
    while (line < top) {
      const middle = (line + top) >> 1;
      if ((starts[middle] ?? 0) <= local) line = middle + 1;
      else top = middle;
    }
    const lineStart = line === 0 ? 0 : (starts[line - 1] ?? 0);
    return { line: (this.lines[low] ?? 1) + line, column: local - lineStart + 1, offset: offset + this.bom };
  }
}
