// What the loader refused or doubted in a file: schema errors (malformed URLs and dates among them), unknown fields,
// a file that cannot be parsed. A refused fact is not loaded, so every other rule passes it by.
import type { LintRule } from '../rule.ts';

export const loadProblems: LintRule = {
  id: 'schema',
  description: 'a fact or file the schema or the loader refuses (malformed URL, impossible date, unknown field)',
  check: ({ files }) => files.flatMap((file) => file.problems.map((problem) => ({ rule: 'schema', file: problem.file, line: problem.line, column: problem.column, severity: problem.severity, message: problem.message }))),
};
