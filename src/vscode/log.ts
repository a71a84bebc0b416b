// The "Memocheck" output channel: dataset loads, dataset problems and check timings, for "Memocheck: Show Output Log".
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export const createLog = (): Log => vscode.window.createOutputChannel('Memocheck', { log: true });
