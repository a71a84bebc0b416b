import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimNode } from '../../../src/vscode/claims-view.ts';
import { api, diagnosticsWhen, hoverTextWhen, readUntil, untitledMemo, withMessage, workspaceFile } from './helpers.ts';

/** The Claims view's items, depth first, as "label · description" with two spaces per level. */
async function tree(): Promise<string[]> {
  const { claims } = await api();
  const lines: string[] = [];
  const walk = (nodes: ClaimNode[], depth: number): void => {
    for (const node of nodes) {
      const item = claims.getTreeItem(node) as vscode.TreeItem;
      lines.push(`${'  '.repeat(depth)}${String(item.label)}${item.description ? ` · ${String(item.description)}` : ''}`);
      walk(claims.getChildren(node) as ClaimNode[], depth + 1);
    }
  };
  walk(claims.getChildren() as ClaimNode[], 0);
  return lines;
}

/** The tree once `accept` holds for it, read again whenever the view changes. */
async function treeWhen(accept: (lines: string[]) => boolean, what: string): Promise<string[]> {
  const { claims } = await api();
  return readUntil(claims.onDidChangeTreeData, tree, accept, (last) => `${what}; the tree was:\n${last.join('\n')}`);
}

const FUND = new vscode.Position(7, 66);

describe('review sign-off and the Claims view', () => {
  before(async () => {
    await api();
    await vscode.workspace.getConfiguration('memocheck').update('reviewer', 'E2E Reviewer', vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('memocheck').update('reviewer', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the active memo\'s claims by verdict, then file, with counts', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length >= 4, 'memo.md checked');
    const lines = await treeWhen((found) => found.some((line) => line.startsWith('Contradicted (')), 'the contradicted group');
    const contradicted = lines.findIndex((line) => line.startsWith('Contradicted ('));
    assert.match(lines[contradicted] ?? '', /^Contradicted \((\d+)\)$/);
    assert.match(lines[contradicted + 1] ?? '', /^ {2}(?:[\w-]+\/)?memo\.md \(\d+\)$/, 'the file group, named from its workspace folder');
    assert.ok(lines.includes('    $37.5 billion · line 8'), lines.join('\n'));
    const { claims } = await api();
    const roots = claims.getChildren() as ClaimNode[];
    const file = (claims.getChildren(roots[0]) as ClaimNode[])[0];
    const claim = (claims.getChildren(file) as ClaimNode[])[0] as ClaimNode;
    const item = claims.getTreeItem(claim) as vscode.TreeItem;
    assert.equal(item.command?.command, 'memocheck.revealClaim', 'selecting a claim reveals it');
    assert.match(String(item.contextValue), /^claim/);
  });

  it('keeps a sign-off through an edit elsewhere, and lapses it when the figure changes', async () => {
    const uri = workspaceFile('memo.md');
    const editor = await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => withMessage(found, '$37.5 billion: ') !== undefined, 'the fund claim flagged');
    await vscode.commands.executeCommand('memocheck.acceptClaim', { uri: uri.toString(), line: FUND.line, character: FUND.character }, 'quoted from the first filing');
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('memo.reviews.json'))));
    assert.deepEqual(file.reviews.map((review: { text: string; decision: string; reviewer: string; note: string }) => [review.text, review.decision, review.reviewer, review.note]), [['$37.5 billion', 'accepted', 'E2E Reviewer', 'quoted from the first filing']]);
    assert.match(await hoverTextWhen(uri, FUND, (text) => text.includes('**Review:**')), /\*\*Review:\*\* accepted by E2E Reviewer on \d{4}-\d{2}-\d{2}: quoted from the first filing/);
    await treeWhen((lines) => lines.includes('    $37.5 billion · accepted by E2E Reviewer · line 8'), 'the review in the view');

    // Another paragraph edited: still reviewed.
    await editor.edit((builder) => builder.insert(new vscode.Position(9, 0), 'A sentence added elsewhere.\n\n'));
    const moved = new vscode.Position(FUND.line, FUND.character);
    assert.match(await hoverTextWhen(uri, moved, (text) => text.includes('**Review')), /\*\*Review:\*\* accepted by E2E Reviewer/);

    // The figure edited: lapsed, and said so.
    const figure = editor.document.getText().indexOf('$37.5 billion');
    await editor.edit((builder) => builder.replace(new vscode.Range(editor.document.positionAt(figure), editor.document.positionAt(figure + '$37.5 billion'.length)), '$37.9 billion'));
    const lapsed = await hoverTextWhen(uri, moved, (text) => text.includes('$37.9 billion') && text.includes('**Review'));
    assert.match(lapsed, /\*\*Review lapsed:\*\* lapsed \(the claim's sentence changed since the review\); was accepted by E2E Reviewer/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('warns on an expired waiver and on one without a reason, and writes a waiver with its reason and day', async () => {
    const memo = '---\ndate: 2025-09-12\n---\n\n<!-- memocheck-ignore reason="spring edition" until=2025-03-31 -->\nBeijing launched a $37.5 billion fund, the third "Big Fund."\n\nJapan is a Tier 2 country. <!-- memocheck-ignore-line -->\n\nThe UAE is a Tier 1 country.\n';
    const document = await untitledMemo(memo);
    const diagnostics = await diagnosticsWhen(document.uri, (found) => withMessage(found, 'waiver expired on 2025-03-31') !== undefined && withMessage(found, 'waiver without a reason') !== undefined, 'both waiver warnings');
    assert.equal(withMessage(diagnostics, 'waiver expired')?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(withMessage(diagnostics, 'waiver expired')?.range.start.line, 4);
    assert.ok(withMessage(diagnostics, '$37.5 billion: '), 'the expired waiver hides nothing');
    await vscode.commands.executeCommand('memocheck.waiveClaim', { uri: document.uri.toString(), line: 9, character: 5 }, 'counsel is confirming the tier', '2026-12-31');
    assert.ok(document.getText().includes('The UAE is a Tier 1 country. <!-- memocheck-ignore-line reason="counsel is confirming the tier" until=2026-12-31 -->'), document.getText());
    await diagnosticsWhen(document.uri, (found) => withMessage(found, 'UAE is in Tier 2') === undefined, 'the waived claim hidden');
  });

  it('checks every memo of the workspace and lists them all', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('memocheck.checkWorkspace');
    const lines = await treeWhen((found) => found.some((line) => /^ {2}(?:[\w-]+\/)?footnotes\.md \(\d+\)$/.test(line)) && found.some((line) => /team-memo\.md \(\d+\)$/.test(line)), 'the workspace memos');
    assert.ok(lines.some((line) => /^ {2}(?:[\w-]+\/)?memo\.md \(\d+\)$/.test(line)), lines.join('\n'));
    const problems = vscode.languages.getDiagnostics(workspaceFile('footnotes.md'));
    assert.ok(problems.length > 0, 'a memo never opened has its problems in the Problems panel');
    await vscode.commands.executeCommand('memocheck.showActiveMemoClaims');
  });
});
