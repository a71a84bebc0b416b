// Run by esbuild.mjs (bundled to dist/ first): loads and validates the bundled fact files as the CLI does, and writes
// dist/bundled-facts.json for the CLI to read instead of parsing YAML on every run. A bundled file with any problem
// fails the build: the bundled dataset ships clean.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileFactFiles } from '../src/core/dataset/compiled.ts';
import { BUNDLED_FACT_FILE, readFactFile } from '../src/cli/datasets.ts';

const folder = join(process.cwd(), 'data', 'facts');
const paths = readdirSync(folder).filter((name) => BUNDLED_FACT_FILE.test(name)).sort().map((name) => join(folder, name));
const files = paths.map((path) => readFactFile(path, true));
const problems = files.flatMap((file) => file.problems);
if (problems.length > 0) throw new Error(`the bundled dataset has problems:\n${problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`).join('\n')}`);
const texts = new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
writeFileSync(join(process.cwd(), 'dist', 'bundled-facts.json'), JSON.stringify(compileFactFiles(files, texts, (path) => basename(path))));
