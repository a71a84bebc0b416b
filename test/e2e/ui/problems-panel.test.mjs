// A contradicted claim is drawn as an error squiggle and listed in the Problems panel with the fact id as its code.
import * as assert from 'node:assert/strict';
import { FUND_CLAIM, FUND_CODE, FUND_COLUMN, FUND_LINE, FUND_MESSAGE, MEMO } from './memo.mjs';
import { openFromExplorer, openWorkbench, problemRow, screenshot, squiggleUnder } from './workbench.mjs';

export default {
  name: 'problems-panel',
  title: 'a contradicted claim shows an error squiggle and a Problems panel row with its message and code',
  async run({ page, serverUrl, workspace }) {
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggleUnder(page, 'error', FUND_CLAIM);

    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
    const row = await problemRow(page, FUND_MESSAGE);
    const text = (await row.textContent()) ?? '';
    const label = (await row.getAttribute('aria-label')) ?? '';
    assert.ok(text.includes(FUND_CODE), `the Problems row should show the code ${FUND_CODE}; it reads: ${text}`);
    assert.ok(text.includes('memocheck'), `the Problems row should show the source memocheck; it reads: ${text}`);
    assert.ok(text.includes(`[Ln ${FUND_LINE}, Col ${FUND_COLUMN}]`), `the Problems row should point at Ln ${FUND_LINE}, Col ${FUND_COLUMN}; it reads: ${text}`);
    assert.match(label, /^Error: /, `the Problems row should be an error; its aria-label is: ${label}`);
    await screenshot(page, 'problems-panel');
  },
};
