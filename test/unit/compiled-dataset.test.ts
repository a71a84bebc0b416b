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
  const byName = new Map(paths.map((path) => [basename(path), texts.get(path) ?? '']));

  it('reads back, through JSON, as the very fact files the YAML gives', () => {
    assert.deepEqual(compiledFactFiles(compiled, byName, (name) => join(folder, name)), JSON.parse(JSON.stringify(files)));
  });

  it('is set aside when a source file changed, or a file was added, since the build', () => {
    const first = basename(paths[0] ?? '');
    const edited = new Map(byName).set(first, `${byName.get(first) ?? ''}\n# edited\n`);
    assert.equal(compiledFactFiles(compiled, edited, (name) => join(folder, name)), undefined);
    assert.equal(compiledFactFiles(compiled, new Map(byName).set('new.yaml', 'facts: []\n'), (name) => join(folder, name)), undefined);
  });
});
