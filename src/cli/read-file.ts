// Reads a file the command line was given, bounded: only a regular file, and never more than a limit of bytes. A FIFO
// or /dev/zero would hang an unbounded read, and `stat` gives them no size to check first.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const CHUNK = 1 << 16;

export function readBounded(path: string, limit: number): { bytes: Uint8Array } | { reason: string } {
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { reason: 'is a directory' };
    if (!stat.isFile()) return { reason: 'not a regular file (a pipe, device or socket)' };
    if (stat.size > limit) return { reason: `larger than ${limit / 1024 / 1024} MB` };
    fd = openSync(path, 'r');
    return readAtMost(fd, limit, stat.size);
  } catch (error) {
    return { reason: reasonOf(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Standard input ("-"), read to its end but never past the limit. */
export function readStandardInput(limit: number): { bytes: Uint8Array } | { reason: string } {
  try {
    return readAtMost(0, limit);
  } catch (error) {
    return { reason: reasonOf(error) };
  }
}

/** Reads to the end, at most one byte past the limit; a file of the size its `stat` gave (`expected`) in one read. */
function readAtMost(fd: number, limit: number, expected = 0): { bytes: Uint8Array } | { reason: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // A file may grow after its stat, and a pipe has no size: read at most one byte past the limit.
  for (;;) {
    const chunk = new Uint8Array(Math.min(Math.max(CHUNK, expected + 1 - total), limit + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking pipe with nothing yet: wait for it rather than end early.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw error;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) return { reason: `larger than ${limit / 1024 / 1024} MB` };
  }
  return { bytes: chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks) };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
}
