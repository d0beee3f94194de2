#!/usr/bin/env bash
# Localis `score` against DuckDB on the same CSV, end to end (JVM start included), side by side in one run.
# DuckDB (JDBC, in localis-bench only) computes the tracing non-originating value (VNM) with a recursive CTE
# (org.localis.bench.DuckDbTracingShare); Localis scores the same file under ru-component-domestic-value (tracing,
# transaction value, EAEU territory) - reading and checking every field, building and checking the tree, valuing,
# scoring and explaining. Runs each RUNS times, alternating, and prints the medians, their ratio, and whether both
# give the same VNM to the cent.
#   bench/vs-duckdb.sh                     # 1,000,000 lines, seed 42, 5 runs each
#   LINES=100000 RUNS=3 bench/vs-duckdb.sh
#   LOCALIS_ARGS="--format json --lines all" bench/vs-duckdb.sh   # time another output of score
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lines="${LINES:-1000000}"
runs="${RUNS:-5}"
price="${PRICE:-4000000000}"
territory="RU,BY,KZ,AM,KG" # the territory of ru-component-domestic-value
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || (cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl localis-bench,localis-cli -am package >&2)
bench_jar="$root/localis-bench/target/localis-bench.jar"
"$root/bin/localis" generate-bom --lines "$lines" --seed 42 --out "$work/bom.csv"

ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$work/duck.ms"
: > "$work/localis.ms"
for i in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  java -cp "$bench_jar" org.localis.bench.DuckDbTracingShare "$work/bom.csv" "$territory" "$price" > "$work/duck.out"
  e=$(date +%s%N); ms "$s" "$e" >> "$work/duck.ms"
  s=$(date +%s%N)
  # shellcheck disable=SC2086
  "$root/bin/localis" score --scheme ru-component-domestic-value --bom "$work/bom.csv" --price "$price" \
      --period 2024 ${LOCALIS_ARGS:-} > "$work/localis.out"
  e=$(date +%s%N); ms "$s" "$e" >> "$work/localis.ms"
done
duck_vnm=$(sed -n 's/.*vnm=\([0-9.]*\).*/\1/p' "$work/duck.out")
# text: "Materials: ... non-originating N (domestic share"; json: the top-level "nonOriginatingValue" : N
localis_vnm=$(sed -n 's/^Materials:.* non-originating \([0-9.]*\) (domestic.*/\1/p; s/^  "nonOriginatingValue" : \([0-9.]*\),*$/\1/p' "$work/localis.out" | head -1)
d=$(median < "$work/duck.ms")
l=$(median < "$work/localis.ms")
echo "lines=$lines runs=$runs load=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
echo "duckdb_ms=$d (all: $(paste -sd' ' "$work/duck.ms"))  localis_score_ms=$l (all: $(paste -sd' ' "$work/localis.ms"))"
echo "ratio localis/duckdb=$(awk -v a="$l" -v b="$d" 'BEGIN {printf "%.2f", a / b}')"
if [ -n "$duck_vnm" ] && [ "$duck_vnm" = "$localis_vnm" ]; then
  echo "non-originating value: duckdb=$duck_vnm localis=$localis_vnm EQUAL to the cent"
else
  echo "non-originating value: duckdb=$duck_vnm localis=$localis_vnm DIFFERENT" >&2
  exit 1
fi
