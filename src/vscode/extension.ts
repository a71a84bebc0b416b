// Activation only: wires the engine's editor adapter together. Everything heavy (datasets, parsing) waits for the
// first memo, so activation stays cheap.
import * as vscode from 'vscode';
import { BUNDLED_SCHEME, BundledDatasetFileSystem } from './bundled-dataset.ts';
import { CheckedMemos } from './checked-memos.ts';
import { registerClaimCommands } from './claim-commands.ts';
import { ClaimsView } from './claims-view.ts';
import { ClaimCodeActionProvider } from './code-actions.ts';
import { ConsistencyDiagnostics } from './consistency-diagnostics.ts';
import { registerCommands } from './commands.ts';
import { DatasetManager } from './dataset-manager.ts';
import { FactIdCompletions } from './fact-completion.ts';
import { ClaimHoverProvider } from './hover.ts';
import { createLog } from './log.ts';
import { MemoChecker, type CheckEvent } from './memo-checker.ts';
import { ReportView } from './report-view.ts';
import { ReviewStore } from './reviews.ts';
import { VerdictStatusBar } from './status-bar.ts';
import { WorkspaceCheck } from './workspace-check.ts';

/** What other extensions (and the editor tests) can use: an event after each memo check, the Claims view's tree, and
 * how long `activate` took (VS Code's own activation figure adds the extension host's work around it). */
export interface MemocheckApi {
  onDidCheck: vscode.Event<CheckEvent>;
  claims: Pick<ClaimsView, 'getChildren' | 'getTreeItem' | 'onDidChangeTreeData'>;
  activateMs: number;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activate(context: vscode.ExtensionContext): MemocheckApi {
  const started = performance.now();
  const log = createLog();
  const memoDiagnostics = vscode.languages.createDiagnosticCollection('memocheck');
  const datasetDiagnostics = vscode.languages.createDiagnosticCollection('memocheck-datasets');
  const datasets = new DatasetManager(datasetDiagnostics, log);
  const checker = new MemoChecker(memoDiagnostics, datasets, log);
  const reviews = new ReviewStore(log);
  const workspaceCheck = new WorkspaceCheck(checker, datasets, log);
  const checkedMemos = new CheckedMemos(checker, workspaceCheck);
  const claimsView = new ClaimsView(checkedMemos, reviews);
  const claimsTree = vscode.window.createTreeView('memocheck.claims', { treeDataProvider: claimsView, showCollapseAll: true });
  claimsView.attach(claimsTree);
  const report = new ReportView(vscode.Uri.joinPath(context.extensionUri, 'media'), () => claimsView.shown(), reviews, claimsView.onDidChangeTreeData);
  context.subscriptions.push(
    reviews,
    workspaceCheck,
    checkedMemos,
    new ConsistencyDiagnostics(checkedMemos),
    claimsView,
    claimsTree,
    report,
    log,
    memoDiagnostics,
    datasetDiagnostics,
    datasets,
    checker,
    new VerdictStatusBar(checker),
    vscode.workspace.registerFileSystemProvider(BUNDLED_SCHEME, new BundledDatasetFileSystem(), { isReadonly: true, isCaseSensitive: true }),
    vscode.languages.registerHoverProvider(MARKDOWN, new ClaimHoverProvider(checker, reviews)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new ClaimCodeActionProvider(checker), ClaimCodeActionProvider.metadata),
    vscode.languages.registerCompletionItemProvider(FactIdCompletions.selector, new FactIdCompletions(datasets), ...FactIdCompletions.triggers),
    ...registerCommands(checker, datasets, log),
    ...registerClaimCommands(checker, reviews, datasets),
    vscode.commands.registerCommand('memocheck.checkWorkspace', async () => {
      const { checked, found, cancelled } = await workspaceCheck.run();
      claimsView.show('workspace');
      void vscode.window.showInformationMessage(`Memocheck: ${checked} of ${found} memos checked${cancelled ? ' before the check was cancelled' : ''}.`);
    }),
    vscode.commands.registerCommand('memocheck.openReviewReport', () => report.open()),
    vscode.commands.registerCommand('memocheck.showWorkspaceClaims', () => claimsView.show('workspace')),
    vscode.commands.registerCommand('memocheck.showActiveMemoClaims', () => claimsView.show('active')),
  );
  checker.checkAll();
  return { onDidCheck: checker.onDidCheck, claims: claimsView, activateMs: performance.now() - started };
}

export function deactivate(): void {}
