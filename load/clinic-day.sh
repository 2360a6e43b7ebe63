#!/usr/bin/env bash
# The clinic day under load, in one command (docs/performance.md, "Clinic day under load"):
#   load/clinic-day.sh
# 1. a PostgreSQL cluster of its own in data/load/pg (made once; PostgreSQL's initdb and pg_ctl on the PATH),
# 2. Rhomboid (target/rhomboid.jar, one node, extracted with a class data sharing archive) on it, timing its cold start,
# 3. the first time only: the generated data (LoadData, COPY) and the pgbench drafts,
# 4. the Gatling simulation (ClinicDaySimulation), its HTML report in target/gatling/,
# 5. the heap after the run (jcmd GC.heap_info after a full GC),
# 6. the signing run (SigningSimulation: every clinician signs daily notes without pauses), then pgbench running the
#    same SQL statements as the baseline,
# and stops what it started. Sizes and people (environment): LOAD_CLINICS, LOAD_PATIENTS, LOAD_VISITS,
# LOAD_CLINICIANS, LOAD_FRONT_DESK, LOAD_BILLERS, LOAD_PORTAL, LOAD_DURATION (s), LOAD_THINK (ms), LOAD_WARMUP (s of
# the run, after the ramp, whose requests are named "warm-up: …" and held to no target; 120),
# LOAD_ASSERT (false: report without failing on the targets), LOAD_SIGN_SECONDS (0 skips the signing run),
# LOAD_PGBENCH_SECONDS (0 skips pgbench), LOAD_HEAP (-Xmx, 1g), LOAD_JAVA_OPTS (more JVM options for Rhomboid),
# LOAD_CDS (false: start the jar itself, without the class data sharing archive).
set -euo pipefail
cd "$(dirname "$0")/.."

CLINICS=${LOAD_CLINICS:-1000}
PATIENTS=${LOAD_PATIENTS:-1000000}
VISITS=${LOAD_VISITS:-10000000}
CLINICIANS=${LOAD_CLINICIANS:-50}
FRONT_DESK=${LOAD_FRONT_DESK:-10}
BILLERS=${LOAD_BILLERS:-5}
PORTAL=${LOAD_PORTAL:-200}
DURATION=${LOAD_DURATION:-600}
THINK=${LOAD_THINK:-1000}
WARMUP=${LOAD_WARMUP:-120}
ASSERT=${LOAD_ASSERT:-true}
SIGN_SECONDS=${LOAD_SIGN_SECONDS:-60}
PGBENCH_SECONDS=${LOAD_PGBENCH_SECONDS:-60}
PGPORT=${LOAD_PGPORT:-55432}
PORT=${LOAD_PORT:-18080}
HEAP=${LOAD_HEAP:-1g}
JAVA_OPTS=${LOAD_JAVA_OPTS:-}   # e.g. -XX:StartFlightRecording=filename=target/load/run.jfr to profile the run

out=target/load
pgdata=data/load/pg
mkdir -p "$out" data/load
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=rhomboid
if [ ! -f data/load/password ]; then
  head -c 24 /dev/urandom | base64 | tr -d '/+=' > data/load/password
  head -c 24 /dev/urandom | base64 | tr -d '/+=' > data/load/first-password
  chmod 600 data/load/password data/load/first-password
fi
export PGPASSWORD=$(cat data/load/password)

# PostgreSQL refuses to run as root: then its cluster belongs to the postgres account.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -d "$pgdata" ]; then
  mkdir -p "$pgdata"
  [ "$(id -u)" = 0 ] && chown postgres "$pgdata" && chmod 700 "$pgdata"
  cp data/load/password data/load/.initdb-password && [ "$(id -u)" = 0 ] && chown postgres data/load/.initdb-password
  as_postgres initdb -D "$pgdata" -U postgres --pwfile=data/load/.initdb-password -A scram-sha-256 >"$out/initdb.log"
  rm data/load/.initdb-password
fi
# Durable commits as in production (synchronous_commit on); memory for two cores and a 1M-patient database.
as_postgres pg_ctl -D "$pgdata" -l "$pgdata/postgres.log" -w -o "-p $PGPORT -c shared_buffers=2GB -c max_connections=100 \
  -c max_wal_size=8GB -c checkpoint_timeout=15min" start
app=
stop() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  as_postgres pg_ctl -D "$pgdata" -m fast stop || true
}
trap stop EXIT
fresh=false
if ! psql -d postgres -tAc "select 1 from pg_database where datname = 'rhomboid'" | grep -q 1; then
  psql -d postgres -c "create database rhomboid" >/dev/null
  fresh=true
fi

[ -f target/rhomboid.jar ] || ./mvnw -B -q -DskipTests package
export RHOMBOID_DB_URL=jdbc:postgresql://localhost:$PGPORT/rhomboid RHOMBOID_DB_USER=postgres RHOMBOID_DB_PASSWORD=$PGPASSWORD \
  RHOMBOID_ADMIN_EMAIL=admin@load.rhomboid.test RHOMBOID_ADMIN_PASSWORD="$(cat data/load/first-password)" \
  RHOMBOID_PUBLIC_URL=http://localhost:$PORT
