import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

describe('the CLI\'s code cache (bin/load-cli.mjs)', () => {
  it('runs the bundle it was made for, and never another bundle of the same length or a damaged cache', async () => {
    const root = mkdtempSync(join(tmpdir(), 'memocheck-cache-'));
    try {
      mkdirSync(join(root, 'bin'));
      mkdirSync(join(root, 'dist'));
      copyFileSync('bin/load-cli.mjs', join(root, 'bin', 'load-cli.mjs'));
      const bundle = join(root, 'dist', 'cli.cjs');
      // Two bundles of one length: V8 tells them apart only by their length.
      const answering = (value: number) => `exports.answer = function () { return ${value}; };\nexports.answer();\n`;
      writeFileSync(bundle, answering(1));
      const { loadCli } = (await import(pathToFileURL(join(root, 'bin', 'load-cli.mjs')).href)) as { loadCli: (options?: { fresh?: boolean }) => { cli: { answer: () => number }; writeCache: () => void } };
      loadCli({ fresh: true }).writeCache();
      assert.equal(loadCli().cli.answer(), 1);
      writeFileSync(bundle, answering(2));
      assert.equal(loadCli().cli.answer(), 2, 'a cache made for another bundle is not used');
      loadCli({ fresh: true }).writeCache();
      const cache = readFileSync(join(root, 'dist', 'cli.cache'));
      cache.fill(0x5a, cache.length - 64);
      writeFileSync(join(root, 'dist', 'cli.cache'), cache);
      assert.equal(loadCli().cli.answer(), 2, 'a damaged cache is not used');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
