#!/usr/bin/env bash
# Size and latency of the pages that must stay small at any size (issue 14, item 3).
# Usage: benches/http/pages.sh DATABASE_URL [BINARY]   (a database made by `peermap synth`)
# Needs wrk and a release build. Prints one row per page: bytes, requests/s, p50, p99.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:?give the DATABASE_URL of a synthetic database}
bin=${2:-${CARGO_TARGET_DIR:-target}/release/peermap}
port=${PORT:-8098}
duration=${DURATION:-10s}
base="http://127.0.0.1:$port"
RUST_LOG=warn DATABASE_URL="$db" PEERMAP_LISTEN="127.0.0.1:$port" "$bin" serve &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 1 300); do curl -fs "$base/healthz" >/dev/null && break; sleep 1; done

# The busiest hexagon of a map page (the first drawn: they go most projects first).
busiest() { curl -fs "$base$1" | grep -o 'class="hex" href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g'; }
uk=/map
l3=$(busiest "$uk")
l5=$(busiest "$l3")
l7=$(busiest "$l5")
l9=$(busiest "$l7" || true)
urls=("$uk" "$l3" "$l5" "$l7")
[ -n "$l9" ] && urls+=("$l9")
urls+=(/projects "/projects?page=500" "/api/v1/projects?per_page=50" "/api/v1/projects?per_page=50&page=2000"
  "/api/oruk/v3/services?per_page=50" "/api/oruk/v3/services?per_page=50&page=2000"
  "/api/oruk/v3/services?per_page=50&search=measurement" "/api/oruk/v3/service_at_locations?per_page=50"
  "/api/oruk/v3/service_at_locations?per_page=50&postcode=PR1&proximity=20000" /api/oruk/v3/openapi.json)
printf '| page | bytes | req/s | p50 | p99 |\n| --- | --- | --- | --- | --- |\n'
for u in "${urls[@]}"; do
  first=$(curl -fs -o /dev/null -w '%{time_total}' "$base$u")
  bytes=$(curl -fs -o /dev/null -w '%{size_download}' "$base$u")
  out=$(wrk -t1 -c8 -d"$duration" --latency "$base$u")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  printf '| `%s` | %s | %s | %s | %s |\n' "$u" "$bytes" "$rps" "$p50" "$p99"
  echo "   (first request after the previous page: ${first}s)" >&2
done
