#!/usr/bin/env bash
# Fuzzing run of the Jazzer fuzz tests of localis-engine (package org.localis.fuzz): each target in its own
# JVM (Jazzer fuzzes one test per run) for SECONDS, starting from its seed corpus
# (localis-engine/src/test/resources/org/localis/fuzz/<Class>Inputs/<method>/).
#
#   bench/fuzz.sh                 # 30 s per target: the short run CI does
#   bench/fuzz.sh 600             # the longer run (10 min per target, about an hour in all)
#   bench/fuzz.sh 120 Camt053FuzzTest#camt053 TireSizeFuzzTest#tireSize   # some targets only
#
# Without JAZZER_FUZZ (plain `./mvnw verify`) the same tests only replay their seeds.
#
# A finding (an exception other than the documented validation error, a failed invariant, an out-of-memory
# error, a timeout) fails that target: Jazzer prints the stack trace and writes the input as crash-<sha1>
# into the target's seed directory, so that, once the bug is fixed, every build replays it. The corpus the
# fuzzer grows is kept in localis-engine/.cifuzz-corpus/ (not committed) and reused by the next run.
# Logs: bench-out/fuzz/<target>.log. Exit code 0 only when no target found anything.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
shift || true
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: bench/fuzz.sh [SECONDS_PER_TARGET] [Class#method ...]" >&2
  exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    BomCsvFuzzTest#bomCsv
    BomXlsxFuzzTest#bomXlsx
    Camt053FuzzTest#camt053
    ClientBankExchangeFuzzTest#clientBankExchange
    TireSizeFuzzTest#tireSize
    CsvDialectFuzzTest#csvDialect
    SchemeLoaderFuzzTest#scheme
  )
fi

out=bench-out/fuzz
mkdir -p "$out"
export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"

./mvnw -q -pl localis-engine test-compile

failed=()
summary=()
for target in "${targets[@]}"; do
  log="$out/${target//#/.}.log"
  echo "fuzz: $target for ${seconds}s"
  status=0
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
    ./mvnw -pl localis-engine surefire:test -Dlocalis.test.excludedGroups=none -Dtest="org.localis.fuzz.$target" \
      -DargLine="-Xmx1g -XX:-OmitStackTraceInFastThrow" -Dsurefire.timeout=$((seconds + 600)) \
      >"$log" 2>&1 || status=$?
  # libFuzzer's last words: "Done N runs in S second(s)", or the count and time of a crashing run
  runs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | awk '{print $2}')
  secs=$(grep -aoE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 | awk '{print $5}')
  corpus=$(grep -aoE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -n 1 | awk '{print $2}')
  if [ -n "$runs" ] && [ "${secs:-0}" -gt 0 ]; then
    rate=$((runs / secs))
  else
    rate="?"
  fi
  if [ "$status" -ne 0 ] || grep -aqE '== Java Exception|Tests run:.*(Failures|Errors): [1-9]|BUILD FAILURE' "$log"; then
    failed+=("$target")
    result=FINDING
    grep -aE -m 20 -A 12 '== Java Exception|FuzzTestFindingException|Tests run:.*(Failures|Errors): [1-9]' "$log" || tail -n 40 "$log"
  else
    result=ok
  fi
  summary+=("$(printf '%-46s %-8s runs=%-10s exec/s=%-8s corpus=%s' "$target" "$result" "${runs:-?}" "$rate" "${corpus:-?}")")
done

echo
echo "fuzz: ${seconds}s per target (logs in $out/)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}"
  exit 1
fi
echo "fuzz: no finding"
