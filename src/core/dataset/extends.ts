// Shared datasets: a .memocheck.json's `extends` entries, resolved the same way by the CLI (node:fs) and the editor
// (VS Code's file system API), as markdownlint resolves its `extends`. The resolver is a generator that asks its host
// for what it needs (a file's text, whether a path is a file or a folder, the fact files under a folder, where a
// package is installed) and is driven synchronously by the CLI and asynchronously by the editor: one algorithm.
//
// An entry is a package name (`team-facts`, `@org/facts`), found in `node_modules` from the config's folder upward,
// whose package.json lists its fact files (paths or globs relative to the package) under `"memocheck": {"datasets":
// [...]}` and may extend further under `"memocheck": {"extends": [...]}`; or a path relative to the config's folder:
// another config file (`.memocheck.json`, `team.memocheck.json`), a folder (its `*.facts.{yaml,yml,json}` files), or
// one fact file. A cycle, a missing path or package, or a package with no datasets is an error at the entry's line and column.
import type { Problem } from '../types.ts';
import { parseConfig } from './config.ts';

export type HostRequest =
  | { type: 'read'; path: string }
  | { type: 'kind'; path: string }
  | { type: 'factFiles'; folder: string; patterns: readonly string[] }
  | { type: 'package'; name: string; from: string };

/** What the host answers: text or undefined; 'file' | 'folder' | undefined; paths; a package's folder or undefined. */
export type HostAnswer = string | string[] | undefined;

/** The host's path arithmetic: OS paths for the CLI, URIs for the editor. */
export interface PathOps {
  join(folder: string, relative: string): string;
  dirname(path: string): string;
}

export const FACT_FILE_PATTERNS: readonly string[] = ['**/*.facts.yaml', '**/*.facts.yml', '**/*.facts.json'];
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/** A package name, not a path: no leading `.` or `/`, no drive, at most one slash after a scope. */
export const isPackageName = (entry: string): boolean => !/^[./\\]|^[a-z]:/i.test(entry) && PACKAGE_NAME.test(entry) && !/\.(?:ya?ml|json)$/i.test(entry);

/** Another config (`.memocheck.json`, `team.memocheck.json`); any other file an entry names is a fact file. */
const isConfigFile = (path: string): boolean => /(?:^|[\\/.])memocheck\.json$/i.test(path);

interface Place {
  file: string;
  line: number;
  column: number;
}

export interface Extended {
  files: string[];
  problems: Problem[];
}

function packageDatasets(text: string): { datasets: string[]; extends: string[] } | undefined {
  try {
    const data = JSON.parse(text) as { memocheck?: { datasets?: unknown; extends?: unknown } };
    const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : typeof value === 'string' ? [value] : []);
    const field = data.memocheck;
    if (!field || typeof field !== 'object') return undefined;
    return { datasets: strings(field.datasets), extends: strings(field.extends) };
  } catch {
    return undefined;
  }
}

/**
 * The fact files a config's `extends` names, in order, each once. `chain` holds the configs and packages being read,
 * to find a cycle; `at` is where each entry is written, for its problems.
 */
export function* resolveExtends(entries: readonly { pattern: string; at: Place }[], from: string, paths: PathOps, chain: readonly string[]): Generator<HostRequest, Extended, HostAnswer> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const problem = (at: Place, message: string): void => {
    problems.push({ ...at, severity: 'error', message });
  };
  const add = (found: readonly string[]): void => {
    for (const file of found) if (!files.includes(file)) files.push(file);
  };
  for (const { pattern, at } of entries) {
    if (isPackageName(pattern)) {
      const folder = (yield { type: 'package', name: pattern, from }) as string | undefined;
      if (folder === undefined) {
        problem(at, `extends "${pattern}": no such package in node_modules (install it, or write a path as ./${pattern})`);
        continue;
      }
      if (chain.includes(folder)) {
        problem(at, `extends "${pattern}": a cycle (${[...chain, folder].join(' → ')})`);
        continue;
      }
      const manifest = (yield { type: 'read', path: paths.join(folder, 'package.json') }) as string | undefined;
      const field = manifest === undefined ? undefined : packageDatasets(manifest);
      if (!field || field.datasets.length + field.extends.length === 0) {
        problem(at, `extends "${pattern}": its package.json lists no fact files under "memocheck": {"datasets": [...]}`);
        continue;
      }
      if (field.datasets.length > 0) {
        const found = (yield { type: 'factFiles', folder, patterns: field.datasets }) as string[];
        if (found.length === 0) problem(at, `extends "${pattern}": its "memocheck" datasets match no file`);
        add(found);
      }
      const deeper = yield* resolveExtends(field.extends.map((entry) => ({ pattern: entry, at })), folder, paths, [...chain, folder]);
      add(deeper.files);
      problems.push(...deeper.problems);
      continue;
    }
    const path = paths.join(from, pattern);
    const kind = (yield { type: 'kind', path }) as string | undefined;
    if (kind === undefined) {
      problem(at, `extends "${pattern}": not found`);
    } else if (kind === 'folder') {
      const found = (yield { type: 'factFiles', folder: path, patterns: FACT_FILE_PATTERNS }) as string[];
      if (found.length === 0) problem(at, `extends "${pattern}": the folder holds no *.facts.yaml, .yml or .json file`);
      add(found);
    } else if (!isConfigFile(path)) {
      add([path]);
    } else if (chain.includes(path)) {
      problem(at, `extends "${pattern}": a cycle (${[...chain, path].join(' → ')})`);
    } else {
      const text = (yield { type: 'read', path }) as string | undefined;
      if (text === undefined) {
        problem(at, `extends "${pattern}": cannot read it`);
        continue;
      }
      const { config, problems: own } = parseConfig(path, text);
      problems.push(...own);
      const deeper = yield* resolveExtends(config.extends.map(({ pattern: entry, line, column }) => ({ pattern: entry, at: { file: path, line, column } })), paths.dirname(path), paths, [...chain, path]);
      add(deeper.files);
      problems.push(...deeper.problems);
      const folder = paths.dirname(path);
      for (const { pattern: entry } of config.datasets) add((yield { type: 'factFiles', folder, patterns: [entry] }) as string[]);
    }
  }
  return { files, problems };
}
