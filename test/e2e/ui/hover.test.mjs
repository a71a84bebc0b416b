// Hovering a contradicted claim shows its source, linked to the source's web page.
import * as assert from 'node:assert/strict';
import { FUND_CLAIM, FUND_SOURCE_HREF_PREFIX, FUND_SOURCE_TITLE, MEMO } from './memo.mjs';
import { hoverOver, openFromExplorer, openWorkbench, screenshot, squiggleUnder } from './workbench.mjs';

export default {
  name: 'hover',
  title: 'hovering a contradicted figure shows the source title as a link to the source',
  async run({ page, serverUrl, workspace }) {
    await openWorkbench(page, serverUrl, workspace);
    await openFromExplorer(page, MEMO);
    await squiggleUnder(page, 'error', FUND_CLAIM);

    const hover = await hoverOver(page, FUND_CLAIM, FUND_SOURCE_TITLE);
    const link = hover.locator('a', { hasText: FUND_SOURCE_TITLE });
    // The problem's message (which names the source too) can render before the extension's own hover part.
    await link.first().waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {});
    const links = await link.count();
    assert.ok(links > 0, `the hover should show "${FUND_SOURCE_TITLE}" as a link; its text is: ${await hover.innerText()}`);
    const href = await link.first().getAttribute('href');
    const dataHref = await link.first().getAttribute('data-href');
    assert.ok(href?.startsWith(FUND_SOURCE_HREF_PREFIX),
      `the "${FUND_SOURCE_TITLE}" link should go to ${FUND_SOURCE_HREF_PREFIX}…; href=${href} data-href=${dataHref}`);
    // The source list may sit below the hover's fold: bring the link into view for the screenshot.
    await link.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'hover');
  },
};
