// The commands on one claim (from the Claims view's context menu, or on the claim under the cursor): reveal it,
// mark it reviewed (accepted or rejected, with a note), waive it, replace it with the reference value, open its
// source, add a fact for it to a team dataset. An edit is made only when the memo's text is still the text the claim was found in.
import * as vscode from 'vscode';
import type { Decision } from '../core/review/reviews.ts';
import { safeLink } from '../core/text/links.ts';
import { addToTeamDataset } from './add-to-dataset.ts';
import { claimTarget, type ClaimTarget } from './claim-target.ts';
import type { DatasetManager } from './dataset-manager.ts';
import { factLocation } from './diagnostics.ts';
import { engine } from './engine-loader.ts';
import type { MemoChecker } from './memo-checker.ts';
import { reviewerName } from './reviewer.ts';
import { ReviewStore } from './reviews.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function reveal(uri: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(startLine, startCharacter, endLine, endCharacter);
  await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false, viewColumn: vscode.ViewColumn.One });
}

/** The memo's document, when it still holds the text the claim was found in; otherwise says why not. */
async function documentOf(target: ClaimTarget): Promise<vscode.TextDocument | undefined> {
  const document = await vscode.workspace.openTextDocument(target.uri);
  if (document.getText() === target.result.text) return document;
  void vscode.window.showWarningMessage('Memocheck: the memo has changed since this claim was checked; wait for the check, then try again.');
  return undefined;
}

async function edit(target: ClaimTarget, start: number, end: number, text: string): Promise<boolean> {
  const document = await documentOf(target);
  if (!document) return false;
  const change = new vscode.WorkspaceEdit();
  change.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)), text);
  return vscode.workspace.applyEdit(change);
}

export function registerClaimCommands(checker: MemoChecker, reviews: ReviewStore, datasets: DatasetManager): vscode.Disposable[] {
  const target = (argument: unknown): ClaimTarget | undefined => {
    const found = claimTarget(checker, argument);
    if (!found) void vscode.window.showInformationMessage('Memocheck: no claim here. Put the cursor on a claim, or use the Claims view.');
    return found;
  };

  const review = (decision: Decision) => async (argument?: unknown, givenNote?: string): Promise<void> => {
    const found = target(argument);
    if (!found) return;
    if (!ReviewStore.canReview(found.uri)) {
      void vscode.window.showWarningMessage('Memocheck: save the memo first; its reviews are kept in a file beside it.');
      return;
    }
    const reviewer = await reviewerName(found.uri);
    if (!reviewer) return;
    const note = givenNote ?? (await vscode.window.showInputBox({ prompt: `Note for the ${decision === 'accepted' ? 'acceptance' : 'rejection'} of "${found.claim.text}" (optional)`, ignoreFocusOut: true }));
    if (note === undefined) return;
    await reviews.record(found.uri, found.result, found.claim, decision, reviewer, note.trim() || undefined);
  };

  const waive = async (argument?: unknown, givenReason?: string, givenUntil?: string): Promise<void> => {
    const found = target(argument);
    if (!found) return;
    const reason = givenReason ?? (await vscode.window.showInputBox({ prompt: `Why is "${found.claim.text}" waived?`, ignoreFocusOut: true, validateInput: (value) => (value.trim() ? undefined : 'A waiver says why.') }));
    if (!reason?.trim()) return;
    const until = givenUntil ?? (await vscode.window.showInputBox({ prompt: 'Last day the waiver holds (YYYY-MM-DD), or empty for none', ignoreFocusOut: true, validateInput: (value) => (value === '' || DAY.test(value) ? undefined : 'A day as YYYY-MM-DD, or nothing.') }));
    if (until === undefined) return;
    const { start, end, text } = engine().ignoreClaimEdit(found.result.text, found.claim.start.offset, found.claim.end.offset, { reason, ...(until ? { until } : {}) });
    await edit(found, start, end, text);
  };

  const replace = async (argument?: unknown): Promise<void> => {
    const found = target(argument);
    const expected = found?.claim.expected;
    if (!found || expected === undefined) return;
    const from = found.claim.value?.start.offset ?? found.claim.start.offset;
    const to = found.claim.value?.end.offset ?? found.claim.end.offset;
    await edit(found, from, to, expected);
  };

  /** The claim's best source on the web, else its fact's entry in the dataset. */
  const openSource = async (argument?: unknown): Promise<void> => {
    const found = target(argument);
    if (!found) return;
    const link = found.claim.sources.map((source) => safeLink(source.url)).find((url) => url !== undefined);
    if (link) {
      await vscode.env.openExternal(vscode.Uri.parse(link, true));
      return;
    }
    const fact = found.claim.factId === null ? undefined : found.result.facts.get(found.claim.factId);
    if (fact) await vscode.window.showTextDocument(factLocation(fact.origin).uri, { selection: factLocation(fact.origin).range });
  };

  return [
    vscode.commands.registerCommand('memocheck.revealClaim', reveal),
    vscode.commands.registerCommand('memocheck.acceptClaim', review('accepted')),
    vscode.commands.registerCommand('memocheck.rejectClaim', review('rejected')),
    vscode.commands.registerCommand('memocheck.waiveClaim', waive),
    vscode.commands.registerCommand('memocheck.replaceClaim', replace),
    vscode.commands.registerCommand('memocheck.openClaimSource', openSource),
    vscode.commands.registerCommand('memocheck.addToTeamDataset', async (argument?: unknown, file?: string) => {
      const found = target(argument);
      if (found) await addToTeamDataset(found, datasets, file);
    }),
  ];
}
