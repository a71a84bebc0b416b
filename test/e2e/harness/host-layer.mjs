// Layer 1: the extension-host suite (out/e2e/index.cjs) inside code-server's real extension host, through the
// smoke-test driver's payload (extensionDevelopmentPath + extensionTestsPath), with the project root as the
// development extension. The suite prints `memocheck-e2e: N passed, M failed`; everything it prints with the
// `memocheck-e2e:` prefix is forwarded to stdout.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hostTestsEntry, resultsDir, root } from './paths.mjs';
import { newPage, workbenchUrl } from './browser.mjs';
import { log } from './steps.mjs';

const PREFIX = 'memocheck-e2e:';
const SENTINEL = /memocheck-e2e: (\d+) passed, (\d+) failed/;
const DEADLINE_MS = 6 * 60_000;
/** A stack frame of the extension host's test runner, in the error it logs when the test entry throws. */
const TEST_RUNNER_FRAME = /\$extensionTestsExecute|_doHandleExtensionTests/;

export async function runHostLayer({ browser, serverUrl, workspace, testsEntry = hostTestsEntry }) {
  if (!existsSync(testsEntry)) throw new Error(`${testsEntry} does not exist: build it with \`node esbuild.mjs\``);
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://remote${root}`],
    ['extensionTestsPath', `vscode-remote://remote${testsEntry}`],
  ];
  const { context, page } = await newPage(browser);
  const recent = [];
  let settle;
  const outcome = new Promise((resolve) => (settle = resolve));
  page.on('console', (message) => {
    const text = message.text();
    recent.push(`[${message.type()}] ${text}`);
    if (recent.length > 40) recent.shift();
    // The test entry failed to load, or run() rejected, without a sentinel before it (one printed first wins).
    if (message.type() === 'error' && TEST_RUNNER_FRAME.test(text)) {
      settle({ error: `the extension-host test run failed: ${cleanConsoleText(text).split('\n')[0]}` });
    }
    const at = text.indexOf(PREFIX);
    if (at < 0) return;
    const forwarded = cleanConsoleText(text.slice(at));
    console.log(forwarded);
    const match = SENTINEL.exec(forwarded);
    if (match) settle({ passed: Number(match[1]), failed: Number(match[2]) });
  });
  page.on('pageerror', (error) => recent.push(`[pageerror] ${error.message}`));
  page.on('crash', () => settle({ error: 'the workbench page crashed' }));
  // The workbench closes its window when the extension host's test run ends, also when the test entry fails to load.
  page.on('close', () => settle({ error: `the workbench window closed before the suite printed "${PREFIX} N passed, M failed"` }));
  const timer = setTimeout(() => settle({ error: `no "${PREFIX} N passed, M failed" line within ${DEADLINE_MS / 60_000} minutes` }), DEADLINE_MS);
  try {
    await page.goto(workbenchUrl(serverUrl, workspace, payload));
    const result = await outcome;
    const failure = result.error
      ?? (result.failed > 0 ? `${result.failed} extension-host test(s) failed` : undefined)
      ?? (result.passed === 0 ? 'the extension-host suite ran no tests' : undefined);
    if (failure) {
      if (!page.isClosed()) await screenshot(page);
      log(`last workbench console messages:\n${recent.join('\n')}`);
      throw new Error(failure);
    }
    return result;
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

/** Console text as the workbench relays it from the extension host, without `%c` styling markers and CSS. */
function cleanConsoleText(text) {
  return text.replace(/%c/g, '').replace(/\s*color: #[0-9a-f]{3,8};?/gi, '').trim();
}

async function screenshot(page) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'host-layer-failure.png');
  await page.screenshot({ path: file }).then(() => log(`screenshot: ${file}`), () => {});
}
