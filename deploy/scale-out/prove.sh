#!/usr/bin/env bash
# Proves the scale-out deployment on this machine: three PolicyPortal instances behind Debian's nginx with sticky
# sessions (deploy/nginx/policyportal-affinity.conf), one PostgreSQL, one Redis. In each trial an admin has half a
# policy and a question typed but not yet saved; the instance holding their circuit is killed (SIGKILL); the browser
# (headless Chromium) goes on with another instance, and the trial counts only if the wizard is on the same step with
# every field. Also: a circuit dropped for longer than its instance keeps it is resumed from Redis by another instance.
# Usage: bash deploy/scale-out/prove.sh [TRIALS]   (default 10; installs what is missing, like the test command)
# Exits 0 only when every trial kept every field; prints "N of N trials kept every field".
set -euo pipefail
cd "$(dirname "$0")/../.."
report=$(mktemp)
trap 'rm -f "$report"' EXIT
export POLICYPORTAL_SCALE_OUT_TRIALS="${1:-10}" POLICYPORTAL_SCALE_OUT_REPORT="$report"
status=0
# The README's test command, on the scale-out tests only (the other test modules have none: exit code 8 is theirs).
bash tests/run.sh --filter-class PolicyPortal.E2E.ScaleOutTests --ignore-exit-code 8 || status=$?
echo
cat "$report" 2>/dev/null || echo "No trial ran."
exit "$status"
