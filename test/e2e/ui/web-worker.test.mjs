// The browser build (package.json "browser", as vscode.dev runs it): with the extension forced into the web worker
// extension host, the memo still gets its squiggles and Problems rows, and the status bar item shows the counts.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../harness/paths.mjs';
import { FUND_CLAIM, FUND_MESSAGE, MEMO } from './memo.mjs';
import { openFromExplorer, openWorkbench, problemRow, screenshot, squiggleUnder } from './workbench.mjs';

const settingsFile = join(run.userData, 'User/settings.json');

export default {
  name: 'web-worker',
  title: 'the web build runs in the web worker extension host and flags the memo',
  async run({ page, serverUrl, workspace }) {
    const original = readFileSync(settingsFile, 'utf8');
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    // A window reads the user settings when it opens, so this window alone runs the extension as a web extension.
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(original), 'remote.extensionKind': { 'memocheck.memocheck': ['web'] } }, null, 2));
    try {
      await openWorkbench(page, serverUrl, workspace);
      await openFromExplorer(page, MEMO);
      await squiggleUnder(page, 'error', FUND_CLAIM);
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor({ state: 'visible' });
      await problemRow(page, FUND_MESSAGE);
      const status = page.locator('.statusbar [aria-label^="Memocheck: "]').first();
      await status.waitFor({ state: 'visible' });
      assert.match((await status.getAttribute('aria-label')) ?? '', /Memocheck: 2 contradicted, 1 outdated, 0 disputed, 0 unverified, 1 supported/);
      // The item says in words what needs the author, in the status bar's own colours.
      assert.match((await status.textContent()) ?? '', /Memocheck: 2 contradicted, 1 outdated$/);
      assert.ok(messages.some((text) => text.includes('web worker extension host is started')), 'a web worker extension host started');
      assert.ok(!messages.some((text) => /Activating extension 'memocheck\.memocheck' failed/.test(text)), messages.filter((text) => text.includes('memocheck')).join('\n'));
      await screenshot(page, 'web-worker');
    } finally {
      writeFileSync(settingsFile, original);
    }
  },
};
