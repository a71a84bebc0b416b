// Reads a memo file as UTF-8 text, refusing binary, malformed or oversized files with a located reason.
import { readBounded, readStandardInput } from './read-file.ts';
import type { Problem } from '../core/types.ts';

/** 100k-word memos are about 700 KB; anything this large is not a memo. */
export const MAX_MEMO_BYTES = 32 * 1024 * 1024;

function located(path: string, bytes: Uint8Array, at: number, message: string): Problem {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < at; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { file: path, line, column: at - lineStart + 1, severity: 'error', message };
}

export function readMemo(path: string): { text: string } | { problem: Problem } {
  const failure = (message: string): { problem: Problem } => ({ problem: { file: path, line: 1, column: 1, severity: 'error', message } });
  const read = path === '-' ? readStandardInput(MAX_MEMO_BYTES) : readBounded(path, MAX_MEMO_BYTES);
  if ('reason' in read) return failure(`cannot read memo: ${read.reason}`);
  const { bytes } = read;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: located(path, bytes, nul, 'cannot read memo: binary file (NUL byte)') };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { problem: located(path, bytes, bad, 'cannot read memo: not valid UTF-8') };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; streaming mode accepts a prefix cut inside a character.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}
