// Speed figures (printed, never asserted): full check vs remark-parse alone on 1k/10k/100k-word memos with
// 100 and 10,000 facts, the incremental re-check after a one-character edit (core alone, and with the editor
// adapter's diagnostics), team datasets of 100 to 100,000 facts read from files, and the packaged extension bundle
// sizes. Ends with one JSON line.
// `npm run bench` bundles this file as the extension is bundled and runs that: code run through a TypeScript loader
// keeps every function's name at run time, a cost the shipped engine does not pay. The first check of a process is
// timed on its own; the engine is warmed before the per-size figures, so no one figure carries all the start-up.
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkMemo } from '../src/core/check.ts';
import { Dataset } from '../src/core/dataset/dataset.ts';
import type { FactFile } from '../src/core/dataset/load.ts';
import { loadDatasets } from '../src/cli/datasets.ts';
import { parseMarkdown } from '../src/core/text/parse.ts';
import type { LoadedFact } from '../src/core/types.ts';
import { diagnosticSpecs } from '../src/vscode/diagnostic-specs.ts';
import type { Severities } from '../src/vscode/settings.ts';
import { writeFactFiles } from './fact-files.ts';
import { memoOf } from './memo.ts';

const EDITOR_DEFAULTS: Severities = { contradicted: 'error', outdated: 'warning', disputed: 'warning', unverified: 'information', supported: 'off' };

/** Synthetic facts that share the memo's vocabulary, so the index is exercised and not trivially empty. */
function syntheticFacts(count: number): LoadedFact[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `synthetic.${index}`,
    kind: index % 2 ? 'amount' : 'benchmark',
    subject: { name: `Synthetic Subject ${index}`, aliases: [`Synth${index}`, `Company ${index}`] },
    metric: { name: 'figure', keywords: [`metric${index}`, 'fund', 'performance'] },
    value: index,
    ...(index % 2 ? { currency: 'USD' } : { unit: 'percent' }),
    date: '2024',
    sources: [{ title: 'Synthetic', publisher: 'Bench' }],
    origin: { file: 'synthetic.yaml', line: 1, column: 1, bundled: false },
  }) as LoadedFact);
}

