#!/usr/bin/env bash
# Load test of the app on PostgreSQL, and the same machine's pgbench insert-and-commit rate for scale.
#
#   bench/load.sh                 # 10 s per measurement
#   SECONDS_EACH=30 bench/load.sh
#   CONNECTIONS="16 64" WARMUP_SECONDS=30 bench/load.sh
#
# Needs a local PostgreSQL reachable as user postgres on 127.0.0.1:5432 (as on the CI machine) and pgbench.
# For each of: the public drive page, the pledge endpoint (POST /api/drives/{slug}/pledges) and the public
# registry search, it measures the maximum throughput (closed loop at each of CONNECTIONS, default 16, 64
# and 128, keeping the best; wrk when installed), then latency at a fixed offered load of half that maximum
# with the Java generator in open loop (latency counted from when each request was due, so a stalled
# server cannot hide its queue). pgbench gets the same treatment: the best of the same client counts.
# Every endpoint is first loaded for WARMUP_SECONDS (default 20), as the JIT needs that long to settle.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${SECONDS_EACH:-10}"
warm="${WARMUP_SECONDS:-20}"
read -r -a conns <<<"${CONNECTIONS:-16 64 128}"
port="${PORT:-8091}"
db=localis_load
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

(cd "$root" && ./mvnw -q -DskipTests -pl localis-app,localis-bench -am package)
app_jar="$(ls "$root"/localis-app/target/localis-app-*.jar | grep -v original | head -1)"
bench_jar="$root/localis-bench/target/localis-bench.jar"

psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
log="$(mktemp)"
SPRING_PROFILES_ACTIVE=postgres,demo SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= LOCALIS_RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE=100000000 \
  java -Xmx1g -jar "$app_jar" --server.port="$port" --logging.level.root=WARN >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "app did not start"; cat "$log"; exit 1; }

load() { java -cp "$bench_jar" org.localis.bench.LoadGenerator "$@"; }
# Maximum throughput: wrk (Debian package "wrk"; C, event loop) when present, as it leaves more of the
# machine's CPU to the app than the Java generator; otherwise the Java generator's closed loop.
max_load() { # URL SECONDS CONNECTIONS [post-pledge]
  if command -v wrk >/dev/null 2>&1; then
    local lua=() out; [ "${4:-}" = post-pledge ] && lua=(-s "$root/bench/lib/pledge.lua")
    out="$(wrk -t2 -c"$3" -d"$2"s --latency "${lua[@]}" "$1")"
    awk '/Requests\/sec:/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
         /Non-2xx/ { err = $NF } /Socket errors/ { sock = $0 }
         END { printf "max(wrk) throughput=%.0f/s p50=%s p99=%s non2xx=%d %s\n", rps, p50, p99, err, sock }' <<<"$out"
  else
    load max "$@"
  fi
}
page="http://127.0.0.1:$port/drives/wheels-for-ambulances"
pledge="http://127.0.0.1:$port/api/drives/wheels-for-ambulances/pledges"
search="http://127.0.0.1:$port/api/registry?q=%D0%92%D0%BE%D0%BB%D0%B3%D0%B0" # q=Волга: the demo's full-cycle sedan and its maker

throughput() { sed -E 's/.*throughput=([0-9]+).*/\1/' <<<"$1"; }

echo "== warm-up: ${warm} s per endpoint"
max_load "$page" "$warm" 16 >/dev/null; max_load "$pledge" "$warm" 64 post-pledge >/dev/null
max_load "$search" "$warm" 16 >/dev/null

declare -A max
for name in page pledge search; do
  url="${!name}"; extra=""; [ "$name" = pledge ] && extra=post-pledge
  best=0; best_out=""
  for c in "${conns[@]}"; do
    out="$(max_load "$url" "$secs" "$c" $extra)"; echo "$name connections=$c $out"
    t="$(throughput "$out")"
    if [ "$t" -gt "$best" ]; then best=$t; best_out="connections=$c $out"; fi
  done
  max[$name]=$best
  echo "$name best: $best_out"
  half=$(( best / 2 )); [ "$half" -lt 1 ] && half=1
  echo "$name at half the maximum: $(load rate "$url" "$secs" "$half" $extra)"
done

echo "== pgbench: single-row insert and commit"
pgdb=localis_pgbench
psql_ -d postgres -c "DROP DATABASE IF EXISTS $pgdb" -c "CREATE DATABASE $pgdb"
psql_ -d "$pgdb" -c "CREATE TABLE t (id BIGSERIAL PRIMARY KEY, v TEXT NOT NULL)"
script="$(mktemp)"; echo "INSERT INTO t (v) VALUES ('x');" >"$script"
pg_tps() { pgbench -h 127.0.0.1 -U postgres -n -f "$script" -c "$1" -j "$(( $1 < 2 ? 1 : 2 ))" -T "$secs" "$pgdb" 2>/dev/null \
  | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1; }
tps=0
max_clients="$(psql_ -d postgres -c "SHOW max_connections")"
for c in 1 "${conns[@]}"; do
  if [ "$c" -gt $(( max_clients - 10 )) ]; then
    echo "pgbench clients=$c skipped (the server allows $max_clients connections)"; continue
  fi
  t="$(pg_tps "$c")"; echo "pgbench clients=$c tps=$t"
  # one client is shown for scale (one session committing row by row); the maximum is over the same
  # client counts as the app's
  if [ "$c" -gt 1 ] && awk -v a="$t" -v b="$tps" 'BEGIN { exit !(a > b) }'; then tps=$t; fi
done
rm -f "$script"
echo "pgbench best tps=$tps"
awk -v p="${max[pledge]}" -v t="$tps" 'BEGIN { printf "ratio pledge-intake / pgbench = %.2f\n", p / t }'
