// The same extension-host suite in desktop VS Code, for machines with a network: @vscode/test-electron downloads
// VS Code, opens a fresh copy of the e2e workspace with other extensions disabled, and runs out/e2e/index.cjs.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const scratch = mkdtempSync(join(tmpdir(), 'memocheck-e2e-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/e2e/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(scratch, 'user-data')}`],
  });
} catch (error) {
  console.error(`editor tests failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
