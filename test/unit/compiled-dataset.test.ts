import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUNDLED_FACT_FILE, readFactFile } from '../../src/cli/datasets.ts';
import { compiledFactFiles, compileFactFiles } from '../../src/core/dataset/compiled.ts';
import { fixture } from './helpers.ts';

describe('the bundled dataset compiled at build time', () => {
  const folder = fixture('../../data/facts');
  const paths = readdirSync(folder).filter((name) => BUNDLED_FACT_FILE.test(name)).sort().map((name) => join(folder, name));
  const files = paths.map((path) => readFactFile(path, true));
  const texts = new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
  const compiled = JSON.parse(JSON.stringify(compileFactFiles(files, texts, (path) => basename(path))));
  const textOf = (name: string): string | undefined => texts.get(join(folder, name));

  it('reads back, through JSON, as the very fact files the YAML gives', () => {
    assert.deepEqual(compiledFactFiles(compiled, textOf, (name) => join(folder, name)), JSON.parse(JSON.stringify(files)));
  });

  it('is set aside when a source file changed since the build', () => {
    const edited = (name: string): string | undefined => (name === basename(paths[0] ?? '') ? `${textOf(name) ?? ''}\n# edited\n` : textOf(name));
    assert.equal(compiledFactFiles(compiled, edited, (name) => join(folder, name)), undefined);
  });
});
