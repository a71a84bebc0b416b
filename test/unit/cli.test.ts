import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoIgnoreGlobs } from '../../src/core/memo-ignore.ts';
import { fixture, runCli } from './helpers.ts';

const testFacts = fixture('datasets/test-facts.yaml');
const doctored = fixture('memos/doctored.md');
const clean = fixture('memos/clean.md');

const cli = (...args: string[]): ReturnType<typeof runCli> => runCli(args);

describe('the memocheck command line', () => {
  it('exits 0 on a clean memo and 1 on a memo with contradicted or outdated claims', () => {
    assert.equal(cli('--no-bundled', '--dataset', testFacts, clean).code, 0);
    const flagged = cli('--no-bundled', '--dataset', testFacts, doctored);
    assert.equal(flagged.code, 1);
    const lines = flagged.stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^.*doctored\.md:8:24 {2}contradicted {2}tier {2}Japan is in Tier 1, not Tier 2, under the [\w ]*Diffusion Rule — /);
    assert.match(lines[1] ?? '', /doctored\.md:8:64 {2}contradicted {2}amount {2}\$37\.5 billion: /);
    assert.match(lines[2] ?? '', /doctored\.md:10:11 {2}outdated {2}benchmark {2}227 is the 2018-11 value/);
    assert.match(lines[3] ?? '', /doctored\.md:1:1 {2}notice {2}memo {2}.*rescinded on 2025-05-13/);
  });

  it('counts supported claims instead of listing them, says when a memo has no claims, and ends with a summary line', () => {
    const run = cli('--no-bundled', '--dataset', testFacts, clean, doctored, fixture('memos/no-claims.md'));
    const lines = run.stdout.trim().split('\n');
    assert.ok(!lines.some((line) => /\ssupported\s/.test(line) && !line.startsWith('memocheck:')), run.stdout);
    assert.ok(lines.some((line) => /no-claims\.md:1:1 {2}notice {2}memo {2}no claims found$/.test(line)), run.stdout);
    assert.match(lines.at(-1) ?? '', /^memocheck: 3 memos, \d+ claims: 2 contradicted, 1 outdated, 0 disputed, \d+ unverified, [1-9]\d* supported$/);
  });

  it('prints only the claims to fix with --quiet, in text output alone', () => {
    const mixed = fixture('memos/mixed.md');
    const verdicts = (output: string): string[] => output.trim().split('\n').slice(0, -1).map((line) => line.split(/\s{2}/)[1] ?? '');
    assert.deepEqual(verdicts(cli('--no-bundled', '--dataset', testFacts, mixed).stdout), ['contradicted', 'unverified']);
    const quiet = cli('--quiet', '--no-bundled', '--dataset', testFacts, mixed);
    assert.equal(quiet.code, 1);
    assert.deepEqual(verdicts(quiet.stdout), ['contradicted']);
    assert.match(quiet.stdout, /memocheck: 1 memo, 3 claims: 1 contradicted, 0 outdated, 0 disputed, 1 unverified, 1 supported\n$/);
    const json = JSON.parse(cli('--quiet', '--format', 'json', '--no-bundled', '--dataset', testFacts, mixed).stdout);
    assert.deepEqual(json.files[0].claims.map((claim: { verdict: string }) => claim.verdict), ['contradicted', 'supported', 'unverified']);
  });

  it('prints the JSON contract, with text equal to the source between the offsets', () => {
    const { stdout } = cli('--format', 'json', '--no-bundled', '--dataset', testFacts, doctored);
    const report = JSON.parse(stdout);
    const source = readFileSync(doctored, 'utf8');
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file.path, doctored);
    for (const found of file.claims) {
      assert.deepEqual(Object.keys(found).slice(0, 9), ['kind', 'text', 'start', 'end', 'verdict', 'factId', 'message', 'sources', 'asOf']);
      assert.equal(source.slice(found.start.offset, found.end.offset), found.text);
    }
    assert.deepEqual(file.claims.map((found: { text: string; verdict: string; factId: string }) => [found.text, found.verdict, found.factId]), [
      ['Japan', 'contradicted', 'test.rule.tiers'],
      ['$37.5 billion', 'contradicted', 'test.big-fund-iii'],
      ['227', 'outdated', 'test.top500.china'],
    ]);
    assert.equal(file.claims[1].sources[0].url.startsWith('https://'), true);
  });

  it('prints SARIF 2.1.0 with failing results for flagged claims', () => {
    const log = JSON.parse(cli('--format', 'sarif', '--no-bundled', '--dataset', testFacts, doctored).stdout);
    assert.equal(log.version, '2.1.0');
    const results = log.runs[0].results;
    assert.deepEqual(results.map((result: { ruleId: string; level: string; kind: string }) => [result.ruleId, result.kind, result.level]), [
      ['tier', 'fail', 'error'],
      ['amount', 'fail', 'error'],
      ['benchmark', 'fail', 'warning'],
    ]);
    assert.deepEqual(results[1].locations[0].physicalLocation.region, {
      startLine: 8, startColumn: 64, endLine: 8, endColumn: 77, charOffset: 141, charLength: 13, snippet: { text: '$37.5 billion' },
    });
    // Paths under the working folder are relative to it, named as its base, so the log reads the same on any machine.
    assert.deepEqual(results[1].locations[0].physicalLocation.artifactLocation, { uri: 'test/fixtures/memos/doctored.md', uriBaseId: 'SRCROOT' });
    assert.match(log.runs[0].originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    for (const rule of log.runs[0].tool.driver.rules) assert.ok(rule.help.text.length > 40, rule.id);
  });

  it('exits 2 with file, line and column for usage errors, unreadable memos and broken datasets', () => {
    const usage = cli('--format', 'xml', clean);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /unknown format "xml"/);
    assert.equal(cli().code, 2);
    const missing = cli('--no-bundled', '--dataset', testFacts, 'no-such-memo.md');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^no-such-memo\.md:1:1: error: cannot read memo: file not found$/m);
    const binary = cli('--no-bundled', '--dataset', testFacts, fixture('datasets/broken/binary.yaml'));
    assert.match(binary.stderr, /binary\.yaml:1:7: error: cannot read memo: binary file/);
    const broken = cli('--dataset', fixture('datasets/broken/partial.yaml'), clean);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /partial\.yaml:9:9: error: fact 2 \(Bad Id\): value does not have the expected form: Lower-case letters, digits, dots and hyphens, such as big-fund-iii\.registered-capital \(at id\)/);
    assert.match(broken.stdout, /supported/, 'the memo is still checked with what loaded');
    assert.doesNotMatch(broken.stderr, /\n\s+at /, 'no stack trace');
  });

  it('runs as an installed command: npx memocheck on the bundled dataset', () => {
    const bin = fileURLToPath(new URL('../../bin/memocheck.mjs', import.meta.url));
    const example = fileURLToPath(new URL('../../examples/export-controls-memo.md', import.meta.url));
    const result = spawnSync(process.execPath, [bin, example], { encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /contradicted {2}benchmark {2}97\.3%: DeepSeek-R1's MMLU \(pass@1\) is 90\.8% as of 2025-01 — DeepSeek/);
    assert.match(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }), /^\d+\.\d+\.\d+\n$/);
  });
});

