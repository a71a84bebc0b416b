// Bundles the CLI (CommonJS, Node, with a code cache), the VS Code extension (CommonJS for the Node extension host, and a web-worker build
// for vscode.dev) and the editor test suite, then compiles the bundled dataset for the CLI (dist/bundled-facts.json).
// `--production` minifies and drops source maps, as packaging does.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const FACT_FILE = /\.(?:ya?ml|json)$/i;

/** `memocheck:bundled-facts`: the data/facts files as strings, so the extension reads them without file access, and
 * the same files compiled (dist/bundled-facts.json), so it need not parse them to check a memo. */
const bundledFacts = {
  name: 'bundled-facts',
  setup(build) {
    build.onResolve({ filter: /^memocheck:bundled-facts$/ }, () => ({ path: 'bundled-facts', namespace: 'memocheck' }));
    build.onLoad({ filter: /.*/, namespace: 'memocheck' }, () => {
      const names = readdirSync('data/facts').filter((name) => FACT_FILE.test(name)).sort();
      const files = names.map((name) => ({ name, content: readFileSync(`data/facts/${name}`, 'utf8') }));
      const compiled = readFileSync('dist/bundled-facts.json', 'utf8');
      return { contents: `export default ${JSON.stringify(files)};\nexport const compiled = ${compiled};`, loader: 'js', watchFiles: [...names.map((name) => `data/facts/${name}`), 'dist/bundled-facts.json'] };
    });
  },
};

/**
 * `memocheck:engine` (src/vscode/engine-loader.ts): in the Node build, the separate dist/engine.cjs, required on first
 * use so activation loads only the small adapter; in the web build (one file), engine.ts bundled in.
 */
const engineModule = (separate) => ({
  name: 'engine-module',
  setup(build) {
    build.onResolve({ filter: /^memocheck:engine$/ }, () => (separate ? { path: './engine.cjs', external: true } : { path: resolve('src/vscode/engine.ts') }));
  },
});

const common = { bundle: true, minify: production, sourcemap: !production, sourcesContent: false, logLevel: 'warning' };

// First the bundled dataset, loaded and validated once (tools/compile-bundled.ts) into dist/bundled-facts.json: the CLI
// reads it at run time, and the extension embeds it (memocheck:bundled-facts), so neither parses the YAML to check.
await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: { 'compile-bundled': 'tools/compile-bundled.ts' }, format: 'esm', platform: 'node', target: 'node20', outdir: 'dist', outExtension: { '.js': '.mjs' }, banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
await import(pathToFileURL(resolve('dist/compile-bundled.mjs')).href);
rmSync('dist/compile-bundled.mjs');

await Promise.all([
  // CommonJS, so bin/load-cli.mjs can compile it with V8's code cache; the bundle's one use of import.meta (finding
  // the installation's data/ folder) is given the bundle's own URL. Minified in every build, the map beside it: every
  // run reads and compiles the whole bundle, and half the bytes took a check of the example memo from 296 to 265 ms.
  esbuild.build({
    ...common,
    minify: true,
    entryPoints: { cli: 'src/cli/cli.ts' },
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: 'dist/extension.cjs',
    external: ['vscode'],
    plugins: [engineModule(true)],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/engine.ts'],
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: 'dist/engine.cjs',
    plugins: [bundledFacts],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    // @cfworker/json-schema takes its base URI from self.location at load; in the web worker extension host that
    // location is not a URL it can parse, and it throws. Its fallback base is fine: schemas here have no remote refs.
    define: { 'self.location': 'undefined' },
    // The extension runs in a web worker: no DOM (decode-named-character-reference's browser build needs one).
    conditions: ['worker'],
    plugins: [bundledFacts, engineModule(false)],
  }),
  // The extension-host suite; mocha is loaded from node_modules at run time.
  esbuild.build({
    ...common,
    minify: false,
    entryPoints: ['test/e2e/suite/index.ts'],
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: 'out/e2e/index.cjs',
    external: ['vscode', 'mocha'],
  }),
]);

// The CLI's code cache, written by a check of the example memo (bin/load-cli.mjs).
execFileSync(process.execPath, ['tools/cli-code-cache.mjs'], { stdio: 'inherit' });

