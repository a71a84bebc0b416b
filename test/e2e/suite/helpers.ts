// Shared helpers of the extension-host suite: the workspace, the extension's API, and waiting on editor events
// (never on fixed sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MemocheckApi } from '../../../src/vscode/extension.ts';

export const EXTENSION_ID = 'memocheck.memocheck';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the e2e workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function api(): Promise<MemocheckApi> {
  const extension = vscode.extensions.getExtension<MemocheckApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Resolves when `condition` holds, re-testing it whenever `event` fires; fails with `what` after a deadline. */
export function waitFor<T>(event: vscode.Event<unknown>, condition: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const test = (): boolean => {
      const value = condition();
      if (value === undefined || value === false) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(value);
      return true;
    };
    const subscription = event(() => test());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    test();
  });
}

export const memocheckDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'memocheck');

/** The diagnostics of `uri` once `condition` holds for them. */
export function diagnosticsWhen(uri: vscode.Uri, condition: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const diagnostics = memocheckDiagnostics(uri);
    return condition(diagnostics) ? diagnostics : undefined;
  }, what);
}

export const withMessage = (diagnostics: vscode.Diagnostic[], start: string): vscode.Diagnostic | undefined =>
  diagnostics.find((diagnostic) => diagnostic.message.startsWith(start));

/** An unsaved, untitled Markdown memo (no workspace folder: the bundled dataset only). */
export async function untitledMemo(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return document;
}

export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The hover Markdown at a position, with its escapes taken out, as it renders. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents).map((content) => (content as vscode.MarkdownString).value).join('\n').replace(/\\(.)/g, '$1');
}

/** Reads a value again whenever `event` fires (or every half second) until `accept` holds for it; fails with the
 * last value read after ten seconds. */
export async function readUntil<T>(event: vscode.Event<unknown>, read: () => Promise<T>, accept: (value: T) => boolean, what: (last: T) => string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what(value)}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 500);
      const subscription = event(done);
      function done(): void {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
}

/** Asks for the hover again after each memo check (or half a second) until it satisfies `accept`. */
export async function hoverTextWhen(uri: vscode.Uri, position: vscode.Position, accept: (text: string) => boolean): Promise<string> {
  const { onDidCheck } = await api();
  return readUntil(onDidCheck, () => hoverText(uri, position), accept, (last) => `the hover at ${uri.toString()}; last: ${last}`);
}

export function print(line: string): void {
  console.log(`memocheck-e2e: ${line}`);
}
