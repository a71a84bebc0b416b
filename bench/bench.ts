// Speed figures (printed, never asserted), on memos whose blocks are all different (unique-memo.ts) and fact files
// written to disk, so no cache and no warm file flatters them:
// - whole processes, as a user or a CI job runs them: `memocheck` against a bare remark parse of the same file and
//   against markdownlint-cli2, in turns, medians (1k to 1M words);
// - the engine in-process: a full check with 100 and 10,000 team facts, and the re-check after one-character edits;
// - team datasets of 100 to 100,000 facts loaded from files, in a process each;
// - the packaged extension's bundle sizes.
// Ends with one JSON line. `npm run bench` bundles this file as the CLI is bundled and runs that.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkMemo } from '../src/core/check.ts';
import { loadDatasets } from '../src/cli/datasets.ts';
import { diagnosticSpecs } from '../src/vscode/diagnostic-specs.ts';
import type { Severities } from '../src/vscode/settings.ts';
import { writeFactFiles } from './fact-files.ts';
import { timeProcesses } from './processes.ts';
import { median, percentile } from './stats.ts';
import { uniqueMemoOf } from './unique-memo.ts';

/** The heap in use after a full collection (run.mjs starts the bench with the collector exposed). */
function retainedHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

const EDITOR_DEFAULTS: Severities = { contradicted: 'error', outdated: 'warning', disputed: 'warning', unverified: 'information', supported: 'off' };
const TODAY = '2025-10-01';
const figures: Record<string, number> = {};
const print = (line: string) => console.log(line);
const folder = mkdtempSync(join(tmpdir(), 'memocheck-bench-'));
const here = process.cwd();

// The memos and team datasets, on disk. The memos name the bundled subjects, so their figures bind and are judged.
const bundledFacts = loadDatasets([], true).files.flatMap((file) => file.facts);
const memoPaths = new Map<number, string>();
for (const words of [1000, 10000, 100000, 1000000]) {
  const path = join(folder, `memo-${words}.md`);
  writeFileSync(path, uniqueMemoOf(words, bundledFacts));
  memoPaths.set(words, path);
}
const teamFacts = { 100: writeFactFiles(join(folder, 'team-100'), 100, 'json'), 10000: writeFactFiles(join(folder, 'team-10000'), 10000, 'json') };
const memoText = (words: number) => readFileSync(memoPaths.get(words) ?? '', 'utf8');

