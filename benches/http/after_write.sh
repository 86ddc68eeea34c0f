#!/usr/bin/env bash
# Usage: benches/http/after_write.sh BINARY DATABASE_FILE PORT — the first and the next `/map` and
# ORUK `/services` just after start-up, then after each of three `peermap import`s of one listing
# (each changes the listing, so the search index moves on a generation), then VmRSS/VmHWM.
# The imports are files one1.json..one3.json in the current directory: one listing each (the
# shape of data/projects.json), the same slug, a different name each.
bin=$1; db=$2; port=$3; base=http://127.0.0.1:$port
RUST_LOG=warn DATABASE_URL="sqlite://$db" PEERMAP_LISTEN="127.0.0.1:$port" "$bin" serve > /dev/null 2>&1 & pid=$!
until curl -fs -o /dev/null "$base/healthz"; do sleep 0.05; done
sleep 3
t() { curl -s -o /dev/null -w "%{http_code} %{time_total}s %{size_download}B" "$base$1"; }
row() { echo "$1: map $(t /map) | map again $(t /map) | services $(t /api/oruk/v3/services) | again $(t /api/oruk/v3/services)"; }
row start
for i in 1 2 3; do
  RUST_LOG=warn DATABASE_URL="sqlite://$db" "$bin" import "one$i.json" > /dev/null 2>&1
  sleep 1.5   # the server's next look at the change feed (every 200 ms) has applied it
  row "import $i"
done
grep -E 'VmRSS|VmHWM' "/proc/$pid/status" | tr '\n' ' '; echo
kill "$pid"; wait "$pid" 2>/dev/null
