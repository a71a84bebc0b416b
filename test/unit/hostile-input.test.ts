// Hostile input, part one: text that made the checker backtrack for seconds, dataset text that could drive a
// terminal, and a reader that stops early. Each bound is a generous guard against a return to super-linear work,
// not a benchmark.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/core/dataset/config.ts';
import { loadFactFile } from '../../src/core/dataset/load.ts';
import { citeInFootnoteEdits } from '../../src/core/fixes/footnote.ts';
import { ignoreClaimEdit } from '../../src/core/fixes/ignore.ts';
import { parseMarkdown } from '../../src/core/text/parse.ts';
import { escapeMarkdown } from '../../src/vscode/hover-content.ts';
import { sentenceRanges } from '../../src/core/text/tokens.ts';
import { visit } from 'unist-util-visit';
import { run } from '../../src/cli/cli.ts';
import { checkMemo } from '../../src/core/check.ts';

const GUARD_MS = 2000;

function timed<T>(task: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = task();
  return { result, ms: performance.now() - start };
}

describe('hostile input', () => {
  it('places the ignore directive after thousands of trailing spaces in bounded time, before the hard break', () => {
    const memo = `The fund holds $47.5 billion.${' '.repeat(4000)}x\nNext line.\n`;
    const { result, ms } = timed(() => ignoreClaimEdit(memo, 15, 28));
    assert.ok(ms < GUARD_MS, `${ms.toFixed(0)} ms`);
    assert.equal(result.start, memo.indexOf('x') + 1);
    const hardBreak = 'Its stake is $1.5 billion.  \\\nNext.\n';
    assert.equal(ignoreClaimEdit(hardBreak, 13, 25).start, hardBreak.indexOf('.  \\') + 1);
  });

  it('splits sentences in linear time on long runs of stops and spaces, and still where prose ends them', () => {
    const text = `a${'.'.repeat(20000)}${' '.repeat(20000)}b`;
    const { result, ms } = timed(() => sentenceRanges(text));
    assert.ok(ms < GUARD_MS, `${ms.toFixed(0)} ms`);
    assert.equal(result.length, 1);
    const prose = 'Costs rose.[2][3] The U.S. lead shrank! Did it? "Yes," he said.\n\nNew paragraph.';
    assert.deepEqual(sentenceRanges(prose).map(({ from, to }) => prose.slice(from, to)), ['Costs rose.[2][3] ', 'The U.S. lead shrank! ', 'Did it? ', '"Yes," he said.\n\n', 'New paragraph.']);
  });

  it('prints dataset text with its control characters escaped: no ANSI or OSC 8 escape and no forged line reaches the terminal', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memocheck-'));
    const dataset = join(folder, 'team.facts.yaml');
    writeFileSync(dataset, [
      'facts:',
      '  - id: team.fund',
      '    kind: amount',
      '    subject: { name: "Acme Fund \\u001b]8;;https://example.org\\u0007here\\u001b]8;;\\u0007", type: fund, aliases: [Acme Fund] }',
      '    metric: { name: "size\\nmemo.md:1:1  supported  amount  forged", keywords: [size] }',
      '    value: 1000000000',
      '    currency: USD',
      '    date: 2025-01',
      '    sources: [{ title: Acme report, publisher: Acme, date: 2025-01 }]',
    ].join('\n'));
    const memo = join(folder, 'memo.md');
    writeFileSync(memo, 'The Acme Fund size is $2 billion.\n');
    let stdout = '';
    run(['--no-bundled', '--dataset', dataset, memo], { stdout: (text) => (stdout += text), stderr: () => undefined });
    const controls = [...stdout].filter((char) => char !== '\n' && (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f));
    assert.deepEqual(controls, [], JSON.stringify(stdout));
    assert.match(stdout, /\\u001b\]8;;https:\/\/example\.org\\u0007here/);
    // The claim's line and the summary, and no line the dataset forged.
    assert.equal(stdout.trim().split('\n').length, 2, stdout);
    assert.match(stdout.trim().split('\n')[1] ?? '', /^memocheck: 1 memo, 1 claim: /);
  });

  it('refuses facts whose numbers are not finite or whose dates are not on the calendar, at their line and column', () => {
    const file = loadFactFile('team.facts.yaml', [
      'facts:',
      '  - id: team.nan',
      '    kind: amount',
      '    subject: { name: Acme Fund, type: fund }',
      '    value: .nan',
      '    currency: USD',
      '    date: 2025-02-30',
      '    sources: [{ title: Acme report, publisher: Acme, date: 2025-01 }]',
      '  - id: team.huge',
      '    kind: amount',
      '    subject: { name: Beta Fund, type: fund }',
      '    value: 1e400',
      '    currency: USD',
      '    date: 2025-01',
      '    sources: [{ title: Beta report, publisher: Beta, date: 2025-01 }]',
    ].join('\n'));
    assert.deepEqual(file.facts, []);
    assert.deepEqual(file.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), [
      '5:12 fact 1 (team.nan): NaN is not a finite number (at value)',
      '7:11 fact 1 (team.nan): 2025-02-30 is not a date on the calendar (at date)',
      '12:12 fact 2 (team.huge): Infinity is not a finite number (at value)',
    ]);
  });

  it('refuses a dataset nested too deeply before parsing it, at the line and column where it goes too deep', () => {
    // 5,000 and then 100,000 open brackets overflowed the YAML library's stack, and the second overflow, inside V8's
    // regular expression compiler, ended the whole process.
    const nested: [string, string, string][] = [
      ['flow.facts.yaml', `facts:\n  - ${'['.repeat(5000)}${']'.repeat(5000)}\n`, '2:66'],
      ['open.facts.yaml', `facts:\n  - ${'['.repeat(100000)}\n`, '2:66'],
      ['block.facts.yaml', `facts:\n${Array.from({ length: 2000 }, (_, level) => `${'  '.repeat(level + 1)}- `).join('\n')}x\n`, '64:127'],
      ['deep.facts.json', `{"facts": [${'['.repeat(100000)}${']'.repeat(100000)}]}`, '1:74'],
    ];
    for (const [name, text, place] of nested) {
      const { result, ms } = timed(() => loadFactFile(name, text));
      assert.ok(ms < GUARD_MS, `${name}: ${ms.toFixed(0)} ms`);
      assert.equal(result.unreadable, true);
      assert.deepEqual(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), [`${place} nested too deeply: more than 64 levels of lists and maps`]);
    }
    const config = parseConfig('.memocheck.json', `{"datasets": ${'['.repeat(100000)}}`);
    assert.deepEqual(config.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), ['1:76 nested too deeply: more than 64 levels of lists and maps']);
  });

  it('refuses a FIFO or a device as memo, dataset or config at once, instead of reading forever', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = join(mkdtempSync(join(tmpdir(), 'memocheck-')), 'memo.md');
    execFileSync('mkfifo', [fifo]);
    const runs = [['--no-bundled', fifo], ['--no-bundled', '--dataset', '/dev/zero', fifo], ['--no-bundled', '--config', '/dev/zero', fifo]].map((args) => {
      let stderr = '';
      const { result: code, ms } = timed(() => run(args, { stdout: () => undefined, stderr: (text) => (stderr += text) }));
      return { code, ms, stderr };
    });
    for (const { code, ms, stderr } of runs) {
      assert.equal(code, 2);
      assert.ok(ms < GUARD_MS, `${ms.toFixed(0)} ms`);
      assert.match(stderr, /not a regular file/);
    }
  });

  it('reports a memo the engine fails on against that memo, and still prints the other memos', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memocheck-'));
    const deep = join(folder, 'deep.md');
    writeFileSync(deep, 'The fund holds $47.5 billion.\n');
    const fine = join(folder, 'fine.md');
    writeFileSync(fine, 'Big Fund III has registered capital of 344 billion yuan.\n');
    let stdout = '';
    let stderr = '';
    // An engine that fails on one memo (no input known today makes it fail: blocks beyond the parser are skipped).
    const failingOnDeep: typeof checkMemo = (text, options) => {
      if (text.includes('$47.5 billion')) throw new RangeError('Maximum call stack size exceeded');
      return checkMemo(text, options);
    };
    const code = run([deep, fine], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, failingOnDeep);
    assert.equal(code, 2);
    assert.match(stderr, /deep\.md:1:1: error: internal error while checking this memo/);
    assert.match(stdout, /^memocheck: 1 memo, 1 claim: 0 contradicted, 0 outdated, 0 disputed, 0 unverified, 1 supported; 1 memo not read$/m);
  });

  it('names a UTF-16 memo, dataset or config as UTF-16, and refuses Latin-1 at the byte that is not UTF-8', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memocheck-'));
    const file = (name: string, bytes: Buffer): string => {
      writeFileSync(join(folder, name), bytes);
      return join(folder, name);
    };
    const facts = 'facts:\n  - id: team.caf\u00e9\n';
    const utf16 = file('team.facts.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(facts, 'utf16le')]));
    const latin1 = file('latin.facts.yaml', Buffer.from(facts, 'latin1'));
    const memo = file('memo.md', Buffer.from('The fund holds $1 billion.\n', 'utf16le'));
    const config = file('config.json', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{}', 'utf16le').swap16()]));
    let stderr = '';
    const code = run(['--config', config, '--dataset', utf16, '--dataset', latin1, memo], { stdout: () => undefined, stderr: (text) => (stderr += text) });
    assert.equal(code, 2);
    assert.match(stderr, /config\.json:1:1: error: cannot read config: the file is UTF-16 \(big-endian\); save it as UTF-8/);
    assert.match(stderr, /team\.facts\.yaml:1:1: error: cannot read dataset: the file is UTF-16 \(little-endian\); save it as UTF-8/);
    assert.match(stderr, /latin\.facts\.yaml:2:17: error: cannot read dataset: not valid UTF-8 \(Latin-1 or another legacy encoding\?\)/);
    assert.match(stderr, /memo\.md:1:1: error: cannot read memo: the file is UTF-16 \(little-endian\)/);
  });

  it('says so when a team fact replaces a bundled one, with both values', () => {
    const folder = mkdtempSync(join(tmpdir(), 'memocheck-'));
    const dataset = join(folder, 'team.facts.yaml');
    writeFileSync(dataset, [
      'facts:',
      '  - id: big-fund-iii.registered-capital',
      '    kind: amount',
      '    subject: { name: Big Fund III, type: fund }',
      '    value: 300000000000',
      '    currency: CNY',
      '    date: 2024-05',
      '    sources: [{ title: Team note, publisher: Team, date: 2025-01 }]',
    ].join('\n'));
    const memo = join(folder, 'memo.md');
    writeFileSync(memo, 'Nothing to check here.\n');
    let stderr = '';
    run(['--dataset', dataset, memo], { stdout: () => undefined, stderr: (text) => (stderr += text) });
    assert.match(stderr, /team\.facts\.yaml:2:5: warning: fact big-fund-iii\.registered-capital replaces the bundled fact of that id \(344000000000 CNY → 300000000000 CNY\)/);
  });

  it('refuses an alias that is a common word, which would capture unrelated claims, at its line and column', () => {
    const file = loadFactFile('team.facts.yaml', [
      'facts:',
      '  - id: team.capture',
      '    kind: amount',
      '    subject: { name: Gamma Fund, type: fund, aliases: [Gamma, the, AI] }',
      '    value: 1000000000',
      '    currency: USD',
      '    date: 2025-01',
      '    sources: [{ title: Gamma report, publisher: Gamma, date: 2025-01 }]',
    ].join('\n'));
    assert.deepEqual(file.facts, []);
    assert.deepEqual(file.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), [
      '4:63 fact 1 (team.capture): alias "the" is a common word: it would capture unrelated claims; name the subject (at subject.aliases.1)',
      '4:68 fact 1 (team.capture): alias "AI" is a common word: it would capture unrelated claims; name the subject (at subject.aliases.2)',
    ]);
  });

  it('writes a hostile source title into a footnote as one line of plain text: no heading, fence, emphasis, HTML or link', () => {
    const memo = 'The fund holds $47.5 billion.\n';
    const title = '# Report\n~~~\n*bold* [x](javascript:alert(1)) www.example.org mail@example.org https://example.org/a <b>\u202eevil';
    let edited = memo;
    for (const edit of citeInFootnoteEdits(memo, 28, { title, publisher: '> Agency', date: '2025-01' }).sort((a, b) => b.start - a.start)) {
      edited = edited.slice(0, edit.start) + edit.text + edited.slice(edit.end);
    }
    const types = new Set<string>();
    visit(parseMarkdown(edited, true), (node) => void types.add(node.type));
    // Bare addresses are set as code: GFM links them even when escaped.
    assert.deepEqual([...types].sort(), ['footnoteDefinition', 'footnoteReference', 'inlineCode', 'paragraph', 'root', 'text'], edited);
    assert.equal(edited.trim().split('\n').length, 3, edited);
    assert.ok(!edited.includes('\u202e'));
  });

  it('shows dataset text in a hover without bidi marks and cut to a readable length', () => {
    const shown = escapeMarkdown(`Safe\u202e${'x'.repeat(5000)}`);
    assert.ok(!shown.includes('\u202e'));
    assert.ok(shown.length < 700, `${shown.length} characters`);
  });

  it('reads a memo from standard input when it is named "-"', () => {
    const cli = fileURLToPath(new URL('../../bin/memocheck.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [cli, '-'], { input: 'Big Fund III has registered capital of 300 billion yuan.\n', encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^-:1:40 {2}contradicted {2}amount {2}300 billion yuan: Big Fund III's/);
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memocheck-'));
    const memo = join(folder, 'long.md');
    writeFileSync(memo, Array.from({ length: 1200 }, (_, index) => `Fund ${index} raised $${index + 1} billion in ${2000 + (index % 20)}.`).join('\n\n'));
    const cli = fileURLToPath(new URL('../../bin/memocheck.mjs', import.meta.url));
    const child = spawn(process.execPath, [cli, memo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });
});
