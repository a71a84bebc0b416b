// The bundled dataset compiled at build time (esbuild.mjs): its fact files loaded and validated once, written as JSON
// with a fingerprint of each source file, so the CLI reads ready facts instead of parsing YAML on every run. A source
// file whose bytes no longer match its fingerprint (edited since the build) sends the reader back to the YAML.
import { fingerprintOf } from '../review/fingerprint.ts';
import type { FactFile } from './load.ts';

export interface CompiledDataset {
  version: 1;
  files: { name: string; fingerprint: string; file: Omit<FactFile, 'path'> }[];
}

/** `names`: each file's name in the bundled folder, by path. */
export function compileFactFiles(files: readonly FactFile[], texts: ReadonlyMap<string, string>, nameOf: (path: string) => string): CompiledDataset {
  return {
    version: 1,
    files: files.map(({ path, ...file }) => ({
      name: nameOf(path),
      fingerprint: fingerprintOf(texts.get(path) ?? ''),
      file: { ...file, facts: file.facts.map((fact) => ({ ...fact, origin: { ...fact.origin, file: nameOf(path) } })) },
    })),
  };
}

/** The compiled files as loaded fact files at `pathOf(name)`, given the source files' texts by name; undefined when
 * the sources are not the files compiled, byte for byte (one added, removed or edited since the build). */
export function compiledFactFiles(compiled: CompiledDataset, texts: ReadonlyMap<string, string>, pathOf: (name: string) => string): FactFile[] | undefined {
  if (compiled.version !== 1 || compiled.files.length !== texts.size) return undefined;
  const files: FactFile[] = [];
  for (const { name, fingerprint, file } of compiled.files) {
    const text = texts.get(name);
    if (text === undefined || fingerprintOf(text) !== fingerprint) return undefined;
    const path = pathOf(name);
    files.push({ ...file, path, facts: file.facts.map((fact) => ({ ...fact, origin: { ...fact.origin, file: path } })) });
  }
  return files;
}
