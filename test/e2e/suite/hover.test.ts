import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, hoverText, workspaceFile } from './helpers.ts';

/** Hover Markdown with the escapes taken out, as it renders. */
const rendered = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('hover', () => {
  before(api);
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows the verdict, claimed and reference values, the source with its link, and the dataset file', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length >= 4, 'memo.md checked');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(7, 66));
    const ours = hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString && content.value.includes('Memocheck'));
    assert.equal(ours.length, 1, 'one Memocheck hover');
    const markdown = ours[0]!;
    const text = rendered(markdown.value);
    assert.ok(text.startsWith('**Memocheck: Contradicted by the dataset** (amount claim, as of 2025-09-12)'), text);
    assert.ok(text.includes('Claimed: $37.5 billion · Reference: US$47.5 billion'), text);
    assert.ok(text.includes('- [China sets up third fund (Reuters)](https://mezha.media/en/2024/05/27/china-creates-third-47-5-billion-fund-to-boost-semiconductor-sector/) — Mezha / MENAFN, 2024-05-27'), text);
    assert.match(text, /Fact big-fund-iii\.registered-capital from bundled dataset, big-fund\.yaml, line \d+/);
    assert.ok(!markdown.isTrusted, 'dataset text is rendered untrusted');
    assert.ok(!markdown.supportHtml, 'no HTML from data');
  });

  it('shows a tier claim\'s claimed and reference tier first, over the country and over its tier words', async () => {
    const uri = workspaceFile('memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length >= 4, 'memo.md checked');
    // "The Diffusion Rule put Japan in Tier 2": "Japan" at character 23, "Tier 2" at 32.
    for (const character of [24, 34]) {
      const text = await hoverText(uri, new vscode.Position(7, character));
      const ours = text.slice(text.indexOf('**Memocheck: Contradicted by the dataset** (tier claim'));
      assert.ok(ours.startsWith('**Memocheck: Contradicted by the dataset** (tier claim, as of 2025-09-12)\n\nClaimed: Japan: Tier 2 · Reference: Tier 1\n\n**Sources**\n- ['), `at ${character}: ${text}`);
      assert.ok(!text.includes('Sources disagree'), text);
    }
  });

  it('names a team fact\'s dataset file', async () => {
    const uri = workspaceFile('team-memo.md');
    await vscode.window.showTextDocument(uri);
    await diagnosticsWhen(uri, (found) => found.length === 1, 'team-memo.md checked');
    const text = await hoverText(uri, new vscode.Position(2, 34));
    assert.match(text, /Fact team\.example-compute-fund\.size from host-workspace\/team\.facts\.yaml, line 3/);
  });
});
