#!/usr/bin/env bash
# Moves stored data to the crypto suite CRYPTO_SUITE names (standard: AES-256-GCM / SHA-256; gm: 国密
# SM4 / SM3), after the servers were restarted with it. Run it with the server's environment:
#
#   bash scripts/reseal.sh [--dry-run] [--end-sign-ins] [--batch N]
#
#   --dry-run        counts what would move; writes nothing
#   --end-sign-ins   ends staff sign-ins made under the other suite (otherwise each moves on its next use)
#   --batch N        phone numbers per transaction (default 500)
#
# Data keys are wrapped again and clues' phone numbers sealed again, in batches, printing progress; what
# is already under the suite is skipped, so it can be run again. DATABASE_URL: the servers may keep
# running; the embedded database (DATA_DIR): stop its server first. See docs/operations.md "Crypto suite".
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"

case "${1:-}" in -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
wz_install
# A relative DATA_DIR or SECRET_KEY_FILE means the caller's folder.
if [ -n "${DATA_DIR:-}" ]; then export DATA_DIR="$(realpath -m "$DATA_DIR")"; fi
if [ -n "${SECRET_KEY_FILE:-}" ]; then export SECRET_KEY_FILE="$(realpath -m "$SECRET_KEY_FILE")"; fi
cd "$WZ_ROOT/packages/server"
exec node --import tsx src/secrets/cli.ts reseal "$@"
