#!/usr/bin/env bash
# Usage: benches/http/startup.sh BINARY DATABASE_URL PORT — time from spawn to the first 200 on /healthz,
# then VmRSS/VmHWM; then one cold and one warm /coverage; leaves the server running (pid printed).
bin=$1; db=$2; port=$3
start=$(date +%s.%N)
RUST_LOG=warn DATABASE_URL="$db" PEERMAP_LISTEN="127.0.0.1:$port" "$bin" serve & pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.02; done
end=$(date +%s.%N)
echo "pid $pid startup $(echo "$end - $start" | bc) s"
grep -E "VmRSS|VmHWM" /proc/$pid/status
for i in 1 2; do
  curl -s -o /dev/null -w "coverage need=postpartum-psychosis run $i: %{http_code} %{time_total}s %{size_download}B\n" "http://127.0.0.1:$port/coverage?need=postpartum-psychosis"
done
curl -s -o /dev/null -w "coverage need=birth-trauma cold: %{http_code} %{time_total}s\n" "http://127.0.0.1:$port/coverage?need=birth-trauma"
grep -E "VmRSS|VmHWM" /proc/$pid/status
