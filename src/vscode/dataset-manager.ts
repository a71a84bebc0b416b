// Each workspace folder's dataset: the bundled facts plus the folder's team files, loaded lazily, validated live
// (problems appear on the dataset file itself) and reloaded when a fact file changes on disk or in an editor.
import * as vscode from 'vscode';
import type { Dataset } from '../core/dataset/dataset.ts';
import type { FactFile } from '../core/dataset/load.ts';
import type { Problem } from '../core/types.ts';
import { bundledFactFiles } from './bundled-dataset.ts';
import { datasetFilesOf, isAbsolutePath, type FolderDatasetFiles } from './dataset-files.ts';
import { engine } from './engine-loader.ts';
import type { Log } from './log.ts';
import { readText } from './read-text.ts';
import { readSettings } from './settings.ts';

export interface FolderDataset {
  dataset: Dataset;
  /** Globs of memos the folder's .memocheck.json leaves unchecked. */
  ignorePaths: string[];
  /** Every file whose change reloads this folder: team files and the config file. */
  watched: Set<string>;
}

const RELOAD_DELAY_MS = 150;

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const start = new vscode.Position(problem.line - 1, problem.column - 1);
  const end = problem.end ? new vscode.Position(problem.end.line - 1, problem.end.column - 1) : start.translate(0, 1);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start, end),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'memocheck';
  return diagnostic;
}

/** The dataset lint's warnings on the team's files (memocheck lint-dataset's rules), but for what the loader and the
 * dataset already report (schema problems, a team fact replacing a bundled one) and the notes. */
function lintProblems(files: readonly FactFile[]): Problem[] {
  const findings = engine().lintDatasets({ files, bundled: bundledFactFiles().flatMap((file) => file.facts), today: new Date().toISOString().slice(0, 10) });
  return findings
    .filter((finding) => finding.severity !== 'information' && finding.rule !== 'schema' && finding.rule !== 'overrides-bundled')
    .map((finding) => ({ file: finding.file, line: finding.line, column: finding.column, severity: finding.severity === 'error' ? 'error' : 'warning', message: `${finding.message} (${finding.rule})` }));
}

/** Entries are relative to the folder; an absolute path is watched in its own directory. */
function watchPattern(folder: vscode.WorkspaceFolder, entry: string): vscode.RelativePattern {
  if (!isAbsolutePath(entry)) return new vscode.RelativePattern(folder, entry);
  const file = vscode.Uri.file(entry);
  return new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), file.path.slice(file.path.lastIndexOf('/') + 1));
}