// Whole processes. markdownlint-cli2 reads config files from its working folder up: it runs in the memos' folder,
// which has none, so it applies its default rules.
const MARKDOWNLINT = join(here, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
for (const [words, runs] of [[1000, 9], [10000, 5], [100000, 3], [1000000, 1]] as const) {
  const memo = memoPaths.get(words) ?? '';
  const taken = timeProcesses([
    { name: 'memocheck', args: [join(here, 'bin/memocheck.mjs'), memo] },
    { name: 'parse', args: [join(here, 'dist/bench-bare-parse.mjs'), memo] },
    { name: 'markdownlint', args: [MARKDOWNLINT, memo], cwd: folder },
    // The floor under every figure: Node starting an empty ES module, as bin/memocheck.mjs is one.
    { name: 'node', args: ['--input-type=module', '--eval', ''] },
  ], runs);
  const check = taken.memocheck ?? 0;
  figures[`process_${words}w_memocheck_ms`] = check;
  figures[`process_${words}w_parse_ms`] = taken.parse ?? 0;
  figures[`process_${words}w_markdownlint_ms`] = taken.markdownlint ?? 0;
  figures[`process_${words}w_vs_parse`] = check / (taken.parse ?? 1);
  figures[`process_${words}w_vs_markdownlint`] = check / (taken.markdownlint ?? 1);
  figures[`process_${words}w_empty_node_ms`] = taken.node ?? 0;
  print(`${words} words, whole process (median of ${runs}): memocheck ${check.toFixed(0)} ms, bare remark parse ${taken.parse?.toFixed(0)} ms (${(check / (taken.parse ?? 1)).toFixed(2)}x), markdownlint-cli2 ${taken.markdownlint?.toFixed(0)} ms (${(check / (taken.markdownlint ?? 1)).toFixed(2)}x); an empty Node process ${taken.node?.toFixed(0)} ms`);
}
print(`targets: 1,000 words with the bundled dataset <= 150 ms; 100,000 words <= 1.0x the parse and <= 0.8x markdownlint-cli2`);

// The engine in-process: the first check of a process on its own, then warmed figures.
const datasets = { 100: loadDatasets(teamFacts[100], true).dataset, 10000: loadDatasets(teamFacts[10000], true).dataset };
const first = performance.now();
checkMemo(memoText(1000), { dataset: datasets[100], today: TODAY });
figures.first_check_1000w_ms = performance.now() - first;
print(`first check of the process, 1,000 words: ${figures.first_check_1000w_ms.toFixed(1)} ms`);
for (const words of [1000, 10000, 100000]) {
  const memo = memoText(words);
  // The two datasets in turns, as the processes are, so neither is timed only while the engine is still warming; a
  // short check in more turns, so a few milliseconds of noise do not make its ratio.
  const taken = { 100: [] as number[], 10000: [] as number[] };
  for (let run = 0; run < (words >= 100000 ? 4 : words >= 10000 ? 10 : 40); run++) {
    for (const size of [100, 10000] as const) {
      const start = performance.now();
      checkMemo(memo, { dataset: datasets[size], today: TODAY });
      if (run > 0) taken[size].push(performance.now() - start);
    }
  }
  for (const size of [100, 10000] as const) {
    figures[`check_${words}w_${size}f_ms`] = median(taken[size]);
    print(`${words} words, ${size} team facts: check in-process ${median(taken[size]).toFixed(1)} ms`);
  }
  figures[`facts_10000_vs_100_${words}w`] = median(taken[10000]) / median(taken[100]);
  print(`${words} words: 10,000 team facts take ${figures[`facts_10000_vs_100_${words}w`]?.toFixed(2)}x the time of 100 (target <= 1.3x)`);
}

// One-character edits, typed and deleted at places spread over the memo, each re-checked from the last result. The
// first edits also warm the re-check's code: the figures are of all edits, and of those after the first twenty.
for (const words of [10000, 100000]) {
  const dataset = datasets[10000];
  let text = memoText(words);
  let previous = checkMemo(text, { dataset, today: TODAY });
  const retainedBefore = retainedHeap();
  const edits: number[] = [];
  const adapterEdits: number[] = [];
  for (let edit = 0; edit < 100; edit++) {
    const at = Math.floor(((edit * 7919) % 997) / 997 * text.length);
    // A new flat string, as the editor's getText() gives: a spliced one would be flattened inside the timed check.
    text = Buffer.from(text.slice(0, at) + (edit % 2 ? '' : 'x') + text.slice(at + (edit % 2 ? 1 : 0))).toString();
    const start = performance.now();
    previous = checkMemo(text, { dataset, today: TODAY }, previous);
    edits.push(performance.now() - start);
    // What the editor adds when the debounce fires: the diagnostics for the new result.
    diagnosticSpecs(previous, EDITOR_DEFAULTS);
    adapterEdits.push(performance.now() - start);
  }
  const steady = edits.slice(20);
  // What a long editing session keeps: the heap after the edits, collected, against the heap before them.
  figures[`recheck_${words}w_retained_kb_per_edit`] = (retainedHeap() - retainedBefore) / edits.length / 1024;
  print(`${words}-word memo: ${figures[`recheck_${words}w_retained_kb_per_edit`]?.toFixed(1)} KB kept on the heap per edit, once collected`);
  figures[`recheck_${words}w_median_ms`] = median(edits);
  figures[`recheck_${words}w_p95_ms`] = percentile(edits, 0.95);
  figures[`recheck_${words}w_steady_p95_ms`] = percentile(steady, 0.95);
  figures[`editor_recheck_${words}w_median_ms`] = median(adapterEdits);
  figures[`editor_recheck_${words}w_p95_ms`] = percentile(adapterEdits, 0.95);
  print(`one-character edit in a ${words}-word memo, re-checked: median ${median(edits).toFixed(1)} ms, p95 ${percentile(edits, 0.95).toFixed(1)} ms (after the first twenty: median ${median(steady).toFixed(1)}, p95 ${percentile(steady, 0.95).toFixed(1)}); with the editor adapter's diagnostics: median ${median(adapterEdits).toFixed(1)} ms, p95 ${percentile(adapterEdits, 0.95).toFixed(1)} ms (target at 100,000 words: p95 < 3 ms)`);
}

// Datasets at scale: loaded as the CLI loads them, then the 10,000-word memo checked, in a process of its own so its
// time and memory are its own. YAML at 100,000 facts is left out: the YAML library reads about 1 MB/s, so it takes
// close to a minute; a team that large exports JSON.
for (const [count, format] of [[100, 'yaml'], [10000, 'yaml'], [100, 'json'], [10000, 'json'], [100000, 'json']] as const) {
  const paths = writeFactFiles(join(folder, `${count}-${format}`), count, format);
  const line = execFileSync(process.execPath, ['dist/bench-dataset-scale.mjs', memoPaths.get(10000) ?? '', ...paths], { encoding: 'utf8' });
  const scale = JSON.parse(line) as { facts: number; problems: number; load_ms: number; check_ms: number; rss_mb: number };
  figures[`dataset_${count}_${format}_load_ms`] = scale.load_ms;
  figures[`dataset_${count}_${format}_check_10000w_ms`] = scale.check_ms;
  figures[`dataset_${count}_${format}_rss_mb`] = scale.rss_mb;
  print(`${count} team facts in ${format.toUpperCase()} files (${scale.facts} with the bundled, ${scale.problems} problems): load ${scale.load_ms.toFixed(0)} ms, then a 10,000-word check ${scale.check_ms.toFixed(0)} ms, ${scale.rss_mb.toFixed(0)} MB resident (target for 100,000: under 5 s and 1 GB)`);
}
rmSync(folder, { recursive: true, force: true });

// The extension bundles as packaged (minified, no source maps).
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { stdio: 'inherit' });
// The Node build loads the small adapter at activation and the engine at the first check; the web build is one file.
for (const [name, path] of [['node_adapter', 'dist/extension.cjs'], ['node_engine', 'dist/engine.cjs'], ['web', 'dist/web/extension.js']] as const) {
  figures[`bundle_${name}_kb`] = statSync(path).size / 1024;
  print(`extension bundle (${name}): ${(statSync(path).size / 1024 / 1024).toFixed(2)} MB (target < 1.5 MB)`);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, Number(value.toFixed(3))]))));
