// VS Code's "Developer: Startup Performance" report, read for one extension. Its Extension Activation Stats give the
// two parts of the Running Extensions figure (loading the code, calling activate). Its raw marks from the extension
// host say what the loading part holds: VS Code starts the clock of every extension an event activates, then loads
// their modules one after another, so each figure also counts the modules loaded before it in that turn.
import { until } from '../harness/wait.mjs';
import { activeEditor, runCommand } from './workbench.mjs';

const REPORT_TIMEOUT_MS = 20_000;

/** The report's text, copied from its editor once it lists `extensionId`'s activation. */
export async function startupPerformance(page, serverUrl, extensionId) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(serverUrl).origin });
  await runCommand(page, 'Developer: Startup Performance');
  const editor = activeEditor(page);
  return until(
    async () => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      return statsRow(text, extensionId) && text.includes('## Raw Perf Marks') ? text : undefined;
    },
    { what: `the Startup Performance report to list ${extensionId}`, timeoutMs: REPORT_TIMEOUT_MS, intervalMs: 500 },
  );
}

/** `| id | eager | load code | call activate | finish activate | event | by |` */
function statsRow(report, extensionId) {
  for (const line of report.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells[1] === extensionId && /^\d+$/.test(cells[3]) && /^\d+$/.test(cells[4])) return { loadCode: Number(cells[3]), activateCall: Number(cells[4]) };
  }
  return undefined;
}

/** Each extension's module load in the extension host's raw marks: `code/extHost/willLoadExtensionCode/<id>\t<ms>`. */
function moduleLoads(report) {
  const loads = new Map();
  for (const line of report.split('\n')) {
    const mark = /^code\/extHost\/(will|did)LoadExtensionCode\/([^\t]+)\t(\d+)/.exec(line);
    if (!mark) continue;
    const load = loads.get(mark[2]) ?? {};
    load[mark[1]] = Number(mark[3]);
    loads.set(mark[2], load);
  }
  return loads;
}

/**
 * The figure's parts for `extensionId`: `loadCode` and `activateCall` as VS Code counts them, the extension's own
 * module load (`ownLoad`), and the other modules loaded after its clock started and before its own (`loadedBefore`).
 */
export function activationParts(report, extensionId) {
  const stats = statsRow(report, extensionId);
  const loads = moduleLoads(report);
  const own = loads.get(extensionId);
  if (!stats || own?.will === undefined || own.did === undefined) return undefined;
  // The clock is read with Date.now() in whole milliseconds, so a module begun in its first millisecond counts.
  const clockStarted = own.did - stats.loadCode - 1;
  const loadedBefore = [...loads]
    .filter(([id, load]) => id !== extensionId && load.will >= clockStarted && load.did <= own.will)
    .map(([id, load]) => ({ id, ms: load.did - load.will }))
    .sort((a, b) => b.ms - a.ms);
  return { ...stats, ownLoad: own.did - own.will, loadedBefore };
}
