// Turns a check into VS Code diagnostics: source "memocheck", the fact id as code linking to the fact's entry in
// its dataset file, and the fact's location as related information for reviewers.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check.ts';
import type { FactOrigin, LoadedFact } from '../core/types.ts';
import { diagnosticSpecs, type DiagnosticSpec, type Span } from './diagnostic-specs.ts';
import type { Severities, SeverityName } from './settings.ts';

const SEVERITIES: Record<Exclude<SeverityName, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const rangeOf = (span: Span): vscode.Range => new vscode.Range(span.startLine, span.startCharacter, span.endLine, span.endCharacter);

/** The fact's entry: its dataset file opened at the fact's line (bundled files open read-only). */
export function factLocation(origin: FactOrigin): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(origin.file), new vscode.Position(origin.line - 1, origin.column - 1));
}

/** Each fact's link, made once: every keystroke sets a diagnostic per claim again, and parsing a URI per claim was
 * most of that. */
const factLinks = new WeakMap<LoadedFact, vscode.Uri>();

function factLink(fact: LoadedFact): vscode.Uri {
  let link = factLinks.get(fact);
  if (!link) factLinks.set(fact, (link = factLocation(fact.origin).uri.with({ fragment: `L${fact.origin.line},${fact.origin.column}` })));
  return link;
}

function toDiagnostic(spec: DiagnosticSpec, result: CheckResult): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(spec), spec.message, SEVERITIES[spec.severity]);
  diagnostic.source = 'memocheck';
  const fact = spec.factId === null ? undefined : result.facts.get(spec.factId);
  // The code links the fact's entry; a related-information row under every problem would only repeat it.
  if (fact) {
    diagnostic.code = { value: fact.id, target: factLink(fact) };
  } else if (spec.factId !== null) {
    diagnostic.code = spec.factId;
  }
  return diagnostic;
}

export function diagnosticsOf(result: CheckResult, severities: Severities): vscode.Diagnostic[] {
  return diagnosticSpecs(result, severities).map((spec) => toDiagnostic(spec, result));
}
