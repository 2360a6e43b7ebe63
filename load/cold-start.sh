#!/usr/bin/env bash
# Cold start, measured (docs/performance.md, "Cold start"): Rhomboid started LOAD_STARTS times (default 3) on the
# load test's database (data/load, made by load/clinic-day.sh), each time from the process start to the sign-in page
# answering — first the jar itself, then extracted with the class data sharing archive clinic-day.sh trains.
#   load/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT=${LOAD_PGPORT:-55432}
PORT=${LOAD_PORT:-18080}
STARTS=${LOAD_STARTS:-3}
out=target/load
pgdata=data/load/pg
[ -d "$pgdata" ] || { echo "No load database: run load/clinic-day.sh first"; exit 1; }
[ -f "$out/app/rhomboid.jsa" ] || { echo "No CDS archive: run load/clinic-day.sh first"; exit 1; }
export PGHOST=localhost PGPORT PGUSER=postgres PGPASSWORD=$(cat data/load/password)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres pg_ctl -D "$pgdata" -l "$pgdata/postgres.log" -w -o "-p $PGPORT -c shared_buffers=2GB -c max_connections=100" start >/dev/null
trap 'as_postgres pg_ctl -D "$pgdata" -m fast -w stop >/dev/null || true' EXIT
export RHOMBOID_DB_URL=jdbc:postgresql://localhost:$PGPORT/rhomboid RHOMBOID_DB_USER=postgres RHOMBOID_DB_PASSWORD=$PGPASSWORD \
  RHOMBOID_PUBLIC_URL=http://localhost:$PORT
cp target/rhomboid.jar "$out/rhomboid.jar"
measure() {
  local label=$1; shift
  for i in $(seq "$STARTS"); do
    local start; start=$(date +%s%N)
    java -Xmx1g "$@" --server.port="$PORT" >"$out/cold-start.log" 2>&1 &
    local app=$!
    until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
      kill -0 "$app" || { echo "Rhomboid did not start: see $out/cold-start.log"; exit 1; }
      sleep 0.1
    done
    echo "$label, start $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
    kill "$app"; wait "$app" || true
  done
}
measure "jar" -jar "$out/rhomboid.jar"
measure "extracted + CDS" -XX:SharedArchiveFile="$out/app/rhomboid.jsa" -jar "$out/app/rhomboid.jar"
