#!/usr/bin/env bash
# Unlocks a staff account locked after too many failed sign-ins, from the server's console: the way
# back in when every security administrator is locked out. Run it with the server's environment
# (DATABASE_URL, or DATA_DIR with the embedded database stopped). The unlock is audit-logged as done
# from the console. Usage: bash scripts/unlock-account.sh <username>
# Exit code 0: unlocked; 1: no such account; 2: not done.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
# A relative DATA_DIR means the caller's folder.
if [ -n "${DATA_DIR:-}" ]; then export DATA_DIR="$(realpath -m "$DATA_DIR")"; fi
cd "$WZ_ROOT/packages/server"
exec node --import tsx src/ops/unlock-account-cli.ts "$@"
