// The shapes of block the Markdown parser cannot read in bounded time, found by one linear pass over the block's text
// before it is parsed. Measured here with remark-parse: 300 nested list levels take 1.4 s and 1,000 take 43 s; 5,000
// nested quotes overflow the stack; a run of 4,000 emphasis markers takes 1 s; 4,000 open brackets 0.24 s and 50,000
// take 14 s; a 20,000-row table 4.4 s. Such a block is left unchecked with a notice, and the rest of the memo is checked.
// The bounds are far beyond any memo's blocks.

/** Characters of one block: about 20,000 words, or a table of a few thousand rows. */
const MAX_CHARACTERS = 128 * 1024;
const MAX_LINES = 5_000;
/** Containers (quotes, list items) one inside another. */
const MAX_NESTING = 32;
/** Emphasis and code markers in one block, and in one run. */
const MAX_MARKERS = 10_000;
const MAX_MARKER_RUN = 128;
/** Link and footnote brackets in one block. */
const MAX_BRACKETS = 2_000;

const MARKERS = new Set(['*', '_', '~', '`']);
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** How deep a line's containers go: each quote marker and list marker counts one, and so do two columns of indent. */
function nesting(line: string): number {
  let depth = 0;
  let spaces = 0;
  let at = 0;
  while (at < line.length && depth + (spaces >> 1) <= MAX_NESTING) {
    const char = line[at];
    if (char === ' ') spaces++;
    else if (char === '\t') spaces += 4;
    else if (char === '>') depth++;
    else {
      const marker = LIST_MARKER.exec(line.slice(at, at + 11));
      if (!marker) break;
      depth++;
      at += marker[0].length;
      continue;
    }
    at++;
  }
  return depth + (spaces >> 1);
}

export interface OverBudget {
  /** Offset in the block where the bound is crossed. */
  at: number;
  reason: string;
}

/** Where and why the parser cannot be given this block, or undefined when it can. */
export function blockBeyondBudget(text: string): OverBudget | undefined {
  if (text.length > MAX_CHARACTERS) return { at: 0, reason: `block longer than ${MAX_CHARACTERS / 1024} KB` };
  let lines = 1;
  let markers = 0;
  let run = 0;
  let brackets = 0;
  let lineStart = 0;
  for (let at = 0; at <= text.length; at++) {
    const char = text[at];
    if (char === '\n' || at === text.length) {
      if (nesting(text.slice(lineStart, at)) > MAX_NESTING) return { at: lineStart, reason: `more than ${MAX_NESTING} quotes or lists nested` };
      lineStart = at + 1;
      if (char === '\n' && ++lines > MAX_LINES) return { at: 0, reason: `block of more than ${MAX_LINES} lines` };
    }
    if (char !== undefined && MARKERS.has(char)) {
      run = text[at - 1] === char ? run + 1 : 1;
      if (run > MAX_MARKER_RUN) return { at, reason: `more than ${MAX_MARKER_RUN} emphasis or code markers in a row` };
      if (++markers > MAX_MARKERS) return { at, reason: `block of more than ${MAX_MARKERS} emphasis or code markers` };
    }
    if (char === '[' && ++brackets > MAX_BRACKETS) return { at, reason: `block of more than ${MAX_BRACKETS} brackets` };
  }
  return undefined;
}
