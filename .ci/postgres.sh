#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1:5544 for the tests and prints the
# PEERMAP_TEST_POSTGRES URL. Installs the server from Debian's packages if missing.
# Usage: eval "$(bash .ci/postgres.sh start)"; bash .ci/postgres.sh stop
set -euo pipefail
port=${PEERMAP_PG_PORT:-5544}
data=${PEERMAP_PG_DATA:-/tmp/peermap-pg}

pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

case "${1:-start}" in
  start)
    if [ -z "$(pgbin)" ] || [ ! -x "$(pgbin)/postgres" ]; then
      echo "installing postgresql from apt" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    fi
    bin=$(pgbin)
    if [ -f "$data/postmaster.pid" ]; then
      su postgres -c "$bin/pg_ctl -D $data -m fast stop" >&2 || true
    fi
    rm -rf "$data"
    mkdir -p "$data"
    chown postgres "$data"
    su postgres -c "$bin/initdb -D $data -A trust -U postgres --no-sync" >/dev/null
    su postgres -c "$bin/pg_ctl -D $data -l $data/log -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' start" >&2
    echo "export PEERMAP_TEST_POSTGRES=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    bin=$(pgbin)
    [ -f "$data/postmaster.pid" ] && su postgres -c "$bin/pg_ctl -D $data -m fast stop" >&2 || true
    ;;
esac
