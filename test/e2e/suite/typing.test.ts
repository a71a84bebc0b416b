import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckEvent } from '../../../src/vscode/memo-checker.ts';
import { api, diagnosticsWhen, print, untitledMemo } from './helpers.ts';

/** A long memo of real-looking paragraphs: ~10,000 words, one claim per paragraph. */
function longMemo(): string {
  const paragraph = 'Beijing launched a $47.5 billion fund, the third "Big Fund," to finance chip makers, equipment suppliers and materials firms; analysts expect most of it to go to lithography, memory and packaging over the next decade, with provincial funds adding more. ';
  return `# Long briefing\n\n${Array.from({ length: 250 }, () => paragraph).join('\n\n')}\n`;
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

describe('typing', () => {
  before(api);
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('flags a wrong figure as it is typed', async () => {
    const document = await untitledMemo('# Draft\n\nIntro.\n');
    await diagnosticsWhen(document.uri, () => true, 'the first check');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((builder) => builder.insert(new vscode.Position(3, 0), '\nBig Fund III launched with $99 billion in registered capital.\n'));
    const [diagnostic] = await diagnosticsWhen(document.uri, (found) => found.length === 1, 'the typed claim flagged');
    assert.ok(diagnostic!.message.startsWith('$99 billion: '));
    assert.equal(diagnostic!.range.start.line, 4);
  });

  it('re-checks a 10,000-word memo after one-character edits (figures printed)', async () => {
    const { onDidCheck } = await api();
    const document = await untitledMemo(longMemo());
    const words = document.getText().split(/\s+/).length;
    await diagnosticsWhen(document.uri, () => true, 'the long memo checked');
    const editor = vscode.window.activeTextEditor!;
    const durations: number[] = [];
    for (let edit = 0; edit < 40; edit++) {
      const line = 2 + 2 * ((edit * 37) % 250);
      const checked = new Promise<CheckEvent>((resolve) => {
        const subscription = onDidCheck((event) => {
          if (event.uri.toString() === document.uri.toString() && event.version === document.version) {
            subscription.dispose();
            resolve(event);
          }
        });
      });
      await editor.edit((builder) => builder.insert(new vscode.Position(line, 0), 'A'));
      durations.push((await checked).durationMs);
    }
    print(`figure recheck after a 1-character edit, ${words} words: median ${percentile(durations, 50).toFixed(1)} ms, p95 ${percentile(durations, 95).toFixed(1)} ms (debounce fire to diagnostics set, real editor)`);
    assert.equal(durations.length, 40);
  });
});
