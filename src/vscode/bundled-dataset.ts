// The bundled fact files, embedded in the bundle and served by a read-only file system under the memocheck-dataset:
// scheme, so a fact's code link and the "open bundled dataset" command work without file access, on the web too.
import * as vscode from 'vscode';
import type { FactFile } from '../core/dataset/load.ts';
import { engine } from './engine-loader.ts';

export const BUNDLED_SCHEME = 'memocheck-dataset';

export function bundledUri(name: string): vscode.Uri {
  return vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: `/${name}` });
}

export const bundledFileNames = (): string[] => engine().bundledFiles.map((file) => file.name);

let loaded: FactFile[] | undefined;

/** Read once per session, from the copy the build compiled (the YAML is parsed only if that copy does not match). */
export function bundledFactFiles(): FactFile[] {
  if (loaded) return loaded;
  const { bundledFiles, bundledCompiled, compiledFactFiles, loadFactFile } = engine();
  const texts = new Map(bundledFiles.map((file) => [file.name, file.content]));
  loaded = compiledFactFiles(bundledCompiled, texts, (name) => bundledUri(name).toString())
    ?? bundledFiles.map((file) => loadFactFile(bundledUri(file.name).toString(), file.content, true));
  return loaded;
}

const encoded = new Map<string, Uint8Array>();

function contentOf(uri: vscode.Uri): Uint8Array {
  const file = engine().bundledFiles.find((candidate) => `/${candidate.name}` === uri.path);
  if (!file) throw vscode.FileSystemError.FileNotFound(uri);
  let bytes = encoded.get(file.name);
  if (!bytes) {
    bytes = new TextEncoder().encode(file.content);
    encoded.set(file.name, bytes);
  }
  return bytes;
}

/** Registered with `isReadonly: true`: the editor opens these files read-only, and every write is refused. */
export class BundledDatasetFileSystem implements vscode.FileSystemProvider {
  private readonly never = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.never.event;

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: contentOf(uri).byteLength, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(): [string, vscode.FileType][] {
    return engine().bundledFiles.map((file) => [file.name, vscode.FileType.File]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return contentOf(uri);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}
