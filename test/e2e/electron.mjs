// The same extension-host suite in desktop VS Code, for machines with a network: @vscode/test-electron downloads
// VS Code, opens the suite's multi-root workspace (fresh copies of test/e2e/workspace and workspace-b, named as
// the code-server harness names them) with other extensions disabled, and runs out/e2e/index.cjs.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scratch = mkdtempSync(join(tmpdir(), 'memocheck-e2e-'));
const folders = [
  [join(root, 'test/e2e/workspace'), join(scratch, 'host-workspace')],
  [join(root, 'test/e2e/workspace-b'), join(scratch, 'host-workspace-b')],
];
for (const [template, copy] of folders) cpSync(template, copy, { recursive: true });
const workspaceFile = join(scratch, 'host.code-workspace');
writeFileSync(workspaceFile, JSON.stringify({ folders: folders.map(([, path]) => ({ path })), settings: {} }, null, 2));
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/e2e/index.cjs'),
    launchArgs: [workspaceFile, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(scratch, 'user-data')}`],
  });
} catch (error) {
  console.error(`editor tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