export class DatasetManager implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<FolderDataset>>();
  private readonly watchers = new Map<string, vscode.Disposable[]>();
  private readonly reported = new Map<string, string[]>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires with a folder key ('' for files outside any folder) after that folder's dataset reloaded. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly problems: vscode.DiagnosticCollection,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0) this.reloadFoldersWatching(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('memocheck.datasets') || event.affectsConfiguration('memocheck.includeBundledDataset')) this.reloadAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reloadAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(({ removed }) => {
        for (const folder of removed) this.forget(folder.uri.toString());
      }),
    );
  }

  static keyOf(uri: vscode.Uri): string {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
  }

  datasetFor(uri: vscode.Uri): Promise<FolderDataset> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let loading = this.folders.get(key);
    if (!loading) {
      loading = this.load(folder, key);
      this.folders.set(key, loading);
    }
    return loading;
  }

  reloadAll(): void {
    for (const key of [...this.folders.keys()]) this.scheduleReload(key, 0);
  }

  private reloadFoldersWatching(uri: vscode.Uri): void {
    const name = uri.toString();
    for (const [key, loading] of this.folders) {
      void loading.then((folder) => {
        if (folder.watched.has(name)) this.scheduleReload(key, RELOAD_DELAY_MS);
      });
    }
  }

  private scheduleReload(key: string, delay: number): void {
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.uri.toString() === key);
        if (key !== '' && !folder) return;
        this.folders.set(key, this.load(folder, key));
        void this.folders.get(key)!.then(() => this.changed.fire(key));
      }, delay),
    );
  }

  private async load(folder: vscode.WorkspaceFolder | undefined, key: string): Promise<FolderDataset> {
    const started = Date.now();
    const settings = readSettings(folder);
    // A file system that cannot search (some virtual workspaces) still gets the bundled facts.
    const files = await datasetFilesOf(folder, settings).catch((error: unknown): FolderDatasetFiles => {
      this.log.error(`cannot list the datasets of ${folder?.name ?? 'files outside a folder'}: ${(error as Error).message}`);
      return { files: [], entries: [], includeBundled: settings.includeBundledDataset, ignorePaths: [], problems: [], warnings: [] };
    });
    const teamFiles = await Promise.all(files.files.map((uri) => this.readFactFile(uri)));
    // A workspace not yet trusted may hold anyone's fact files: they are validated and shown, but judge nothing and
    // replace no bundled fact until the workspace is trusted.
    const trusted = vscode.workspace.isTrusted;
    const dataset = new (engine().Dataset)([...(files.includeBundled || !trusted ? bundledFactFiles() : []), ...(trusted ? teamFiles : [])]);
    this.report(key, [...files.problems, ...teamFiles.flatMap((file) => file.problems), ...dataset.problems, ...lintProblems(teamFiles)]);
    this.watch(folder, key, files);
    const watched = new Set([...files.files.map(String), ...(files.configUri ? [files.configUri.toString()] : [])]);
    const team = trusted ? `${teamFiles.length} team file(s)` : `no team file (${teamFiles.length} wait for workspace trust)`;
    this.log.info(`${folder ? folder.name : 'files outside a folder'}: ${dataset.size} facts from ${team}${files.includeBundled || !trusted ? ' and the bundled dataset' : ''} in ${Date.now() - started} ms`);
    for (const warning of files.warnings) this.log.warn(warning);
    return { dataset, ignorePaths: files.ignorePaths, watched };
  }

  private async readFactFile(uri: vscode.Uri): Promise<FactFile> {
    const read = await readText(uri);
    const { loadFactFile, unreadableFactFile } = engine();
    if ('text' in read) return loadFactFile(uri.toString(), read.text, false);
    return unreadableFactFile(uri.toString(), read.error, false, { line: read.line ?? 1, column: read.column ?? 1 });
  }

  /** Shows each problem on its file: the config's, each team file's (trusted or not), and the dataset's own (a team
   * fact replacing a bundled one, a link to no fact), which repeats the files' problems it holds. Clears what this
   * folder showed before. */
  private report(key: string, problems: readonly Problem[]): void {
    for (const uri of this.reported.get(key) ?? []) this.problems.delete(vscode.Uri.parse(uri));
    const byFile = new Map<string, Problem[]>();
    for (const problem of new Set(problems)) {
      byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
      this.log.warn(`${problem.file}:${problem.line}:${problem.column} ${problem.severity}: ${problem.message}`);
    }
    for (const [file, problems] of byFile) this.problems.set(vscode.Uri.parse(file), problems.map(toDiagnostic));
    this.reported.set(key, [...byFile.keys()]);
  }

  private watch(folder: vscode.WorkspaceFolder | undefined, key: string, files: FolderDatasetFiles): void {
    for (const watcher of this.watchers.get(key) ?? []) watcher.dispose();
    if (!folder) return;
    const reload = (): void => this.scheduleReload(key, RELOAD_DELAY_MS);
    const watchers = [engine().CONFIG_FILE_NAME, ...files.entries.map((entry) => entry.pattern)].map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(watchPattern(folder, pattern));
      watcher.onDidCreate(reload);
      watcher.onDidChange(reload);
      watcher.onDidDelete(reload);
      return watcher;
    });
    this.watchers.set(key, watchers);
  }

  private forget(key: string): void {
    for (const watcher of this.watchers.get(key) ?? []) watcher.dispose();
    for (const uri of this.reported.get(key) ?? []) this.problems.delete(vscode.Uri.parse(uri));
    this.watchers.delete(key);
    this.reported.delete(key);
    this.folders.delete(key);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const key of [...this.watchers.keys()]) this.forget(key);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
