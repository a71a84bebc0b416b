// `.memocheckignore`, at a workspace folder's root (or the CLI's working folder): the memos a workspace check or a
// folder given to the CLI leaves out, one glob per line relative to that folder, as a .gitignore reads: `#` starts a
// comment, a pattern with no slash (but a trailing one) matches at any depth, and a folder's pattern takes all in
// it. Negation (`!`) is not read: a line starting with it is reported back as not understood.

export const MEMO_IGNORE_FILE = '.memocheckignore';

/** The files a folder's check reads as memos. */
export const MEMO_FILES = '**/*.{md,markdown}';

export function memoIgnoreGlobs(text: string): { globs: string[]; unread: number[] } {
  const globs: string[] = [];
  const unread: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('!')) {
      unread.push(index + 1);
      return;
    }
    // Slashes trimmed from both ends by hand: a pattern anchored at the end is tried at every slash of a long run.
    let from = 0;
    let to = line.length;
    while (to > 0 && line[to - 1] === '/') to--;
    while (from < to && line[from] === '/') from++;
    const body = line.slice(from, to);
    if (body === '') return;
    const anywhere = !line.slice(0, -1).includes('/') && !line.startsWith('/');
    const glob = `${anywhere ? '**/' : ''}${body}`;
    // The pattern itself, and all inside it when it names a folder.
    globs.push(glob, `${glob}/**`);
  });
  return { globs, unread };
}
