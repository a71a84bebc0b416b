// A clean .e2e/run/: user data with the test settings, an empty extensions folder, private XDG folders, and a fresh
// copy of the e2e workspace for the extension-host suite, with a second folder beside it in a .code-workspace (the
// UI tests copy the workspace for each test themselves).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, secondFolderTemplate, userSettings } from './paths.mjs';
import { copyWorkspace } from './workspace-files.mjs';

export function prepareRunDir() {
  rmSync(run.dir, { recursive: true, force: true });
  for (const dir of [run.userData, run.extensions, run.xdgConfig, run.xdgData, run.xdgCache, run.browserProfiles]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(run.userData, 'User'), { recursive: true });
  cpSync(userSettings, join(run.userData, 'User/settings.json'));
  copyWorkspace(run.hostWorkspace);
  // The extension-host suite runs in a multi-root workspace: each folder has its own datasets.
  copyWorkspace(run.hostSecondFolder, secondFolderTemplate);
  const folders = [run.hostWorkspace, run.hostSecondFolder].map((path) => ({ path }));
  writeFileSync(run.hostWorkspaceFile, `${JSON.stringify({ folders, settings: {} }, null, 2)}\n`);
}
