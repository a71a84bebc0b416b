// The status bar item for the active memo: its claims by verdict, in words, without the glyphs and colours of VS Code's
// own problem counter; a click opens the Problems panel. memocheck.statusBar hides it.
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
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('memocheck.statusBar')) this.update();
      }),
    );
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && MemoChecker.isMemo(document) ? this.checker.resultFor(document.uri) : undefined;
    if (!result || !vscode.workspace.getConfiguration('memocheck', document?.uri).get<boolean>('statusBar', true)) {
      this.item.hide();
      return;
    }
    const counts = countVerdicts(result);
    const waiting = vscode.workspace.isTrusted ? '' : ' Team datasets wait for workspace trust: only the bundled dataset is used.';
    // What needs the author, in words; a memo with nothing to look at says how many claims hold.
    const toRead = (['contradicted', 'outdated', 'disputed', 'unverified'] as const).filter((verdict) => counts[verdict] > 0).map((verdict) => `${counts[verdict]} ${verdict}`);
    const label = toRead.length > 0 ? toRead.join(', ') : `${counts.supported} supported`;
    this.item.text = `$(checklist) Memocheck: ${label}${waiting ? ' $(workspace-untrusted)' : ''}`;
    const summary = `${counts.contradicted} contradicted, ${counts.outdated} outdated, ${counts.disputed} disputed, ${counts.unverified} unverified, ${counts.supported} supported`;
    this.item.tooltip = `Memocheck: ${summary} claims in this memo.${waiting} Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: `Memocheck: ${summary}` };
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
