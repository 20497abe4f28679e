#!/usr/bin/env bash
# Installs what is needed, builds the web app and starts Wenzheng. Ctrl-C stops it.
#
#   bash scripts/start.sh               a demo: the server from source (tsx), embedded database (./data)
#                                       and demo data on first start (its passwords are printed once)
#                                       unless DATABASE_URL / REDIS_URL / SEED say otherwise.
#   bash scripts/start.sh --production  the compiled server (built first when the sources are newer than
#                                       the build) with NODE_ENV=production: no introspection or landing
#                                       page, Secure cookies, no demo data (SEED=demo is refused), and an
#                                       empty database gets an admin and a security account whose passwords
#                                       are written to INITIAL_PASSWORD_FILE (mode 0600), never printed. See README, "Production".
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"

production=0
for arg in "$@"; do
  case "$arg" in
    --production) production=1 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "start.sh does not know '$arg'; run it with no option (demo) or with --production." >&2; exit 2 ;;
  esac
done

# True when $1 is missing or any file under the other paths is newer than it.
wz_stale() {
  local target="$1"; shift
  [ -e "$target" ] || return 0
  [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}

wz_install

if [ "$production" = 0 ]; then
  (cd "$WZ_ROOT" && pnpm --filter @wenzheng/web build >/dev/null) || { echo "The web app did not build; run 'pnpm --filter @wenzheng/web build' to see why." >&2; exit 1; }
  cd "$WZ_ROOT/packages/server"
  SEED="${SEED:-demo}" exec node --import tsx src/main.ts
fi

server="$WZ_ROOT/packages/server" web="$WZ_ROOT/packages/web"
if wz_stale "$server/dist/main.js" "$server/src" "$server/package.json" "$server/tsconfig.json" "$server/tsconfig.build.json" "$WZ_ROOT/tsconfig.json" "$WZ_ROOT/pnpm-lock.yaml"; then
  echo "Building the server (packages/server/dist)..." >&2
  (cd "$WZ_ROOT" && pnpm --filter @wenzheng/server build) || { echo "The server did not build; the compiler's messages are above." >&2; exit 1; }
fi
if wz_stale "$web/dist/index.html" "$web/src" "$web/public" "$web/index.html" "$web/package.json" "$web/vite.config.ts" "$WZ_ROOT/pnpm-lock.yaml" "$WZ_ROOT/schema.graphql"; then
  echo "Building the web app (packages/web/dist)..." >&2
  (cd "$WZ_ROOT" && pnpm --filter @wenzheng/web build >/dev/null) || { echo "The web app did not build; run 'pnpm --filter @wenzheng/web build' to see why." >&2; exit 1; }
fi
cd "$server"
NODE_ENV=production exec node --enable-source-maps dist/main.js
