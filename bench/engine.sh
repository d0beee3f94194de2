#!/usr/bin/env bash
# JMH: parse, parse + tree, and parse + roll-up + score of a synthetic 1,000,000-line BOM, heap capped at 1 GiB.
#   bench/engine.sh                 # default: 1,000,000 lines
#   bench/engine.sh -p lines=100000 # any JMH options
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && ./mvnw -q -DskipTests -pl localis-bench -am package)
exec java -jar "$root/localis-bench/target/localis-bench.jar" EngineBenchmark -rf json -rff "$root/localis-bench/target/jmh-engine.json" "$@"
