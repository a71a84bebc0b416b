// The command line's flags, in one table that drives both parsing and --help.
import { parseArgs } from 'node:util';
import { claimKinds } from '../core/kinds/index.ts';

export type Format = 'text' | 'json' | 'sarif' | 'markdown' | 'html';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown', 'html'];

export interface CliOptions {
  format: Format;
  datasets: string[];
  config: string | undefined;
  bundled: boolean;
  strict: boolean;
  requireReview: boolean;
  quiet: boolean;
  memos: string[];
  help: boolean;
  version: boolean;
}

const FLAGS = {
  format: { type: 'string', default: 'text', help: '--format FORMAT           text, json, sarif, or a review report: markdown, html (default: text)' },
  dataset: { type: 'string', multiple: true, help: '--dataset FILE            add a team fact file (YAML or JSON); repeatable; a fact with a bundled id overrides it' },
  config: { type: 'string', help: '--config FILE             read team datasets from a .memocheck.json (default: ./.memocheck.json if present)' },
  'no-bundled': { type: 'boolean', default: false, help: '--no-bundled              leave the bundled dataset out' },
  strict: { type: 'boolean', default: false, help: '--strict                  a disputed claim (sources disagree) fails the run too' },
  'require-review': { type: 'boolean', default: false, help: '--require-review          a flagged claim fails the run unless a review in <memo>.reviews.json accepted it' },
  quiet: { type: 'boolean', short: 'q', default: false, help: '--quiet, -q               text output: only the claims to fix (contradicted, outdated, disputed) and the summary' },
  help: { type: 'boolean', short: 'h', default: false, help: '--help, -h                show this help' },
  version: { type: 'boolean', default: false, help: '--version                 show the version' },
} as const;

export const USAGE = [
  'usage: memocheck lint-dataset [--format text|json|sarif] [--no-bundled] FILE|FOLDER...   (lints team fact files; memocheck lint-dataset --help)',
  '       memocheck [--format text|json|sarif|markdown|html] [--dataset FILE]... [--config FILE] [--no-bundled] [--strict] [--require-review] [--quiet] FILE...   (- reads the memo from standard input)',
  '',
  'Checks the claims of Markdown memos against a sourced dataset:',
  ...claimKinds.map((kind) => `  ${kind.kind.padEnd(10)} ${kind.description}`),
  'Exit status: 0 no claim contradicted or outdated (nor disputed, with --strict; nor unreviewed, with --require-review), 1 some are, 2 usage error or unreadable memo, dataset or review file.',
  '',
  ...Object.values(FLAGS).map((flag) => `  ${flag.help}`),
].join('\n');

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  const options: CliOptions = {
    format,
    datasets: values.dataset ?? [],
    config: values.config,
    bundled: !values['no-bundled'],
    strict: values.strict,
    requireReview: values['require-review'],
    quiet: values.quiet,
    memos: positionals,
    help: values.help,
    version: values.version,
  };
  if (!options.help && !options.version && options.memos.length === 0) throw new UsageError('no memo given');
  return options;
}
