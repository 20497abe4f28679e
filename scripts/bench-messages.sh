#!/usr/bin/env bash
# Audience-message benchmark (网络互动) against a real server on PostgreSQL and Redis (the machine's, or
# DATABASE_URL / REDIS_URL): the approved-message fan-out to PHONES subscribed phones, with the live
# state's fan-out to the same phones as the baseline, and the moderation queue under RATE messages/s
# for SECONDS. Settings: PHONES, MESSAGES, RATE, SECONDS, WORKERS.
source "$(dirname "${BASH_SOURCE[0]}")/lib/runtime.sh"
wz_install
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true # as many sockets as this machine allows a process
cd "$WZ_ROOT/packages/server"
exec node --import tsx bench/message-storm.ts
