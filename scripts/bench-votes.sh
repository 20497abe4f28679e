#!/usr/bin/env bash
# Vote storm benchmark against a real server on PostgreSQL (the machine's, or DATABASE_URL), with a
# machine-limit server and a plain Apollo + ORM baseline in the same run. QUICK=1: under 5 minutes. Settings: PHONES, WATCHERS, RATE (votes/s), SECONDS, WORKERS, COMPARE=0 (skip the comparisons), BALLOT (SATISFACTION, APPROVAL or CHOOSE_UP_TO_N).
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true # as many sockets as this machine allows a process
cd "$WZ_ROOT/packages/server"
exec node --import tsx bench/vote-storm.ts
