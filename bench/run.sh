#!/usr/bin/env bash
# Benchmarks the server on SQLite and on durable PostgreSQL 18 with wrk, on this machine's loopback only.
# Prints one table per mode and writes bench/results/<time>.json. Every loop is bounded in count and time.
#
#   bench/run.sh                         both modes, 3 runs of 10 s per scenario, 16 connections
#   BENCH_MODES=sqlite bench/run.sh      one mode
#   DATABASE_URL=postgresql://… bench/run.sh   an existing PostgreSQL 18 instead of the embedded one (its data stays)
#
# Settings: BENCH_RUNS (3), BENCH_DURATION (10s), BENCH_MODE_WARMUP (30s of board reads and 30s of moves, unrecorded,
# before the first scenario of a mode), BENCH_WARMUP (15s, one unrecorded run before each scenario), BENCH_CONNECTIONS (16), BENCH_SUMMARY_PROJECTS (20),
# BENCH_SUMMARY_TASKS (500 per project), BENCH_SKIP_BUILD=1 (reuse the built jar). The launcher's AGENTPANE_HEAP and
# AGENTPANE_JAVA_OPTS apply; with AGENTPANE_JAVA_OPTS=-XX:NativeMemoryTracking=summary the JVM's memory by area is saved
# before the server stops.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-15s}
MODE_WARMUP=${BENCH_MODE_WARMUP:-30s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
MODES=${BENCH_MODES:-"sqlite postgres"}
SUMMARY_PROJECTS=${BENCH_SUMMARY_PROJECTS:-20}
SUMMARY_TASKS=${BENCH_SUMMARY_TASKS:-500}
export BENCH_LUA="$PWD/bench/lua"
RESULTS=bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$RESULTS/$STAMP"
mkdir -p "$WORK"
JAR=bootstrap/target/agentpane.jar

log() { printf '[bench] %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q wrk >/dev/null; }
  else
    echo "bench: wrk is needed: sudo apt-get install wrk" >&2
    exit 2
  fi
fi

if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f "$JAR" ]; then
  log "building the jar and the benchmark classpath"
  ./mvnw -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test -pl bootstrap -am
fi

# The launcher trains its class-data archive on the first start after a build: do it before anything is timed.
AGENTPANE_JAR="$JAR" bin/agentpane --help >/dev/null

SERVER_PID=""
PG_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$PG_PID" ] && kill "$PG_PID" 2>/dev/null || true
  exec 8>&- 2>/dev/null || true
}
trap cleanup EXIT

# start_server <log file> <env assignments…>: starts the jar on a free port; sets PORT, SERVER_PID, STARTUP_MS
start_server() {
  local logfile=$1; shift
  local started; started=$(date +%s%N)
  env "$@" PORT=0 AGENTPANE_JAR="$JAR" bin/agentpane >"$logfile" 2>&1 &
  SERVER_PID=$!
  PORT=""
  for _ in $(seq 1 6000); do
    PORT=$(grep -o 'serves http://127.0.0.1:[0-9]*' "$logfile" 2>/dev/null | grep -o '[0-9]*$' || true)
    if [ -n "$PORT" ] && curl -sf "http://127.0.0.1:$PORT/api/healthz" >/dev/null 2>&1; then
      STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$logfile" >&2; echo "bench: the server did not start" >&2; exit 1; }
    sleep 0.01
  done
  echo "bench: the server was not healthy within 60 s" >&2
  exit 1
}

stop_server() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.05; done
  SERVER_PID=""
}

