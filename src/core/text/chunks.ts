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
  return resplitAround(text, before).chunks;
}

/**
 * A copy of a slice that holds no reference to the string it was cut from. V8 keeps a slice as a view of its parent
 * string: a chunk split again after a keystroke would keep that version of the whole memo alive for as long as the
 * chunk is kept (a megabyte per keystroke of a long memo, which the collector copies until the chunk changes). A
 * concatenation, flattened by the slice taken of it, is a string of its own.
 */
const detached = (slice: string): string => ` ${slice}`.slice(1);

/** Chunks split again around a change, with which of them are the earlier chunks, kept or moved. */
export interface Resplit {
  chunks: Chunk[];
  /** The first `keptBefore` chunks are the earlier ones, unchanged. */
  keptBefore: number;
  /** From index `movedFrom` on, each chunk is the earlier one at `movedBy` places further on, moved. */
  movedFrom: number;
  movedBy: number;
}

/** Stretches compared whole start at this length: comparing strings is many times as fast as comparing characters. */
const FIRST_STRETCH = 256;

/** How many characters two texts share, up to `limit`, given how to compare a stretch of them whole (from `from` to
 * `to` characters in) and one character: stretches twice as long each time they match, half as long once one does
 * not, then characters. */
function sharedLength(limit: number, sameStretch: (from: number, to: number) => boolean, sameChar: (at: number) => boolean): number {
  let equal = 0;
  let stretch = FIRST_STRETCH;
  while (equal < limit) {
    const to = Math.min(limit, equal + stretch);
    if (sameStretch(equal, to)) {
      equal = to;
      stretch *= 2;
    } else if (stretch > FIRST_STRETCH) stretch >>= 1;
    else break;
  }
  while (equal < limit && sameChar(equal)) equal++;
  return equal;
}

/** The length of the longest common start of `a` and `b`, up to `limit`. */
const commonPrefix = (a: string, b: string, limit: number): number =>
  sharedLength(limit, (from, to) => a.slice(from, to) === b.slice(from, to), (at) => a.charCodeAt(at) === b.charCodeAt(at));

/** The length of the longest common end of `a` and `b`, up to `limit`. */
const commonSuffix = (a: string, b: string, limit: number): number =>
  sharedLength(limit, (from, to) => a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from), (at) => a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at));

const sameChunk = (a: Chunk | undefined, b: Chunk | undefined): boolean => a !== undefined && b !== undefined && a.start === b.start && a.text === b.text;

/** The index of the last chunk that starts at or before `offset` (0 if none does). */
export function chunkIndexAt(chunks: readonly Chunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((chunks[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The chunks of a memo split afresh, none kept. */
export function splitAfresh(text: string): Resplit {
  const chunks = splitChunks(text);
  return { chunks, keptBefore: 0, movedFrom: chunks.length, movedBy: 0 };
}

/** The index a chunk had before the re-split when it kept or moved it, else -1. */
export const earlierIndexOf = (split: Resplit, index: number): number => (index < split.keptBefore ? index : index >= split.movedFrom ? index + split.movedBy : -1);

/** `resplitChunks`, saying which chunks it kept (see `Resplit`), so a re-check can keep what it knew of them. */
export function resplitAround(text: string, before: { text: string; chunks: readonly Chunk[] }): Resplit {
  const old = before.text;
  const shorter = Math.min(text.length, old.length);
  const prefix = commonPrefix(text, old, shorter);
  const suffix = commonSuffix(text, old, shorter - prefix);
  const restartIndex = chunkIndexAt(before.chunks, prefix) - 1;
  const restart = before.chunks[restartIndex];
  if (restartIndex < 1 || !restart) return splitAfresh(text);
  // The first chunk holds the front matter: one still open could be closed (or one closed opened) by the change.
  if (FRONT_MATTER_OPEN.test(text)) {
    const front = frontMatterLength(text);
    if (front === 0 || front > prefix) return splitAfresh(text);
  }
  const delta = text.length - old.length;
  const unchangedFrom = old.length - suffix;
  /** The old chunk in the unchanged end that starts where `start` is now, if one does. */
  const resumeAt = (start: number): number => {
    const index = chunkIndexAt(before.chunks, start - delta);
    return index > restartIndex && before.chunks[index]?.start === start - delta && start - delta >= unchangedFrom ? index : -1;
  };
  const run = splitRun(text, restart.start, restart.start, (start) => resumeAt(start) >= 0);
  const resumed = run.stoppedAt === undefined ? before.chunks.length : resumeAt(run.stoppedAt);
  // The run starts with the chunk before the change, which is mostly as it was: such chunks count as kept.
  let kept = restartIndex;
  while (kept - restartIndex < run.chunks.length && sameChunk(run.chunks[kept - restartIndex], before.chunks[kept])) kept++;
  const chunks = before.chunks.slice(0, kept);
  for (const chunk of run.chunks.slice(kept - restartIndex)) chunks.push({ start: chunk.start, text: detached(chunk.text) });
  const movedFrom = chunks.length;
  for (let index = resumed; index < before.chunks.length; index++) {
    const chunk = before.chunks[index] as Chunk;
    chunks.push({ start: chunk.start + delta, text: chunk.text });
  }
  return { chunks, keptBefore: kept, movedFrom, movedBy: resumed - movedFrom };
}
