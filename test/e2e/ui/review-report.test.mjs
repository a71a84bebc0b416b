// The review workflow as a reader sees it: "Check Workspace" runs under a progress notification whose Cancel stops
// it, the Claims view lists the claims by verdict and file, and the review report opens in a webview that runs no
// script and reveals a claim from its Reveal link. Screenshots of the view and the report.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEMO } from './memo.mjs';
import { openFromExplorer, openWorkbench, runCommand, screenshot, squiggles } from './workbench.mjs';

/** Enough memos that the check is still running when Cancel is clicked: each its own figures and sentences. */
const GENERATED = 1500;

function writeMemos(workspace) {
  const folder = join(workspace, 'generated');
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < GENERATED; index++) {
    const paragraphs = Array.from({ length: 30 }, (_, paragraph) =>
      `Paragraph ${paragraph} of brief ${index}: the desk counted ${index * 7 + paragraph} licences, and Beijing launched a $${30 + (index % 20)}.5 billion fund, the third "Big Fund." Japan is a Tier ${1 + (paragraph % 3)} country in this draft.`);
    writeFileSync(join(folder, `brief-${String(index).padStart(3, '0')}.md`), `---\ndate: 2025-09-12\n---\n\n# Brief ${index}\n\n${paragraphs.join('\n\n')}\n`);
  }
}

export default {
  name: 'review-report',
  title: 'Check Workspace shows cancellable progress, the Claims view lists claims by verdict and file, the report opens in a script-free webview',
  async run({ page, serverUrl, workspace }) {
    writeMemos(workspace);
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggles(page, 'error').first().waitFor({ state: 'attached', timeout: 30_000 });

    // Started, seen running in the notification centre (where toasts go when the workbench shows none), cancelled:
    // fewer memos checked than found.
    await runCommand(page, 'Memocheck: Check Workspace');
    await runCommand(page, 'Notifications: Show Notifications');
    const notifications = page.locator('.notifications-center, .notifications-toasts');
    const progress = notifications.locator('.monaco-list-row', { hasText: 'checking the workspace' }).first();
    try {
      await progress.waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      await screenshot(page, 'review-report-progress-missing');
      throw error;
    }
    await progress.hover();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await runCommand(page, 'Notifications: Show Notifications');
    const done = notifications.locator('.monaco-list-row', { hasText: /Memocheck: \d+ of \d+ memos checked before the check was cancelled/ }).first();
    await done.waitFor({ state: 'visible', timeout: 30_000 });
    const [, checked, found] = /(\d+) of (\d+) memos/.exec(await done.innerText()) ?? [];
    assert.ok(Number(found) >= GENERATED && Number(checked) < Number(found), `the cancelled check should stop early: ${checked} of ${found}`);
    await screenshot(page, 'workspace-check-cancelled');
    await page.keyboard.press('Escape');

    // The view, in its own activity-bar container, lists what was checked.
    await page.locator('.activitybar .action-item a[aria-label^="Memocheck"]').first().click();
    const tree = page.locator('.pane', { hasText: 'Claims' }).locator('.monaco-list');
    await tree.locator('.monaco-list-row', { hasText: /^Contradicted \(\d+\)/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await tree.locator('.monaco-list-row').allInnerTexts();
    assert.ok(rows.some((row) => /Contradicted \(\d+\)/.test(row)), `the view should group by verdict: ${JSON.stringify(rows)}`);
    assert.ok(rows.some((row) => /\.md \(\d+\)/.test(row)), `the view should group by file: ${JSON.stringify(rows)}`);
    await screenshot(page, 'claims-view');

    // The report: a webview whose page holds the report, and no script.
    await runCommand(page, 'Memocheck: Open Review Report');
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await frame.locator('h1', { hasText: 'Memocheck review report' }).waitFor({ timeout: 30_000 });
    assert.equal(await frame.locator('script').count(), 0, 'the report page holds no script');
    const policy = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy ?? '', /default-src 'none'; style-src [^;]+; img-src 'none'; script-src 'none'/);
    await screenshot(page, 'review-report');

    // Its Reveal link is a command link: the memo comes back with the claim selected.
    await frame.locator('a.reveal').first().click();
    await page.locator('.editor-group-container .tab.active[data-resource-name$=".md"]').first().waitFor({ timeout: 20_000 });
  },
};
