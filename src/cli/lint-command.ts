// `memocheck lint-dataset FILE|FOLDER...`: the dataset lint rules (core/lint) over a team's fact files, compared
// with the bundled facts; exit 0 (nothing to fix), 1 (errors or warnings), 2 (usage error, or a file not read).
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { FACT_FILE_PATTERNS } from '../core/dataset/extends.ts';
import { lintDatasets, LINT_RULES } from '../core/lint/lint.ts';
import type { LintFinding } from '../core/lint/rule.ts';
import { loadDatasets, readFactFile } from './datasets.ts';
import { artifactLocation, sarifLog } from './format-sarif.ts';
import { inert } from './inert.ts';
import { isFolder } from './memo-paths.ts';
import type { CliIo } from './cli.ts';

export const LINT_USAGE = [
  'usage: memocheck lint-dataset [--format text|json|sarif] [--no-bundled] FILE|FOLDER...',
  '',
  'Lints team fact files (a folder: its *.facts.yaml, .yml and .json files, or, with none, all its YAML and JSON), against the bundled facts too:',
  ...LINT_RULES.map((rule) => `  ${rule.id.padEnd(19)} ${rule.description}`),
  'Exit status: 0 nothing to fix (notes aside), 1 errors or warnings, 2 usage error or a file not read.',
].join('\n');

const LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

function formatText(findings: readonly LintFinding[], files: number): string {
  const count = (severity: LintFinding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  const lines = findings.map((finding) => `${inert(finding.file)}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.rule}  ${inert(finding.message)}`);
  lines.push(`memocheck lint-dataset: ${files} file${files === 1 ? '' : 's'}: ${count('error')} errors, ${count('warning')} warnings, ${count('information')} notes`);
  return `${lines.join('\n')}\n`;
}

function formatSarif(findings: readonly LintFinding[]): string {
  const rules = LINT_RULES.map((rule) => ({ id: rule.id, text: rule.description, help: 'The message says which fact and what to change; fix the fact file and run again.' }));
  return sarifLog(rules, findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: rules.findIndex((rule) => rule.id === finding.rule),
    kind: finding.severity === 'information' ? 'informational' : 'fail',
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(finding.file), region: { startLine: finding.line, startColumn: finding.column } } }],
  })));
}

/** A folder's fact files: its `*.facts.*` files, or, when it has none (as the bundled folder), its YAML and JSON. */
function factFilesIn(folder: string): string[] {
  const search = (patterns: string[]): string[] => globSync(patterns, { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/package.json', '**/package-lock.json', '**/*.reviews.json', '**/*memocheck.json'] }).sort();
  const named = search([...FACT_FILE_PATTERNS]);
  return named.length > 0 ? named : search(['**/*.yaml', '**/*.yml', '**/*.json']);
}

export function runLint(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { format: { type: 'string', default: 'text' }, 'no-bundled': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`memocheck lint-dataset: ${(error as Error).message}\n${LINT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${LINT_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format) || positionals.length === 0) {
    io.stderr(`memocheck lint-dataset: ${positionals.length === 0 ? 'no fact file given' : `unknown format "${format}"; use text, json or sarif`}\n${LINT_USAGE}\n`);
    return 2;
  }
  const paths = positionals.flatMap((path) => (isFolder(path) ? factFilesIn(path) : [path]));
  const files = paths.map((path) => readFactFile(path, false));
  const bundled = values['no-bundled'] ? [] : loadDatasets([], true).files.flatMap((file) => file.facts);
  const findings = lintDatasets({ files, bundled, today: new Date().toISOString().slice(0, 10) });
  io.stdout(format === 'json' ? `${JSON.stringify({ version: 1, files: paths, findings }, null, 2)}\n` : format === 'sarif' ? formatSarif(findings) : formatText(findings, files.length));
  if (files.some((file) => file.unreadable)) return 2;
  return findings.some((finding) => finding.severity !== 'information') ? 1 : 0;
}
