// The extension's settings, read per resource so each workspace folder can have its own.
import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../core/types.ts';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type Severities = Record<Verdict, SeverityName>;

export interface Settings {
  /** memocheck.enable: off, no memo is checked. */
  enabled: boolean;
  /** memocheck.ignorePaths: globs, relative to the workspace folder, of memos not to check. */
  ignorePaths: string[];
  debounceMs: number;
  severities: Severities;
  datasets: string[];
  includeBundledDataset: boolean;
}

const DEFAULT_SEVERITIES: Severities = { contradicted: 'error', outdated: 'warning', disputed: 'warning', unverified: 'hint', supported: 'off' };
const SEVERITY_NAMES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(scope?: vscode.Uri | vscode.WorkspaceFolder): Settings {
  const config = vscode.workspace.getConfiguration('memocheck', scope);
  const severities = { ...DEFAULT_SEVERITIES };
  for (const verdict of VERDICTS) {
    const name = config.get<string>(`severity.${verdict}`);
    if (name !== undefined && SEVERITY_NAMES.has(name)) severities[verdict] = name as SeverityName;
  }
  const debounce = config.get<number>('debounce', 300);
  return {
    enabled: config.get<boolean>('enable', true),
    ignorePaths: config.get<string[]>('ignorePaths', []).filter((entry) => typeof entry === 'string' && entry.trim() !== ''),
    debounceMs: Number.isFinite(debounce) ? Math.min(Math.max(debounce, 0), 5000) : 300,
    severities,
    datasets: config.get<string[]>('datasets', []).filter((entry) => typeof entry === 'string' && entry.trim() !== ''),
    includeBundledDataset: config.get<boolean>('includeBundledDataset', true),
  };
}