describe('the memocheck command line with a .memocheck.json', () => {
  const config = fixture('config/.memocheck.json');
  const memo = fixture('config/memo.md');

  it('reads team datasets from the config, paths and globs relative to its folder', () => {
    const { code, stdout, stderr } = cli('--config', config, memo);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.match(stdout.split('\n')[0] ?? '', /memo\.md:3:32 {2}contradicted {2}amount {2}\$12 billion: Example Compute Fund's fund size is US\$10 billion as of 2026-01-15 — /);
    // includeBundledDataset is false: the fund is judged by the test dataset's fact, not the bundled one.
    const [file] = JSON.parse(cli('--format', 'json', '--config', config, memo).stdout).files;
    assert.deepEqual(file.claims.map((found: { factId: string; verdict: string }) => `${found.factId} ${found.verdict}`), ['team.example-compute-fund.size contradicted', 'test.big-fund-iii supported']);
  });

  it('leaves the memos its ignorePaths match unchecked, and says how many', () => {
    const { code, stdout } = cli('--config', config, fixture('config/drafts/outline.md'));
    assert.equal(code, 0);
    assert.equal(stdout, 'memocheck: 0 memos, 0 claims: 0 contradicted, 0 outdated, 0 disputed, 0 unverified, 0 supported; 1 ignored (ignorePaths, .memocheckignore)\n');
    // The same memo, named without the config, is checked.
    assert.equal(cli('--no-bundled', '--dataset', fixture('config/facts/team.facts.yaml'), fixture('config/drafts/outline.md')).code, 1);
  });

  it('checks every Markdown file of a folder it is given, leaving out what ignorePaths and .memocheckignore name', () => {
    const { stdout, stderr } = cli('--config', config, '--format', 'json', fixture('config'));
    const report = JSON.parse(stdout);
    assert.deepEqual(report.files.map((file: { path: string }) => file.path.replace(/\\/g, '/').replace(/^.*fixtures\//, '')), ['config/memo.md']);
    assert.deepEqual(report.ignored.map((path: string) => path.replace(/\\/g, '/').replace(/^.*fixtures\//, '')), ['config/archive/2019-brief.md', 'config/drafts/outline.md']);
    assert.equal(stderr, '');
    // A glob in quotes is expanded the same way.
    assert.equal(JSON.parse(cli('--config', config, '--format', 'json', `${fixture('config').replace(/\\/g, '/')}/*.md`).stdout).files.length, 1);
  });

  it('reports a broken config at its line and column and exits 2', () => {
    const { code, stderr } = cli('--config', fixture('config/broken.memocheck.json'), memo);
    assert.equal(code, 2);
    assert.match(stderr, /broken\.memocheck\.json:2:15: error: "datasets" must be a list of paths or globs/);
    assert.match(stderr, /broken\.memocheck\.json:3:3: warning: unknown property "colour" \(ignored\)/);
  });
});

describe('.memocheckignore', () => {
  it('reads globs as a .gitignore does: comments, folders at any depth, paths from the folder; negation is reported', () => {
    assert.deepEqual(memoIgnoreGlobs('# kept as written\n\ndrafts/\n/vendor\nnotes/old.md\n!keep.md\n'), {
      globs: ['**/drafts', '**/drafts/**', 'vendor', 'vendor/**', 'notes/old.md', 'notes/old.md/**'],
      unread: [6],
    });
  });
});

describe('consistency between memos', () => {
  it('warns where memos state one fact with different values, in each place, pointing at the others', () => {
    const { stdout } = cli('--format', 'json', fixture('consistency'));
    const { conflicts } = JSON.parse(stdout);
    assert.deepEqual(conflicts.map((conflict: { factId: string; places: { path: string; text: string; start: { line: number } }[] }) => [conflict.factId, conflict.places.map((place) => `${place.path.replace(/^.*[/\\]/, '')}:${place.start.line} ${place.text}`)]), [
      ['big-fund-iii.registered-capital', ['desk-a.md:7 $47.5 billion', 'desk-b.md:7 $50 billion', 'desk-b.md:9 US$47.5bn']],
    ]);
    const text = cli(fixture('consistency')).stdout;
    assert.match(text, /desk-b\.md:7:48 {2}warning {2}conflict {2}\$50 billion here, but \$47\.5 billion in .*desk-a\.md:7:20, US\$47\.5bn in this memo:9:50, for the same fact big-fund-iii\.registered-capital/);
    // The yuan figure states the same fact in another currency: no conflict of its own.
    assert.doesNotMatch(text, /RMB 344 billion here/);
  });

  it('warns where two memos give different values for one subject\'s measured thing that no fact covers', () => {
    const { conflicts } = JSON.parse(cli('--format', 'json', fixture('consistency-unverified')).stdout);
    assert.deepEqual(conflicts.map((conflict: { factId: string | null; about: string; places: { text: string; verdict: string }[] }) => [conflict.factId, conflict.about, conflict.places.map((place) => `${place.text} ${place.verdict}`)]), [
      [null, 'Stargate Project, cooling', ['$3 billion unverified', '$4 billion unverified']],
    ]);
  });
});
