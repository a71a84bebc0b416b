import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LINT_RULES } from '../../src/core/lint/lint.ts';
import { fixture, runCli } from './helpers.ts';

const lint = (...args: string[]): ReturnType<typeof runCli> => runCli(['lint-dataset', ...args]);

/** The findings with the fixture folder taken off their paths, as the expected file writes them. */
const local = (text: string): string => text.split(fixture('lint/')).join('');

describe('memocheck lint-dataset', () => {
  it('finds each rule\'s problem in the fixture files, exactly as test/fixtures/lint/harbour.expected lists them', () => {
    const result = lint(fixture('lint/harbour.facts.yaml'), fixture('lint/harbour-copy.facts.yaml'));
    const expected = readFileSync(fixture('lint/harbour.expected'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.deepEqual(local(result.stdout).trim().split('\n'), expected);
    assert.equal(result.code, 1);
    const rules = new Set(expected.map((line) => line.split(/\s{2}/)[2]));
    for (const rule of LINT_RULES) assert.ok(rules.has(rule.id), `the fixture exercises ${rule.id}`);
  });

  it('passes a clean team file (notes aside), and finds no error in the bundled dataset', () => {
    assert.equal(lint(fixture('../../examples/dataset-package/facts')).code, 0);
    const bundled = lint('--no-bundled', fixture('../../data/facts'));
    assert.match(bundled.stdout, /^memocheck lint-dataset: \d+ files: 0 errors, /m, bundled.stdout);
  });

  it('prints JSON and SARIF, and exits 2 on a file it cannot read or no file at all', () => {
    const json = JSON.parse(lint('--format', 'json', fixture('lint/harbour.facts.yaml')).stdout);
    assert.ok(json.findings.some((finding: { rule: string; severity: string }) => finding.rule === 'review-by' && finding.severity === 'warning'));
    const sarif = JSON.parse(lint('--format', 'sarif', fixture('lint/harbour.facts.yaml')).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id), LINT_RULES.map((rule) => rule.id));
    assert.equal(lint(fixture('lint/no-such.facts.yaml')).code, 2);
    assert.equal(lint().code, 2);
  });
});
