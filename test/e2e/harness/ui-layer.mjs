// Layer 2: the Playwright UI tests of test/e2e/ui/ against the installed .vsix. Each test gets a folder of its own,
// a fresh copy of the UI workspace, and a fresh browser context: code-server keeps a folder's unsaved edits on the
// server (hot exit), so a later test opening the same folder would see an earlier test's unsaved typing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tests } from '../ui/index.mjs';
import { newPage } from './browser.mjs';
import { resultsDir } from './paths.mjs';
import { copyWorkspace } from './workspace-files.mjs';
import { log, seconds } from './steps.mjs';

const TEST_TIMEOUT_MS = 120_000;

/** `workspaceBase`: each test's folder is this path with the test's name after it. */
export async function runUiLayer({ browser, serverUrl, workspaceBase, grep }) {
  mkdirSync(resultsDir, { recursive: true });
  const selected = tests.filter((test) => !grep || test.name.includes(grep) || test.title.includes(grep));
  if (selected.length === 0) throw new Error(`no UI test matches --grep ${grep}`);
  const results = [];
  for (const test of selected) {
    const folder = `${workspaceBase}-${test.name}`;
    copyWorkspace(folder);
    const { context, page } = await newPage(browser);
    const started = performance.now();
    let error;
    try {
      await withTimeout(test.run({ page, serverUrl, workspace: folder, resultsDir }), TEST_TIMEOUT_MS, test.name);
    } catch (caught) {
      error = caught;
      const file = join(resultsDir, `${test.name}-failure.png`);
      await page.screenshot({ path: file }).then(() => (error.screenshot = file), () => {});
    } finally {
      await context.close().catch(() => {});
    }
    const ms = performance.now() - started;
    results.push({ name: test.name, title: test.title, ms, error });
    if (error) {
      log(`✗ ui: ${test.title} (${seconds(ms)})\n${indent(error.stack ?? String(error))}${error.screenshot ? `\n    screenshot: ${error.screenshot}` : ''}`);
    } else {
      log(`✓ ui: ${test.title} (${seconds(ms)})`);
    }
  }
  const failed = results.filter((result) => result.error).length;
  return { passed: results.length - failed, failed, results };
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const indent = (text) => text.split('\n').map((line) => `    ${line}`).join('\n');
