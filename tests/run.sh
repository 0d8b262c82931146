#!/usr/bin/env bash
# Runs every test of PolicyPortal: unit, component, integration and E2E (headless Chromium).
# Installs what the tests need when it is missing (Debian's chromium), then `dotnet test` on the solution.
# Ends with one plain line "N passed, F failed" and a non-zero exit on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages (E2E tests need /usr/bin/chromium)..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test --solution PolicyPortal.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The MTP summary block: "total: N", "failed: F", "succeeded: S" (the last block is the whole run).
total=$(grep -E '^\s*total: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
echo
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$total" -eq 0 ]; then
  exit 1
fi
