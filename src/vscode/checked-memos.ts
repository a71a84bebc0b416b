// The memos the Claims view and the report show: the active memo (the last memo editor focused, so the report's own
// tab does not empty them), or every memo the workspace check and the memo checker have checked.
import * as vscode from 'vscode';
import type { MemoSource } from './claims-view.ts';
import { MemoChecker, type CheckedMemo } from './memo-checker.ts';
import type { WorkspaceCheck } from './workspace-check.ts';

export class CheckedMemos implements MemoSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private active: vscode.Uri | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly checker: MemoChecker,
    private readonly workspace: WorkspaceCheck,
  ) {
    this.remember(vscode.window.activeTextEditor);
    this.disposables.push(
      checker.onDidCheck(() => this.changed.fire()),
      workspace.onDidChange(() => this.changed.fire()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.remember(editor)) this.changed.fire();
      }),
    );
  }

  private remember(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || !MemoChecker.isMemo(editor.document) || editor.document.uri.toString() === this.active?.toString()) return false;
    this.active = editor.document.uri;
    return true;
  }

  memos(scope: 'active' | 'workspace'): CheckedMemo[] {
    if (scope === 'workspace') return this.workspace.memos();
    const result = this.active && this.checker.resultFor(this.active);
    return this.active && result ? [{ uri: this.active, result }] : [];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
