// SARIF 2.1.0 output for code-scanning tools: one result per claim; contradicted and outdated claims fail.
import { pathToFileURL } from 'node:url';
import { relative, isAbsolute, sep } from 'node:path';
import packageJson from '../../package.json';
import type { CheckedClaim, Problem, Verdict } from '../core/types.ts';
import { claimKinds } from '../core/kinds/index.ts';
import { claimsOf, type RunReport } from './report.ts';

/** What a reader of a code-scanning alert needs to act on it. */
const CLAIM_HELP =
  'A contradicted claim differs from the reference fact, which the message names with its source: correct the figure, or cite a stronger source in the team dataset. ' +
  'Outdated: a newer value replaced it. Disputed: sources disagree. Unverified: no fact clearly speaks of it. ' +
  'To waive a claim, write <!-- memocheck-ignore-line reason="why" --> on its line, or <!-- memocheck-disable KIND-OR-FACT-ID reason="why" --> before it.';

const RULES = [
  ...claimKinds.map((kind) => ({ id: kind.kind, text: kind.description, help: CLAIM_HELP })),
  { id: 'dataset', text: 'A problem in a fact file or a memo that could not be read.', help: 'The message gives the file, line and column and what is wrong there; fix the file and run again.' },
];

const RESULT_KIND: Record<Verdict, { kind: string; level: string }> = {
  contradicted: { kind: 'fail', level: 'error' },
  outdated: { kind: 'fail', level: 'warning' },
  disputed: { kind: 'review', level: 'warning' },
  unverified: { kind: 'review', level: 'none' },
  supported: { kind: 'pass', level: 'none' },
};

/** The working folder, the base of the relative URIs (SARIF's originalUriBaseIds). */
const SOURCE_ROOT = 'SRCROOT';

/** A URI relative to the working folder for files under it (portable between machines), else a file URL. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const local = relative(process.cwd(), path);
  if (local !== '' && !local.startsWith('..') && !isAbsolute(local)) return { uri: local.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
  return { uri: pathToFileURL(path).href };
}

function claimResult(path: string, claim: CheckedClaim): Record<string, unknown> {
  const outcome = RESULT_KIND[claim.verdict];
  return {
    ruleId: claim.kind,
    ruleIndex: RULES.findIndex((rule) => rule.id === claim.kind),
    kind: outcome.kind,
    level: outcome.level,
    message: { text: claim.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(path),
        region: {
          startLine: claim.start.line,
          startColumn: claim.start.column,
          endLine: claim.end.line,
          endColumn: claim.end.column,
          charOffset: claim.start.offset,
          charLength: claim.end.offset - claim.start.offset,
          snippet: { text: claim.text },
        },
      },
    }],
    properties: { verdict: claim.verdict, factId: claim.factId, sources: claim.sources.map(({ title, url }) => ({ title, url: url ?? null })) },
  };
}

function problemResult(problem: Problem): Record<string, unknown> {
  return {
    ruleId: 'dataset',
    ruleIndex: RULES.length - 1,
    kind: 'fail',
    level: problem.severity === 'error' ? 'error' : 'warning',
    message: { text: problem.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(problem.file), region: { startLine: problem.line, startColumn: problem.column } } }],
  };
}

/** A SARIF 2.1.0 log of memocheck's results under its rules, paths relative to the working folder. */
export function sarifLog(rules: readonly { id: string; text: string; help: string }[], results: readonly Record<string, unknown>[]): string {
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'memocheck',
          version: packageJson.version,
          rules: rules.map((rule) => ({ id: rule.id, shortDescription: { text: rule.text }, help: { text: rule.help } })),
        },
      },
      originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(process.cwd()).href}/` } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

export function formatSarif(report: RunReport): string {
  return sarifLog(RULES, [
    ...report.memos.flatMap((memo) => claimsOf(memo).map((claim) => claimResult(memo.path, claim))),
    ...report.problems.map(problemResult),
  ]);
}
