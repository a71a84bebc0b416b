import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, readFixture, runCli } from './helpers.ts';

const testFacts = fixture('datasets/test-facts.yaml');
const deskNote = fixture('reviews/desk-note.md');

const cli = (...args: string[]): ReturnType<typeof runCli> => runCli(['--no-bundled', ...args]);

/** A copy of the desk note and its reviews in a folder of its own, the memo edited by `edit`. */
function copyOfDeskNote(edit: (memo: string) => string, reviews = readFixture('reviews/desk-note.reviews.json')): { memo: string; done: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'memocheck-review-'));
  writeFileSync(join(folder, 'desk-note.md'), edit(readFixture('reviews/desk-note.md')));
  writeFileSync(join(folder, 'desk-note.reviews.json'), reviews);
  return { memo: join(folder, 'desk-note.md'), done: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('reviews on the command line', () => {
  it('passes --require-review when every flag is accepted in the memo\'s review file, and says so beside the claim', () => {
    const result = cli('--dataset', testFacts, '--require-review', deskNote);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /desk-note\.md:7:20 {2}contradicted {2}amount {2}.*\[review accepted by R\. Okafor on 2025-03-03: The desk quotes/);
    assert.match(result.stdout, /reviews: 1 reviewed, 0 lapsed, 0 flagged claims not accepted in review$/m);
    // Without it, a flag fails the run whatever the reviews say.
    assert.equal(cli('--dataset', testFacts, deskNote).code, 1);
  });

  it('fails --require-review when a flag\'s review lapsed, was a rejection, or there is none', () => {
    const lapsed = copyOfDeskNote((memo) => memo.replace('in May 2024', 'in late May 2024'));
    const rejected = copyOfDeskNote((memo) => memo, readFixture('reviews/desk-note.reviews.json').replace('"accepted"', '"rejected"'));
    try {
      const first = cli('--dataset', testFacts, '--require-review', lapsed.memo);
      assert.equal(first.code, 1);
      assert.match(first.stdout, /\[review lapsed \(the claim's sentence changed since the review\); was accepted by R\. Okafor/);
      assert.match(first.stdout, /reviews: 0 reviewed, 1 lapsed, 1 flagged claim not accepted in review$/m);
      assert.equal(cli('--dataset', testFacts, '--require-review', rejected.memo).code, 1);
      assert.equal(cli('--dataset', testFacts, '--require-review', fixture('memos/doctored.md')).code, 1);
      // A memo whose only claims are not flags passes with no review at all.
      assert.equal(cli('--dataset', testFacts, '--require-review', fixture('memos/clean.md')).code, 0);
    } finally {
      lapsed.done();
      rejected.done();
    }
  });

  it('refuses a malformed review file at its line and column, exit 2, and counts none of it', () => {
    const broken = copyOfDeskNote((memo) => memo, readFixture('reviews/desk-note.reviews.json').replace('"2025-03-03"', '"March 3"'));
    try {
      const result = cli('--dataset', testFacts, '--require-review', broken.memo);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /desk-note\.reviews\.json:12:15: error: value does not have the expected form.*\(at reviews\.0\.date\)/);
      assert.doesNotMatch(result.stdout, /\[review/);
    } finally {
      broken.done();
    }
  });

  it('gives each claim its review in JSON, and lists waivers', () => {
    const json = JSON.parse(cli('--dataset', testFacts, '--format', 'json', deskNote, fixture('claims/waivers.md')).stdout);
    const [note, waivers] = json.files;
    assert.deepEqual(note.claims.map((claim: { review: unknown }) => claim.review), [
      { state: 'reviewed', why: null, decision: 'accepted', reviewer: 'R. Okafor', date: '2025-03-03', note: 'The desk quotes the first registration on purpose; footnote 2 explains the later figure.' },
      null,
    ]);
    assert.match(note.reviewFile, /desk-note\.reviews\.json$/);
    assert.deepEqual(waivers.waivers.map((waiver: { directive: string; reason: string | null; until: string | null; start: { line: number } }) => `${waiver.start.line} ${waiver.directive} ${waiver.reason} ${waiver.until}`).slice(0, 3), [
      '7 ignore the desk is confirming the revised tier with counsel 2026-12-31',
      '10 ignore draft wording, to be replaced null',
      '13 ignore accepted for the spring edition 2026-03-31',
    ]);
  });

  it('prints each waiver warning as a line at its directive', () => {
    const result = cli('--dataset', testFacts, fixture('claims/waivers.md'));
    assert.match(result.stdout, /waivers\.md:16:1 {2}warning {2}waiver {2}waiver without a reason: say why, as reason="…"/);
    assert.match(result.stdout, /waivers\.md:13:1 {2}warning {2}waiver {2}waiver expired on 2026-03-31/);
  });
});

describe('the review report', () => {
  it('prints a Markdown report: counts by verdict and review state, each claim with its values, sources, review, and the waivers', () => {
    const report = cli('--dataset', testFacts, '--format', 'markdown', deskNote, fixture('claims/waivers.md')).stdout;
    assert.match(report, /^# Memocheck review report\n\n2 memos, \d+ claims, checked on \d{4}-\d{2}-\d{2}\./);
    assert.match(report, /\| contradicted \| [1-9]\d* \|/);
    assert.match(report, /\| reviewed \| 1 \|/);
    assert.match(report, /### 1\. contradicted · amount · line 7, column 20\n\n- Claim: \$37\.5 billion \(claimed \$37\.5 billion · reference US\$47\.5 billion \(RMB 344 billion\)\)/);
    assert.match(report, /- Review: accepted by R\. Okafor on 2025-03-03: The desk quotes/);
    assert.match(report, /\[China sets up third fund \(Reuters\)\]\(<https:\/\/mezha\.media\/en\/2024\/05\/27\/china-creates-third-47-5-billion-fund-to-boost-semiconductor-sector\/>\) — Mezha, 2024-05-27/);
    assert.match(report, /### Waivers\n\n- Line 7: ignore: hides "Argentina" \(tier, contradicted, line 8\); reason: the desk is confirming the revised tier with counsel; until 2026-12-31\n/);
    assert.match(report, /- Line 16: ignore-next-line: hides "Peru" .*; reason: none given; until 2027-01-31 — warning: waiver without a reason/);
  });

  it('escapes a dataset\'s markup, quotes and bidi controls in both reports, and runs no script in the page', () => {
    const args = ['--dataset', fixture('datasets/hostile-text.facts.yaml'), fixture('reviews/harbour.md')];
    const html = cli('--format', 'html', ...args).stdout;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; script-src 'none'/);
    assert.doesNotMatch(html, /<script|<img|<b>|\u202e/i);
    assert.match(html, /&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt; Harbour &quot;annual&quot; report evil/);
    assert.match(html, /<blockquote>The fund has committed &lt;b&gt;\$2 billion&lt;\/b&gt;\.<\/blockquote>/);
    const css = readFileSync(fixture('../../media/report.css'), 'utf8');
    assert.ok(html.includes(`<style>${css}</style>`), 'the page carries the stylesheet its policy allows');
    const markdown = cli('--format', 'markdown', ...args).stdout;
    assert.match(markdown, /\\<script\\>alert\('x'\)\\<\/script\\> Harbour "annual" report evil — \\<img src=x onerror=alert\(1\)\\> \\& Partners/);
    assert.doesNotMatch(markdown, /\u202e|(?<!\\)<(?:script|img|b)>/);
  });
});
