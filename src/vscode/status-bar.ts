// The status bar item for the active memo: claims by verdict; a click opens the Problems panel.
import * as vscode from 'vscode';
import { countVerdicts } from './diagnostic-specs.ts';
import { MemoChecker } from './memo-checker.ts';

export class VerdictStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('memocheck.verdicts', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly checker: MemoChecker) {
    this.item.name = 'Memocheck';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      checker.onDidCheck(({ uri }) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && MemoChecker.isMemo(document) ? this.checker.resultFor(document.uri) : undefined;
    if (!result) {
      this.item.hide();
      return;
    }
    const counts = countVerdicts(result);
    const waiting = vscode.workspace.isTrusted ? '' : ' Team datasets wait for workspace trust: only the bundled dataset is used.';
    this.item.text = `$(checklist) $(error) ${counts.contradicted} $(warning) ${counts.outdated} $(comment-discussion) ${counts.disputed} $(info) ${counts.unverified} $(pass) ${counts.supported}${waiting ? ' $(workspace-untrusted)' : ''}`;
    const summary = `${counts.contradicted} contradicted, ${counts.outdated} outdated, ${counts.disputed} disputed, ${counts.unverified} unverified, ${counts.supported} supported`;
    this.item.tooltip = `Memocheck: ${summary} claims in this memo.${waiting} Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: `Memocheck: ${summary}` };
    this.item.backgroundColor = counts.contradicted > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
