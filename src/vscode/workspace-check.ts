// "Memocheck: Check Workspace": every Markdown file of every workspace folder, leaving out what `files.exclude`,
// `memocheck.ignorePaths`, the folder's .memocheck.json `ignorePaths` and its `.memocheckignore` name, checked one by
// one under a cancellable progress notification, into the Problems panel and the Claims view. An open memo is the
// memo checker's to check (its unsaved text wins); the rest are read from disk and kept here.
import * as vscode from 'vscode';
import type { CheckedMemo, MemoChecker } from './memo-checker.ts';
import type { DatasetManager } from './dataset-manager.ts';
import { diagnosticsOf } from './diagnostics.ts';
import { engine } from './engine-loader.ts';
import type { Log } from './log.ts';
import { readText } from './read-text.ts';
import { readSettings } from './settings.ts';

const MEMO_LIMIT = { bytes: 5_000_000, why: 'larger than a memo written by hand' };

/** What a folder's checks leave out: the settings', the config's and `.memocheckignore`'s globs. */
async function ignoredGlobs(folder: vscode.WorkspaceFolder, configIgnores: readonly string[], log: Log): Promise<string[]> {
  const { MEMO_IGNORE_FILE, memoIgnoreGlobs } = engine();
  const file = vscode.Uri.joinPath(folder.uri, MEMO_IGNORE_FILE);
  const read = await readText(file, { bytes: 1024 * 1024, why: `a ${MEMO_IGNORE_FILE} lists a few globs` });
  const fromFile = 'text' in read ? memoIgnoreGlobs(read.text) : { globs: [], unread: [] };
  for (const line of fromFile.unread) log.warn(`${file.toString()}:${line}: a negated pattern (!) is not read; the line is skipped`);
  return [...readSettings(folder).ignorePaths, ...configIgnores, ...fromFile.globs];
}

/** The folder's memos: the Markdown files `findFiles` gives under `files.exclude`, less every ignored glob's matches
 * (each matched by VS Code's own glob engine, so a glob means here what it means in the settings). */
async function memosOf(folder: vscode.WorkspaceFolder, ignored: readonly string[], token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, engine().MEMO_FILES), undefined, undefined, token);
  const left = new Set<string>();
  for (const glob of ignored) for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), null, undefined, token)) left.add(uri.toString());
  return found.filter((uri) => !left.has(uri.toString())).sort((a, b) => a.path.localeCompare(b.path));
}

export class WorkspaceCheck implements vscode.Disposable {
  private readonly results = new Map<string, CheckedMemo>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('memocheck-workspace');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];

  constructor(
    private readonly checker: MemoChecker,
    private readonly datasets: DatasetManager,
    private readonly log: Log,
  ) {
    // An opened memo is the memo checker's: its problems come from there, not from the copy read from disk.
    this.disposables.push(checker.onDidCheck(({ uri }) => this.diagnostics.delete(uri)));
  }

  /** The memos checked by the last workspace check, each open one as the memo checker last checked it. */
  memos(): CheckedMemo[] {
    const open = new Map(this.checker.memos().map((memo) => [memo.uri.toString(), memo]));
    const checked = [...this.results.values()].map((memo) => open.get(memo.uri.toString()) ?? memo);
    const extra = [...open.values()].filter((memo) => !this.results.has(memo.uri.toString()));
    return [...checked, ...extra];
  }

  /** Checks the workspace under a progress notification; resolves with how many memos were checked. */
  run(): Thenable<{ checked: number; found: number; cancelled: boolean }> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Memocheck: checking the workspace', cancellable: true }, async (progress, token) => {
      const memos: vscode.Uri[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const { ignorePaths } = await this.datasets.datasetFor(folder.uri);
        memos.push(...(await memosOf(folder, await ignoredGlobs(folder, ignorePaths, this.log), token)));
      }
      this.results.clear();
      this.diagnostics.clear();
      let checked = 0;
      for (const uri of memos) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${checked + 1} of ${memos.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / memos.length });
        await this.checkOne(uri);
        checked++;
        // Lets the editor breathe (and the Cancel button be heard) between memos.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.changed.fire();
      const cancelled = token.isCancellationRequested;
      this.log.info(`workspace check: ${checked} of ${memos.length} memos checked${cancelled ? ' (cancelled)' : ''}`);
      return { checked, found: memos.length, cancelled };
    });
  }

  private async checkOne(uri: vscode.Uri): Promise<void> {
    const open = this.checker.resultFor(uri);
    if (open) {
      this.results.set(uri.toString(), { uri, result: open });
      return;
    }
    const read = await readText(uri, MEMO_LIMIT);
    if ('error' in read) {
      this.log.warn(`${uri.toString()}: ${read.error}; not checked`);
      return;
    }
    const { dataset } = await this.datasets.datasetFor(uri);
    const result = engine().checkMemo(read.text, { dataset });
    this.results.set(uri.toString(), { uri, result });
    this.diagnostics.set(uri, diagnosticsOf(result, readSettings(uri).severities));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
