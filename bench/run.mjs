// Bundles the bench as the CLI is bundled and runs the bundle: a TypeScript loader keeps every function's name at run
// time (a property definition per closure created), a cost the shipped engine does not pay and the figures must not.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';

// The CLI is timed as shipped: built first, as `npm ci` builds it.
execFileSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
await esbuild.build({
  entryPoints: { bench: 'bench/bench.ts', 'bench-dataset-scale': 'bench/dataset-scale.ts', 'bench-bare-parse': 'bench/bare-parse.ts' },
  bundle: true,
  // Minified as the CLI is, so the bare parse it is measured against pays the same start-up.
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
execFileSync(process.execPath, ['--expose-gc', 'dist/bench.mjs'], { stdio: 'inherit' });
