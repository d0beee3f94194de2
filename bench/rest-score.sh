#!/usr/bin/env bash
# A 1,000,000-line BOM scored through the REST API (POST /api/assessments/score, multipart) by the app jar with its
# heap capped at 1 GiB (-Xmx1g), on PostgreSQL: the upload goes to the engine from the multipart part (no extra
# copies), the JSON answer is written while it is produced. Prints, for lines=all and lines=none, the HTTP status, the
# time, the bytes returned, the non-originating value and the JVM's peak heap after GC (from its GC log).
#   bench/rest-score.sh            # LINES=1000000
# Needs java 17+, curl, awk and psql and a PostgreSQL server (libpq variables; defaults 127.0.0.1:5432, postgres).
set -euo pipefail
source "$(dirname "$0")/lib/harness.sh"
need_tools
LINES="${LINES:-1000000}"
DB="${DB:-localis_20_rest}"
WORK="$(mktemp -d)"
trap 'for p in "${APP_PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || (cd "$ROOT" && ./mvnw -q -B -ntp -DskipTests -pl localis-app -am package >&2)
JAR="$(find_jar)"
"$ROOT/bin/localis" generate-bom --lines "$LINES" --seed 42 --out "$WORK/bom.csv"
fresh_db "$DB"
PORT="$(free_port)"
APP_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$WORK/gc.log" start_app "$DB" "$PORT" "$WORK/app.log"
wait_health "$PORT" "$APP_PID" "$WORK/app.log"
for lines in all none; do
  s=$(now_ms)
  code=$(curl -s -u volga:demo-volga-pass -o "$WORK/out.json" -w '%{http_code}' --max-time 600 \
      -F "bom=@$WORK/bom.csv;type=text/csv" -F scheme=ru-component-domestic-value -F period=2024 -F price=4000000000 \
      -F currency=RUB -F "lines=$lines" "http://127.0.0.1:$PORT/api/assessments/score")
  e=$(now_ms)
  vnm=$(grep -o -m1 '"nonOriginatingValue":[0-9.]*' "$WORK/out.json" | sed -n '1s/.*://p' || true)
  peak=$(awk '/Pause/ { split($0, a, "->"); split(a[2], b, "M"); if (b[1] + 0 > m) m = b[1] + 0 } END { print m "M" }' "$WORK/gc.log")
  echo "lines=$lines status=$code ms=$((e - s)) bytes=$(stat -c %s "$WORK/out.json") vnm=$vnm heap_after_gc_max=$peak vmhwm=$(awk '/VmHWM/ {print $2 $3}' /proc/"$APP_PID"/status) load=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
  [ "$code" = 201 ] || { tail -n 30 "$WORK/app.log"; head -c 600 "$WORK/out.json"; FAILED=1; }
done
kill "$APP_PID" 2>/dev/null || true
exit "$FAILED"