# Rhomboid runs as docs/operations.md ("A faster start") advises: extracted from its jar, with a class data sharing
# archive made by a training run that stops once the application context is refreshed — made again whenever the jar
# changes. The copy also keeps a build in this checkout from pulling the jar from under the running server.
# LOAD_CDS=false runs the jar itself, as before, to compare.
app_dir=$out/app
if [ "${LOAD_CDS:-true}" = true ]; then
  if [ ! -f "$app_dir/rhomboid.jsa" ] || [ target/rhomboid.jar -nt "$app_dir/rhomboid.jsa" ]; then
    rm -rf "$app_dir"
    java -Djarmode=tools -jar target/rhomboid.jar extract --destination "$app_dir" >/dev/null
    # Trained and run by the same path: the archive holds the class path it was made with.
    java -XX:ArchiveClassesAtExit="$app_dir/rhomboid.jsa" -Dspring.context.exit=onRefresh -jar "$app_dir/rhomboid.jar" \
      --server.port=0 >"$out/cds-training.log" 2>&1 || { echo "CDS training run failed: see $out/cds-training.log"; exit 1; }
  fi
  launch=(-XX:SharedArchiveFile="$app_dir/rhomboid.jsa" -jar "$app_dir/rhomboid.jar")
else
  cp target/rhomboid.jar "$out/rhomboid.jar"
  launch=(-jar "$out/rhomboid.jar")
fi
start=$(date +%s%N)
java -Xmx"$HEAP" $JAVA_OPTS "${launch[@]}" --server.port="$PORT" >"$out/rhomboid.log" 2>&1 &
app=$!
until curl -fs -o /dev/null "http://localhost:$PORT/login"; do
  kill -0 "$app" || { echo "Rhomboid did not start: see $out/rhomboid.log"; exit 1; }
  sleep 0.2
done
echo "Cold start (process start to the sign-in page answering): $(( ($(date +%s%N) - start) / 1000000 )) ms" | tee "$out/summary.txt"

if $fresh; then
  ./mvnw -B -q -Pload test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java -Dexec.mainClass=org.rhomboid.load.LoadData -Dexec.classpathScope=test \
    -Dload.db.url="jdbc:postgresql://localhost:$PGPORT/rhomboid" -Dload.db.user=postgres -Dload.db.password="$PGPASSWORD" \
    -Dload.clinics="$CLINICS" -Dload.patients="$PATIENTS" -Dload.visits="$VISITS" -Dload.clinicians="$CLINICIANS" \
    -Dload.frontDesk="$FRONT_DESK" -Dload.billers="$BILLERS" -Dload.users=data/load/users.csv | tee -a "$out/summary.txt"
fi

set +e
./mvnw -B -Pload gatling:test -Dload.baseUrl="http://localhost:$PORT" -Dload.users=data/load/users.csv \
  -Dload.clinicians="$CLINICIANS" -Dload.frontDesk="$FRONT_DESK" -Dload.billers="$BILLERS" -Dload.portal="$PORTAL" \
  -Dload.duration="$DURATION" -Dload.think="$THINK" -Dload.warmup="$WARMUP" -Dload.assert="$ASSERT" | tee "$out/gatling.txt"
gatling=${PIPESTATUS[0]}
set -e
jcmd "$app" GC.run >/dev/null
echo "Heap after the run (after a full GC):" | tee -a "$out/summary.txt"
jcmd "$app" GC.heap_info | tee -a "$out/summary.txt"

if [ "$SIGN_SECONDS" != 0 ]; then
  set +e
  ./mvnw -B -Pload gatling:test -Dload.simulation=org.rhomboid.load.SigningSimulation -Dload.baseUrl="http://localhost:$PORT" \
    -Dload.users=data/load/users.csv -Dload.clinicians="$CLINICIANS" -Dload.duration="$SIGN_SECONDS" | tee "$out/signing.txt"
  [ "${PIPESTATUS[0]}" = 0 ] || gatling=1
  set -e
  grep -A3 "sign daily note" "$out/signing.txt" | head -4 >> "$out/summary.txt" || true
fi
if [ "$PGBENCH_SECONDS" != 0 ]; then
  psql -q -v drafts=$(( PGBENCH_SECONDS * 2000 )) -f load/pgbench/sign-daily-note-setup.sql
  pgbench -n -M simple -c 8 -j 2 -T "$PGBENCH_SECONDS" -f load/pgbench/sign-daily-note.pgbench | tee -a "$out/summary.txt"
fi
echo "Report: $(ls -d target/gatling/*/ | tail -1)index.html" | tee -a "$out/summary.txt"
exit "$gatling"