api() { # api <method> <path> [json]
  curl -sf -X "$1" "http://127.0.0.1:$PORT$2" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

new_project() { api POST /api/projects "{\"name\":\"$1\",\"path\":\"/bench/$1-$RANDOM$RANDOM\"}" | jq -r .data.id; }

# add_tasks <project id> <count> <ids file or /dev/null>: creates tasks with 8 clients at once
add_tasks() {
  seq 1 "$2" | xargs -P 8 -I{} curl -sf -X POST "http://127.0.0.1:$PORT/api/tasks" -H 'Content-Type: application/json' \
    -d "{\"projectId\":\"$1\",\"title\":\"seeded task {} with a title of realistic length\",\"description\":\"A description that is long enough to look like what people write on a card, with a few details.\",\"labels\":[\"bench\",\"seed\"]}" \
    | jq -r .data.id >"$3"
}

# scenario <name> <lua script> <path> [env assignments…]: RUNS wrk runs; records the median of each figure
scenario() {
  local name=$1 script=$2 path=$3; shift 3
  local lines=()
  # The JIT compiles each path's code under its first load (on 2 cores it takes about a minute to settle): one run
  # that is not recorded brings the scenario to its steady state first.
  env "$@" wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "bench/lua/$script" "http://127.0.0.1:$PORT$path" >/dev/null
  for run in $(seq 1 "$RUNS"); do
    local line
    line=$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "bench/lua/$script" "http://127.0.0.1:$PORT$path" \
      | grep '^RESULT ' | sed 's/^RESULT //')
    lines+=("$line")
    log "$MODE $name run $run: $line"
  done
  printf '%s\n' "${lines[@]}" | jq -s --arg name "$name" '{scenario: $name,
      rps: (map(.rps) | sort | .[length/2|floor]), p50_ms: (map(.p50_ms) | sort | .[length/2|floor]),
      p99_ms: (map(.p99_ms) | sort | .[length/2|floor]), errors: (map(.errors) | add), runs: .}' >>"$WORK/$MODE.scenarios"
}

# sse_fan_out <project id>: BENCH_SSE_STREAMS streams on a new session per run (so a stream replays nothing old), events
# appended one by one; medians of RUNS runs
sse_fan_out() {
  local project=$1 lines=()
  for run in $(seq 1 "$RUNS"); do
    local line session
    session=$(api POST /api/sessions "{\"projectId\":\"$project\",\"title\":\"fan-out $run\"}" | jq -r .data.id)
    line=$(timeout 120 java -cp "bootstrap/target/test-classes:$(cat bootstrap/target/bench-classpath.txt)" \
      dev.agentpane.bootstrap.bench.SseFanOut "http://127.0.0.1:$PORT" "$session" "${BENCH_SSE_STREAMS:-50}" "${BENCH_SSE_EVENTS:-300}" 20 \
      | grep '^RESULT ' | sed 's/^RESULT //')
    lines+=("$line")
    log "$MODE sse fan-out run $run: $line"
  done
  printf '%s\n' "${lines[@]}" | jq -s '{scenario: "SSE fan-out (50 streams)", rps: null,
      p50_ms: (map(.p50_ms) | sort | .[length/2|floor]), p99_ms: (map(.p99_ms) | sort | .[length/2|floor]),
      errors: (map(.errors) | add), runs: .}' >>"$WORK/$MODE.scenarios"
}

