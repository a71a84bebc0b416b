// Splits a memo into top-level chunks that remark parses the same alone as in the whole document,
// so each chunk can be parsed, detected and cached on its own (the incremental re-check relies on it).

export interface Chunk {
  /** Offset of the chunk's first character in the memo. */
  start: number;
  text: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(\s|>|$)/i;

/** HTML blocks of CommonMark types 3 to 5 run, blank lines and all, until their terminator. */
const HTML_UNTIL: readonly { open: RegExp; end: string }[] = [
  { open: /^ {0,3}<\?/, end: '?>' },
  { open: /^ {0,3}<!\[CDATA\[/, end: ']]>' },
  { open: /^ {0,3}<![A-Za-z]/, end: '>' },
];

interface SplitState {
  fence?: { char: string; length: number };
  rawHtmlTag?: string;
  /** The terminator of an open HTML comment (`-->`) or HTML block of types 3 to 5. */
  htmlEnd?: string;
}

/** Lines with their line endings kept, so the chunks join back into the memo exactly. */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const isBlank = (line: string): boolean => /^[ \t]*(?:\r\n|\r|\n)?$/.test(line);
const isIndented = (line: string): boolean => /^[ \t]/.test(line);

/** Advances the open-construct state past one line; returns whether the line leaves a construct open. */
function advance(state: SplitState, line: string): void {
  const body = line.replace(/(?:\r\n|\r|\n)$/, '');
  if (state.fence) {
    const close = new RegExp(`^ {0,3}${state.fence.char === '`' ? '`' : '~'}{${state.fence.length},}[ \\t]*$`);
    if (close.test(body)) state.fence = undefined;
    return;
  }
  if (state.rawHtmlTag) {
    if (body.toLowerCase().includes(`</${state.rawHtmlTag}>`)) state.rawHtmlTag = undefined;
    return;
  }
  if (state.htmlEnd) {
    if (body.includes(state.htmlEnd)) state.htmlEnd = undefined;
    return;
  }
  const fence = FENCE_OPEN.exec(body);
  if (fence?.[1] && !(fence[1][0] === '`' && body.slice(fence[0].length).includes('`'))) {
    state.fence = { char: fence[1][0] ?? '`', length: fence[1].length };
    return;
  }
  const raw = RAW_HTML_OPEN.exec(body);
  if (raw?.[1] && !body.toLowerCase().includes(`</${raw[1].toLowerCase()}>`)) {
    state.rawHtmlTag = raw[1].toLowerCase();
    return;
  }
  const comment = body.lastIndexOf('<!--');
  if (comment >= 0 && !body.slice(comment).includes('-->')) {
    state.htmlEnd = '-->';
    return;
  }
  for (const { open, end } of HTML_UNTIL) {
    const start = open.exec(body);
    if (start && !body.slice(start[0].length).includes(end)) state.htmlEnd = end;
    if (start) return;
  }
}

/** Length of the front matter block at the start of the memo, or 0. */
function frontMatterLength(lines: string[]): number {
  const first = lines[0]?.replace(/(?:\r\n|\r|\n)$/, '');
  if (first !== '---' && first !== '+++') return 0;
  let length = lines[0]?.length ?? 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    length += line.length;
    if (line.replace(/(?:\r\n|\r|\n)$/, '').trimEnd() === first) return length;
  }
  return 0;
}

export function splitChunks(text: string): Chunk[] {
  const lines = splitLines(text);
  const chunks: Chunk[] = [];
  const state: SplitState = {};
  let chunkStart = 0;
  let offset = 0;
  let index = 0;
  const front = frontMatterLength(lines);
  if (front > 0) {
    while (offset < front) offset += (lines[index++] ?? '').length;
  }
  let sawBlank = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const open = state.fence !== undefined || state.rawHtmlTag !== undefined || state.htmlEnd !== undefined;
    if (!open && sawBlank && !isBlank(line) && !isIndented(line) && offset > chunkStart) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, offset) });
      chunkStart = offset;
    }
    sawBlank = !open && isBlank(line);
    advance(state, line);
    offset += line.length;
  }
  if (offset > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart, offset) });
  return chunks;
}
