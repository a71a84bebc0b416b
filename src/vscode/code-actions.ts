// Quick fixes on a claim: write the reference value in the memo's own style, cite a source in a GFM footnote,
// or ignore the claim with an inline directive. The edits themselves are computed by the core (core/fixes).
import * as vscode from 'vscode';
import type { TextEdit } from '../core/fixes/edit.ts';
import type { CheckedClaim } from '../core/types.ts';
import { claimsAt } from './claims-at.ts';
import { engine } from './engine-loader.ts';
import type { MemoChecker } from './memo-checker.ts';

/** Enough choice for a claim with several sources without flooding the menu. */
const MAX_CITED_SOURCES = 3;

/**
 * Code actions are asked for at every cursor move over a claim; the footnote and ignore edits parse the whole memo,
 * so they are computed only when the action is chosen (resolveCodeAction).
 */
class LazyCodeAction extends vscode.CodeAction {
  /** The edits are offsets into this version of the document. */
  readonly version: number;

  constructor(
    title: string,
    readonly document: vscode.TextDocument,
    readonly computeEdits: () => TextEdit[],
  ) {
    super(title, vscode.CodeActionKind.QuickFix);
    this.version = document.version;
  }
}

/** An edit with a caret is a snippet, so the cursor lands where the author types next (a waiver's reason). */
function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const changes = edits.map(({ start, end, text, caret }) => {
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    if (caret === undefined) return vscode.TextEdit.replace(range, text);
    const snippet = new vscode.SnippetString().appendText(text.slice(0, caret)).appendTabstop(0).appendText(text.slice(caret));
    return new vscode.SnippetTextEdit(range, snippet);
  });
  edit.set(document.uri, changes);
  return edit;
}

export class ClaimCodeActionProvider implements vscode.CodeActionProvider<LazyCodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly checker: MemoChecker) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): LazyCodeAction[] {
    const text = document.getText();
    const result = this.checker.resultFor(document.uri);
    // A result for other text (an edit not yet re-checked) would put the edits in the wrong place.
    if (!result || result.text !== text) return [];
    return claimsAt(result, range).flatMap(({ claim, range: claimRange }) => {
      const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === 'memocheck' && diagnostic.range.isEqual(claimRange));
      return this.actionsFor(document, text, claim, diagnostics);
    });
  }

  resolveCodeAction(action: LazyCodeAction, token: vscode.CancellationToken): LazyCodeAction {
    // An action offered on text that has changed since gets no edit rather than one in the wrong place.
    if (!token.isCancellationRequested && action.document.version === action.version) action.edit ??= workspaceEdit(action.document, action.computeEdits());
    return action;
  }

  private actionsFor(document: vscode.TextDocument, text: string, claim: CheckedClaim, diagnostics: vscode.Diagnostic[]): LazyCodeAction[] {
    const { citeInFootnoteEdits, ignoreClaimEdit, replaceAndCiteEdits } = engine();
    const actions: LazyCodeAction[] = [];
    const action = (title: string, computeEdits: () => TextEdit[], preferred = false): void => {
      const fix = new LazyCodeAction(title, document, computeEdits);
      fix.diagnostics = diagnostics;
      fix.isPreferred = preferred;
      actions.push(fix);
    };
    const start = claim.start.offset;
    const end = claim.end.offset;
    const sources = claim.sources.slice(0, MAX_CITED_SOURCES);
    // A source is cited for what it says: beside a supported figure, or beside the reference value that replaces a
    // wrong one; never beside the figure it contradicts.
    if (claim.expected !== undefined && (claim.verdict === 'contradicted' || claim.verdict === 'outdated')) {
      const expected = claim.expected;
      // The reference replaces the claimed value: the figure itself, or a tier claim's tier words.
      const from = claim.value?.start.offset ?? start;
      const to = claim.value?.end.offset ?? end;
      action(`Replace with "${expected}"`, () => [{ start: from, end: to, text: expected }], true);
      for (const source of sources) action(`Replace with "${expected}" and cite: ${source.title}`, () => replaceAndCiteEdits(text, from, to, expected, source));
    } else if (claim.verdict === 'supported') {
      for (const source of sources) action(`Cite source in a footnote: ${source.title}`, () => citeInFootnoteEdits(text, end, source));
    }
    if (claim.verdict !== 'supported') action('Ignore this claim (memocheck-ignore-line)', () => [ignoreClaimEdit(text, start, end)]);
    if (claim.verdict === 'unverified' && claim.stated) {
      // Not an edit of the memo: a command that asks which team file, then opens it with the fact's stub.
      const add = new LazyCodeAction('Add to team dataset…', document, () => []);
      add.command = { title: 'Add to team dataset…', command: 'memocheck.addToTeamDataset', arguments: [{ uri: document.uri.toString(), line: document.positionAt(start).line, character: document.positionAt(start).character }] };
      add.diagnostics = diagnostics;
      actions.push(add);
    }
    return actions;
  }
}