run_mode() {
  MODE=$1
  local env_vars=()
  case $MODE in
    sqlite) env_vars=(DB_MODE=sqlite "DB_PATH=$WORK/sqlite/agentpane.db") ;;
    postgres)
      local url=${DATABASE_URL:-}
      if [ -z "$url" ]; then
        log "starting durable embedded PostgreSQL 18"
        mkfifo "$WORK/pg.stdin"
        java -cp "bootstrap/target/test-classes:$(cat bootstrap/target/bench-classpath.txt)" \
          dev.agentpane.bootstrap.bench.DurablePostgres <"$WORK/pg.stdin" >"$WORK/postgres.out" 2>&1 &
        PG_PID=$!
        exec 8>"$WORK/pg.stdin"
        for _ in $(seq 1 600); do grep -q '^DATABASE_URL=' "$WORK/postgres.out" 2>/dev/null && break; sleep 0.1; done
        url=$(grep '^DATABASE_URL=' "$WORK/postgres.out" | cut -d= -f2-)
        [ -n "$url" ] || { cat "$WORK/postgres.out" >&2; echo "bench: embedded PostgreSQL did not start" >&2; exit 1; }
      fi
      env_vars=(DB_MODE=postgres "DATABASE_URL=$url") ;;
  esac
  : >"$WORK/$MODE.scenarios"

  start_server "$WORK/$MODE-server.log" "${env_vars[@]}"
  local startup_new=$STARTUP_MS
  log "$MODE: healthy in $startup_new ms on a new database; seeding"
  local list_project create_project move_project hot_project
  list_project=$(new_project list); add_tasks "$list_project" 50 /dev/null
  create_project=$(new_project create)
  move_project=$(new_project move); add_tasks "$move_project" 200 "$WORK/$MODE-move-ids.txt"
  hot_project=$(new_project hot); add_tasks "$hot_project" 60 "$WORK/$MODE-hot-ids.txt"
  for p in $(seq 1 "$SUMMARY_PROJECTS"); do add_tasks "$(new_project summary$p)" "$SUMMARY_TASKS" /dev/null; done
  local session
  session=$(api POST /api/sessions "{\"projectId\":\"$list_project\",\"title\":\"bench\"}" 2>/dev/null | jq -r '.data.id // empty' || true)

  # The JIT needs about a minute of load on 2 cores before the server's common code (HTTP, JSON, SQL) is compiled.
  log "$MODE: warming up ($MODE_WARMUP of board reads, $MODE_WARMUP of moves, not recorded)"
  wrk -t2 -c"$CONNECTIONS" -d"$MODE_WARMUP" -s bench/lua/get.lua "http://127.0.0.1:$PORT/api/tasks?projectId=$list_project" >/dev/null
  IDS_FILE="$WORK/$MODE-hot-ids.txt" wrk -t2 -c"$CONNECTIONS" -d"$MODE_WARMUP" -s bench/lua/move.lua "http://127.0.0.1:$PORT/api/tasks" >/dev/null
  scenario "list 50 tasks" get.lua "/api/tasks?projectId=$list_project"
  scenario "create task" create.lua /api/tasks "PROJECT_ID=$create_project"
  scenario "move task" move.lua /api/tasks "IDS_FILE=$WORK/$MODE-move-ids.txt"
  scenario "hot board moves" move.lua /api/tasks "IDS_FILE=$WORK/$MODE-hot-ids.txt"
  scenario "project summaries" get.lua "/api/projects/summaries?limit=$SUMMARY_PROJECTS"
  if [ -n "$session" ]; then
    scenario "append 10 events" events.lua "/api/sessions/$session/events"
    sse_fan_out "$list_project"
  else
    log "$MODE: no session route yet; event append not measured"
  fi
  local rss_kb hwm_kb
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
  # With AGENTPANE_JAVA_OPTS=-XX:NativeMemoryTracking=summary: where the memory went, by JVM area
  if grep -q NativeMemoryTracking <<<"${AGENTPANE_JAVA_OPTS:-}"; then
    jcmd "$SERVER_PID" VM.native_memory summary >"$WORK/$MODE-native-memory.txt" 2>&1 || true
    log "$MODE: native memory by area in $WORK/$MODE-native-memory.txt"
  fi
  stop_server

  start_server "$WORK/$MODE-restart.log" "${env_vars[@]}"
  local startup_migrated=$STARTUP_MS
  stop_server
  [ -n "$PG_PID" ] && { exec 8>&-; wait "$PG_PID" 2>/dev/null || true; PG_PID=""; }

  jq -s --arg mode "$MODE" --argjson new "$startup_new" --argjson migrated "$startup_migrated" \
    --argjson rss "$rss_kb" --argjson hwm "$hwm_kb" \
    '{mode: $mode, startup_ms: {new_database: $new, migrated_database: $migrated}, rss_mb_after_load: ($rss/1024|floor),
      peak_rss_mb: ($hwm/1024|floor), scenarios: .}' "$WORK/$MODE.scenarios" >"$WORK/$MODE.json"

  printf '\n%s (%s runs of %s, %s connections; medians)\n' "$MODE" "$RUNS" "$DURATION" "$CONNECTIONS"
  printf '%-26s %10s %9s %9s %7s\n' scenario 'req/s' 'p50 ms' 'p99 ms' errors
  jq -r '.scenarios[] | [.scenario, .rps, .p50_ms, .p99_ms, .errors] | @tsv' "$WORK/$MODE.json" |
    while IFS=$'\t' read -r name rps p50 p99 errors; do printf '%-26s %10s %9s %9s %7s\n' "$name" "${rps:--}" "$p50" "$p99" "$errors"; done
  printf 'start-up to healthy: %s ms (new database), %s ms (migrated); RSS after load %s MB, peak %s MB\n' \
    "$startup_new" "$startup_migrated" "$((rss_kb / 1024))" "$((hwm_kb / 1024))"
}

for mode in $MODES; do run_mode "$mode"; done
jq -s --arg at "$STAMP" --arg cpus "$(nproc)" --arg mem "$(free -g | awk '/^Mem/ {print $2}')" \
  '{at: $at, machine: {cpus: ($cpus|tonumber), memory_gb: ($mem|tonumber)}, modes: .}' "$WORK"/*.json >"$RESULTS/$STAMP.json"
printf '\nresults: %s\n' "$RESULTS/$STAMP.json"
