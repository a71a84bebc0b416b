// Page helpers for the UI tests: opening the workbench and a file, reading squiggles and the editor's lines,
// moving the cursor, and waiting on the DOM (never on fixed sleeps).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchUrl } from '../harness/browser.mjs';
import { resultsDir } from '../harness/paths.mjs';
import { until } from '../harness/wait.mjs';

export const WORKBENCH_TIMEOUT_MS = 60_000;
/** How long the extension may take to activate and publish diagnostics after a file opens. */
export const DIAGNOSTICS_TIMEOUT_MS = 30_000;

/** Opens the workbench on `folder` and waits until it is laid out. */
export async function openWorkbench(page, serverUrl, folder) {
  await page.goto(workbenchUrl(serverUrl, folder));
  await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  await page.locator('.explorer-folders-view, .part.sidebar').first().waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
}

/** Runs a command from the Command Palette by its title, once any quick input before it has closed. */
export async function runCommand(page, title) {
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

/** Clicks `fileName` in the Explorer and waits until it is the active editor, with its text rendered. */
export async function openFromExplorer(page, fileName) {
  const explorer = page.locator('.explorer-folders-view');
  if (!(await explorer.isVisible())) await page.keyboard.press('Control+Shift+E');
  const named = { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }) };
  const row = explorer.locator('.monaco-list-row').filter(named);
  await row.waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  await row.click();
  await page.locator(`.editor-group-container.active .tab.active[data-resource-name=${JSON.stringify(fileName)}]`).waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
}

/** The text editor of the active editor group. */
export const activeEditor = (page) => page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();

/**
 * Moves keyboard focus into the active editor: its EditContext element (what Chromium gets) or, in browsers without
 * EditContext, its input text area. Waits until the editor reports focus.
 */
export async function focusEditor(page) {
  const editor = activeEditor(page);
  await editor.locator('.native-edit-context, textarea.inputarea').first().focus();
  await page.locator('.editor-group-container.active .editor-instance .monaco-editor.focused').first().waitFor({ timeout: 5_000 });
}

/** Squiggle elements of one kind (`error`, `warning`, `info`, `hint`) in the active editor. */
export const squiggles = (page, kind = 'error') => activeEditor(page).locator(`.view-overlays .squiggly-${kind}`);

/**
 * The squiggles of one kind in the active editor, each with the text of its rendered line and the text under it
 * (monaco draws decorations only for lines in view).
 */
export function squiggleDetails(page, kind = 'error') {
  return activeEditor(page).evaluate((editor, kind) => {
    const normalise = (text) => text.replace(/\u00a0/g, ' ');
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    const lineAt = (top) => lines.find((line) => line.style.top === top);
    return [...editor.querySelectorAll(`.view-overlays .squiggly-${kind}`)].map((squiggle) => {
      const overlayLine = squiggle.parentElement;
      const line = lineAt(overlayLine?.style.top ?? '');
      const text = line ? normalise(line.textContent ?? '') : '';
      const lineBox = line?.getBoundingClientRect();
      const box = squiggle.getBoundingClientRect();
      const under = line ? textUnder(line, box.left, box.right) : '';
      return { line: text, under, left: Math.round(box.left - (lineBox?.left ?? 0)), width: Math.round(box.width) };
    });

    function textUnder(line, left, right) {
      let out = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          const middle = (box.left + box.right) / 2;
          if (middle > left && middle < right) out += node.data[i];
        }
      }
      return normalise(out);
    }
  }, kind);
}

export const describeSquiggles = (details) =>
  details.length === 0 ? '(none)' : details.map((d) => `"${d.under}" in "${d.line}"`).join('; ');

/** Waits until `count(squiggles)` satisfies `accept`; returns the final count. */
export async function squiggleCountWhen(page, kind, accept, what, timeoutMs = DIAGNOSTICS_TIMEOUT_MS) {
  try {
    return await until(async () => {
      const count = await squiggles(page, kind).count();
      return accept(count) ? { count } : undefined;
    }, { what, timeoutMs }).then((found) => found.count);
  } catch (error) {
    error.message += `\n    ${kind} squiggles now: ${describeSquiggles(await squiggleDetails(page, kind).catch(() => []))}`;
    throw error;
  }
}

/** Waits for a squiggle of `kind` under exactly `text`; returns the squiggles of that kind. */
export async function squiggleUnder(page, kind, text, timeoutMs = DIAGNOSTICS_TIMEOUT_MS) {
  let last = [];
  try {
    await until(async () => {
      last = await squiggleDetails(page, kind);
      return last.some((detail) => detail.under.trim() === text);
    }, { what: `a ${kind} squiggle under "${text}"`, timeoutMs });
  } catch (error) {
    error.message += `\n    ${kind} squiggles seen: ${describeSquiggles(last)}`;
    throw error;
  }
  return last;
}

