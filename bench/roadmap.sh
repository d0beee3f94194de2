#!/usr/bin/env bash
# JMH: the roadmap optimizer on generated problems (5,000 candidate actions, 5 years by default), whole call
# with a 2 s solver limit; each iteration prints status, gap and the saving over the greedy plan.
#   bench/roadmap.sh                          # seeds 1..5
#   bench/roadmap.sh -p seed=1 -p timeLimit=10 # any JMH options
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && ./mvnw -q -DskipTests -pl localis-bench -am package)
exec java -jar "$root/localis-bench/target/localis-bench.jar" RoadmapBenchmark -p seed=1,2,3,4,5 \
  -rf json -rff "$root/localis-bench/target/jmh-roadmap.json" "$@"
