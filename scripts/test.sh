#!/usr/bin/env bash
# Runs every check and test: types; format, lint and import cycles; the server's API tests (on the embedded database, and again on
# PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set), the web app's tests and browser tests.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
wz_ensure_chromium
cd "$WZ_ROOT"

# The tests create a fresh database of their own for every server they start, through this connection.
export TEST_DATABASE_URL="${DATABASE_URL:-}" TEST_REDIS_URL="${REDIS_URL:-}"
unset DATABASE_URL REDIS_URL
[ -n "$TEST_DATABASE_URL" ] || unset TEST_DATABASE_URL
[ -n "$TEST_REDIS_URL" ] || unset TEST_REDIS_URL

pnpm -r typecheck
# Formatting, lint rules and import cycles (biome.json; the packages' `cycles` scripts).
pnpm lint
pnpm --filter @wenzheng/server test
pnpm --filter @wenzheng/web test
