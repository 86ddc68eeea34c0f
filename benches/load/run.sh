#!/usr/bin/env bash
# Load figures for issue 11: the server on SQLite and on PostgreSQL under a mixed
# read/write workload (benches/load/mixed.lua) at 200 connections, then two 1,000-connection
# spikes; req/s, p50/p99, errors, writes acknowledged against rows stored, and the server's
# memory (VmRSS) before, between and after the spikes.
# Usage: benches/load/run.sh [sqlite|postgres]...   (default: both)
# Needs wrk (apt-get install wrk), sqlite3, and for PostgreSQL a server at $PEERMAP_TEST_POSTGRES
# (eval "$(bash .ci/postgres.sh start)"). DURATION (default 10m) and SPIKE (default 60s) set
# the lengths; the file descriptor limit and the server's connection cap are raised for the
# spike. NO_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-8098}
duration=${DURATION:-10m}
spike=${SPIKE:-60s}
origin="http://127.0.0.1:$port"
ulimit -n 65536 || true
[ -n "${NO_BUILD:-}" ] || cargo build --release --locked -q
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$1/status"; }

count() {
  case "$1" in
    sqlite) sqlite3 "$2" "SELECT COUNT(*) FROM shortlists" ;;
    postgres) psql -qtA "$PEERMAP_TEST_POSTGRES" -c "SELECT COUNT(*) FROM shortlists" ;;
  esac
}

run() {
  local backend=$1 url
  case "$backend" in
    sqlite) url="sqlite://$(mktemp -d)/load.db?mode=rwc" ;;
    postgres) url="${PEERMAP_TEST_POSTGRES:?start PostgreSQL first}"
      psql -qtA "$url" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null ;;
  esac
  local file=${url#sqlite://}; file=${file%%\?*}
  # The connection cap is raised above the spike (the default, 512, answers the rest 503).
  RUST_LOG=warn DATABASE_URL="$url" PEERMAP_LISTEN="127.0.0.1:$port" PEERMAP_ORIGIN="$origin" \
    PEERMAP_MAX_CONNECTIONS="${MAX_CONNECTIONS:-1500}" \
    ./target/release/peermap serve &
  local server=$!
  for _ in $(seq 1 120); do curl -fs "$origin/healthz" >/dev/null && break; sleep 1; done
  local before; before=$(count "$backend" "$file")
  echo "== $backend: warm-up"; wrk -t2 -c8 -d5s "$origin/search?where=B15" >/dev/null
  echo "== $backend: memory at start: $(rss $server)"
  echo "== $backend: 200 connections, $duration, 1 write in 10"
  ORIGIN="$origin" wrk -t2 -c200 -d"$duration" --timeout 10s --latency -s benches/load/mixed.lua "$origin"
  echo "== $backend: memory after the steady run: $(rss $server)"
  for n in 1 2; do
    echo "== $backend: spike $n, 1,000 connections, $spike"
    ORIGIN="$origin" wrk -t2 -c1000 -d"$spike" --timeout 10s --latency -s benches/load/mixed.lua "$origin"
    echo "== $backend: memory after spike $n: $(rss $server)"
  done
  local after; after=$(count "$backend" "$file")
  echo "== $backend: shortlists stored during the runs: $((after - before)) (compare with the writes acknowledged above)"
  kill "$server"; wait "$server" || true
}

for backend in "${@:-sqlite postgres}"; do
  for b in $backend; do run "$b"; done
done
