// Reads a memo file as UTF-8 text, refusing binary, malformed or oversized files with a located reason.
import { readBounded, readStandardInput } from './read-file.ts';
import { decodeUtf8 } from '../core/text/decode.ts';
import type { Problem } from '../core/types.ts';

/** 100k-word memos are about 700 KB; anything this large is not a memo. */
export const MAX_MEMO_BYTES = 32 * 1024 * 1024;

export function readMemo(path: string): { text: string } | { problem: Problem } {
  const read = path === '-' ? readStandardInput(MAX_MEMO_BYTES) : readBounded(path, MAX_MEMO_BYTES);
  if ('reason' in read) return { problem: { file: path, line: 1, column: 1, severity: 'error', message: `cannot read memo: ${read.reason}` } };
  const decoded = decodeUtf8(read.bytes);
  if ('text' in decoded) return decoded;
  return { problem: { file: path, line: decoded.line, column: decoded.column, severity: 'error', message: `cannot read memo: ${decoded.reason}` } };
}
