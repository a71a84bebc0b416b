// A dataset lint rule, in the manner of remark-lint: one rule per file, each with its id and what it finds, run over
// the team's fact files (and the bundled facts, for the rules that compare with them).
import type { FactFile } from '../dataset/load.ts';
import type { LoadedFact } from '../types.ts';

export type LintSeverity = 'error' | 'warning' | 'information';

export interface LintFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  severity: LintSeverity;
  message: string;
}

export interface LintContext {
  /** The files being linted. */
  files: readonly FactFile[];
  /** The bundled facts, for rules that compare a team's facts with them. */
  bundled: readonly LoadedFact[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

export interface LintRule {
  id: string;
  description: string;
  check(context: LintContext): LintFinding[];
}

/** A finding placed at a fact. */
export const atFact = (rule: string, fact: LoadedFact, severity: LintSeverity, message: string): LintFinding => ({ rule, file: fact.origin.file, line: fact.origin.line, column: fact.origin.column, severity, message });

/** Every fact of the linted files. */
export const teamFacts = (context: LintContext): LoadedFact[] => context.files.flatMap((file) => file.facts);
