import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, memocheckDiagnostics, rangeText, withMessage, workspaceFile } from './helpers.ts';

describe('team datasets', () => {
  before(api);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('checks memos against the folder\'s team fact files, linking the code to the team file', async () => {
    const uri = workspaceFile('team-memo.md');
    await vscode.window.showTextDocument(uri);
    const [diagnostic] = await diagnosticsWhen(uri, (found) => found.length === 1, 'the team fact contradiction');
    assert.ok(diagnostic!.message.startsWith("$12 billion: Example Compute Fund's fund size is US$10 billion"), diagnostic!.message);
    const code = diagnostic!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'team.example-compute-fund.size');
    assert.equal(code.target.with({ fragment: '' }).toString(), workspaceFile('team.facts.yaml').toString());
    assert.equal(code.target.fragment, 'L3,5');
  });

  it('shows a broken fact file\'s problems on the file itself, and keeps its valid facts', async () => {
    const uri = workspaceFile('broken.facts.yaml');
    const diagnostics = await diagnosticsWhen(uri, (found) => found.length >= 3, 'broken.facts.yaml problems');
    const missing = withMessage(diagnostics, 'fact 2 (team.example-lab.budget): missing required property "sources"');
    assert.ok(missing, diagnostics.map((d) => `${rangeText(d.range)} ${d.message}`).join('\n'));
    assert.equal(missing.range.start.line, 10);
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    const currency = withMessage(diagnostics, 'fact 2 (team.example-lab.budget): "DOLLARS" is not a currency of the lexicon (USD, EUR');
    assert.equal(currency?.range.start.line, 14);
    // The squiggle covers the offending value, not one character of it.
    assert.equal((currency?.range.end.character ?? 0) - (currency?.range.start.character ?? 0), 'DOLLARS'.length);
    // A problem of the dataset as a whole, not of one file's text: a link to a fact that no loaded file holds.
    const dangling = withMessage(diagnostics, 'fact team.example-lab.staff: supersededBy names "team.example-lab.staff-2027", which no loaded fact has');
    assert.equal(dangling?.range.start.line, 16);
    assert.equal(dangling?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('re-checks open memos at once when a fact file changes on disk', async () => {
    const memo = workspaceFile('team-memo.md');
    const facts = workspaceFile('team.facts.yaml');
    await vscode.window.showTextDocument(memo);
    await diagnosticsWhen(memo, (found) => found.length === 1, 'the team fact contradiction');
    const original = await vscode.workspace.fs.readFile(facts);
    try {
      const updated = new TextDecoder().decode(original).replace('value: 10000000000', 'value: 12000000000');
      await vscode.workspace.fs.writeFile(facts, new TextEncoder().encode(updated));
      await diagnosticsWhen(memo, (found) => found.length === 0, 'the claim supported after the fact changed');
    } finally {
      await vscode.workspace.fs.writeFile(facts, original);
    }
    await diagnosticsWhen(memo, (found) => found.length === 1, 'the contradiction back after the fact was restored');
  });

  it('validates a fact file live as it is edited, before it is saved', async () => {
    const facts = workspaceFile('team.facts.yaml');
    const editor = await vscode.window.showTextDocument(facts);
    const line = editor.document.getText().split('\n').findIndex((text) => text.includes('currency: USD'));
    const range = editor.document.lineAt(line).range;
    assert.ok(await editor.edit((builder) => builder.replace(range, '    currency: DOLLARS')));
    try {
      const diagnostics = await diagnosticsWhen(facts, (found) => found.length > 0, 'a problem on the edited fact file');
      assert.equal(diagnostics[0]!.range.start.line, line);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await diagnosticsWhen(facts, (found) => found.length === 0, 'the problem gone after the edit was reverted');
    assert.equal(memocheckDiagnostics(facts).length, 0);
  });
});
