import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, memocheckDiagnostics, rangeText, untitledMemo, waitFor, withMessage, workspaceFile } from './helpers.ts';

describe('diagnostics', () => {
  before(api);
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('marks each claim of a memo with range, severity, message and the fact id as code', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (found) => found.length >= 4, 'memo.md diagnostics');
    const fund = withMessage(diagnostics, "$37.5 billion: Big Fund III's registered capital is US$47.5 billion");
    assert.ok(fund, diagnostics.map((d) => d.message).join('\n'));
    assert.equal(rangeText(fund.range), '7:63-7:76');
    assert.equal(fund.severity, vscode.DiagnosticSeverity.Error);
    const code = fund.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'big-fund-iii.registered-capital');
    assert.equal(code.target.scheme, 'memocheck-dataset');
    assert.equal(code.target.path, '/big-fund.yaml');
    assert.match(code.target.fragment, /^L\d+,\d+$/);

    const japan = withMessage(diagnostics, 'Japan is in Tier 1, not Tier 2, under the AI Diffusion Rule');
    assert.ok(japan);
    // The country and its tier words: "Japan in Tier 2".
    assert.equal(rangeText(japan.range), '7:23-7:38');
    assert.equal(japan.severity, vscode.DiagnosticSeverity.Error);

    const top500 = withMessage(diagnostics, '227 is the 2018-11 value');
    assert.ok(top500);
    assert.equal(top500.severity, vscode.DiagnosticSeverity.Warning);

    // The rule the memo relies on was rescinded before the memo's date: a warning on the first tier claim.
    const notice = withMessage(diagnostics, 'This memo (dated 2025-09-12) states tiers');
    assert.ok(notice);
    assert.equal(rangeText(notice.range), '7:23-7:38');
    // Supported claims ("Mexico | 2") are not shown by default.
    assert.equal(diagnostics.filter((d) => d.range.start.line === 13).length, 0);
    assert.equal(diagnostics.length, 4);
  });

  it('links the fact code to its entry in the read-only bundled dataset', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    const diagnostics = await diagnosticsWhen(uri, (found) => found.length >= 4, 'memo.md diagnostics');
    const target = (withMessage(diagnostics, '$37.5 billion: ')!.code as { target: vscode.Uri }).target;
    const line = Number(/^L(\d+)/.exec(target.fragment)![1]) - 1;
    const dataset = await vscode.workspace.openTextDocument(target.with({ fragment: '' }));
    assert.equal(dataset.lineAt(line).text.trim(), '- id: big-fund-iii.registered-capital');
    assert.equal(vscode.workspace.fs.isWritableFileSystem(target.scheme), false, 'the bundled dataset is read-only');
  });

  it('opens a bundled fact file read-only from the command palette command', async () => {
    const opened = waitFor(vscode.window.onDidChangeActiveTextEditor, () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.scheme === 'memocheck-dataset' ? editor.document : undefined;
    }, 'a bundled fact file opened');
    void vscode.commands.executeCommand('memocheck.openBundledDataset');
    // The command asks which file; accept the first one offered (ai-diffusion-rule.yaml) once the picker shows.
    const accept = setInterval(() => void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'), 200);
    try {
      const document = await opened;
      assert.equal(document.uri.path, '/ai-diffusion-rule.yaml');
      assert.match(document.getText(), /- id: ai-diffusion-rule\.tiers/);
      assert.equal(vscode.workspace.fs.isWritableFileSystem('memocheck-dataset'), false);
    } finally {
      clearInterval(accept);
    }
  });

  it('follows the severity settings: contradicted as warnings, supported as hints', async () => {
    const config = vscode.workspace.getConfiguration('memocheck');
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    try {
      await config.update('severity.supported', 'hint', vscode.ConfigurationTarget.Workspace);
      await config.update('severity.contradicted', 'warning', vscode.ConfigurationTarget.Workspace);
      const diagnostics = await diagnosticsWhen(
        uri,
        (found) => found.some((d) => d.severity === vscode.DiagnosticSeverity.Hint) && withMessage(found, '$37.5 billion: ')?.severity === vscode.DiagnosticSeverity.Warning,
        'a hint for the supported claim and a warning for the contradicted one',
      );
      const mexico = diagnostics.find((d) => d.range.start.line === 13);
      assert.ok(mexico?.message.startsWith('Mexico is in Tier 2 under'));
      assert.equal(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);
    } finally {
      await config.update('severity.supported', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('severity.contradicted', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(uri, (found) => found.length === 4, 'the default severities back');
  });

  it('checks unsaved untitled memos and clears their diagnostics when they close', async () => {
    const document = await untitledMemo('# Draft\n\nThe third Big Fund raised $40 billion.\n');
    const diagnostics = await diagnosticsWhen(document.uri, (found) => found.length === 1, 'the untitled memo\'s diagnostic');
    assert.equal(rangeText(diagnostics[0]!.range), '2:26-2:37');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => memocheckDiagnostics(document.uri).length === 0 || undefined, 'diagnostics cleared on close');
  });
});
