#!/usr/bin/env bash
# The hosts under wrk (issues 15 and 16): each host started from its built jar on PostgreSQL over the receivables data
# set (schema bench_receivables: 100k clients, 1M invoices, 10M views; load it first with ReceivablesDataSet), one host
# at a time, with its bare page or endpoint switched on; a signed-in session of a typical client (HostSessions); wrk on
# the bare page/endpoint, the dashboard and an invoice, at 50 and at 4 connections after a warm-up; a table at the end.
# Also the time from start to a ready page, on the data set and for the demo on H2 (jar, and the README's command).
#
#   portal-benchmarks/wrk/hosts.sh [--no-build] [--no-readme-demo] [--no-wrk]
#
# --no-wrk measures only the starts on H2. The README's commands run offline: Maven's local repository must hold the
# exec plugin (mvn dependency:get -Dartifact=org.codehaus.mojo:exec-maven-plugin:<version> once, online).
#
# Settings (environment): HOSTS ("spring micronaut": which get wrk), WRK_DURATION (20s), WRK_WARMUP (20s per path),
# HOST_HEAP (-Xms1g -Xmx1g),
# SPRING_PORT (18080), MICRONAUT_PORT (18081), OUT (portal-benchmarks/target/wrk-hosts).
# Needs wrk, curl, a JDK, Maven with the local repository filled, and PostgreSQL at 127.0.0.1:5432 (db test).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BUILD=1
README_DEMO=1
WRK=1
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --no-readme-demo) README_DEMO=0 ;;
    --no-wrk) WRK=0 ;;
    *) echo "unknown argument $arg" >&2; exit 2 ;;
  esac
done
HOSTS=${HOSTS:-spring micronaut}
DURATION=${WRK_DURATION:-20s}
WARMUP=${WRK_WARMUP:-20s}
HEAP=${HOST_HEAP:--Xms1g -Xmx1g}
SPRING_PORT=${SPRING_PORT:-18080}
MICRONAUT_PORT=${MICRONAUT_PORT:-18081}
OUT=${OUT:-$ROOT/portal-benchmarks/target/wrk-hosts}
LUA=$ROOT/portal-benchmarks/wrk/status.lua
DATA_SET_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bench_receivables"
SPRING_JAR=$ROOT/portal-examples/spring-host/target/portal-spring-host-0.1.0-SNAPSHOT.jar
MICRONAUT_DIR=$ROOT/portal-examples/micronaut-host
BENCHMARKS_JAR=$ROOT/portal-benchmarks/target/benchmarks.jar
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
STARTUPS=$OUT/startups.txt
: > "$RESULTS"
: > "$STARTUPS"
HOST_PID=

say() { echo "[$(date -u +%H:%M:%S)] $*"; }

stop_host() {
  if [[ -n "$HOST_PID" ]] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID"
    wait "$HOST_PID" 2>/dev/null || true
  fi
  HOST_PID=
}
trap stop_host EXIT

