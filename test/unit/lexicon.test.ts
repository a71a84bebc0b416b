import assert from 'node:assert/strict';
import { Dataset } from '../../src/core/dataset/dataset.ts';
import { loadFactFile } from '../../src/core/dataset/load.ts';
import { claimKinds } from '../../src/core/kinds/index.ts';
import schema from '../../schema/facts.schema.json';
import { check, readFixture, summary, testFacts } from './helpers.ts';

const teamFile = () => loadFactFile('team-lexicon.facts.yaml', readFixture('datasets/team-lexicon.facts.yaml'));

describe('the lexicon as data', () => {
  it('checks a team fact in a unit and a currency its own lexicon adds, with no code change', () => {
    const file = teamFile();
    assert.deepEqual(file.problems, []);
    const dataset = new Dataset([file]);
    const memo = [
      'EM-7 generates 1,200 tokens per second. EM-7 decoding throughput is 900 tok/s.',
      '',
      'Example Fab runs a 5 nm process node and received a CHF 3 billion grant.',
      '',
      'The fab was built in 2024. Its grant was 4 billion Swiss francs.',
      '',
    ].join('\n');
    assert.deepEqual(summary(check(memo, dataset, '2025-09-01')), [
      '1:16 supported benchmark 1,200 tokens per second',
      '1:69 contradicted benchmark 900 tok/s',
      '3:20 supported benchmark 5 nm',
      '3:53 supported amount CHF 3 billion',
      '5:42 contradicted amount 4 billion Swiss francs',
    ]);
  });

  it('does not know those units and currencies without the team file', () => {
    const result = check('EM-7 generates 1,200 tokens per second and the fab got CHF 3 billion.\n', testFacts());
    assert.ok(!result.claims.some((found) => found.text.includes('tokens per second') || found.text.startsWith('CHF')));
  });

  it('refuses a malformed lexicon whole, with its place', () => {
    const file = loadFactFile('bad.facts.yaml', 'lexicon:\n  units:\n    - { spellings: [x] }\nfacts: []\n');
    assert.equal(file.lexicon, undefined);
    assert.match(file.problems[0]?.message ?? '', /^lexicon: /);
    assert.equal(file.problems[0]?.line, 3);
  });

  it('lists every registered claim kind in the fact schema', () => {
    const kinds = (schema.$defs.fact.properties.kind as { enum: string[] }).enum;
    assert.deepEqual([...kinds].sort(), claimKinds.map((kind) => kind.kind).sort());
  });
});
