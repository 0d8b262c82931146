#!/usr/bin/env bash
# Runs every PolicyPortal benchmark and writes the raw results, with machine and date, to bench/results/latest.md.
# docs/benchmarks.md quotes those numbers with their baselines and a reading. Not part of tests/run.sh: the smoke
# tests in tests/PolicyPortal.Bench.Tests run each harness once instead. Takes about nine minutes on 2 cores (523-527 s
# in runs 33-34 of docs/benchmarks.md, 2026-12-08, with the build current; 547 s for run 32, which first rebuilt the
# portal in Release; 567 s from a fresh clone), 175-188 s of them the 200-circuit load run, 14 s the bulk run; each
# harness prints its time.
# Load is loopback only (127.0.0.1) and bounded: wrk runs 3 x 5 s with 2 threads and 16 connections.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# Debian's packages the harnesses drive: Chromium's headless shell (the browser harnesses' Chromium, unless
# POLICYPORTAL_CHROMIUM names another) and wrk.
missing=()
if [ -z "${POLICYPORTAL_CHROMIUM:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ]; then missing+=(chromium-headless-shell); fi
if ! command -v wrk >/dev/null; then missing+=(wrk); fi
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

out=bench/results/latest.md
mkdir -p bench/results
tmp=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Without the analyzers (source generators still run): the test command's build enforces them, and here they would
# double the build's time from a fresh clone (65 -> 31 s on 2 cores).
dotnet build -c Release -p:RunAnalyzers=false bench/PolicyPortal.Bench >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
dotnet build -c Release -p:RunAnalyzers=false bench/PolicyPortal.Sandbox.Bench >>"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
# From its output folder: WebApplicationFactory finds the portal's content root from there. Each harness's wall time
# follows its output (BenchProgram prints it).
bench() {
  (cd bench/PolicyPortal.Bench/bin/Release/net10.0 && dotnet PolicyPortal.Bench.dll "$@")
}

run_all() {
  echo "# PolicyPortal benchmark run, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem/{print $2}') GB RAM," \
       "$(uname -sr), .NET SDK $(dotnet --version), load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  # Memory in a process of its own, with .NET's shared ArrayPool keeping one array per size: arrays that closed work
  # hands back to the pool would otherwise be counted as, or handed to, the measured circuits (docs/benchmarks.md, item 2).
  DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXPARTITIONCOUNT=1 DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION=1 \
    bench memory 30
  # One process for the other browser harnesses ("+" between them). The picker's refinements are measured at
  # L = 100 ms; at L = 0 and in the large tenant the figures are the fresh queries'.
  bench picker 10 100 + picker 10 0 queries-only + cadence 100,110,120,130 5 + picker 10 100 large queries-only + \
    wizard 15 + steps 10 + large 30 + load 200 3 + bulk 20 50,500

  echo "### Sandbox search and package filter, in-process (bench/PolicyPortal.Sandbox.Bench)"
  dotnet bench/PolicyPortal.Sandbox.Bench/bin/Release/net10.0/PolicyPortal.Sandbox.Bench.dll 20000
  echo

  # The published app, as production serves it (precompressed static assets), in demo mode (Staging with Portal:DemoMode=true),
  # from the Release build above: publishing does not build the portal a second time.
  dotnet publish src/PolicyPortal.Web -c Release --no-build -o "$tmp/publish" >"$tmp/publish.log" 2>&1 || { cat "$tmp/publish.log"; exit 1; }
  port=$((30000 + RANDOM % 20000))
  (cd "$tmp/publish" && ASPNETCORE_ENVIRONMENT=Staging Portal__DemoMode=true Database__SqlitePath="$tmp/portal.db" Logging__LogLevel__Default=Warning \
     exec dotnet PolicyPortal.Web.dll --urls "http://127.0.0.1:$port") >"$tmp/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  base="http://127.0.0.1:$port"
  echo "Published app (Release, ASPNETCORE_ENVIRONMENT=Staging, demo mode) on $base"
  echo
  bench assets "$base"

  echo "### Sandbox search over loopback HTTP (wrk -t2 -c16 -d5s against the published app's /sandbox/graph)"
  echo '```'
  search='/sandbox/graph/v1.0/users?$search=%22displayName:meg%22&$select=id,displayName,mail,jobTitle&$top=25&$count=true'
  broad='/sandbox/graph/v1.0/users?$search=%22displayName:a%22&$select=id,displayName,mail,jobTitle&$top=25&$count=true'
  echo "baseline: GET /healthz"
  wrk -t2 -c16 -d5s "$base/healthz" | grep -E 'Requests/sec|Latency|requests in'
  echo "GET users \$search displayName:meg (25 results, \$count)"
  wrk -t2 -c16 -d5s -H 'Authorization: Bearer bench' -H 'ConsistencyLevel: eventual' "$base$search" | grep -E 'Requests/sec|Latency|requests in|Non-2xx'
  echo "GET users \$search displayName:a (broad: many matches, 25 returned, \$count)"
  wrk -t2 -c16 -d5s -H 'Authorization: Bearer bench' -H 'ConsistencyLevel: eventual' "$base$broad" | grep -E 'Requests/sec|Latency|requests in|Non-2xx'
  echo '```'
  echo
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

  echo "### Submit path (BenchmarkDotNet, in-process)"
  bench submit >"$tmp/bdn.log" 2>&1 || { cat "$tmp/bdn.log"; exit 1; }
  sed -n '/=== submit path summary ===/,$p' "$tmp/bdn.log" | tail -n +2
}

run_all 2>&1 | tee "$out"
echo "Whole run, builds included: $SECONDS s" | tee -a "$out"
echo "Results written to $out"