# start_host <name> <ready url> <log> <command...>: starts the command in the background, waits for the ready URL to
# answer 200, and records the milliseconds from the start of the process to that answer.
start_host() {
  local name=$1 ready=$2 log=$3
  shift 3
  local port=${ready#http://127.0.0.1:}
  port=${port%%/*}
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken: set SPRING_PORT / MICRONAUT_PORT" >&2
    exit 1
  fi
  local start
  start=$(date +%s%N)
  "$@" > "$log" 2>&1 &
  HOST_PID=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$ready")" == 200 ]]; do
    if ! kill -0 "$HOST_PID" 2>/dev/null; then
      echo "$name stopped before it was ready; see $log" >&2
      tail -30 "$log" >&2
      exit 1
    fi
    if (( ($(date +%s%N) - start) / 1000000 > 600000 )); then
      echo "$name not ready after 10 minutes; see $log" >&2
      exit 1
    fi
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  printf '%-58s %8d ms\n' "$name" "$ms" | tee -a "$STARTUPS"
}

# measure <host> <label> <url> <header> <connections> <threads>: one wrk run, its RESULT line kept
measure() {
  local host=$1 label=$2 url=$3 header=$4 connections=$5 threads=$6
  local log="$OUT/wrk-$host-$label-c$connections.txt"
  wrk -t"$threads" -c"$connections" -d"$DURATION" --latency -s "$LUA" -H "$header" "$url" > "$log"
  local result
  result=$(grep '^RESULT ' "$log" | tail -1)
  echo "$host $label $connections ${result#RESULT }" >> "$RESULTS"
  say "$host $label c$connections: $(sed -n 's/^Requests\/sec: *//p' "$log") req/s, ${result#RESULT }"
}

# run_wrk <host> <base url> <bare path>: warm-up on every path, then each path at 50 and at 4 connections
run_wrk() {
  local host=$1 base=$2 bare=$3
  local -a labels=(bare dashboard invoice)
  local -a paths=("$bare" "$DASHBOARD" "$INVOICE")
  local -a headers=("$BARE_HEADER" "$HEADER" "$HEADER")
  say "$host: load average $(cut -d' ' -f1-3 /proc/loadavg); warm-up $WARMUP per path"
  for i in 0 1 2; do
    wrk -t2 -c50 -d"$WARMUP" -s "$LUA" -H "${headers[$i]}" "$base${paths[$i]}" > "$OUT/warmup-$host-${labels[$i]}.txt"
    if ! grep -q '^RESULT [0-9.]* [0-9.]* [0-9.]* [1-9][0-9]* 0 ' "$OUT/warmup-$host-${labels[$i]}.txt"; then
      echo "$host ${labels[$i]} answered something other than 200 (or nothing) in the warm-up:" >&2
      cat "$OUT/warmup-$host-${labels[$i]}.txt" >&2
      exit 1
    fi
  done
  for connections in 50 4; do
    local threads=2
    (( connections == 4 )) && threads=1
    for i in 0 1 2; do
      measure "$host" "${labels[$i]}" "$base${paths[$i]}" "${headers[$i]}" "$connections" "$threads"
    done
  done
  say "$host: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
}

# bench_host <host> <port> <ready path> <bare path> <startup label> <command...>: starts the host on the data set,
# signs a typical client in through it (HostSessions), runs wrk on its three paths, and stops it
bench_host() {
  local host=$1 port=$2 ready=$3 bare=$4 label=$5
  shift 5
  say "$host host on PostgreSQL (bench_receivables), seeding and the dev mailbox off"
  start_host "$label" "http://127.0.0.1:$port$ready" "$OUT/$host-pg.log" "$@"
  java -cp "$BENCHMARKS_JAR" dev.clientportal.benchmarks.HostSessions "$host" "http://127.0.0.1:$port" \
    "$OUT/$host.session" 2> "$OUT/$host-session.log"
  # shellcheck disable=SC1090
  source "$OUT/$host.session"
  run_wrk "$host" "http://127.0.0.1:$port" "$bare"
  stop_host
}

if (( BUILD )); then
  say "building the hosts and the benchmarks (offline)"
  mvn -B -o -q -pl portal-benchmarks,portal-examples/spring-host,portal-examples/micronaut-host -am package \
    dependency:build-classpath -DskipTests -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime
fi
MICRONAUT_CP="$MICRONAUT_DIR/target/classes:$(cat "$MICRONAUT_DIR/target/runtime.classpath")"
MICRONAUT_MAIN=dev.clientportal.examples.micronauthost.MicronautHostApplication

say "the data set: $(psql -h 127.0.0.1 -U postgres -d test -Atc "select clients || ' clients, ' || invoices \
  || ' invoices, ' || views || ' views' from bench_receivables.bench_dataset")"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- each host on the data set, one at a time ---
(( WRK )) && [[ " $HOSTS " == *" spring "* ]] && bench_host spring "$SPRING_PORT" / /bench/bare-page "Spring Boot host, jar, PostgreSQL data set: GET /" \
  env SPRING_PROFILES_ACTIVE=postgresql PORTAL_DATABASE_URL="$DATA_SET_URL" PORTAL_DATABASE_USER=postgres \
  java $HEAP -jar "$SPRING_JAR" --server.port="$SPRING_PORT" --portal.base-url="http://127.0.0.1:$SPRING_PORT" \
  --portal.seed-demo=false --portal.dev-mailbox=false --portal.benchmark.bare-page=true \
  --portal.data-dir="$OUT/spring-pg-data"
(( WRK )) && [[ " $HOSTS " == *" micronaut "* ]] && bench_host micronaut "$MICRONAUT_PORT" /openapi.yml /bench/bare-endpoint \
  "Micronaut host, classpath, PostgreSQL data set: GET /openapi.yml" \
  env PORTAL_DATABASE_URL="$DATA_SET_URL" PORTAL_DATABASE_USER=postgres \
  java $HEAP -Dmicronaut.environments=postgres -Dmicronaut.server.port="$MICRONAUT_PORT" \
  -Dportal.base-url="http://127.0.0.1:$MICRONAUT_PORT" -Dportal.seed-demo=false -Dportal.dev-mailbox=false \
  -Dportal.benchmark.bare-endpoint=true -Dportal.data-dir="$OUT/micronaut-pg-data" -cp "$MICRONAUT_CP" "$MICRONAUT_MAIN"

# --- the demo on H2: a fresh data directory each, so the start includes Flyway and the demo seed ---
say "the demo on H2, first start (fresh data directory: schema created, demo workspace seeded)"
rm -rf "$OUT/spring-h2-data" "$OUT/micronaut-h2-data"
start_host "Spring Boot demo, jar, H2 first start: GET /" "http://127.0.0.1:$SPRING_PORT/" "$OUT/spring-h2.log" \
  java $HEAP -jar "$SPRING_JAR" --server.port="$SPRING_PORT" --portal.base-url="http://127.0.0.1:$SPRING_PORT" \
  --portal.data-dir="$OUT/spring-h2-data"
stop_host
start_host "Micronaut demo, classpath, H2 first start: GET /openapi.yml" \
  "http://127.0.0.1:$MICRONAUT_PORT/openapi.yml" "$OUT/micronaut-h2.log" \
  java $HEAP -Dmicronaut.server.port="$MICRONAUT_PORT" -Dportal.base-url="http://127.0.0.1:$MICRONAUT_PORT" \
  -Dportal.data-dir="$OUT/micronaut-h2-data" -cp "$MICRONAUT_CP" "$MICRONAUT_MAIN"
stop_host
if (( README_DEMO )); then
  # the README's commands as written (offline, on this script's ports); their data directories are the modules' own
  rm -rf portal-examples/spring-host/target/spring-host-data portal-examples/micronaut-host/target/micronaut-host-data
  start_host "Spring Boot demo, README (mvn … test-compile exec:java): GET /" "http://127.0.0.1:$SPRING_PORT/" \
    "$OUT/spring-readme.log" mvn -B -o -q -pl portal-examples/spring-host -am test-compile exec:java \
    -Dserver.port="$SPRING_PORT"
  stop_host
  start_host "Micronaut demo, README (mvn … compile exec:java): GET /openapi.yml" \
    "http://127.0.0.1:$MICRONAUT_PORT/openapi.yml" "$OUT/micronaut-readme.log" \
    mvn -B -o -q -pl portal-examples/micronaut-host -am compile exec:java -Dmicronaut.server.port="$MICRONAUT_PORT"
  stop_host
fi

# --- the table ---
echo
echo "wrk $DURATION per row after a $WARMUP warm-up per path; -t2 at 50 connections, -t1 at 4; every answer counted"
echo "host       path        conn      req/s   p50 ms   p99 ms   vs bare   non-200  errors"
awk '
  { key = $1 " " $3; if ($2 == "bare") bare[key] = $4; rps[NR] = $4; line[NR] = $0; n = NR }
  END {
    for (i = 1; i <= n; i++) {
      split(line[i], f, " ")
      ratio = (bare[f[1] " " f[3]] > 0) ? sprintf("%6.0f %%", 100 * f[4] / bare[f[1] " " f[3]]) : "     -"
      printf "%-10s %-10s %5d %10.0f %8.2f %8.2f %9s %9d %7d\n", f[1], f[2], f[3], f[4], f[5], f[6], ratio, f[8], f[9]
    }
  }' "$RESULTS"
echo
echo "start to a ready page (first 200):"
cat "$STARTUPS"
say "done; load average $(cut -d' ' -f1-3 /proc/loadavg); raw wrk output in $OUT"
