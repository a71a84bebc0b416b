import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, untitledMemo, withMessage, workspaceFile } from './helpers.ts';

describe('fact citations', () => {
  before(api);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('completes fact ids in a memocheck-fact marker, each with its subject and value', async () => {
    const document = await untitledMemo('---\ndate: 2025-09-12\n---\n\nThe vehicle holds $37.5 billion<!-- memocheck-fact: big-fund');
    const end = document.lineAt(4).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const item = list.items.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === 'big-fund-iii.registered-capital');
    assert.ok(item, `the fact among ${list.items.length} items`);
    assert.match(String(item.detail), /^Big Fund III — registered capital: 344,000,000,000 CNY, as of 2024-05-24$/);
    assert.equal(item.insertText, 'big-fund-iii.registered-capital -->');
  });

  it('judges a claim against the fact its marker cites', async () => {
    const document = await untitledMemo('---\ndate: 2025-09-12\n---\n\nThe province\'s vehicle holds $37.5 billion<!-- memocheck-fact: big-fund-iii.registered-capital -->.\n');
    const diagnostics = await diagnosticsWhen(document.uri, (found) => withMessage(found, '$37.5 billion: ') !== undefined, 'the cited claim judged');
    const flagged = withMessage(diagnostics, '$37.5 billion: ');
    assert.equal((flagged?.code as { value: string } | undefined)?.value, 'big-fund-iii.registered-capital');
  });

  it('warns where two memos state one fact with different values, pointing at the other', async () => {
    const first = await untitledMemo('---\ndate: 2025-03-01\n---\n\nBeijing launched a $47.5 billion fund in May 2024, the third "Big Fund."\n');
    const second = await untitledMemo('---\ndate: 2025-03-01\n---\n\nThe third "Big Fund" has registered capital of $50 billion.\n');
    const conflicts = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.code === 'conflict');
    await diagnosticsWhen(second.uri, () => conflicts(second.uri).length > 0 && conflicts(first.uri).length > 0, 'a conflict on both memos');
    const [warning] = conflicts(second.uri);
    assert.match(warning?.message ?? '', /^\$50 billion here, but .*\$47\.5 billion in Untitled-\d+:5:20, for the same fact big-fund-iii\.registered-capital/);
    assert.ok(warning?.relatedInformation?.some((related) => related.location.uri.toString() === first.uri.toString()), 'related information points at the other memo');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds an unverified claim to the team dataset: a stub after the last fact, the rest of the file as it was', async () => {
    const memo = workspaceFile('hubei.md');
    await vscode.workspace.fs.writeFile(memo, new TextEncoder().encode('---\ndate: 2025-03-01\n---\n\nHubei pledged $3 billion of its own for packaging plants.\n'));
    const document = await vscode.workspace.openTextDocument(memo);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsWhen(memo, (found) => withMessage(found, 'No reference fact for $3 billion') !== undefined || found.length > 0, 'the pledge checked');
    const range = diagnostics[0]?.range ?? new vscode.Range(4, 15, 4, 25);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', memo, range, vscode.CodeActionKind.QuickFix.value, 10);
    assert.ok(actions.some((action) => action.title === 'Add to team dataset…'), actions.map((action) => action.title).join(' | '));
    const team = workspaceFile('team.facts.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(team));
    await vscode.commands.executeCommand('memocheck.addToTeamDataset', { uri: memo.toString(), line: 4, character: 15 }, team.toString());
    const edited = vscode.window.activeTextEditor?.document;
    assert.equal(edited?.uri.toString(), team.toString(), 'the team file is open at the stub');
    const text = edited.getText();
    assert.ok(text.startsWith(before.trimEnd()), 'the file before the stub is unchanged');
    assert.match(text.slice(before.trimEnd().length), /^\n*\n {2}- id: team\.3-billion\n {4}kind: amount\n/);
    assert.match(text, /\n {4}value: 3000000000\n {4}currency: USD\n/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
