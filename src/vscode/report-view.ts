// "Memocheck: Open Review Report": the review report (core/review/report-html.ts) in a webview beside the memo. The
// webview runs no script; its policy allows the one stylesheet from media/ and nothing else. Its Reveal links are
// command links, and the webview allows that one command alone. It follows the checks and the review files.
import * as vscode from 'vscode';
import type { ReviewedMemo } from '../core/review/report.ts';
import type { CheckedMemo } from './memo-checker.ts';
import { engine } from './engine-loader.ts';
import { revealCommand } from './claims-view.ts';
import type { ReviewStore } from './reviews.ts';

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly media: vscode.Uri,
    private readonly memos: () => CheckedMemo[],
    private readonly reviews: ReviewStore,
    onDidChange: vscode.Event<unknown>,
  ) {
    this.disposables.push(onDidChange(() => this.panel && void this.render()), reviews.onDidChange(() => this.panel && void this.render()));
  }

  async open(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('memocheck.report', 'Memocheck Review Report', vscode.ViewColumn.Beside, {
        enableScripts: false,
        enableCommandUris: ['memocheck.revealClaim'],
        localResourceRoots: [this.media],
      });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
    } else {
      this.panel.reveal();
    }
    await this.render();
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const uris = new Map<ReviewedMemo, vscode.Uri>();
    const memos: ReviewedMemo[] = [];
    for (const { uri, result } of this.memos()) {
      const memo = { path: vscode.workspace.asRelativePath(uri), result, reviews: await this.reviews.statesOf(uri, result) };
      uris.set(memo, uri);
      memos.push(memo);
    }
    const { webview } = panel;
    webview.html = engine().reportHtml(memos, new Date().toISOString().slice(0, 10), {
      style: { href: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'report.css')).toString(), cspSource: webview.cspSource },
      revealLink: (memo, claim) => {
        const { command, arguments: args } = revealCommand(uris.get(memo) as vscode.Uri, claim);
        return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
      },
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
