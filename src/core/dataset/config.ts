// The workspace config file (.memocheck.json): which team fact files a folder's memos are checked against, and which
// memos are not checked at all (`ignorePaths`). The CLI and the editor both read it, so CI and authors agree.
// Read with `yaml` (JSON is YAML) so every problem has a line and column.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../types.ts';
import { TOO_DEEP_MESSAGE, tooDeep } from './nesting.ts';

export const CONFIG_FILE_NAME = '.memocheck.json';

/** A dataset entry with glob syntax is searched for; any other entry is a path. */
export const isGlob = (entry: string): boolean => /[*?{}[\]]/.test(entry);

/** A dataset entry of the config file: a path or glob relative to its folder, and where it is written. */
export interface ConfigDataset {
  pattern: string;
  line: number;
  column: number;
}

export interface MemocheckConfig {
  datasets: ConfigDataset[];
  /** Shared datasets: other configs, folders or files of facts, or dataset packages (extends.ts). */
  extends: ConfigDataset[];
  includeBundledDataset?: boolean;
  /** Globs, relative to the config file's folder, of memos left unchecked (drafts, vendored text). */
  ignorePaths: string[];
}

export function parseConfig(path: string, content: string): { config: MemocheckConfig; problems: Problem[] } {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  const config: MemocheckConfig = { datasets: [], extends: [], ignorePaths: [] };
  const position = (node: Node | null | undefined): { line: number; column: number } => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  const report = (node: Node | null | undefined, severity: Problem['severity'], message: string): void => {
    problems.push({ file: path, ...position(node), severity, message });
  };
  // A config nested past any use would overflow the YAML library's stack: refused before it is parsed.
  const deep = tooDeep(content);
  if (deep !== undefined) {
    const before = content.slice(0, deep);
    problems.push({ file: path, line: before.split('\n').length, column: deep - before.lastIndexOf('\n'), severity: 'error', message: TOO_DEEP_MESSAGE });
    return { config, problems };
  }
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    problems.push({ file: path, line, column: col, severity: 'error', message: `cannot parse: ${error.message.split('\n')[0] ?? ''}` });
  }
  if (doc.errors.length > 0) return { config, problems };
  if (!isMap(doc.contents)) {
    report(doc.contents, 'error', 'expected an object with "datasets"');
    return { config, problems };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'datasets') {
      if (!isSeq(value)) report(value ?? (pair.key as Node), 'error', '"datasets" must be a list of paths or globs');
      else for (const item of value.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') config.datasets.push({ pattern: item.value, ...position(item) });
        else report(item as Node, 'error', 'each dataset must be a path or glob (a non-empty string)');
      }
    } else if (key === 'extends') {
      const items = isSeq(value) ? value.items : isScalar(value) ? [value] : undefined;
      if (!items) report(value ?? (pair.key as Node), 'error', '"extends" must be a path, a package name, or a list of them');
      else for (const item of items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') config.extends.push({ pattern: item.value.trim(), ...position(item) });
        else report(item as Node, 'error', 'each "extends" entry must be a path or a package name (a non-empty string)');
      }
    } else if (key === 'ignorePaths') {
      if (!isSeq(value)) report(value ?? (pair.key as Node), 'error', '"ignorePaths" must be a list of globs');
      else for (const item of value.items) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') config.ignorePaths.push(item.value);
        else report(item as Node, 'error', 'each ignore path must be a glob (a non-empty string)');
      }
    } else if (key === 'includeBundledDataset') {
      if (isScalar(value) && typeof value.value === 'boolean') config.includeBundledDataset = value.value;
      else report(value ?? (pair.key as Node), 'error', '"includeBundledDataset" must be true or false');
    } else if (key !== '$schema') {
      report(pair.key as Node, 'warning', `unknown property "${key}" (ignored)`);
    }
  }
  return { config, problems };
}
