// The extension-host suite: run inside a real VS Code (code-server's extension host here, or the desktop build that
// @vscode/test-electron downloads). Prints one `memocheck-e2e: N passed, M failed` line for the harness to read,
// because an extension host may exit 0 whatever the tests did.
import Mocha from 'mocha';

const PREFIX = 'memocheck-e2e:';

/** Logs through console.log, which reaches the harness from any extension host. */
class ConsoleReporter {
  constructor(runner: Mocha.Runner) {
    runner.on('pass', (test) => console.log(`${PREFIX} ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error: Error) => console.log(`${PREFIX} ✗ ${test.fullTitle()}\n${error.stack ?? error.message}`));
  }
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, reporter: ConsoleReporter as unknown as typeof Mocha.reporters.Base });
  mocha.suite.emit('pre-require', globalThis, 'memocheck-e2e', mocha);
  // Imported after pre-require so describe/it exist; esbuild bundles them into this file.
  await import('./activation.test.ts');
  await import('./diagnostics.test.ts');
  await import('./hover.test.ts');
  await import('./quick-fixes.test.ts');
  await import('./datasets.test.ts');
  await import('./multi-root.test.ts');
  await import('./noise.test.ts');
  await import('./typing.test.ts');
  await import('./review.test.ts');
  await import('./citations.test.ts');
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
  console.log(`${PREFIX} ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} editor test(s) failed`);
}
