// The Command Palette commands, titled "Memocheck: ..." in package.json.
import * as vscode from 'vscode';
import { bundledFileNames, bundledUri } from './bundled-dataset.ts';
import { engine } from './engine-loader.ts';
import type { DatasetManager } from './dataset-manager.ts';
import type { Log } from './log.ts';
import type { MemoChecker } from './memo-checker.ts';

async function openBundledDataset(): Promise<void> {
  const name = await vscode.window.showQuickPick(bundledFileNames(), { placeHolder: 'Bundled fact file to open (read-only)' });
  if (name) await vscode.window.showTextDocument(bundledUri(name), { preview: true });
}

/** Flips memocheck.enable where it is set most narrowly: the workspace when one is open, else the user's settings. */
async function toggleChecks(): Promise<void> {
  const config = vscode.workspace.getConfiguration('memocheck');
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('enable', !config.get<boolean>('enable', true), target);
}

/** An untitled fact file from the starter text: valid as it stands, with a commented example of a fact. */
async function newFactFile(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: engine().STARTER_FACT_FILE });
  await vscode.window.showTextDocument(document);
}

export function registerCommands(checker: MemoChecker, datasets: DatasetManager, log: Log): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('memocheck.recheck', () => checker.checkAll()),
    vscode.commands.registerCommand('memocheck.reloadDatasets', () => datasets.reloadAll()),
    vscode.commands.registerCommand('memocheck.showLog', () => log.show()),
    vscode.commands.registerCommand('memocheck.openBundledDataset', openBundledDataset),
    vscode.commands.registerCommand('memocheck.toggle', toggleChecks),
    vscode.commands.registerCommand('memocheck.newFactFile', newFactFile),
  ];
}
