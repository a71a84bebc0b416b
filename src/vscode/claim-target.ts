// Which claim a claim command acts on: the Claims view's item it was run on, a place given by a caller
// (`{ uri, line, character }`, 0-based, as the editor tests give it), or the claim under the active editor's cursor.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check.ts';
import type { CheckedClaim } from '../core/types.ts';
import { claimsAt } from './claims-at.ts';
import type { ClaimNode } from './claims-view.ts';
import type { MemoChecker } from './memo-checker.ts';

export interface ClaimTarget {
  uri: vscode.Uri;
  result: CheckResult;
  claim: CheckedClaim;
}

type Place = { uri: string; line: number; character: number };

const isNode = (value: unknown): value is Extract<ClaimNode, { type: 'claim' }> => typeof value === 'object' && value !== null && (value as ClaimNode).type === 'claim';
const isPlace = (value: unknown): value is Place => typeof value === 'object' && value !== null && typeof (value as Place).uri === 'string' && typeof (value as Place).line === 'number';

export function claimTarget(checker: MemoChecker, argument: unknown): ClaimTarget | undefined {
  if (isNode(argument)) return { uri: argument.memo.uri, result: argument.memo.result, claim: argument.claim };
  const place = isPlace(argument)
    ? { uri: vscode.Uri.parse(argument.uri), position: new vscode.Position(argument.line, argument.character) }
    : vscode.window.activeTextEditor && { uri: vscode.window.activeTextEditor.document.uri, position: vscode.window.activeTextEditor.selection.active };
  if (!place) return undefined;
  const result = checker.resultFor(place.uri);
  const found = claimsAt(result, new vscode.Range(place.position, place.position))[0];
  return result && found ? { uri: place.uri, result, claim: found.claim } : undefined;
}
