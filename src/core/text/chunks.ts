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

/** A memo that starts as front matter does ("---", "+++"): its first chunk may grow with any change below. */
const FRONT_MATTER_OPEN = /^(?:---|\+\+\+)[\r\n]/;

/** Length of the front matter block at the start of the memo, or 0. */
function frontMatterLength(text: string): number {
  const lines = linesFrom(text, 0);
  const firstLine = lines.next().value;
  const first = firstLine?.replace(/(?:\r\n|\r|\n)$/, '');
  if (firstLine === undefined || (first !== '---' && first !== '+++')) return 0;
  let length = firstLine.length;
  for (const line of lines) {
    length += line.length;
    if (line.replace(/(?:\r\n|\r|\n)$/, '').trimEnd() === first) return length;
  }
  return 0;
}

/** The lines of `text` from `from` on, each with its line ending. */
function* linesFrom(text: string, from: number): Generator<string> {
  const line = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/y;
  line.lastIndex = from;
  for (let match = line.exec(text); match && match[0].length > 0; match = line.exec(text)) yield match[0];
}

/** Splits from `offset` (a chunk's start, or the end of the front matter, which the first chunk holds) to the end, or
 * until `stop` accepts the start of a new chunk: then the rest is known to split as before. */
function splitRun(text: string, chunkStart: number, offset: number, stop?: (start: number) => boolean): { chunks: Chunk[]; stoppedAt?: number } {
  const chunks: Chunk[] = [];
  const state: SplitState = {};
  let sawBlank = false;
  for (const line of linesFrom(text, offset)) {
    const open = state.fence !== undefined || state.rawHtmlTag !== undefined || state.htmlEnd !== undefined;
    if (!open && sawBlank && !isBlank(line) && !isIndented(line) && offset > chunkStart) {
      chunks.push({ start: chunkStart, text: text.slice(chunkStart, offset) });
      chunkStart = offset;
      if (stop?.(offset)) return { chunks, stoppedAt: offset };
    }
    sawBlank = !open && isBlank(line);
    advance(state, line);
    offset += line.length;
  }
  if (offset > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, text: text.slice(chunkStart, offset) });
  return { chunks };
}

export function splitChunks(text: string): Chunk[] {
  return splitRun(text, 0, frontMatterLength(text)).chunks;
}

/**
 * The chunks of `text`, given those of an earlier version of it: the chunks before the change are kept, the stretch
 * from the chunk before the change is split again until a new chunk starts where an old one did in the unchanged
 * end, and the old chunks from there on are kept, moved. Whether a line starts a chunk depends only on the lines
 * before it back to the last chunk start, so this gives what `splitChunks` gives (the incremental test checks it).
 */
export function resplitChunks(text: string, before: { text: string; chunks: readonly Chunk[] }): Chunk[] {
  const old = before.text;
  const shorter = Math.min(text.length, old.length);
  // The common prefix and suffix, whole chunks first: comparing a chunk's text as a string is about ten times as
  // fast as comparing it character by character, and an edit leaves all chunks but one or two as they were.
  let prefix = 0;
  for (const chunk of before.chunks) {
    const end = chunk.start + chunk.text.length;
    if (end > shorter || text.slice(chunk.start, end) !== chunk.text) break;
    prefix = end;
  }
  while (prefix < shorter && text.charCodeAt(prefix) === old.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  for (let index = before.chunks.length - 1; index >= 0; index--) {
    const chunk = before.chunks[index] as Chunk;
    const length = old.length - chunk.start;
    if (length > shorter - prefix || text.slice(text.length - length, text.length - length + chunk.text.length) !== chunk.text) break;
    suffix = length;
  }
  while (suffix < shorter - prefix && text.charCodeAt(text.length - 1 - suffix) === old.charCodeAt(old.length - 1 - suffix)) suffix++;
  let changed = 0;
  while (changed + 1 < before.chunks.length && (before.chunks[changed + 1]?.start ?? 0) <= prefix) changed++;
  const restartIndex = changed - 1;
  const restart = before.chunks[restartIndex];
  if (restartIndex < 1 || !restart) return splitChunks(text);
  // The first chunk holds the front matter: one still open could be closed (or one closed opened) by the change.
  if (FRONT_MATTER_OPEN.test(text)) {
    const front = frontMatterLength(text);
    if (front === 0 || front > prefix) return splitChunks(text);
  }
  const delta = text.length - old.length;
  const unchangedFrom = old.length - suffix;
  const resume = new Map<number, number>();
  for (let index = restartIndex + 1; index < before.chunks.length; index++) {
    const chunk = before.chunks[index] as Chunk;
    if (chunk.start >= unchangedFrom) resume.set(chunk.start + delta, index);
  }
  const run = splitRun(text, restart.start, restart.start, (start) => resume.has(start));
  const kept = run.stoppedAt === undefined ? [] : before.chunks.slice(resume.get(run.stoppedAt)).map((chunk) => ({ start: chunk.start + delta, text: chunk.text }));
  return [...before.chunks.slice(0, restartIndex), ...run.chunks, ...kept];
}
