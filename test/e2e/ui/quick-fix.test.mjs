// The preferred quick fix, picked from the light-bulb menu (Control+.), replaces the contradicted figure and
// nothing else; its error squiggle goes away.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUND_CLAIM, FUND_COLUMN, FUND_FIXES, FUND_LINE, FUND_REFERENCE, MEMO, originalMemo } from './memo.mjs';
import {
  codeActions, describeSquiggles, goToPosition, openFromExplorer, openWorkbench, saveActiveEditor, screenshot,
  squiggleCountWhen, squiggleDetails, squiggles, squiggleUnder,
} from './workbench.mjs';
import { until } from '../harness/wait.mjs';

export default {
  name: 'quick-fix',
  title: 'the "Replace with" quick fix from Control+. changes only the claim and removes its error squiggle',
  async run({ page, serverUrl, workspace }) {
    const original = originalMemo();
    assert.equal(original.split(FUND_CLAIM).length, 2, `${MEMO} should contain "${FUND_CLAIM}" exactly once`);
    const expected = original.replace(FUND_CLAIM, FUND_REFERENCE);

    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggleUnder(page, 'error', FUND_CLAIM);
    const before = await squiggles(page, 'error').count();

    // Inside the claim: two characters after its `$`.
    await goToPosition(page, FUND_LINE, FUND_COLUMN + 2);
    const menu = await codeActions(page, FUND_FIXES.replace);
    const titles = await menu.titles();
    for (const title of Object.values(FUND_FIXES)) {
      assert.ok(titles.includes(title), `the quick-fix menu should offer "${title}"; it offers: ${JSON.stringify(titles)}`);
    }
    assert.equal(titles[0], FUND_FIXES.replace, `the preferred fix "${FUND_FIXES.replace}" should come first; the menu is: ${JSON.stringify(titles)}`);
    await menu.pick(FUND_FIXES.replace);

    await squiggleCountWhen(page, 'error', (count) => count === before - 1, `the error squiggles to drop from ${before} to ${before - 1}`, 10_000);
    const left = await squiggleDetails(page, 'error');
    assert.ok(!left.some((s) => s.under.includes(FUND_REFERENCE) || s.under.includes(FUND_CLAIM)),
      `no error squiggle should remain on the fixed figure; error squiggles: ${describeSquiggles(left)}`);

    await saveActiveEditor(page);
    const file = join(workspace, MEMO);
    let text = '';
    try {
      await until(() => (text = readFileSync(file, 'utf8')) === expected, { what: `${MEMO} on disk to hold the fixed memo`, timeoutMs: 10_000 });
    } catch (error) {
      error.message += `\n${lineDiff(expected, text)}`;
      throw error;
    }
    await screenshot(page, 'quick-fix');
  },
};

/** The lines that differ between the expected and actual file, for the failure message. */
function lineDiff(expected, actual) {
  const want = expected.split('\n');
  const got = actual.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) out.push(`    line ${i + 1}: expected ${JSON.stringify(want[i])}\n    line ${i + 1}:   actual ${JSON.stringify(got[i])}`);
  }
  return out.length > 0 ? out.join('\n') : '    (no line differs; line endings or trailing text?)';
}
