// The workspace config file for the command line: the same .memocheck.json the editor reads, so CI checks memos
// against the same team datasets as the authors' editors. Globs are expanded relative to the config file's folder.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { CONFIG_FILE_NAME, isGlob, parseConfig } from '../core/dataset/config.ts';
import { resolveExtends } from '../core/dataset/extends.ts';
import { nodePaths, resolveSync } from './extends-host.ts';
import type { Problem } from '../core/types.ts';
import { readBounded } from './read-file.ts';
import { decodeUtf8 } from '../core/text/decode.ts';

/** A config lists a few paths: a megabyte is far more than one needs. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface CliConfig {
  /** The folder its paths are relative to: the config file's, else the working folder. */
  folder: string;
  datasets: string[];
  includeBundledDataset: boolean;
  /** Absolute paths of the memos the config's ignorePaths leave unchecked. */
  ignored: Set<string>;
  problems: Problem[];
}

/** `path` is --config; without it, .memocheck.json in the working folder is read when there is one. */
export function readCliConfig(path: string | undefined): CliConfig {
  const file = path ?? (existsSync(CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined);
  if (file === undefined) return { folder: process.cwd(), datasets: [], includeBundledDataset: true, ignored: new Set(), problems: [] };
  const read = readBounded(file, MAX_CONFIG_BYTES);
  const unread = (problem: Problem): CliConfig => ({ folder: dirname(resolve(file)), datasets: [], includeBundledDataset: true, ignored: new Set(), problems: [problem] });
  if ('reason' in read) return unread({ file, line: 1, column: 1, severity: 'error', message: `cannot read config: ${read.reason}` });
  const decoded = decodeUtf8(read.bytes);
  if (!('text' in decoded)) return unread({ file, line: decoded.line, column: decoded.column, severity: 'error', message: `cannot read config: ${decoded.reason}` });
  const { config, problems } = parseConfig(file, decoded.text);
  const folder = dirname(resolve(file));
  const datasets = config.datasets.flatMap(({ pattern: entry }) =>
    isGlob(entry) ? globSync(entry, { cwd: folder, absolute: true, ignore: ['**/node_modules/**'] }).sort() : [resolve(folder, entry)],
  );
  const extended = resolveSync(resolveExtends(config.extends.map(({ pattern, line, column }) => ({ pattern, at: { file, line, column } })), folder, nodePaths, [resolve(file)]));
  problems.push(...extended.problems);
  // Shared facts first: a team's own fact with the same id replaces a shared one.
  datasets.unshift(...extended.files.filter((path) => !datasets.includes(path)));
  const ignored = new Set(config.ignorePaths.length > 0 ? globSync(config.ignorePaths, { cwd: folder, absolute: true, ignore: ['**/node_modules/**'] }) : []);
  return { folder, datasets, includeBundledDataset: config.includeBundledDataset ?? true, ignored, problems };
}
