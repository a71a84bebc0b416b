// What the editor shows for a checked memo: one diagnostic per shown verdict, 0-based ranges, and the rescission
// notice on the first claim that relies on the rule.
import assert from 'node:assert/strict';
import { countVerdicts, diagnosticSpecs } from '../../src/vscode/diagnostic-specs.ts';
import type { Severities } from '../../src/vscode/settings.ts';
import { check, readFixture, testFacts } from './helpers.ts';

const DEFAULTS: Severities = { contradicted: 'error', outdated: 'warning', disputed: 'warning', unverified: 'information', supported: 'off' };

describe('diagnostics for the editor', () => {
  const result = check(readFixture('memos/doctored.md'), testFacts());

  it('gives each shown claim a 0-based range, its severity, message and fact id', () => {
    const specs = diagnosticSpecs(result, DEFAULTS);
    const fund = specs.find((spec) => spec.message.startsWith('$37.5 billion: '));
    assert.deepEqual(
      fund && { line: fund.startLine, from: fund.startCharacter, to: fund.endCharacter, severity: fund.severity, factId: fund.factId },
      { line: 7, from: 63, to: 76, severity: 'error', factId: 'test.big-fund-iii' },
    );
    assert.equal(specs.filter((spec) => spec.verdict === 'supported').length, 0, 'supported claims are off by default');
  });

  it('spans a tier claim over its country and its tier words', () => {
    const japan = diagnosticSpecs(result, DEFAULTS).find((spec) => spec.message.startsWith('Japan is in Tier 1, not Tier 2'));
    const line = readFixture('memos/doctored.md').split('\n')[7] ?? '';
    assert.equal(japan && line.slice(japan.startCharacter, japan.endCharacter), 'Japan in Tier 2');
  });

  it('puts the rescission notice on the first tier claim, with the outdated severity, and drops it when that is off', () => {
    const notice = diagnosticSpecs(result, DEFAULTS).find((spec) => spec.verdict === 'notice');
    const firstTier = result.claims.find((found) => found.kind === 'tier')!;
    assert.equal(notice?.severity, 'warning');
    assert.equal(notice?.startLine, firstTier.start.line - 1);
    assert.equal(notice?.startCharacter, firstTier.start.column - 1);
    assert.equal(diagnosticSpecs(result, { ...DEFAULTS, outdated: 'off' }).filter((spec) => spec.verdict === 'notice' || spec.verdict === 'outdated').length, 0);
  });

  it('puts a waiver\'s warnings on its directive, whatever the severities', () => {
    const waivers = check(readFixture('claims/waivers.md'), testFacts(), '2026-12-01');
    const off: Severities = { contradicted: 'off', outdated: 'off', disputed: 'off', unverified: 'off', supported: 'off' };
    const warnings = diagnosticSpecs(waivers, off).map((spec) => `${spec.startLine}:${spec.startCharacter}-${spec.endCharacter} ${spec.severity} ${spec.message.split(':')[0]}`);
    assert.deepEqual(warnings, ['12:0-83 warning waiver expired on 2026-03-31 (today is 2026-12-01)', '15:0-52 warning waiver without a reason', '18:0-96 warning until=2026-02-30 is not a calendar day (YYYY-MM-DD)', '21:0-37 warning waiver without a reason']);
  });

  it('follows the severity settings and counts every verdict for the status bar', () => {
    const specs = diagnosticSpecs(result, { contradicted: 'hint', outdated: 'information', disputed: 'warning', unverified: 'off', supported: 'hint' });
    assert.ok(specs.filter((spec) => spec.verdict === 'contradicted').every((spec) => spec.severity === 'hint'));
    const counts = countVerdicts(result);
    assert.equal(counts.contradicted + counts.outdated + counts.disputed + counts.unverified + counts.supported, result.claims.length);
    assert.equal(specs.filter((spec) => spec.verdict !== 'notice').length, result.claims.filter((found) => found.verdict !== 'unverified').length);
  });
});
