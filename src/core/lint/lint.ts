// `memocheck lint-dataset`: every lint rule (rules/, one per file) over a team's fact files, findings in file order.
import { aliasCapture } from './rules/alias-capture.ts';
import { conflictingValues } from './rules/conflicting-values.ts';
import { duplicateId } from './rules/duplicate-id.ts';
import { incompleteSource } from './rules/incomplete-source.ts';
import { loadProblems } from './rules/load-problems.ts';
import { overridesBundled } from './rules/overrides-bundled.ts';
import { reviewBy } from './rules/review-by.ts';
import type { LintContext, LintFinding, LintRule } from './rule.ts';

export const LINT_RULES: readonly LintRule[] = [loadProblems, duplicateId, incompleteSource, reviewBy, aliasCapture, conflictingValues, overridesBundled];

export function lintDatasets(context: LintContext): LintFinding[] {
  const findings = LINT_RULES.flatMap((rule) => rule.check(context));
  const order = new Map(context.files.map((file, index) => [file.path, index]));
  return findings.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column);
}
