// memocheck: checks memos from the command line and exits 0 (clean), 1 (flags) or 2 (cannot run).
import { resolve } from 'node:path';
import packageJson from '../../package.json';
import { checkMemo } from '../core/check.ts';
import { conflictsOf } from '../core/consistency.ts';
import { readCliConfig } from './config.ts';
import { loadDatasets } from './datasets.ts';
import { runLint } from './lint-command.ts';
import { formatHtmlReport, formatMarkdownReport } from './format-report.ts';
import { formatJson } from './format-json.ts';
import { formatSarif } from './format-sarif.ts';
import { formatText } from './format-text.ts';
import { parseOptions, USAGE, UsageError, type Format } from './options.ts';
import { memoIgnored, memoPaths } from './memo-paths.ts';
import { readMemo } from './read-memo.ts';
import { readReviews } from './read-reviews.ts';
import type { CheckedClaim } from '../core/types.ts';
import { claimsOf, formatProblem, isFlag, needsReview, type MemoReport, type RunReport } from './report.ts';

const FORMATTERS: Record<Format, (report: RunReport) => string> = { text: formatText, json: formatJson, sarif: formatSarif, markdown: formatMarkdownReport, html: formatHtmlReport };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function run(argv: readonly string[], io: CliIo, check: typeof checkMemo = checkMemo): number {
  if (argv[0] === 'lint-dataset') return runLint(argv.slice(1), io);
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`memocheck: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  const config = readCliConfig(options.config);
  const { dataset, files } = loadDatasets([...config.datasets, ...options.datasets], options.bundled && config.includeBundledDataset);
  const today = new Date().toISOString().slice(0, 10);
  const report: RunReport = { memos: [], ignored: [], problems: [...config.problems, ...dataset.problems], quiet: options.quiet, today, requireReview: options.requireReview, strict: options.strict };
  let reviewsUnread = false;
  const memoIgnore = memoIgnored(config.folder);
  report.problems.push(...memoIgnore.problems);
  const ignored = new Set([...config.ignored, ...memoIgnore.ignored]);
  for (const path of memoPaths(options.memos)) {
    if (path !== '-' && ignored.has(resolve(path))) {
      report.ignored.push(path);
      continue;
    }
    const read = readMemo(path);
    if ('problem' in read) {
      report.problems.push(read.problem);
      report.memos.push({ path });
      continue;
    }
    try {
      const result = check(read.text, { dataset, today });
      const reviews = readReviews(path, result);
      report.problems.push(...reviews.problems);
      reviewsUnread ||= reviews.problems.length > 0;
      report.memos.push({ path, result, reviews: reviews.states, ...(reviews.file ? { reviewFile: reviews.file } : {}) });
    } catch (error) {
      // A failure on one memo is that memo's problem: the others' results are still printed.
      report.problems.push({ file: path, line: 1, column: 1, severity: 'error', message: `internal error while checking this memo: ${(error as Error).message}` });
      report.memos.push({ path });
    }
  }
  report.conflicts = conflictsOf(report.memos.flatMap((memo) => (memo.result ? [{ path: memo.path, claims: memo.result.claims, facts: memo.result.facts }] : [])));
  io.stdout(FORMATTERS[options.format](report));
  for (const problem of report.problems) io.stderr(`${formatProblem(problem)}\n`);
  const cannotRun =
    report.memos.some((memo) => !memo.result) ||
    config.problems.some((problem) => problem.severity === 'error') ||
    files.some((file) => file.unreadable || file.problems.some((problem) => problem.severity === 'error'));
  if (cannotRun || reviewsUnread) return 2;
  // Under --require-review a flag an editor accepted passes; any other flag fails, as every flag does without it.
  const fails = (memo: MemoReport, claim: CheckedClaim): boolean => (options.requireReview ? needsReview(memo, claim, options.strict) : isFlag(claim, options.strict));
  return report.memos.some((memo) => claimsOf(memo).some((claim) => fails(memo, claim))) ? 1 : 0;
}

/** Entry point of the bundled CLI. */
export function main(): void {
  // "memocheck memo.md | head": a reader that stops early ends the run quietly, with the status it would have had.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`memocheck: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
  try {
    process.exitCode = run(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
  } catch (error) {
    // An engine failure is a bug; say so plainly rather than dumping a stack at a memo author.
    process.stderr.write(`memocheck: internal error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