/** The centre of the first rendered occurrence of `needle` in the active editor, in page coordinates. */
export async function textCentre(page, needle) {
  const point = await activeEditor(page).evaluate((editor, needle) => {
    for (const line of editor.querySelectorAll('.view-lines .view-line')) {
      const nodes = [];
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.data.replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => {
        const entry = nodes.findLast((candidate) => candidate.start <= offset);
        return [entry.node, offset - entry.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return undefined;
  }, needle);
  if (!point) throw new Error(`"${needle}" is not among the rendered lines of the active editor`);
  return point;
}

/** Puts the cursor at 1-based `line`:`column` with Go to Line (Control+G) and checks the status bar agrees. */
export async function goToPosition(page, line, column) {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const selection = page.locator('[id="status.editor.selection"]');
  await until(async () => (await selection.textContent())?.includes(`Ln ${line}, Col ${column}`), {
    what: `the cursor at Ln ${line}, Col ${column} (status bar: "${await selection.textContent().catch(() => '?')}")`,
    timeoutMs: 5_000,
  });
}

/** Saves the active editor (Control+S) and waits until its tab is no longer dirty. */
export async function saveActiveEditor(page) {
  await focusEditor(page);
  await page.keyboard.press('Control+S');
  await page.locator('.editor-group-container.active .tab.active:not(.dirty)').waitFor({ timeout: 10_000 });
}

/**
 * The Problems panel row whose text contains `text`, once the panel lists it. The panel's list is virtualised, so
 * when other problems fill it the panel's filter narrows it to the first comma-free part of `text`.
 */
export async function problemRow(page, text, timeoutMs = DIAGNOSTICS_TIMEOUT_MS) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  const target = rows.filter({ hasText: text }).first();
  let filtered = false;
  try {
    await until(async () => {
      if ((await target.count()) > 0) return true;
      if (!filtered && (await rows.count()) > 0) {
        const filter = page.locator('.part.panel input[aria-label="Filter Problems"]');
        if (await filter.isVisible()) {
          await filter.fill(text.split(',')[0]);
          filtered = true;
        }
      }
      return false;
    }, { what: `a Problems panel row containing "${text}"`, timeoutMs });
  } catch (error) {
    const seen = await rows.allTextContents().catch(() => []);
    error.message += `\n    rows in the Problems panel${filtered ? ' (filtered)' : ''}: ${seen.length ? seen.map((row) => `\n      ${row}`).join('') : '(none)'}`;
    throw error;
  }
  return target;
}

/** Moves the mouse over `needle` in the active editor until a hover containing `expectText` shows; returns it. */
export async function hoverOver(page, needle, expectText, timeoutMs = 20_000) {
  const hover = page.locator('.monaco-hover').filter({ hasText: expectText }).first();
  let attempt = 0;
  try {
    await until(async () => {
      const { x, y } = await textCentre(page, needle);
      // A slightly different point each attempt, so that the editor sees a mouse move and (re)starts its hover.
      await page.mouse.move(x + (attempt++ % 3) * 2 - 2, y);
      await hover.waitFor({ state: 'visible', timeout: 2_500 });
      return true;
    }, { what: `a hover containing "${expectText}" over "${needle}"`, timeoutMs });
  } catch (error) {
    const shown = await page.locator('.monaco-hover:visible').allInnerTexts().catch(() => []);
    error.message += `\n    hovers shown: ${shown.length ? shown.map((text) => JSON.stringify(text)).join(', ') : '(none)'}`;
    throw error;
  }
  return hover;
}

/**
 * Opens the code-action menu at the cursor (Control+.) and waits until it offers `expectTitle`. Returns the menu's
 * action titles in order and a way to pick one (by clicking it).
 */
export async function codeActions(page, expectTitle, timeoutMs = 20_000) {
  const widget = page.locator('.action-widget:not(.action-list-submenu-panel)');
  const actions = widget.locator('.monaco-list-row.action');
  const titles = async () => (await actions.allTextContents()).map((title) => title.trim());
  const row = (title) => actions.filter({ hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }).first();
  let seen = [];
  try {
    await until(async () => {
      await focusEditor(page);
      await page.keyboard.press('Control+.');
      try {
        await row(expectTitle).waitFor({ state: 'visible', timeout: 3_000 });
        return true;
      } catch (error) {
        seen = await titles().catch(() => []);
        await page.keyboard.press('Escape');
        throw error;
      }
    }, { what: `the code-action menu (Control+.) to offer "${expectTitle}"`, timeoutMs });
  } catch (error) {
    error.message += `\n    the menu offered: ${seen.length ? JSON.stringify(seen) : '(nothing)'}`;
    throw error;
  }
  return {
    titles,
    async pick(title) {
      await row(title).click();
      await widget.waitFor({ state: 'hidden' });
    },
  };
}

export async function screenshot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
