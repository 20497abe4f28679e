# Provisions the runtime the project needs and puts it on PATH. Sourced by the scripts in scripts/.
# Node >= 22.17 is required: the system's Node is used when new enough, otherwise Node 24 and pnpm
# are fetched from the npm registry (packages node-<os>-<arch> and pnpm) into .cache/runtime.
set -euo pipefail

WZ_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WZ_NODE_VERSION=24.21.0
WZ_PNPM_VERSION=10.34.9
WZ_RUNTIME="$WZ_ROOT/.cache/runtime"

wz_node_is_recent() { # $1: node binary
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)' 2>/dev/null
}

wz_fetch_package() { # $1: package@version, $2: target folder; unpacks the npm tarball there
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$1" >/dev/null)
  mkdir -p "$2"
  tar -xzf "$tmp"/*.tgz -C "$2" --strip-components=1
  rm -rf "$tmp"
}

wz_provision_node() {
  if command -v node >/dev/null 2>&1 && wz_node_is_recent "$(command -v node)"; then return; fi
  local dir="$WZ_RUNTIME/node-$WZ_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "Wenzheng needs Node.js >= 22.17, or npm to fetch it. Install Node.js and retry." >&2; exit 1; }
    local os arch
    case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "Install Node.js >= 22.17 for this system and retry." >&2; exit 1 ;; esac
    case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "Install Node.js >= 22.17 for this CPU and retry." >&2; exit 1 ;; esac
    echo "Fetching Node $WZ_NODE_VERSION from the npm registry (system Node is older than 22.17)..." >&2
    wz_fetch_package "node-$os-$arch@$WZ_NODE_VERSION" "$dir.partial"
    rm -rf "$dir" && mv "$dir.partial" "$dir"
  fi
  export PATH="$dir/bin:$PATH"
}

wz_provision_pnpm() {
  local dir="$WZ_RUNTIME/pnpm-$WZ_PNPM_VERSION"
  if [ ! -f "$dir/bin/pnpm.cjs" ]; then
    echo "Fetching pnpm $WZ_PNPM_VERSION from the npm registry..." >&2
    wz_fetch_package "pnpm@$WZ_PNPM_VERSION" "$dir.partial"
    rm -rf "$dir" && mv "$dir.partial" "$dir"
  fi
  mkdir -p "$WZ_RUNTIME/bin"
  printf '#!/bin/sh\nexec node "%s/bin/pnpm.cjs" "$@"\n' "$dir" > "$WZ_RUNTIME/bin/pnpm"
  chmod +x "$WZ_RUNTIME/bin/pnpm"
  export PATH="$WZ_RUNTIME/bin:$PATH"
}

wz_install() { # installs the workspace's dependencies exactly as the lockfile says
  (cd "$WZ_ROOT" && pnpm install --frozen-lockfile --reporter=silent) || { echo "pnpm install failed; see the output above." >&2; exit 1; }
}

wz_ensure_chromium() { # Debian's Chromium and a CJK font, for browser tests and printed reports; poppler to check the PDFs
  local browser=0
  [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' && browser=1
  [ "$browser" = 1 ] && command -v pdftoppm >/dev/null && return
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"
    elif [ "$browser" = 1 ]; then return # poppler is optional: the report test then only counts pages
    else echo "Install the Debian packages chromium and fonts-noto-cjk (as root), then retry." >&2; exit 1; fi
  fi
  echo "Installing Chromium, a Chinese font and PDF tools (Debian packages chromium, fonts-noto-cjk, poppler-utils)..." >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
}

wz_provision_node
wz_provision_pnpm
