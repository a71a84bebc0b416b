// code-server: installing the packaged extension, starting the server on a free port, stopping it.
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { codeServerBin, run } from './paths.mjs';
import { codeServerEnv } from './environment.mjs';
import { freePort } from './free-port.mjs';
import { spawnGroup, stopGroup } from './process-group.mjs';
import { GiveUp, until } from './wait.mjs';

const INSTALL_TIMEOUT_MS = 180_000;
const START_TIMEOUT_MS = 90_000;

function requireCodeServer() {
  if (!existsSync(codeServerBin)) {
    throw new Error(`code-server is not installed at ${codeServerBin}: run \`bash test/e2e/setup.sh\` first`);
  }
}

const dirs = () => ['--user-data-dir', run.userData, '--extensions-dir', run.extensions];

/** `code-server --install-extension vsix` into the run's extensions folder. */
export async function installExtension(vsix) {
  requireCodeServer();
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist (run without --no-package to build it)`);
  const child = spawnGroup(codeServerBin, [...dirs(), '--install-extension', vsix], {
    env: codeServerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopGroup(child.pid);
      reject(new Error(`code-server --install-extension did not finish within ${INSTALL_TIMEOUT_MS / 1000} s:\n${output}`));
    }, INSTALL_TIMEOUT_MS);
    child.once('error', reject);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  await stopGroup(child.pid);
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension exited with ${code}:\n${output.trim()}`);
  }
  return output.trim();
}

/**
 * Starts code-server in its own process group on a free 127.0.0.1 port and waits for /healthz.
 * Returns { url, pid, stop() }; its output goes to .e2e/run/code-server.log.
 */
export async function startCodeServer() {
  requireCodeServer();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFd = openSync(run.codeServerLog, 'a');
  let child;
  try {
    child = spawnGroup(codeServerBin, [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...dirs(),
      '--vscode-option', 'enable-smoke-test-driver',
    ], { env: codeServerEnv(), stdio: ['ignore', logFd, logFd], cwd: run.dir });
  } finally {
    closeSync(logFd);
  }
  const server = { url, port, pid: child.pid, stop: () => stopGroup(child.pid) };
  let exited;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  child.once('error', (error) => (exited = { error }));
  try {
    await until(async () => {
      if (exited) throw new GiveUp(`code-server exited during start-up (${JSON.stringify(exited)})`);
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    }, { what: `${url}/healthz`, timeoutMs: START_TIMEOUT_MS, intervalMs: 200 });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** The last `lines` lines of code-server's log. */
export function codeServerLogTail(lines = 60) {
  if (!existsSync(run.codeServerLog)) return '(no code-server log)';
  return readFileSync(run.codeServerLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
