// A clean .e2e/run/: user data with the test settings, an empty extensions folder, private XDG folders, and two
// fresh copies of the e2e workspace (one for the extension-host suite, one for the UI tests).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, userSettings } from './paths.mjs';
import { copyWorkspace } from './workspace-files.mjs';

export function prepareRunDir() {
  rmSync(run.dir, { recursive: true, force: true });
  for (const dir of [run.userData, run.extensions, run.xdgConfig, run.xdgData, run.xdgCache, run.browserProfiles]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(run.userData, 'User'), { recursive: true });
  cpSync(userSettings, join(run.userData, 'User/settings.json'));
  copyWorkspace(run.hostWorkspace);
  copyWorkspace(run.uiWorkspace);
}
