// Reads the bundled fact files and the team's --dataset files from disk into one Dataset.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compiledFactFiles, type CompiledDataset } from '../core/dataset/compiled.ts';
import { Dataset } from '../core/dataset/dataset.ts';
import { loadFactBytes, MAX_FACT_FILE_BYTES, unreadableFactFile, type FactFile } from '../core/dataset/load.ts';
import { installedPath } from './installed.ts';
import { readBounded } from './read-file.ts';

/** The bundled folder's fact files. */
export const BUNDLED_FACT_FILE = /\.(?:ya?ml|json)$/i;

export function readFactFile(path: string, bundled: boolean): FactFile {
  const read = readBounded(path, MAX_FACT_FILE_BYTES);
  if ('reason' in read) return unreadableFactFile(path, `cannot read dataset: ${read.reason}`, bundled);
  return loadFactBytes(path, read.bytes, bundled);
}

/** The compiled bundled dataset (dist/bundled-facts.json, written by the build), when the package has one. */
function compiledBundle(): CompiledDataset | undefined {
  try {
    return JSON.parse(readFileSync(installedPath('dist', 'bundled-facts.json'), 'utf8')) as CompiledDataset;
  } catch {
    return undefined;
  }
}

/** The bundled fact files: compiled at build time when the build's copy matches the files in data/facts, byte for
 * byte (about a third of a short memo's whole run is parsing them as YAML), else read from them. */
function bundledFactFiles(): FactFile[] {
  const folder = installedPath('data', 'facts');
  const names = readdirSync(folder).filter((file) => BUNDLED_FACT_FILE.test(file)).sort();
  const compiled = compiledBundle();
  const files = compiled && compiledFactFiles(compiled, new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')])), (name) => join(folder, name));
  return files ?? names.map((name) => readFactFile(join(folder, name), true));
}

export function loadDatasets(teamFiles: readonly string[], includeBundled: boolean): { dataset: Dataset; files: FactFile[] } {
  const files: FactFile[] = [];
  if (includeBundled) files.push(...bundledFactFiles());
  for (const file of teamFiles) files.push(readFactFile(resolve(file), false));
  return { dataset: new Dataset(files), files };
}
