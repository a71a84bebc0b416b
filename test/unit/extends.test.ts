import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCliConfig } from '../../src/cli/config.ts';
import { isPackageName } from '../../src/core/dataset/extends.ts';
import { fixture, runCli } from './helpers.ts';

/** Runs `test` on the team fixture copied beside its shared folder, with the example dataset package installed in
 * node_modules, and removes the copy after. */
function inProject(test: (team: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'memocheck-extends-'));
  try {
    cpSync(fixture('extends'), root, { recursive: true });
    cpSync(fixture('../../examples/dataset-package'), join(root, 'node_modules', 'memocheck-example-facts'), { recursive: true });
    test(join(root, 'team'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const cli = (...args: string[]): ReturnType<typeof runCli> => runCli(args);

describe('shared datasets (extends)', () => {
  it('reads a package from node_modules above the config, and a folder, before the config\'s own datasets', () => inProject((team) => {
    const config = readCliConfig(join(team, '.memocheck.json'));
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.datasets.map((path) => path.slice(path.indexOf('memocheck-extends-')).replace(/^[^/\\]+[/\\]/, '').replace(/\\/g, '/')), [
      'node_modules/memocheck-example-facts/facts/reasoning-models.facts.yaml',
      'shared-folder/compute.facts.yaml',
    ]);
    const result = cli('--config', join(team, '.memocheck.json'), '--format', 'json', join(team, 'memo.md'));
    const claims = JSON.parse(result.stdout).files[0].claims.map((claim: { factId: string; verdict: string }) => `${claim.factId} ${claim.verdict}`);
    assert.deepEqual(claims, ['example.openai-o1-1217.mmlu supported', 'shared.example-compute-fund.size contradicted']);
  }));

  it('reads one fact file an entry names', () => inProject((team) => {
    const config = readCliConfig(join(team, 'file.memocheck.json'));
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.datasets.map((path) => path.replace(/^.*[/\\]/, '')), ['compute.facts.yaml']);
  }));

  it('reports a cycle, a missing package and a missing path at the entry, and exits 2', () => inProject((team) => {
    const cycle = readCliConfig(join(team, 'cycle-a.memocheck.json'));
    assert.deepEqual(cycle.problems.map((problem) => `${problem.file.replace(/^.*[/\\]/, '')}:${problem.line}:${problem.column} ${problem.message.replace(/\(.*\)/, '(…)')}`), ['cycle-b.memocheck.json:2:15 extends "./cycle-a.memocheck.json": a cycle (…)']);
    const missing = cli('--config', join(team, 'missing.memocheck.json'), join(team, 'memo.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.memocheck\.json:3:5: error: extends "memocheck-no-such-facts": no such package in node_modules/);
    assert.match(missing.stderr, /missing\.memocheck\.json:4:5: error: extends "\.\/no-such-folder": not found/);
  }));

  it('tells a package name from a path', () => {
    assert.deepEqual(['team-facts', '@org/facts', './facts', '../shared', 'facts.yaml', '/abs/facts', 'C:\\facts', 'a/b/c'].map(isPackageName), [true, true, false, false, false, false, false, false]);
  });
});
