// The memos a run checks: files as given, every Markdown file under a folder given, and the matches of a glob given
// in quotes (the shell expands an unquoted one itself), in a stable order. `.memocheckignore` in the config's folder
// (the working folder without a config) leaves memos out as the config's ignorePaths do (core/memo-ignore.ts).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { isGlob } from '../core/dataset/config.ts';
import { MEMO_FILES, MEMO_IGNORE_FILE, memoIgnoreGlobs } from '../core/memo-ignore.ts';
import { decodeUtf8 } from '../core/text/decode.ts';
import type { Problem } from '../core/types.ts';
import { readBounded } from './read-file.ts';

const NEVER = ['**/node_modules/**', '**/.git/**'];

export const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Memo paths from the command line's arguments; an argument matching nothing is kept, to be reported unreadable. */
export function memoPaths(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (arg === '-' || (existsSync(arg) && !isFolder(arg))) return [arg];
    if (isFolder(arg)) return globSync(MEMO_FILES, { cwd: arg, ignore: NEVER }).sort().map((path) => join(arg, path));
    if (isGlob(arg)) {
      const found = globSync(arg, { ignore: NEVER }).sort();
      return found.length > 0 ? found : [arg];
    }
    return [arg];
  });
}

/** The absolute paths `.memocheckignore` in `folder` leaves out, and a problem for each line not read. */
export function memoIgnored(folder: string): { ignored: string[]; problems: Problem[] } {
  const file = join(folder, MEMO_IGNORE_FILE);
  if (!existsSync(file)) return { ignored: [], problems: [] };
  const refused = (reason: string): { ignored: string[]; problems: Problem[] } => ({ ignored: [], problems: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read ${MEMO_IGNORE_FILE}: ${reason}` }] });
  const read = readBounded(file, 1024 * 1024);
  if ('reason' in read) return refused(read.reason);
  const decoded = decodeUtf8(read.bytes);
  if (!('text' in decoded)) return refused(decoded.reason);
  const { globs, unread } = memoIgnoreGlobs(decoded.text);
  const problems: Problem[] = unread.map((line) => ({ file, line, column: 1, severity: 'warning', message: 'a negated pattern (!) is not read; the line is skipped' }));
  return { ignored: globs.length > 0 ? globSync(globs, { cwd: folder, absolute: true, ignore: NEVER }) : [], problems };
}
