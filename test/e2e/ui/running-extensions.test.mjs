// The installed .vsix runs in the Node extension host; VS Code's own "Show Running Extensions" view gives its
// activation time, printed as a figure (not asserted: it depends on the machine), and its Startup Performance report
// gives the figure's parts, printed beside it: how much of it is this extension's own code.
import * as assert from 'node:assert/strict';
import { MEMO } from './memo.mjs';
import { activationParts, startupPerformance } from './startup-performance.mjs';
import { openFromExplorer, openWorkbench, runCommand, screenshot, squiggles } from './workbench.mjs';

const EXTENSION_ID = 'memocheck.memocheck';

export default {
  name: 'running-extensions',
  title: 'the installed extension is listed as running, with the activation time VS Code measured and its parts',
  async run({ page, serverUrl, workspace }) {
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggles(page, 'error').first().waitFor({ state: 'attached', timeout: 30_000 });
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Memocheck' }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await row.innerText();
    const activation = /Activation:\s*([\d.]+)\s*ms/i.exec(text);
    assert.ok(activation, `the Memocheck row should give an activation time; it reads: ${text}`);
    assert.ok(!/web worker/i.test(text), `the Node bundle should run here, not the web worker one; the row reads: ${text}`);
    console.log(`memocheck-e2e: figure activation in the Node extension host, as VS Code measured it: ${activation[1]} ms`);
    await screenshot(page, 'running-extensions');
    // The view opens as a modal editor, which keeps the keyboard (F1 too) until it closes.
    await page.keyboard.press('Escape');
    await row.waitFor({ state: 'hidden' });

    const parts = activationParts(await startupPerformance(page, serverUrl, EXTENSION_ID), EXTENSION_ID);
    assert.ok(parts, `the Startup Performance report should give ${EXTENSION_ID}'s activation stats and module load marks`);
    assert.equal(parts.loadCode + parts.activateCall, Number(activation[1]), 'the report\'s parts should add up to the Running Extensions figure');
    assert.ok(parts.ownLoad <= parts.loadCode, `the module's own load (${parts.ownLoad} ms) is part of loading the code (${parts.loadCode} ms)`);
    const before = parts.loadedBefore.map(({ id, ms }) => `${id} ${ms} ms`).join(', ') || 'none';
    console.log(
      `memocheck-e2e: figure activation parts, from VS Code's Startup Performance: loading the code ${parts.loadCode} ms, of which Memocheck's own module ${parts.ownLoad} ms ` +
        `and, loaded after its clock started and before it, other extensions' modules: ${before}; calling activate ${parts.activateCall} ms`,
    );
  },
};
