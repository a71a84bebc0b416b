// The editor's host for the shared-dataset resolver (core/dataset/extends.ts): VS Code's file system API, so shared
// datasets resolve in remote and virtual workspaces too (on the web, a package resolves only when it is there).
import * as vscode from 'vscode';
import type { Extended, HostAnswer, HostRequest, PathOps } from '../core/dataset/extends.ts';
import { engine } from './engine-loader.ts';
import { readText } from './read-text.ts';

const TEXT_LIMIT = { bytes: 1024 * 1024, why: 'a config or package.json is a few lines' };

export const uriPaths: PathOps = {
  join: (folder, relative) => vscode.Uri.joinPath(vscode.Uri.parse(folder), relative).toString(),
  dirname: (path) => vscode.Uri.joinPath(vscode.Uri.parse(path), '..').toString(),
};

async function kindOf(uri: vscode.Uri): Promise<'file' | 'folder' | undefined> {
  try {
    const { type } = await vscode.workspace.fs.stat(uri);
    return type & vscode.FileType.Directory ? 'folder' : type & vscode.FileType.File ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

async function answer(request: HostRequest): Promise<HostAnswer> {
  switch (request.type) {
    case 'read': {
      const read = await readText(vscode.Uri.parse(request.path), TEXT_LIMIT);
      return 'text' in read ? read.text : undefined;
    }
    case 'kind':
      return kindOf(vscode.Uri.parse(request.path));
    case 'factFiles': {
      const folder = vscode.Uri.parse(request.folder);
      const found: string[] = [];
      for (const pattern of request.patterns) {
        if (engine().isGlob(pattern)) {
          // No exclude: a dataset package lives in node_modules, which the default excludes would hide.
          const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), null, 500);
          found.push(...uris.map((uri) => uri.toString()).sort());
        } else if ((await kindOf(vscode.Uri.joinPath(folder, pattern))) === 'file') {
          found.push(vscode.Uri.joinPath(folder, pattern).toString());
        }
      }
      return found;
    }
    case 'package':
      for (let folder = vscode.Uri.parse(request.from); ; folder = vscode.Uri.joinPath(folder, '..')) {
        const candidate = vscode.Uri.joinPath(folder, 'node_modules', request.name);
        if ((await kindOf(vscode.Uri.joinPath(candidate, 'package.json'))) === 'file') return candidate.toString();
        if (vscode.Uri.joinPath(folder, '..').path === folder.path) return undefined;
      }
  }
}

export async function resolveAsync(resolver: Generator<HostRequest, Extended, HostAnswer>): Promise<Extended> {
  let step = resolver.next();
  while (!step.done) step = resolver.next(await answer(step.value));
  return step.value;
}
