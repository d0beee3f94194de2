#!/usr/bin/env bash
# The CLI end to end (JVM start included) on a 1,000,000-line BOM: `validate` (read and check the file
# alone) against `score` (read, check, roll-up valuation, score, explanation). Prints the median of 5 runs
# of each and their ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lines="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/bin/localis" generate-bom --lines "$lines" --seed 42 --out "$work/bom.csv"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() {
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N); "$root/bin/localis" "$@" >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | median
}
v=$(run validate --bom "$work/bom.csv")
s=$(run score --scheme usmca-passenger-car --bom "$work/bom.csv" --net-cost 4000000000 --period 2024)
echo "lines=$lines validate_ms=$v score_ms=$s ratio=$(awk -v a="$s" -v b="$v" 'BEGIN {printf "%.2f", a / b}')"
