// Who signs a review: `memocheck.reviewer`, else the git user of the memo's repository (through VS Code's own Git
// extension, where there is one), else a name the editor is asked for once and which is then kept in the setting.
import * as vscode from 'vscode';

/** The little of the Git extension's API read here (extension `vscode.git`, API version 1). */
interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  repositories: GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
}

async function gitUserName(memo: vscode.Uri): Promise<string | undefined> {
  const git = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!git) return undefined;
  try {
    const api = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    const repository = api.getRepository(memo) ?? api.repositories[0];
    if (!repository) return undefined;
    const name = (await repository.getConfig('user.name').catch(() => '')) || (await repository.getGlobalConfig('user.name').catch(() => ''));
    return name.trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function reviewerName(memo: vscode.Uri): Promise<string | undefined> {
  const config = vscode.workspace.getConfiguration('memocheck', memo);
  const configured = config.get<string>('reviewer', '').trim();
  if (configured) return configured;
  const fromGit = await gitUserName(memo);
  if (fromGit) return fromGit;
  const typed = (await vscode.window.showInputBox({ prompt: 'Your name, for review sign-offs (kept in the memocheck.reviewer setting)', ignoreFocusOut: true }))?.trim();
  if (!typed) return undefined;
  await config.update('reviewer', typed, vscode.ConfigurationTarget.Global);
  return typed;
}