function datasetOf(size: number): Dataset {
  const bundled = loadDatasets([], true).files;
  const have = bundled.reduce((sum, file) => sum + file.facts.length, 0);
  const extra: FactFile = { path: 'synthetic.yaml', bundled: false, facts: syntheticFacts(Math.max(0, size - have)), entities: [], problems: [], unreadable: false };
  return new Dataset([...bundled, extra]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

function time(runs: number, task: () => void): number {
  task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

const figures: Record<string, number> = {};
const datasets = { 100: datasetOf(100), 10000: datasetOf(10000) };
const warmUp = memoOf(1000);
const first = performance.now();
checkMemo(warmUp, { dataset: datasets[100], today: '2025-10-01' });
figures.first_check_1000w_ms = performance.now() - first;
console.log(`first check of the process, 1,000 words: ${figures.first_check_1000w_ms.toFixed(1)} ms`);
for (let run = 0; run < 20; run++) checkMemo(warmUp, { dataset: datasets[100], today: '2025-10-01' });
for (const words of [1000, 10000, 100000]) {
  const memo = memoOf(words);
  const runs = words >= 100000 ? 3 : 7;
  const parse = time(runs, () => parseMarkdown(memo, true));
  figures[`parse_${words}w_ms`] = parse;
  for (const [size, dataset] of Object.entries(datasets)) {
    const check = time(runs, () => checkMemo(memo, { dataset, today: '2025-10-01' }));
    figures[`check_${words}w_${size}f_ms`] = check;
    figures[`ratio_${words}w_${size}f`] = check / parse;
    console.log(`${words} words, ${size} facts: check ${check.toFixed(1)} ms, remark-parse alone ${parse.toFixed(1)} ms, ratio ${(check / parse).toFixed(2)}`);
  }
  figures[`facts_10000_vs_100_${words}w`] = (figures[`check_${words}w_10000f_ms`] ?? 0) / (figures[`check_${words}w_100f_ms`] ?? 1);
  console.log(`${words} words: 10,000 facts take ${figures[`facts_10000_vs_100_${words}w`]?.toFixed(2)}x the time of 100 facts`);
}

const memo = memoOf(10000);
const dataset = datasets[10000];
let previous = checkMemo(memo, { dataset, today: '2025-10-01' });
const edits: number[] = [];
const adapterEdits: number[] = [];
let text = memo;
for (let edit = 0; edit < 60; edit++) {
  const at = Math.floor(((edit * 7919) % 997) / 997 * text.length);
  text = text.slice(0, at) + (edit % 2 ? '' : 'x') + text.slice(at + (edit % 2 ? 1 : 0));
  const start = performance.now();
  previous = checkMemo(text, { dataset, today: '2025-10-01' }, previous);
  edits.push(performance.now() - start);
  // What the editor adds when the debounce fires: the diagnostics for the new result.
  diagnosticSpecs(previous, EDITOR_DEFAULTS);
  adapterEdits.push(performance.now() - start);
}
figures.recheck_10000w_median_ms = median(edits);
figures.recheck_10000w_p95_ms = percentile(edits, 0.95);
console.log(`one-character edit in a 10,000-word memo, re-checked: median ${figures.recheck_10000w_median_ms.toFixed(1)} ms, p95 ${figures.recheck_10000w_p95_ms.toFixed(1)} ms`);
figures.editor_recheck_10000w_median_ms = median(adapterEdits);
figures.editor_recheck_10000w_p95_ms = percentile(adapterEdits, 0.95);
console.log(`the same, debounce firing to diagnostics (core + adapter, one process): median ${figures.editor_recheck_10000w_median_ms.toFixed(1)} ms, p95 ${figures.editor_recheck_10000w_p95_ms.toFixed(1)} ms (target p95 < 50 ms)`);

// Datasets at scale: a team's facts written to disk here, then loaded as the CLI loads them and a 10,000-word memo
// checked, in a process of its own that starts as the CLI starts, so its time and memory are its own. YAML at 100,000
// facts is left out: the YAML library reads about 1 MB/s, so it takes close to a minute; a team that large exports JSON.
const factFolder = mkdtempSync(join(tmpdir(), 'memocheck-bench-'));
for (const [count, format] of [[100, 'yaml'], [10000, 'yaml'], [100, 'json'], [10000, 'json'], [100000, 'json']] as const) {
  const paths = writeFactFiles(join(factFolder, `${count}-${format}`), count, format);
  const line = execFileSync(process.execPath, ['dist/bench-dataset-scale.mjs', ...paths], { encoding: 'utf8' });
  const scale = JSON.parse(line) as { facts: number; problems: number; load_ms: number; check_ms: number; rss_mb: number };
  figures[`dataset_${count}_${format}_load_ms`] = scale.load_ms;
  figures[`dataset_${count}_${format}_check_10000w_ms`] = scale.check_ms;
  figures[`dataset_${count}_${format}_rss_mb`] = scale.rss_mb;
  console.log(`${count} team facts in ${format.toUpperCase()} files (${scale.facts} with the bundled, ${scale.problems} problems): load ${scale.load_ms.toFixed(0)} ms, then a 10,000-word check ${scale.check_ms.toFixed(0)} ms, ${scale.rss_mb.toFixed(0)} MB resident (target for 100,000: under 5 s and 1 GB)`);
}
rmSync(factFolder, { recursive: true, force: true });

// The extension bundles as packaged (minified, no source maps).
execFileSync(process.execPath, ['esbuild.mjs', '--production'], { stdio: 'inherit' });
// The Node build loads the small adapter at activation and the engine at the first check; the web build is one file.
for (const [name, path] of [['node_adapter', 'dist/extension.cjs'], ['node_engine', 'dist/engine.cjs'], ['web', 'dist/web/extension.js']] as const) {
  figures[`bundle_${name}_kb`] = statSync(path).size / 1024;
  console.log(`extension bundle (${name}): ${(statSync(path).size / 1024 / 1024).toFixed(2)} MB (target < 1.5 MB)`);
}
console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, Number(value.toFixed(3))]))));
