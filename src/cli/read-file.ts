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
    const chunks: Uint8Array[] = [];
    let total = 0;
    // The file may grow after the stat: read at most one byte past the limit.
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) return { reason: `larger than ${limit / 1024 / 1024} MB` };
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (error as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
