// Problems of one data file (a fact file, a review file), each at its line and column.
import type { LineCounter } from 'yaml';
import type { Problem, ProblemSeverity } from '../types.ts';

function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
}

export class FileReport {
  readonly problems: Problem[] = [];
  constructor(
    readonly path: string,
    private readonly lines: LineCounter,
    private readonly text: string,
  ) {}

  /** 1-based line and column; the line index is counted the first time one is needed past the start (see readData),
   * so a file refused before parsing (too large, binary) is reported at 1:1 without reading it for lines. */
  position(offset: number): { line: number; column: number } {
    if (offset === 0) return { line: 1, column: 1 };
    if (this.lines.lineStarts.length === 0) countLines(this.text, this.lines);
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  /** A problem at an offset, or over a key or value; a span running past its first line (a map, a list) ends there. */
  at(place: number | { start: number; end?: number }, severity: ProblemSeverity, message: string): void {
    const { start, end } = typeof place === 'number' ? { start: place, end: undefined } : place;
    const from = this.position(start);
    const lineEnd = (this.lines.lineStarts[from.line] ?? Number.POSITIVE_INFINITY) - 1;
    const to = end !== undefined && end > start ? this.position(Math.min(end, lineEnd)) : undefined;
    this.problems.push({ file: this.path, ...from, ...(to && to.line === from.line && to.column > from.column ? { end: to } : {}), severity, message });
  }
}

