#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the database and upload folder this environment
# names (DATABASE_URL, or DATA_DIR for the embedded database; UPLOAD_DIR), checking the manifest and
# every part's checksum first. Stop the server before restoring; start it again afterwards with the
# same master key as the backed-up deployment (the server applies any newer migrations on start).
#
#   bash scripts/restore.sh FILE              into an empty database and an empty upload folder
#   bash scripts/restore.sh FILE --replace    PostgreSQL: drops the database's objects first;
#                                             embedded: keeps the old data and upload folders aside,
#                                             renamed <folder>.before-restore-<time>
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"

case "${1:-}" in ''|-h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; [ -n "${1:-}" ]; exit $? ;; esac
[ -d "$WZ_ROOT/packages/server/node_modules" ] || { echo "Install the dependencies first: pnpm install --frozen-lockfile" >&2; exit 1; }

# Relative paths (FILE, DATA_DIR, UPLOAD_DIR) mean the caller's folder: the command is told it.
caller="$PWD"
cd "$WZ_ROOT/packages/server"
exec node --import tsx src/ops/backup-cli.ts "$caller" restore "$@"
