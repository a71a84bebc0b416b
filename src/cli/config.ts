// The workspace config file for the command line: the same .memocheck.json the editor reads, so CI checks memos
// against the same team datasets as the authors' editors. Globs are expanded relative to the config file's folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { CONFIG_FILE_NAME, isGlob, parseConfig } from '../core/dataset/config.ts';
import type { Problem } from '../core/types.ts';

export interface CliConfig {
  datasets: string[];
  includeBundledDataset: boolean;
  problems: Problem[];
}

/** `path` is --config; without it, .memocheck.json in the working folder is read when there is one. */
export function readCliConfig(path: string | undefined): CliConfig {
  const file = path ?? (existsSync(CONFIG_FILE_NAME) ? CONFIG_FILE_NAME : undefined);
  if (file === undefined) return { datasets: [], includeBundledDataset: true, problems: [] };
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return { datasets: [], includeBundledDataset: true, problems: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read config: ${reason}` }] };
  }
  const { config, problems } = parseConfig(file, content);
  const folder = dirname(resolve(file));
  const datasets = config.datasets.flatMap(({ pattern: entry }) =>
    isGlob(entry) ? globSync(entry, { cwd: folder, absolute: true, ignore: ['**/node_modules/**'] }).sort() : [resolve(folder, entry)],
  );
  return { datasets, includeBundledDataset: config.includeBundledDataset ?? true, problems };
}
