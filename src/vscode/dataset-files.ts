// Which team fact files a workspace folder uses: the memocheck.datasets setting plus the folder's .memocheck.json.
import * as vscode from 'vscode';
import type { Problem } from '../core/types.ts';
import { engine } from './engine-loader.ts';
import { resolveAsync, uriPaths } from './extends-host.ts';
import { readText } from './read-text.ts';
import type { Settings } from './settings.ts';

export interface DatasetEntry {
  /** The path or glob as written. */
  pattern: string;
  /** Where it was written: its line and column in the config file, or undefined for the settings. */
  declaredIn?: { uri: vscode.Uri; line: number; column: number };
}

export interface FolderDatasetFiles {
  /** The fact files the config's `extends` names, then the config's and the settings' own. */
  files: vscode.Uri[];
  entries: DatasetEntry[];
  includeBundled: boolean;
  /** Globs of memos the folder's .memocheck.json leaves unchecked, relative to the folder. */
  ignorePaths: string[];
  configUri?: vscode.Uri;
  /** Problems of the config file, and entries that name missing files (reported on the config file). */
  problems: Problem[];
  /** Problems of setting entries (a missing file, a glob matching too much): there is no file to show them on. */
  warnings: string[];
}

export const isAbsolutePath = (entry: string): boolean => /^(?:\/|[a-zA-Z]:[\\/])/.test(entry);
const EXCLUDE = '**/node_modules/**';
/** A glob matching more files than this in one folder is a mistake (every JSON file, say), not a team dataset. */
const MAX_GLOB_MATCHES = 500;

function problemAt(declaredIn: NonNullable<DatasetEntry['declaredIn']>, severity: Problem['severity'], message: string): Problem {
  return { file: declaredIn.uri.toString(), line: declaredIn.line, column: declaredIn.column, severity, message };
}

export async function datasetFilesOf(folder: vscode.WorkspaceFolder | undefined, settings: Settings): Promise<FolderDatasetFiles> {
  const result: FolderDatasetFiles = { files: [], entries: [], includeBundled: settings.includeBundledDataset, ignorePaths: [], problems: [], warnings: [] };
  const { CONFIG_FILE_NAME, isGlob, parseConfig } = engine();
  let extended: vscode.Uri[] = [];
  if (folder) {
    const configUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
    const read = await readText(configUri);
    if ('text' in read) {
      const { config, problems } = parseConfig(configUri.toString(), read.text);
      result.configUri = configUri;
      result.problems.push(...problems);
      const shared = await resolveAsync(engine().resolveExtends(config.extends.map(({ pattern, line, column }) => ({ pattern, at: { file: configUri.toString(), line, column } })), folder.uri.toString(), uriPaths, [configUri.toString()]));
      result.problems.push(...shared.problems);
      // Shared facts first: a team's own fact with the same id replaces a shared one.
      extended = shared.files.map((file) => vscode.Uri.parse(file));
      result.entries.push(...config.datasets.map(({ pattern, line, column }) => ({ pattern, declaredIn: { uri: configUri, line, column } })));
      if (config.includeBundledDataset !== undefined) result.includeBundled = config.includeBundledDataset;
      result.ignorePaths.push(...config.ignorePaths);
    }
  }
  result.entries.push(...settings.datasets.map((pattern) => ({ pattern })));
  const seen = new Set<string>(extended.map((uri) => uri.toString()));
  result.files.push(...extended);
  for (const entry of result.entries) {
    const uris = await resolveEntry(folder, entry.pattern);
    if (uris.length >= MAX_GLOB_MATCHES) {
      const message = `"${entry.pattern}" matches ${MAX_GLOB_MATCHES} files or more; only the first ${MAX_GLOB_MATCHES} are read`;
      if (entry.declaredIn) result.problems.push(problemAt(entry.declaredIn, 'warning', message));
      else result.warnings.push(`memocheck.datasets: ${message}`);
    }
    for (const uri of uris) {
      if (seen.has(uri.toString())) continue;
      if (!isGlob(entry.pattern) && !(await exists(uri))) {
        if (entry.declaredIn) result.problems.push(problemAt(entry.declaredIn, 'error', `dataset "${entry.pattern}" not found`));
        else result.warnings.push(`memocheck.datasets: dataset "${entry.pattern}" not found`);
        continue;
      }
      seen.add(uri.toString());
      result.files.push(uri);
    }
  }
  return result;
}

function exists(uri: vscode.Uri): Thenable<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

async function resolveEntry(folder: vscode.WorkspaceFolder | undefined, pattern: string): Promise<vscode.Uri[]> {
  if (engine().isGlob(pattern)) {
    if (!folder) return [];
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), EXCLUDE, MAX_GLOB_MATCHES);
    return found.sort((a, b) => a.toString().localeCompare(b.toString()));
  }
  if (isAbsolutePath(pattern)) return [vscode.Uri.file(pattern)];
  return folder ? [vscode.Uri.joinPath(folder.uri, pattern)] : [];
}
