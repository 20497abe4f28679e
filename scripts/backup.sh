#!/usr/bin/env bash
# Backs up a Wenzheng deployment into one .tar.gz: the database, the uploaded files and a manifest
# (what, when, which version). Run it with the server's environment, so it finds what the server uses:
#
#   bash scripts/backup.sh [--output FILE]    default: ./wenzheng-backup-<UTC time>.tar.gz
#
#   DATABASE_URL set   pg_dump (custom format) of that database; the server may keep running.
#   otherwise          the embedded database in DATA_DIR (default ./data/pglite): while a server runs
#                      on it, that server takes the copy itself (between statements, so it is
#                      consistent); when none runs, the folder is opened here.
#   UPLOAD_DIR         the uploaded photos and documents (default ./data/uploads).
#
# The master key (SECRET_KEY_FILE, or the demo's data/secret.key) is never in a backup: keep it apart.
# Restore with scripts/restore.sh; docs/operations.md says how often and how to check a backup.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"

case "${1:-}" in -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
[ -d "$WZ_ROOT/packages/server/node_modules" ] || { echo "Install the dependencies first: pnpm install --frozen-lockfile" >&2; exit 1; }

# Relative paths (--output, DATA_DIR, UPLOAD_DIR) mean the caller's folder: the command is told it.
caller="$PWD"
cd "$WZ_ROOT/packages/server"
exec node --import tsx src/ops/backup-cli.ts "$caller" backup "$@"
