#!/usr/bin/env bash
# CPU time of the app per pledge: a measure that stays meaningful on a busy machine, where throughput does not.
#
#   bench/pledge-cpu.sh                       # the jar built in localis-app/target
#   APP_JAR=/path/to/other.jar bench/pledge-cpu.sh
#   APP_ARGS="--localis.pledges.direct-endpoint=false" bench/pledge-cpu.sh   # every pledge through Spring MVC
#
# Starts the app on PostgreSQL (as bench/load.sh: user postgres on 127.0.0.1:5432, a fresh database), loads
# POST /api/drives/{slug}/pledges with wrk (bench/lib/pledge.lua) for WARMUP_SECONDS (default 20), then for
# SECONDS_EACH (default 10) at CONNECTIONS (default 64), reading the app process's user+system CPU time from
# /proc before and after. Prints requests, CPU milliseconds and microseconds of app CPU per request, and the load.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${SECONDS_EACH:-10}"
warm="${WARMUP_SECONDS:-20}"
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

url="http://127.0.0.1:$port/api/drives/wheels-for-ambulances/pledges"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
wrk -t2 -c"$conns" -d"${warm}s" -s "$root/bench/lib/pledge.lua" "$url" >/dev/null
before="$(cpu_ticks)"
out="$(wrk -t2 -c"$conns" -d"${secs}s" -s "$root/bench/lib/pledge.lua" "$url")"
after="$(cpu_ticks)"
hz="$(getconf CLK_TCK)"
requests="$(awk '/requests in/ { print $1 }' <<<"$out")"
non2xx="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
rps="$(awk '/Requests\/sec:/ { print $2 }' <<<"$out")"
awk -v r="$requests" -v b="$before" -v a="$after" -v hz="$hz" -v rps="$rps" -v bad="${non2xx:-0}" -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" \
  'BEGIN { ms = (a - b) * 1000 / hz; printf "requests=%d non2xx=%d throughput=%.0f/s app_cpu=%.0f ms cpu_per_request=%.1f us load=%s\n", r, bad, rps, ms, ms * 1000 / r, loadavg }'
