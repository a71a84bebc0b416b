import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, untitledMemo, workspaceFile } from './helpers.ts';

describe('noise controls', () => {
  before(api);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('turns every check off and on again with the toggle command', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length === 4, 'memo.md diagnostics');
    try {
      await vscode.commands.executeCommand('memocheck.toggle');
      assert.equal(vscode.workspace.getConfiguration('memocheck').get('enable'), false);
      await diagnosticsWhen(uri, (found) => found.length === 0, 'no diagnostics with checks off');
      await vscode.commands.executeCommand('memocheck.toggle');
      await diagnosticsWhen(uri, (found) => found.length === 4, 'the diagnostics back with checks on');
    } finally {
      await vscode.workspace.getConfiguration('memocheck').update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('leaves a memo that memocheck.ignorePaths matches unchecked', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length === 4, 'memo.md diagnostics');
    const config = vscode.workspace.getConfiguration('memocheck');
    try {
      await config.update('ignorePaths', ['*.md'], vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(uri, (found) => found.length === 0, 'no diagnostics on an ignored memo');
    } finally {
      await config.update('ignorePaths', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(uri, (found) => found.length === 4, 'the diagnostics back once the memo is not ignored');
  });

  it('shows an unverified claim as a hint by default, not as a Problems row', async () => {
    const document = await untitledMemo('A regional chip fund raised $2.1 billion last spring.\n');
    const [unverified] = await diagnosticsWhen(document.uri, (found) => found.length === 1, 'the unverified claim');
    assert.equal(unverified?.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(unverified?.message ?? '', /^No reference fact for \$2\.1 billion/);
  });
});
