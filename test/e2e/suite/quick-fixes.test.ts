import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWhen, untitledMemo, withMessage } from './helpers.ts';

const MEMO = '---\ndate: 2025-09-12\n---\n\n# Capital\n\nBeijing launched a $37.5 billion fund, the third "Big Fund."[^1]\n\n[^1]: An earlier briefing. <https://example.org/briefing>\n';
const CLAIM = '$37.5 billion';

async function fixesFor(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
  const diagnostics = await diagnosticsWhen(document.uri, (found) => withMessage(found, `${CLAIM}: `) !== undefined, 'the fund claim flagged');
  const range = withMessage(diagnostics, `${CLAIM}: `)!.range;
  // The edits are computed when an action is chosen; resolving them all here is what choosing each one does.
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value, 10);
}

async function apply(document: vscode.TextDocument, title: string): Promise<string> {
  const actions = await fixesFor(document);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action?.edit, `a quick fix "${title}" among: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return document.getText();
}

describe('quick fixes', () => {
  before(api);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('offers the reference value first, written in the memo\'s style, and replaces only the claim', async () => {
    const document = await untitledMemo(MEMO);
    const actions = await fixesFor(document);
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Replace with "$47.5 billion"', 'Replace with "$47.5 billion" and cite: China sets up third fund (Reuters)', 'Replace with "$47.5 billion" and cite: The Closing Window to Win, Part I: American AI Leadership Requires a Global Strategy for Full-Stack Diffusion', 'Ignore this claim (memocheck-ignore-line)'],
    );
    assert.equal(actions[0]!.isPreferred, true);
    assert.equal(await apply(document, 'Replace with "$47.5 billion"'), MEMO.replace(CLAIM, '$47.5 billion'));
    await diagnosticsWhen(document.uri, (found) => withMessage(found, `${CLAIM}: `) === undefined && withMessage(found, '$47.5 billion: ') === undefined, 'the fixed claim no longer flagged');
  });

  it('writes the reference value and cites its source in a new numbered GFM footnote after the existing ones', async () => {
    const document = await untitledMemo(MEMO);
    const text = await apply(document, 'Replace with "$47.5 billion" and cite: China sets up third fund (Reuters)');
    assert.equal(
      text,
      MEMO.replace(CLAIM, '$47.5 billion[^2]').replace(
        '<https://example.org/briefing>\n',
        '<https://example.org/briefing>\n[^2]: China sets up third fund (Reuters), Mezha / MENAFN, 2024-05-27. <https://mezha.media/en/2024/05/27/china-creates-third-47-5-billion-fund-to-boost-semiconductor-sector/>\n',
      ),
    );
  });

  it('replaces a wrong tier with the reference tier, in the memo\'s own numbering', async () => {
    const memo = '---\ndate: 2025-03-01\n---\n\nUnder the Diffusion Rule, the UAE was placed in Tier I.\n';
    const document = await untitledMemo(memo);
    const diagnostics = await diagnosticsWhen(document.uri, (found) => withMessage(found, 'UAE is in Tier 2, not Tier 1') !== undefined, 'the tier claim flagged');
    const flagged = withMessage(diagnostics, 'UAE is in Tier 2, not Tier 1')!;
    assert.equal(document.getText(flagged.range), 'UAE was placed in Tier I', 'the diagnostic covers the country and its tier words');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, flagged.range, vscode.CodeActionKind.QuickFix.value, 10);
    const replace = actions.find((action) => action.title === 'Replace with "Tier II"');
    assert.ok(replace?.edit, actions.map((action) => action.title).join(' | '));
    assert.equal(replace.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.equal(document.getText(), memo.replace('Tier I.', 'Tier II.'));
    await diagnosticsWhen(document.uri, (found) => withMessage(found, 'UAE is in Tier 2, not Tier 1') === undefined, 'the fixed tier no longer flagged');
  });

  it('ignores the claim with an inline directive the engine honours', async () => {
    const document = await untitledMemo(MEMO);
    const text = await apply(document, 'Ignore this claim (memocheck-ignore-line)');
    assert.equal(text, MEMO.replace('"Big Fund."[^1]\n', '"Big Fund."[^1] <!-- memocheck-ignore-line reason="" -->\n'));
    await diagnosticsWhen(document.uri, (found) => withMessage(found, `${CLAIM}: `) === undefined, 'the ignored claim gone');
  });
});
