// "Add to Team Dataset": a fact stub for a claim, appended to one of the folder's team YAML fact files (asked which
// when there are several; a new team.facts.yaml when there is none), inserted as a snippet whose tab stops are the
// fields the writer fills in (core/fixes/fact-stub.ts). The file is left open there; the memo re-checks as it changes.
import * as vscode from 'vscode';
import type { StubPart } from '../core/fixes/fact-stub.ts';
import type { ClaimTarget } from './claim-target.ts';
import type { DatasetManager } from './dataset-manager.ts';
import { engine } from './engine-loader.ts';

const TEAM_FILE = /\.ya?ml$/i;

async function teamFileFor(target: ClaimTarget, datasets: DatasetManager, given: string | undefined): Promise<vscode.Uri | undefined> {
  if (given) return vscode.Uri.parse(given);
  const { dataset } = await datasets.datasetFor(target.uri);
  const files = [...new Set([...dataset.facts.values()].filter((fact) => !fact.origin.bundled && TEAM_FILE.test(fact.origin.file)).map((fact) => fact.origin.file))].sort();
  if (files.length === 1) return vscode.Uri.parse(files[0] as string);
  if (files.length > 1) {
    const picked = await vscode.window.showQuickPick(files.map((file) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(file)), file })), { placeHolder: 'Team fact file to add the fact to' });
    return picked && vscode.Uri.parse(picked.file);
  }
  const folder = vscode.workspace.getWorkspaceFolder(target.uri);
  if (!folder) {
    void vscode.window.showWarningMessage('Memocheck: this memo is in no workspace folder, so it has no team dataset to add the fact to.');
    return undefined;
  }
  const created = vscode.Uri.joinPath(folder.uri, 'team.facts.yaml');
  await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(engine().STARTER_FACT_FILE));
  return created;
}

const snippetOf = (parts: readonly StubPart[]): vscode.SnippetString =>
  parts.reduce((snippet, part) => (typeof part === 'string' ? snippet.appendText(part) : snippet.appendPlaceholder(part.placeholder, part.stop)), new vscode.SnippetString());

export async function addToTeamDataset(target: ClaimTarget, datasets: DatasetManager, givenFile?: string): Promise<boolean> {
  const file = await teamFileFor(target, datasets, givenFile);
  if (!file) return false;
  const document = await vscode.workspace.openTextDocument(file);
  const { dataset } = await datasets.datasetFor(target.uri);
  const edit = engine().factStubEdit(document.getText(), target.claim, dataset.lexicon);
  if (!edit) {
    void vscode.window.showWarningMessage(`Memocheck: ${vscode.workspace.asRelativePath(file)} holds no block list of facts to add to (its "facts" is written another way); add the fact by hand.`);
    return false;
  }
  const editor = await vscode.window.showTextDocument(document);
  const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
  // A snippet's new lines take on the blanks that open the insertion line before the insertion point; with none there
  // (a line's start, or after `facts:`) they keep their own indentation. Otherwise the stub goes in as plain text.
  const before = document.lineAt(range.start.line).text.slice(0, range.start.character);
  if (before.length === before.trimStart().length) return editor.insertSnippet(snippetOf(edit.parts), range);
  return editor.edit((builder) => builder.replace(range, engine().stubText(edit.parts)));
}
