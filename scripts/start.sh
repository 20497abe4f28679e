#!/usr/bin/env bash
# Installs what is needed, builds the web app and starts Wenzheng: embedded database (./data) and
# demo data on first start unless DATABASE_URL / REDIS_URL / SEED say otherwise. Ctrl-C stops it.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
(cd "$WZ_ROOT" && pnpm --filter @wenzheng/web build >/dev/null) || { echo "The web app did not build; run 'pnpm --filter @wenzheng/web build' to see why." >&2; exit 1; }
cd "$WZ_ROOT/packages/server"
SEED="${SEED:-demo}" exec node --import tsx src/main.ts
