#!/usr/bin/env bash
# CPU time of the app per pledge: a measure that stays meaningful on a busy machine, where throughput does not.
#
#   bench/pledge-cpu.sh                       # the jar built in localis-app/target
#   APP_JAR=/path/to/other.jar bench/pledge-cpu.sh
#   APP_ARGS="--localis.pledges.direct-endpoint=false" bench/pledge-cpu.sh   # every pledge through Spring MVC
#
# Starts the app on PostgreSQL (as bench/load.sh: user postgres on 127.0.0.1:5432, a fresh database), loads
# POST /api/drives/{slug}/pledges with wrk (bench/lib/pledge.lua) in 5 s rounds until WARMUP_REQUESTS (default
# 40,000) have been answered (the JIT's warm-up is a number of requests, not of seconds, on a busy machine), then
# for SECONDS_EACH (default 10) at CONNECTIONS (default 64), reading the user+system CPU time of the app's threads
# from /proc before and after. Prints requests, the app's CPU per request without the JIT compiler threads (their
# work is warm-up, which a busy machine stretches) and with them, and the load average.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${SECONDS_EACH:-10}"
warm="${WARMUP_REQUESTS:-40000}"
conns="${CONNECTIONS:-64}"
port="${PORT:-8092}"
db="${DB:-localis_cpu}"
app_jar="${APP_JAR:-$(ls "$root"/localis-app/target/localis-app-*.jar | grep -v original | head -1)}"
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
log="$(mktemp)"
# shellcheck disable=SC2086
SPRING_PROFILES_ACTIVE=postgres,demo SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= LOCALIS_RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE=100000000 \
  java -Xmx1g -jar "$app_jar" --server.port="$port" --logging.level.root=WARN ${APP_ARGS:-} >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 180); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "app did not start"; cat "$log"; exit 1; }
# another process on the port would answer the health check in its place
kill -0 "$app" 2>/dev/null || { echo "app exited (port $port taken?)"; cat "$log"; exit 1; }

url="http://127.0.0.1:$port/api/drives/wheels-for-ambulances/pledges"
# user+system ticks of the app's threads: "all", and without the JIT compiler threads ("C1/C2 CompilerThre")
cpu_ticks() {
  local all=0 jit=0 t comm ticks
  for t in /proc/"$app"/task/*; do
    comm="$(cat "$t/comm" 2>/dev/null)" || continue
    ticks="$(sed -E 's/^.*\) //' "$t/stat" 2>/dev/null | awk '{ print $12 + $13 }')" || continue
    all=$(( all + ticks )); case "$comm" in C1\ Compiler*|C2\ Compiler*) jit=$(( jit + ticks ));; esac
  done
  echo "$all $jit"
}
done_requests=0
while [ "$done_requests" -lt "$warm" ]; do
  n="$(wrk -t2 -c"$conns" -d5s -s "$root/bench/lib/pledge.lua" "$url" | awk '/requests in/ { print $1 }')"
  done_requests=$(( done_requests + n ))
done
read -r before before_jit <<<"$(cpu_ticks)"
out="$(wrk -t2 -c"$conns" -d"${secs}s" -s "$root/bench/lib/pledge.lua" "$url")"
read -r after after_jit <<<"$(cpu_ticks)"
hz="$(getconf CLK_TCK)"
requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
non2xx="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
rps="$(awk '/Requests\/sec:/ { print $2 }' <<<"$out")"
awk -v r="$requests" -v all="$(( after - before ))" -v jit="$(( after_jit - before_jit ))" -v hz="$hz" -v rps="$rps" \
  -v bad="${non2xx:-0}" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" -v warm="$done_requests" \
  'BEGIN { ms = (all - jit) * 1000 / hz; msall = all * 1000 / hz
           printf "warmup=%d requests=%d non2xx=%d throughput=%.0f/s app_cpu=%.0f ms cpu_per_request=%.1f us (with JIT threads %.1f us) load=%s\n",
                  warm, r, bad, rps, ms, ms * 1000 / r, msall * 1000 / r, loadavg }'
