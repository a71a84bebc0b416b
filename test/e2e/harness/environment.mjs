// The environment code-server and its installs run in: Node 24 first on PATH, its headers for node-gyp, and
// private XDG folders so nothing is written to the home folder, and no extension gallery.
import { delimiter } from 'node:path';
import { node24Bin, node24Dir, run } from './paths.mjs';

export function codeServerEnv() {
  const env = {
    ...process.env,
    PATH: `${node24Bin}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: node24Dir,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_DATA_HOME: run.xdgData,
    XDG_CACHE_HOME: run.xdgCache,
    // No extension gallery (code-server would query open-vsx.org): the tests only use the local .vsix.
    EXTENSIONS_GALLERY: '{}',
  };
  // Variables that would point the server at another instance or leak the caller's editor session.
  for (const name of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'CODE_SERVER_PARENT_PID', 'PASSWORD', 'HASHED_PASSWORD', 'NODE_OPTIONS']) {
    delete env[name];
  }
  return env;
}
