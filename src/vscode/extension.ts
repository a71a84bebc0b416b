// Activation only: wires the engine's editor adapter together. Everything heavy (datasets, parsing) waits for the
// first memo, so activation stays cheap.
import * as vscode from 'vscode';
import { BUNDLED_SCHEME, BundledDatasetFileSystem } from './bundled-dataset.ts';
import { ClaimCodeActionProvider } from './code-actions.ts';
import { registerCommands } from './commands.ts';
import { DatasetManager } from './dataset-manager.ts';
import { ClaimHoverProvider } from './hover.ts';
import { createLog } from './log.ts';
import { MemoChecker, type CheckEvent } from './memo-checker.ts';
import { VerdictStatusBar } from './status-bar.ts';

/** What other extensions (and the editor tests) can use: an event after each memo check. */
export interface MemocheckApi {
  onDidCheck: vscode.Event<CheckEvent>;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): MemocheckApi {
  const log = createLog();
  const memoDiagnostics = vscode.languages.createDiagnosticCollection('memocheck');
  const datasetDiagnostics = vscode.languages.createDiagnosticCollection('memocheck-datasets');
  const datasets = new DatasetManager(datasetDiagnostics, log);
  const checker = new MemoChecker(memoDiagnostics, datasets, log);
  context.subscriptions.push(
    log,
    memoDiagnostics,
    datasetDiagnostics,
    datasets,
    checker,
    new VerdictStatusBar(checker),
    vscode.workspace.registerFileSystemProvider(BUNDLED_SCHEME, new BundledDatasetFileSystem(), { isReadonly: true, isCaseSensitive: true }),
    vscode.languages.registerHoverProvider(MARKDOWN, new ClaimHoverProvider(checker)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ClaimCodeActionProvider(checker), ClaimCodeActionProvider.metadata),
    ...registerCommands(checker, datasets, log),
  );
  checker.checkAll();
  return { onDidCheck: checker.onDidCheck };
}

export function deactivate(): void {}
