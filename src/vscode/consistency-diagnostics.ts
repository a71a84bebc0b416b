// Warnings where the memos checked (open, and the workspace check's) state one fact with different values: on each
// place, with related information pointing at the others (core/consistency.ts).
import * as vscode from 'vscode';
import { spanOf } from './diagnostic-specs.ts';
import { rangeOf } from './diagnostics.ts';
import { engine } from './engine-loader.ts';
import type { CheckedMemos } from './checked-memos.ts';

/** Related places listed under one warning: enough to find the others, not every one of a fact stated fifty times. */
const MAX_RELATED = 10;

export class ConsistencyDiagnostics implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('memocheck-consistency');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly memos: CheckedMemos) {
    // Compared across every memo checked, so not on each keystroke's check: once the checks settle.
    this.disposables.push(memos.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update(), 500);
    }));
  }

  private update(): void {
    const { conflictsOf, conflictMessage } = engine();
    const checked = this.memos.memos('workspace');
    const uris = new Map(checked.map(({ uri }) => [vscode.workspace.asRelativePath(uri), uri]));
    const conflicts = conflictsOf(checked.map(({ uri, result }) => ({ path: vscode.workspace.asRelativePath(uri), claims: result.claims, facts: result.facts })));
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const conflict of conflicts) {
      for (const place of conflict.places) {
        const uri = uris.get(place.memo);
        if (!uri) continue;
        const diagnostic = new vscode.Diagnostic(rangeOf(spanOf(place.claim)), conflictMessage(conflict, place), vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'memocheck';
        diagnostic.code = 'conflict';
        diagnostic.relatedInformation = conflict.places
          .filter((other) => other !== place && uris.has(other.memo))
          .slice(0, MAX_RELATED)
          .map((other) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uris.get(other.memo) as vscode.Uri, rangeOf(spanOf(other.claim))), `states ${other.claim.text}`));
        const list = byUri.get(uri.toString()) ?? [];
        list.push(diagnostic);
        byUri.set(uri.toString(), list);
      }
    }
    this.diagnostics.clear();
    for (const { uri } of checked) this.diagnostics.set(uri, byUri.get(uri.toString()) ?? []);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
