import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, hoverTextWhen, memocheckDiagnostics, withMessage } from './helpers.ts';

function folderFile(index: number, name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[index];
  assert.ok(folder, `the suite's multi-root workspace has a folder ${index + 1}`);
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('multi-root workspaces and .memocheck.json', () => {
  before(api);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('checks each folder\'s memos against that folder\'s own datasets', async () => {
    const first = folderFile(0, 'team-memo.md');
    const second = folderFile(1, 'team-memo.md');
    await vscode.window.showTextDocument(first);
    await vscode.window.showTextDocument(second);
    await diagnosticsWhen(first, (found) => withMessage(found, "$12 billion: Example Compute Fund's") !== undefined, 'the first folder\'s contradiction');
    // The second folder's .memocheck.json names a dataset in which the fund holds $12 billion: supported there, so
    // there is no diagnostic to wait for; the hover appears once the memo is checked.
    const text = await hoverTextWhen(second, new vscode.Position(2, 34), (hover) => hover.includes('Memocheck'));
    assert.match(text, /Memocheck: Supported by the dataset/);
    assert.match(text, /Fact team\.example-compute-fund\.size from host-workspace-b\/facts\/fund\.yaml, line 3/);
    assert.equal(memocheckDiagnostics(second).length, 0);
  });

  it('reports a dataset that .memocheck.json names but that does not exist, on the config file\'s line', async () => {
    const config = folderFile(1, '.memocheck.json');
    const [problem] = await diagnosticsWhen(config, (found) => found.length === 1, 'the missing dataset reported');
    assert.equal(problem!.message, 'dataset "facts/missing.yaml" not found');
    assert.equal(problem!.range.start.line, 1);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
  });
});
