// One dataset-scale figure, run in a process of its own so its memory is its own: writes a team dataset of N facts to
// disk (YAML or JSON), then times loading it with the bundled dataset, as the CLI does, and checking a 10,000-word memo
// against it. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDatasets } from '../src/cli/datasets.ts';
import { checkMemo } from '../src/core/check.ts';
import { writeFactFiles, type FactFileFormat } from './fact-files.ts';
import { memoOf } from './memo.ts';

const count = Number(process.argv[2]);
const format = process.argv[3] as FactFileFormat;
const folder = mkdtempSync(join(tmpdir(), 'memocheck-bench-'));
try {
  const paths = writeFactFiles(folder, count, format);
  const memo = memoOf(10000);
  const start = performance.now();
  const { dataset, files } = loadDatasets(paths, true);
  const loaded = performance.now();
  const result = checkMemo(memo, { dataset, today: '2025-10-01' });
  const checked = performance.now();
  const problems = files.reduce((sum, file) => sum + file.problems.length, 0);
  console.log(JSON.stringify({ facts: dataset.size, problems, claims: result.claims.length, load_ms: loaded - start, check_ms: checked - loaded, rss_mb: process.memoryUsage().rss / 1024 / 1024 }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}
