// Shared test helpers: check Markdown against the test dataset or the bundled one, and find claims by text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkMemo, type CheckResult } from '../../src/core/check.ts';
import { Dataset } from '../../src/core/dataset/dataset.ts';
import { loadFactFile } from '../../src/core/dataset/load.ts';
import { run } from '../../src/cli/cli.ts';
import { loadDatasets } from '../../src/cli/datasets.ts';
import type { CheckedClaim } from '../../src/core/types.ts';

export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
export const readFixture = (path: string): string => readFileSync(fixture(path), 'utf8');

let testDataset: Dataset | undefined;
export function testFacts(): Dataset {
  testDataset ??= new Dataset([loadFactFile('test-facts.yaml', readFixture('datasets/test-facts.yaml'))]);
  return testDataset;
}

let bundled: Dataset | undefined;
export function bundledFacts(): Dataset {
  bundled ??= loadDatasets([], true).dataset;
  return bundled;
}

export function check(markdown: string, dataset: Dataset = testFacts(), today = '2025-03-01'): CheckResult {
  return checkMemo(markdown, { dataset, today });
}

/** The one claim whose text is `text` (fails loudly when there is none or more than one). */
export function claim(result: CheckResult, text: string): CheckedClaim {
  const found = result.claims.filter((candidate) => candidate.text === text);
  if (found.length !== 1) throw new Error(`expected one claim "${text}", found ${found.length}: ${result.claims.map((c) => c.text).join(' | ')}`);
  return found[0] as CheckedClaim;
}

export const texts = (result: CheckResult): string[] => result.claims.map((found) => found.text);

/** "line:column verdict kind text" per claim, for compact assertions. */
export const summary = (result: CheckResult): string[] =>
  result.claims.map((found) => `${found.start.line}:${found.start.column} ${found.verdict} ${found.kind} ${found.text}`);

/** "line:column waiver directive hides N" per waiver, with its warnings after: the fixtures' lines for directives. */
export const waiverSummary = (result: CheckResult): string[] =>
  result.waivers.map((waiver) => [`${waiver.start.line}:${waiver.start.column} waiver ${waiver.directive} hides ${waiver.hides.length}`, ...waiver.problems].join('; '));

/** The command line run in this process, with what it printed. */
export function runCli(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}
