// Writes dist/cli.cache (see bin/load-cli.mjs): the CLI bundle compiled, then the example memo checked, so the cache
// holds the functions a check runs and not only the bundle's top level. Run by esbuild.mjs after the bundle is built.
import { fileURLToPath } from 'node:url';
import { loadCli } from '../bin/load-cli.mjs';

const { cli, writeCache } = loadCli({ fresh: true });
cli.run([fileURLToPath(new URL('../examples/export-controls-memo.md', import.meta.url))], { stdout: () => {}, stderr: () => {} });
writeCache();
