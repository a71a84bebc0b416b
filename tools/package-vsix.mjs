// Builds memocheck.vsix from a staging folder holding only what the extension needs: the bundles, schemas, grammar,
// icon, README and LICENSE, and a package.json without "type": "module". The repository is ESM, but VS Code's web
// worker extension host refuses to activate an extension whose package.json declares ESM, even for a CommonJS bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'out', 'vsix');
const FILES = ['README.md', 'LICENSE', 'dist/extension.cjs', 'dist/engine.cjs', 'dist/web/extension.js', 'schema/facts.schema.json', 'schema/config.schema.json', 'schema/reviews.schema.json', 'media/report.css', 'media/claims.svg', 'syntaxes/memocheck.injection.tmLanguage.json', 'media/icon.png', 'media/screenshot-hover.png'];

rmSync(stage, { recursive: true, force: true });
for (const file of FILES) {
  mkdirSync(dirname(join(stage, file)), { recursive: true });
  cpSync(join(root, file), join(stage, file));
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The bundles carry their dependencies; the CLI and the development setup stay out of the extension.
for (const key of ['type', 'bin', 'scripts', 'dependencies', 'devDependencies']) delete manifest[key];
// The staging folder holds only these files; saying so in "files" is what vsce checks for.
manifest.files = FILES;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', join(root, 'memocheck.vsix')], { cwd: stage, stdio: 'inherit' });
