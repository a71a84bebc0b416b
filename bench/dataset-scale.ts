// One dataset-scale figure, run in a process of its own, as the CLI runs, so its time and memory are its own: loads
// the team fact files named on the command line (written beforehand by the bench) with the bundled dataset, as the
// CLI does, then checks the memo named first. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDatasets } from '../src/cli/datasets.ts';
import { checkMemo } from '../src/core/check.ts';

const [memoPath = '', ...paths] = process.argv.slice(2);
const memo = readFileSync(memoPath, 'utf8');
const start = performance.now();
const { dataset, files } = loadDatasets(paths, true);
const loaded = performance.now();
const result = checkMemo(memo, { dataset, today: '2025-10-01' });
const checked = performance.now();
const problems = files.reduce((sum, file) => sum + file.problems.length, 0);
console.log(JSON.stringify({ facts: dataset.size, problems, claims: result.claims.length, load_ms: loaded - start, check_ms: checked - loaded, rss_mb: process.memoryUsage().rss / 1024 / 1024 }));
