// The bundled fact files, embedded in the bundle and shown read-only under the memocheck-dataset: scheme,
// so a fact's code link and the "open bundled dataset" command work without file access, on the web too.
import * as vscode from 'vscode';
import bundledFiles from 'memocheck:bundled-facts';
import { loadFactFile, type FactFile } from '../core/dataset/load.ts';

export const BUNDLED_SCHEME = 'memocheck-dataset';

export function bundledUri(name: string): vscode.Uri {
  return vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: `/${name}` });
}

export const bundledFileNames = (): string[] => bundledFiles.map((file) => file.name);

let loaded: FactFile[] | undefined;

/** Parsed once per session: the bundled files never change while the extension runs. */
export function bundledFactFiles(): FactFile[] {
  loaded ??= bundledFiles.map((file) => loadFactFile(bundledUri(file.name).toString(), file.content, true));
  return loaded;
}

export class BundledDatasetProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string | undefined {
    return bundledFiles.find((file) => `/${file.name}` === uri.path)?.content;
  }
}
