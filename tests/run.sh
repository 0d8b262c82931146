#!/usr/bin/env bash
# Runs every test of PolicyPortal: unit, component, integration and E2E (headless Chromium).
# Installs what the tests need when it is missing (Debian's chromium, chromium-headless-shell, nginx, redis-server and
# PostgreSQL 15), starts a throwaway PostgreSQL cluster for the data tests (unless POLICYPORTAL_TEST_POSTGRES already
# names a server), then `dotnet test` on the solution.
# Ends with one plain line "N passed, F failed" and a non-zero exit on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's packages the tests drive: Chromium for the E2E tests and its headless shell for the benchmark harnesses'
# smoke tests (POLICYPORTAL_CHROMIUM may name another for both), nginx for the reverse-proxy test, Redis for the
# shared-cache tests (each test starts its own server).
missing=()
if [ -z "${POLICYPORTAL_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ -z "${POLICYPORTAL_CHROMIUM:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ]; then missing+=(chromium-headless-shell); fi
if [ ! -x /usr/sbin/nginx ]; then missing+=(nginx); fi
if [ ! -x /usr/bin/redis-server ]; then missing+=(redis-server); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

log=$(mktemp)
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  rm -f "$log"
}
trap cleanup EXIT

# PostgreSQL runs as the postgres user when we are root (initdb refuses root), else as ourselves.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
find_pg_bin() {
  local dir
  for dir in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if [ -z "${POLICYPORTAL_TEST_POSTGRES:-}" ]; then
  if ! pg_bin=$(find_pg_bin); then
    echo "Installing PostgreSQL from Debian's packages (the data tests need a real server)..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null \
      || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(find_pg_bin) || { echo "PostgreSQL binaries not found after installing; cannot run the data tests." >&2; exit 1; }
  fi
  pg_dir=$(mktemp -u /tmp/policyportal-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres -m 700 "$pg_dir"; else install -d -m 700 "$pg_dir"; fi
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  # A random high port, retried if taken; durability settings off: the cluster lives for one run.
  pg_started=""
  for _ in 1 2 3 4 5; do
    pg_port=$((20000 + RANDOM % 20000))
    if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 30 \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
      pg_started=yes
      break
    fi
  done
  if [ -z "$pg_started" ]; then
    echo "PostgreSQL did not start; its log:" >&2
    cat "$pg_dir/log" >&2 || true
    exit 1
  fi
  export POLICYPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$pg_bin/postgres" --version | grep -oE '[0-9]+(\.[0-9]+)*' | head -n 1) started for the tests on 127.0.0.1:$pg_port ($pg_dir)."
fi

set +e
# One test module at a time: the E2E and timing-sensitive tests get both cores instead of racing the other modules.
dotnet test --solution PolicyPortal.sln --max-parallel-test-modules 1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The MTP summary block: "total: N", "failed: F", "succeeded: S" (the last block is the whole run).
total=$(grep -E '^\s*total: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
passed=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
# Each failure again, at the end where a truncated CI log still shows it: its name, message and first stack lines.
if [ "$failed" != "0" ]; then
  echo
  echo "Failed tests:"
  # MTP lists them again under its summary; fall back to the whole log if it did not.
  sed -n '/Test run summary/,$p' "$log" | grep -E -A 25 '^\s*failed [A-Za-z_]' \
    || grep -E -A 25 '^\s*failed [A-Za-z_]' "$log" || true
fi
echo
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$total" -eq 0 ]; then
  exit 1
fi
