// Command line of run.mjs.
import { resolve } from 'node:path';
import { vsix } from './paths.mjs';

const USAGE = `usage: node test/e2e/run.mjs [--no-package] [--layer host|ui] [--grep TEXT] [--vsix FILE]
  --no-package   use the existing memocheck.vsix and out/e2e/index.cjs instead of running \`npm run package\`
  --layer L      run only the extension-host suite (host) or only the Playwright UI tests (ui)
  --grep TEXT    run only the UI tests whose name or title contains TEXT
  --vsix FILE    install FILE instead of memocheck.vsix (implies --no-package)`;

export function parseArgs(argv) {
  const options = { package: true, layers: ['host', 'ui'], grep: undefined, vsix };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--no-package') options.package = false;
    else if (arg === '--layer' || arg.startsWith('--layer=')) {
      const layer = value();
      if (layer !== 'host' && layer !== 'ui') throw new UsageError(`--layer must be host or ui, not ${layer}`);
      options.layers = [layer];
    } else if (arg === '--grep' || arg.startsWith('--grep=')) options.grep = value();
    else if (arg === '--vsix' || arg.startsWith('--vsix=')) {
      options.vsix = resolve(value());
      options.package = false;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

export class UsageError extends Error {
  constructor(message) {
    super(`${message}\n${USAGE}`);
  }
}
