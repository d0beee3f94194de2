#!/usr/bin/env bash
# JMH: the purchase planner on 200 near-identical offers over 10 lines with a binding budget (issue 23).
#   bench/planner.sh                      # default: 200 offers, 10 lines
#   bench/planner.sh -p offers=400        # any JMH options
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && ./mvnw -q -DskipTests -pl localis-bench -am package)
exec java -jar "$root/localis-bench/target/localis-bench.jar" PlannerBenchmark -rf json -rff "$root/localis-bench/target/jmh-planner.json" "$@"
