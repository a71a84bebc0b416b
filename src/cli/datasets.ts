// Reads the bundled fact files and the team's --dataset files from disk into one Dataset.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../core/dataset/dataset.ts';
import { loadFactBytes, MAX_FACT_FILE_BYTES, unreadableFactFile, type FactFile } from '../core/dataset/load.ts';
import { readBounded } from './read-file.ts';

/** The bundled fact folder: data/facts beside the installed package, found from this module upward. */
export function bundledDatasetDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(folder, 'data', 'facts');
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  throw new Error('the bundled dataset (data/facts) is missing from this installation');
}

const FACT_FILE = /\.(?:ya?ml|json)$/i;

export function readFactFile(path: string, bundled: boolean): FactFile {
  const read = readBounded(path, MAX_FACT_FILE_BYTES);
  if ('reason' in read) return unreadableFactFile(path, `cannot read dataset: ${read.reason}`, bundled);
  return loadFactBytes(path, read.bytes, bundled);
}

export function loadDatasets(teamFiles: readonly string[], includeBundled: boolean): { dataset: Dataset; files: FactFile[] } {
  const files: FactFile[] = [];
  if (includeBundled) {
    const folder = bundledDatasetDir();
    for (const name of readdirSync(folder).filter((file) => FACT_FILE.test(file)).sort()) files.push(readFactFile(join(folder, name), true));
  }
  for (const file of teamFiles) files.push(readFactFile(resolve(file), false));
  return { dataset: new Dataset(files), files };
}
