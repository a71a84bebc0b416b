// The installed .vsix runs in the Node extension host; VS Code's own "Show Running Extensions" view gives its
// activation time, printed as a figure (not asserted: it depends on the machine).
import * as assert from 'node:assert/strict';
import { MEMO } from './memo.mjs';
import { openFromExplorer, openWorkbench, screenshot, squiggles } from './workbench.mjs';

export default {
  name: 'running-extensions',
  title: 'the installed extension is listed as running, with the activation time VS Code measured',
  async run({ page, serverUrl, workspace }) {
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggles(page, 'error').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Developer: Show Running Extensions');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first().click();
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Memocheck' }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await row.innerText();
    const activation = /Activation:\s*([\d.]+)\s*ms/i.exec(text);
    assert.ok(activation, `the Memocheck row should give an activation time; it reads: ${text}`);
    assert.ok(!/web worker/i.test(text), `the Node bundle should run here, not the web worker one; the row reads: ${text}`);
    console.log(`memocheck-e2e: figure activation in the Node extension host, as VS Code measured it: ${activation[1]} ms`);
    await screenshot(page, 'running-extensions');
  },
};
