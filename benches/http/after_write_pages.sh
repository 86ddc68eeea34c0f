#!/usr/bin/env bash
# Usage: benches/http/after_write_pages.sh BINARY DATABASE_FILE PORT — like after_write.sh for more pages:
# the first and the next request of each page after start-up and after each of two
# `peermap import`s (one1.json, one2.json in the current directory).
bin=$1; db=$2; port=$3; base=http://127.0.0.1:$port
RUST_LOG=warn DATABASE_URL="sqlite://$db" PEERMAP_LISTEN="127.0.0.1:$port" "$bin" serve > /dev/null 2>&1 & pid=$!
until curl -fs -o /dev/null "$base/healthz"; do sleep 0.05; done
sleep 3
t() { curl -s -o /dev/null -w "%{http_code} %{time_total}s %{size_download}B" "$base$1"; }
urls="/projects /api/v1/projects?per_page=50 /coverage?need=birth-trauma /search?where=LS1+4AP /api/v1/search?where=M1 /api/oruk/v3/service_at_locations /api/oruk/v3/services?search=mums /projects?reviewed=yes /map?need=postpartum-psychosis"
for u in $urls; do echo "start $u: $(t $u) | again $(t $u)"; done
for i in 1 2; do
  RUST_LOG=warn DATABASE_URL="sqlite://$db" "$bin" import "one$i.json" > /dev/null 2>&1
  sleep 1.5
  for u in $urls; do echo "import $i $u: $(t $u) | again $(t $u)"; done
done
kill "$pid"; wait "$pid" 2>/dev/null
