// The editor tests: packages the extension, starts code-server (VS Code's workbench and Node extension host) in a
// clean .e2e/run/, runs the extension-host suite in it (layer 1, `host`) and the Playwright UI tests against the
// installed .vsix in Debian's Chromium (layer 2, `ui`), then stops everything it started.
//
//   node test/e2e/run.mjs [--no-package] [--layer host|ui] [--grep TEXT] [--vsix FILE]
//
// Needs `bash test/e2e/setup.sh` first (Chromium, Node 24 and code-server in .e2e/). Only talks to 127.0.0.1.
import { spawn } from 'node:child_process';
import { parseArgs, UsageError } from './harness/args.mjs';
import { launchBrowser } from './harness/browser.mjs';
import { codeServerLogTail, installExtension, startCodeServer } from './harness/code-server.mjs';
import { runHostLayer } from './harness/host-layer.mjs';
import { root, run } from './harness/paths.mjs';
import { prepareRunDir } from './harness/run-dir.mjs';
import { log, seconds, skipped, step, summary } from './harness/steps.mjs';
import { runUiLayer } from './harness/ui-layer.mjs';

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const started = performance.now();
let server;
let browser;
let cleaning;

/** Stops the browser and the whole code-server process group; safe to call more than once. */
function cleanup() {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping code-server and the browser`);
    await cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

const failures = [];
const layerResults = {};
try {
  if (options.package) await step('package (npm run package)', () => npmRunPackage());
  else skipped('package (npm run package)', '--no-package');

  await step('prepare .e2e/run', () => prepareRunDir());

  if (options.layers.includes('ui')) await step('install memocheck.vsix', () => installExtension(options.vsix));
  else skipped('install memocheck.vsix', 'only the host layer runs');

  server = await step('start code-server', () => startCodeServer());
  log(`code-server at ${server.url} (process group ${server.pid}), log ${run.codeServerLog}`);
  browser = await step('launch chromium', () => launchBrowser());

  if (options.layers.includes('host')) {
    try {
      layerResults.host = await step('layer 1: extension-host suite', () =>
        runHostLayer({ browser, serverUrl: server.url, workspace: run.hostWorkspaceFile }), counts);
    } catch (error) {
      failures.push(`layer 1 (extension host): ${error.message}`);
    }
  }
  if (options.layers.includes('ui')) {
    try {
      const result = await step('layer 2: UI tests', () =>
        runUiLayer({ browser, serverUrl: server.url, workspaceBase: run.uiWorkspace, grep: options.grep }), counts);
      layerResults.ui = result;
      if (result.failed > 0) failures.push(`layer 2 (UI): ${result.failed} of ${result.passed + result.failed} test(s) failed`);
    } catch (error) {
      failures.push(`layer 2 (UI): ${error.message}`);
    }
  }
} catch (error) {
  failures.push(error.message);
} finally {
  await step('stop code-server and chromium', () => cleanup()).catch((error) => failures.push(`cleanup: ${error.message}`));
}

console.log('');
console.log(summary());
if (layerResults.host) console.log(`layer 1 (extension host): ${layerResults.host.passed} passed, ${layerResults.host.failed} failed`);
if (layerResults.ui) {
  console.log(`layer 2 (UI): ${layerResults.ui.passed} passed, ${layerResults.ui.failed} failed`);
  for (const result of layerResults.ui.results) {
    console.log(`  ${result.error ? '✗' : '✓'} ${result.title} (${seconds(result.ms)})${result.error ? `: ${firstLine(result.error.message)}` : ''}`);
  }
}
console.log(`total ${seconds(performance.now() - started)}`);
if (failures.length > 0) {
  console.log(`\nFAILED:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  console.log(`\ncode-server log (tail of ${run.codeServerLog}):\n${codeServerLogTail()}`);
  process.exitCode = 1;
} else {
  console.log('\nall editor tests passed');
}

function npmRunPackage() {
  return new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'package'], { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run package failed (${signal ?? `exit ${code}`})`))));
  });
}

function counts({ passed, failed }) {
  return `${passed} passed, ${failed} failed`;
}

function firstLine(text) {
  return String(text).split('\n')[0];
}
