import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MemocheckApi } from '../../../src/vscode/extension.ts';
import { EXTENSION_ID, print } from './helpers.ts';

describe('activation', () => {
  it('activates on Markdown, quickly, and contributes its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is installed');
    if (!extension.isActive) {
      const started = performance.now();
      await extension.activate();
      print(`figure activation ${(performance.now() - started).toFixed(1)} ms`);
    }
    print(`figure activate() itself, as the extension measured it: ${(extension.exports as MemocheckApi).activateMs.toFixed(1)} ms`);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['memocheck.recheck', 'memocheck.reloadDatasets', 'memocheck.showLog', 'memocheck.openBundledDataset', 'memocheck.toggle', 'memocheck.newFactFile']) {
      assert.ok(commands.includes(command), `command ${command} is registered`);
    }
  });
});
