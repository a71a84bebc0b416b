import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Dataset } from '../../src/core/dataset/dataset.ts';
import { loadFactFile } from '../../src/core/dataset/load.ts';
import { STARTER_FACT_FILE } from '../../src/core/dataset/starter-file.ts';
import { loadDatasets } from '../../src/cli/datasets.ts';
import { check, claim, fixture } from './helpers.ts';

const load = (name: string) => loadFactFile(name, readFileSync(fixture(`datasets/broken/${name}`), 'utf8'));
const located = (name: string) => load(name).problems.map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}`);

describe('dataset files', () => {
  it('loads the bundled dataset without a problem', () => {
    const { dataset, files } = loadDatasets([], true);
    assert.deepEqual(files.flatMap((file) => file.problems), []);
    assert.ok(dataset.size > 50, `bundled facts: ${dataset.size}`);
    for (const fact of dataset.facts.values()) assert.ok(fact.sources.length > 0, fact.id);
  });

  it('reports malformed YAML and truncated JSON at their line and column, and loads nothing from them', () => {
    const yaml = load('malformed-yaml.yaml');
    assert.equal(yaml.unreadable, true);
    assert.match(located('malformed-yaml.yaml')[0] ?? '', /^\d+:\d+ error cannot parse: /);
    const json = load('truncated.json');
    assert.equal(json.unreadable, true);
    assert.match(located('truncated.json')[0] ?? '', /^1:\d+ error cannot parse/);
  });

  it('skips each broken fact with a located reason and loads the rest', () => {
    const file = load('partial.yaml');
    assert.deepEqual(file.facts.map((fact) => fact.id), ['ok.one', 'ok.two']);
    const problems = located('partial.yaml');
    assert.deepEqual(problems, [
      '9:5 error fact 2 (Bad Id): missing required property "currency"',
      '9:9 error fact 2 (Bad Id): value does not have the expected form: Lower-case letters, digits, dots and hyphens, such as big-fund-iii.registered-capital (at id)',
      '12:11 error fact 2 (Bad Id): wrong type: expected string, found number (write dates in quotes, e.g. "2022") (at date)',
      '13:14 error fact 2 (Bad Id): list has too few items (0 < 1) (at sources)',
      '19:5 warning fact 3 (ok.two): unknown property "colour" (ignored)',
      '25:48 error fact 4 (ok.three): "XX" is not an ISO 3166-1 alpha-2 country code (at regime.tiers.0.members.1)',
      '28:5 error fact 5 (ok.four): a benchmark fact needs "value" or "series"',
    ]);
  });

  it('spans each problem over the whole offending key or value, and a map of a fact over its first line only', () => {
    const spans = load('partial.yaml').problems.map((problem) => `${problem.line}:${problem.column}-${problem.end?.line}:${problem.end?.column}`);
    assert.deepEqual(spans, ['9:5-9:15', '9:9-9:15', '12:11-12:15', '13:14-13:16', '19:5-19:11', '25:48-25:50', '28:5-28:16']);
  });

  it('names the allowed values and the expected form in the messages of a broken fact', () => {
    const file = loadFactFile('team.yaml', [
      'facts:',
      '  - id: team.fund',
      '    kind: amount',
      '    subject: { name: Gamma Fund }',
      '    value: 1000',
      '    currency: USD',
      '    date: "2024-13"',
      '    status: gone',
      '    sources: [{ title: T, publisher: P, grade: best, url: "ftp://example.org" }]',
    ].join('\n'));
    assert.deepEqual(file.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), [
      '7:11 fact 1 (team.fund): value does not have the expected form: A calendar date, month or year: YYYY-MM-DD, YYYY-MM or YYYY (at date)',
      '8:13 fact 1 (team.fund): value is not one of the allowed values: in-force, rescinded, superseded (at status)',
      '9:59 fact 1 (team.fund): value does not have the expected form: A web address starting with http:// or https:// (at sources.0.url)',
      '9:48 fact 1 (team.fund): value is not one of the allowed values: primary, secondary, syndicated, memo-as-reported (at sources.0.grade)',
    ]);
  });

  it('reads a JSON export as fast JSON and still locates each fact and each problem inside one', () => {
    const file = load('partial.json');
    assert.deepEqual(file.facts.map((fact) => `${fact.id} ${fact.origin.line}:${fact.origin.column}`), ['ok.one 6:5', 'ok.two 31:5']);
    assert.deepEqual(located('partial.json'), [
      '22:5 error fact 2 (Bad Id): missing required property "currency"',
      '23:13 error fact 2 (Bad Id): value does not have the expected form: Lower-case letters, digits, dots and hyphens, such as big-fund-iii.registered-capital (at id)',
      '28:15 error fact 2 (Bad Id): wrong type: expected string, found number (write dates in quotes, e.g. "2022") (at date)',
      '29:18 error fact 2 (Bad Id): list has too few items (0 < 1) (at sources)',
      '39:7 warning fact 3 (ok.two): unknown property "colour" (ignored)',
      '60:15 error fact 4 (ok.three): "XX" is not an ISO 3166-1 alpha-2 country code (at regime.tiers.0.members.1)',
      '73:5 error fact 5 (ok.four): a benchmark fact needs "value" or "series"',
    ]);
  });

  it('writes a new fact file that loads as it stands, with an example that is a valid fact once uncommented', () => {
    const starter = loadFactFile('new.facts.yaml', STARTER_FACT_FILE);
    assert.deepEqual([starter.problems, starter.facts, starter.unreadable], [[], [], false]);
    const example = STARTER_FACT_FILE.slice(STARTER_FACT_FILE.indexOf('# facts:')).split('\n').map((line) => line.replace(/^# ?/, '')).join('\n');
    const uncommented = loadFactFile('example.facts.yaml', example);
    assert.deepEqual(uncommented.problems, []);
    assert.deepEqual(uncommented.facts.map((fact) => fact.id), ['our-team.example-fund.size']);
  });

  it('refuses binary files, files without facts and alias bombs with a reason', () => {
    assert.deepEqual(located('binary.yaml'), ['1:1 error file is binary (it contains a NUL byte), not YAML or JSON']);
    assert.match(located('no-facts.yaml').join('\n'), /missing required property "facts"/);
    const bomb = load('alias-bomb.yaml');
    assert.equal(bomb.unreadable, true);
    assert.match(located('alias-bomb.yaml').join('\n'), /error cannot read: .*alias/i);
  });

  it('lets a team fact with the same id override the bundled one', () => {
    const team = loadFactFile('team.yaml', [
      'facts:',
      '  - id: test.big-fund-iii',
      '    kind: amount',
      '    subject: { name: Big Fund III, aliases: [Big Fund] }',
      '    metric: { name: registered capital, keywords: [third, fund] }',
      '    value: 37500000000',
      '    currency: USD',
      '    date: "2024-05-24"',
      '    sources: [{ title: Team estimate, publisher: Our team }]',
      '',
    ].join('\n'));
    const base = loadFactFile('test-facts.yaml', readFileSync(fixture('datasets/test-facts.yaml'), 'utf8'));
    const dataset = new Dataset([base, team]);
    const found = claim(check('Beijing launched a $37.5 billion fund, the third Big Fund.\n', dataset), '$37.5 billion');
    assert.equal(found.verdict, 'supported');
    assert.equal(dataset.facts.get('test.big-fund-iii')?.origin.file, 'team.yaml');
  });
});
