// Typing a wrong figure into an open memo flags it live, after the extension's debounce, without saving.
import * as assert from 'node:assert/strict';
import { FUND_CLAIM, MEMO } from './memo.mjs';
import {
  describeSquiggles, focusEditor, openFromExplorer, openWorkbench, screenshot, squiggleCountWhen, squiggleDetails,
  squiggles, squiggleUnder,
} from './workbench.mjs';

const TYPED_LINE = 'Big Fund III launched with $99 billion in registered capital.';

export default {
  name: 'typing',
  title: 'typing a wrong figure into the open memo makes a new error squiggle appear',
  async run({ page, serverUrl, workspace }) {
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggleUnder(page, 'error', FUND_CLAIM);
    const before = await squiggles(page, 'error').count();

    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${TYPED_LINE}`);

    await squiggleCountWhen(page, 'error', (count) => count > before, `more than ${before} error squiggles after typing`, 10_000);
    const after = await squiggleDetails(page, 'error');
    assert.ok(after.some((s) => s.line.trim() === TYPED_LINE),
      `the new error squiggle should be on the typed line "${TYPED_LINE}"; error squiggles: ${describeSquiggles(after)}`);
    await screenshot(page, 'typing');
  },
};
