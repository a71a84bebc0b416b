// Reads a workspace file as the editor sees it: an open document's unsaved text wins over the disk.
import * as vscode from 'vscode';
import { engine } from './engine-loader.ts';

/** An error has the place where the file stops being UTF-8 text, when that is why it cannot be read. */
export type ReadResult = { text: string } | { error: string; line?: number; column?: number };

/** `limit`: the largest file read, in bytes (a fact file's by default), and why a larger one is refused. */
export async function readText(uri: vscode.Uri, limit?: { bytes: number; why: string }): Promise<ReadResult> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  try {
    // A huge file is refused before it is read into memory.
    const { size } = await vscode.workspace.fs.stat(uri);
    const { bytes, why } = limit ?? { bytes: engine().MAX_FACT_FILE_BYTES, why: 'a fact file is written by hand' };
    if (size > bytes) return { error: `file is larger than ${bytes / 1024 / 1024} MB; ${why}` };
    const decoded = engine().decodeUtf8(await vscode.workspace.fs.readFile(uri));
    return 'text' in decoded ? decoded : { error: `cannot read: ${decoded.reason}`, line: decoded.line, column: decoded.column };
  } catch (error) {
    return { error: error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'file not found' : `cannot read: ${(error as Error).message}` };
  }
}
