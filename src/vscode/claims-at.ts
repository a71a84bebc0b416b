// The claims of a checked memo under a position or inside a range.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check.ts';
import type { CheckedClaim } from '../core/types.ts';
import { spanOf } from './diagnostic-specs.ts';
import { rangeOf } from './diagnostics.ts';

export function claimsAt(result: CheckResult | undefined, range: vscode.Range): { claim: CheckedClaim; range: vscode.Range }[] {
  return (result?.claims ?? []).map((claim) => ({ claim, range: rangeOf(spanOf(claim)) })).filter((found) => found.range.intersection(range) !== undefined);
}
