// Reads the bundled fact files and the team's --dataset files from disk into one Dataset.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Dataset } from '../core/dataset/dataset.ts';
import { loadFactBytes, MAX_FACT_FILE_BYTES, unreadableFactFile, type FactFile } from '../core/dataset/load.ts';
import { installedPath } from './installed.ts';
import { readBounded } from './read-file.ts';

const FACT_FILE = /\.(?:ya?ml|json)$/i;

export function readFactFile(path: string, bundled: boolean): FactFile {
  const read = readBounded(path, MAX_FACT_FILE_BYTES);
  if ('reason' in read) return unreadableFactFile(path, `cannot read dataset: ${read.reason}`, bundled);
  return loadFactBytes(path, read.bytes, bundled);
}

export function loadDatasets(teamFiles: readonly string[], includeBundled: boolean): { dataset: Dataset; files: FactFile[] } {
  const files: FactFile[] = [];
  if (includeBundled) {
    const folder = installedPath('data', 'facts');
    for (const name of readdirSync(folder).filter((file) => FACT_FILE.test(file)).sort()) files.push(readFactFile(join(folder, name), true));
  }
  for (const file of teamFiles) files.push(readFactFile(resolve(file), false));
  return { dataset: new Dataset(files), files };
}
