#!/usr/bin/env bash
# Benchmarks `db copy` SQLite → PostgreSQL 18 on one million session events (the aim: under a minute on a 2-core
# machine). Builds a SQLite database of this server's schema with BENCH_EVENTS events, then times the jar copying it
# into a durable embedded PostgreSQL 18 (fsync on), or into DATABASE_URL when set (that database must be empty or
# disposable: the copy runs with --clean). Everything stays on this machine.
#
#   bench/copy-events.sh                        1,000,000 events
#   BENCH_EVENTS=20000 bench/copy-events.sh     a smoke run
#   BENCH_SKIP_BUILD=1 bench/copy-events.sh     reuse the built jar and test classes
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${BENCH_EVENTS:-1000000}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="bench/results/copy-$STAMP"
mkdir -p "$WORK"
JAR=bootstrap/target/agentpane.jar
log() { printf '[bench] %s\n' "$*" >&2; }

if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f "$JAR" ] || [ ! -f bootstrap/target/bench-classpath.txt ]; then
  log "building the jar and the benchmark classpath"
  ./mvnw -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test -pl bootstrap -am
fi
CLASSPATH="bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench-classpath.txt)"

PG_PID=""
cleanup() {
  [ -n "$PG_PID" ] && { exec 8>&- 2>/dev/null || true; wait "$PG_PID" 2>/dev/null || true; }
}
trap cleanup EXIT

log "writing $EVENTS session events into $WORK/source.db"
started=$(date +%s%N)
java -cp "$CLASSPATH" dev.agentpane.bootstrap.bench.SessionEventsDatabase "$WORK/source.db" "$EVENTS" >/dev/null
log "source written in $(( ($(date +%s%N) - started) / 1000000 )) ms ($(du -h "$WORK/source.db" | cut -f1))"

URL=${DATABASE_URL:-}
if [ -z "$URL" ]; then
  log "starting durable embedded PostgreSQL 18"
  mkfifo "$WORK/pg.stdin"
  java -cp "$CLASSPATH" dev.agentpane.bootstrap.bench.DurablePostgres <"$WORK/pg.stdin" >"$WORK/postgres.out" 2>&1 &
  PG_PID=$!
  exec 8>"$WORK/pg.stdin"
  for _ in $(seq 1 600); do grep -q '^DATABASE_URL=' "$WORK/postgres.out" 2>/dev/null && break; sleep 0.1; done
  URL=$(grep '^DATABASE_URL=' "$WORK/postgres.out" | cut -d= -f2-)
  [ -n "$URL" ] || { cat "$WORK/postgres.out" >&2; echo "bench: embedded PostgreSQL did not start" >&2; exit 1; }
  log "migrating the target first, so that the measured time is the copy's"
  java -jar "$JAR" db migrate --url "$URL" >/dev/null
fi

log "copying"
started=$(date +%s%N)
java -jar "$JAR" db copy --from "$WORK/source.db" --to "$URL" --clean 2>"$WORK/copy.err" | tee "$WORK/copy.out"
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
grep -E 'session_events|verified session_events' "$WORK/copy.err" >&2 || true

printf '\ncopy of %s session events SQLite -> PostgreSQL 18: %s ms (%s events/s, %s cores), verification included\n' \
  "$EVENTS" "$elapsed_ms" "$(( EVENTS * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1) ))" "$(nproc)"
printf '{"at":"%s","events":%s,"elapsed_ms":%s,"cpus":%s}\n' "$STAMP" "$EVENTS" "$elapsed_ms" "$(nproc)" >"$WORK/result.json"
rm -f "$WORK/source.db" "$WORK/source.db-wal" "$WORK/source.db-shm"
