#!/usr/bin/env bash
# Checks the audit log's hash chain: every sealed entry must follow from its fields and the entry
# sealed before it, so an entry changed or deleted in the database is found. Run it with the server's
# environment (DATABASE_URL, or DATA_DIR with the embedded database stopped; a running server answers
# the same check through the GraphQL query auditChainStatus). Exit code 0: intact; 1: broken; 2: not checked.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
# A relative DATA_DIR means the caller's folder.
if [ -n "${DATA_DIR:-}" ]; then export DATA_DIR="$(realpath -m "$DATA_DIR")"; fi
cd "$WZ_ROOT/packages/server"
exec node --import tsx src/ops/verify-audit-cli.ts
