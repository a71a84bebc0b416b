// Checks every open Markdown document, saved or not: at once when it opens, after a debounce while the author
// types, reusing the previous check's unchanged blocks; a result for an outdated version is dropped.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check.ts';
import { countVerdicts, type VerdictCounts } from './diagnostic-specs.ts';
import { diagnosticsOf } from './diagnostics.ts';
import { engine } from './engine-loader.ts';
import { DatasetManager } from './dataset-manager.ts';
import type { Log } from './log.ts';
import { readSettings } from './settings.ts';

/** A checked memo, as the Claims view and the report read it. */
export interface CheckedMemo {
  uri: vscode.Uri;
  result: CheckResult;
}

export interface CheckEvent {
  uri: vscode.Uri;
  version: number;
  counts: VerdictCounts;
  /** From the debounce firing (or the check starting) to diagnostics set, in milliseconds. */
  durationMs: number;
}

/** Larger documents are not memos written by hand (a log, a data dump); checking them would stall the editor. */
const MAX_MEMO_CHARS = 5_000_000;

/** Views of a document that are not the memo itself: diffs, output, source control input. */
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'vscode-userdata']);

/** Whether a glob of the memo's workspace folder (the setting's or .memocheck.json's) matches it. */
function ignoredBy(globs: readonly string[], document: vscode.TextDocument): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return folder !== undefined && globs.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
}

export class MemoChecker implements vscode.Disposable {
  private readonly results = new Map<string, CheckedMemo>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checked = new vscode.EventEmitter<CheckEvent>();
  private readonly disposables: vscode.Disposable[] = [this.checked];
  readonly onDidCheck = this.checked.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly datasets: DatasetManager,
    private readonly log: Log,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0) this.schedule(document, readSettings(document.uri).debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('memocheck')) this.checkAll();
      }),
      datasets.onDidChange((folderKey) => {
        for (const document of vscode.workspace.textDocuments) if (DatasetManager.keyOf(document.uri) === folderKey) this.schedule(document, 0);
      }),
    );
  }

  static isMemo(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && !IGNORED_SCHEMES.has(document.uri.scheme);
  }

  resultFor(uri: vscode.Uri): CheckResult | undefined {
    return this.results.get(uri.toString())?.result;
  }

  /** Every open memo's last check. */
  memos(): CheckedMemo[] {
    return [...this.results.values()];
  }

  checkAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!MemoChecker.isMemo(document)) {
      // A document whose language changed away from Markdown keeps no memo diagnostics.
      if (this.results.has(document.uri.toString())) this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.check(document).catch((error: unknown) => this.log.error(`checking ${key} failed: ${(error as Error).stack ?? String(error)}`));
      }, delay),
    );
  }

  private async check(document: vscode.TextDocument): Promise<void> {
    const started = performance.now();
    const version = document.version;
    const { dataset, ignorePaths } = await this.datasets.datasetFor(document.uri);
    // Stale: the memo changed or closed while its dataset loaded; the newer change has its own check scheduled.
    if (document.isClosed || document.version !== version) return;
    const key = document.uri.toString();
    const settings = readSettings(document.uri);
    if (!settings.enabled || ignoredBy([...settings.ignorePaths, ...ignorePaths], document)) {
      this.forget(document.uri);
      return;
    }
    const text = document.getText();
    if (text.length > MAX_MEMO_CHARS) {
      this.log.warn(`${key} is not checked: ${text.length} characters is more than a memo (${MAX_MEMO_CHARS})`);
      this.forget(document.uri);
      return;
    }
    const result = engine().checkMemo(text, { dataset }, this.results.get(key)?.result);
    this.results.set(key, { uri: document.uri, result });
    this.diagnostics.set(document.uri, diagnosticsOf(result, settings.severities));
    const durationMs = performance.now() - started;
    this.log.trace(`checked ${key} v${version}: ${result.claims.length} claims in ${durationMs.toFixed(1)} ms`);
    this.checked.fire({ uri: document.uri, version, counts: countVerdicts(result), durationMs });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
