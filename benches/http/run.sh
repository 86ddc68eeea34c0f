#!/usr/bin/env bash
# The search API over HTTP against the trivial handler of the same server, in one run.
# Usage: benches/http/run.sh DATABASE_URL [BINARY]   (a database made by `peermap synth`)
# Needs wrk (apt-get install wrk) and a release build (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:?give the DATABASE_URL of a synthetic database}
bin=${2:-${CARGO_TARGET_DIR:-target}/release/peermap}
port=${PORT:-8097}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
RUST_LOG=warn DATABASE_URL="$db" PEERMAP_LISTEN="127.0.0.1:$port" "$bin" serve &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
echo "== warm-up"; wrk -t1 -c4 -d3s "http://127.0.0.1:$port/api/v1/version" >/dev/null
echo "== trivial handler: GET /api/v1/version"
wrk -t1 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/api/v1/version"
echo "== search: GET /api/v1/search (20 places x 4 needs, nearest 10)"
wrk -t1 -c"$connections" -d"$duration" --latency -s benches/http/search.lua "http://127.0.0.1:$port"
