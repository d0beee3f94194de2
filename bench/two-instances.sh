#!/usr/bin/env bash
# Two app instances on one PostgreSQL database: concurrent overlapping statement imports (one through each
# instance) and concurrent pledges against both, then checks of what the database holds.
#
#   ./mvnw -q install -DskipTests      # once, from the repository root: builds localis-app/target/localis-app-*.jar
#   bench/two-instances.sh             # prints PASS/FAIL lines; exit code 0 only when every check passed
#
# Needs java 17+, curl, awk and psql, and a PostgreSQL server where the user may create databases; it is
# reached with the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, postgres,
# none). Knobs (environment): TWO_DB (default localis_two; dropped and created again at start, kept at the
# end), ENTRIES (entries per statement, default 30000), WORKERS (pledge loops, each alternating between the
# two instances, default 8), REFS_WANTED (acknowledged pledges before the statements are written, default
# 1000), KEEP_WORK=1 (keep logs and files).
#
# What it does: creates the database; starts instance A, waits for /actuator/health, then instance B
# (profiles postgres,demo, so the demo drive exists once); runs the pledge loops against both; writes
# statement S1 (entries 1..ENTRIES) and S2 (entries ENTRIES/2+1..3*ENTRIES/2: half of it overlaps S1, the
# same bank references and so the same dedupe keys); imports S1 through A and S2 through B at the same
# time, then S2 through A and S1 through B at the same time (nothing new); stops the load. Checks: each
# import answered 200; new entries over all imports = the distinct entries (3*ENTRIES/2); no duplicate
# (drive, dedupe key); the ledger balances (total, per entry, one ledger entry per bank entry); entries
# with a reference (spread over both statements, also in the shared part) matched to their pledge; pledges in the database = the demo pledges + the acknowledged
# ones, each acknowledged reference exactly once.
set -euo pipefail
source "$(dirname "$0")/lib/harness.sh"

DB="${TWO_DB:-localis_two}"
ENTRIES="${ENTRIES:-30000}"
WORKERS="${WORKERS:-8}"
REFS_WANTED="${REFS_WANTED:-1000}"
STMT_PREFIX=TWO
export STMT_PREFIX

need_tools
JAR="$(find_jar)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/localis-two.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

log "jar: ${JAR#"$ROOT"/}; database: $DB on $PGHOST:$PGPORT; work files: $WORK"
fresh_db "$DB"
PORT_A="$(free_port)"
t0=$(now_ms)
start_app "$DB" "$PORT_A" "$WORK/app-a.log"; PID_A=$APP_PID
wait_health "$PORT_A" "$PID_A" "$WORK/app-a.log"
log "instance A up on port $PORT_A (pid $PID_A) in $(( ($(now_ms) - t0) / 1000 )) s"
PORT_B="$(free_port)"
while [[ "$PORT_B" == "$PORT_A" ]]; do PORT_B="$(free_port)"; done
t0=$(now_ms)
start_app "$DB" "$PORT_B" "$WORK/app-b.log"; PID_B=$APP_PID
wait_health "$PORT_B" "$PID_B" "$WORK/app-b.log"
log "instance B up on port $PORT_B (pid $PID_B) in $(( ($(now_ms) - t0) / 1000 )) s"

pledges_before="$(q "$DB" "SELECT COUNT(*) FROM pledge")"
start_load "$WORKERS" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B"
t_load=$(now_ms)
deadline=$((SECONDS + 120))
while (( $(acked_count) < REFS_WANTED && SECONDS < deadline )); do sleep 0.5; done
acked_file "$WORK/refs.txt"
nrefs=$(wc -l <"$WORK/refs.txt" | tr -d ' ')
(( nrefs > 0 )) || die "no pledge was acknowledged in 120 s (other answers: $(other_summary))"
log "pledge load on both instances: $nrefs acknowledged in $(( ($(now_ms) - t_load) / 1000 )) s"

DAY="$(date +%Y-%m-%d)"
half=$((ENTRIES / 2))
last=$((ENTRIES + half))
EVERY=$(( last / nrefs > 2 ? last / nrefs : 2 ))
read -r n1 r1 < <(gen_camt "$WORK/s1.xml" "TWO-S1-$DAY" "$DAY" 1 "$ENTRIES" "$WORK/refs.txt" "$EVERY")
read -r n2 r2 < <(gen_camt "$WORK/s2.xml" "TWO-S2-$DAY" "$DAY" $((half + 1)) "$last" "$WORK/refs.txt" "$EVERY")
distinct=$last
withref=$(( nrefs < last / EVERY ? nrefs : last / EVERY ))
log "statements: S1 $n1 entries ($r1 with a reference), S2 $n2 entries ($r2 with a reference), $((ENTRIES - half)) shared; $distinct distinct entries, $withref with a reference"

# round ROUND FILE_A FILE_B: imports FILE_A through A and FILE_B through B at the same time.
round() {
  local r="$1" fa="$2" fb="$3" pa pb t
  t=$(now_ms)
  ( import_statement "$PORT_A" "$WORK/$fa" "$WORK/r$r-a.json" >"$WORK/r$r-a.code" ) & pa=$!
  ( import_statement "$PORT_B" "$WORK/$fb" "$WORK/r$r-b.json" >"$WORK/r$r-b.code" ) & pb=$!
  LOAD_PIDS+=("$pa" "$pb")
  wait "$pa" || true; wait "$pb" || true
  log "round $r done in $(( ($(now_ms) - t) / 1000 )) s: A <- $fa: HTTP $(cat "$WORK/r$r-a.code") $(head -c 160 "$WORK/r$r-a.json")"
  log "                  B <- $fb: HTTP $(cat "$WORK/r$r-b.code") $(head -c 160 "$WORK/r$r-b.json")"
}
new_entries() { local v; v="$(sed -n 's/.*"newEntries":\([0-9]*\).*/\1/p' "$WORK/$1.json" 2>/dev/null)"; echo "${v:-0}"; }

round 1 s1.xml s2.xml
round 2 s2.xml s1.xml
sleep 2
stop_load
acked_file "$WORK/acked.txt"
n_acked=$(wc -l <"$WORK/acked.txt" | tr -d ' ')
log "pledge load stopped: $n_acked acknowledged over $(( ($(now_ms) - t_load) / 1000 )) s; other answers: $(other_summary)"
log "imports as recorded: $(q "$DB" "SELECT string_agg(id || ' ' || file_name || ' ' || status || ' new=' || new_entries || ' ' || to_char(started_at, 'HH24:MI:SS.MS') || '..' || COALESCE(to_char(finished_at, 'HH24:MI:SS.MS'), '-'), '; ' ORDER BY id) FROM statement_import WHERE file_name LIKE 's_.xml'")"

echo "--- checks"
for f in r1-a r1-b r2-a r2-b; do check "import $f answered 200" "$(cat "$WORK/$f.code")" 200; done
sum1=$(( $(new_entries r1-a) + $(new_entries r1-b) ))
check "round 1: new entries over both imports = distinct entries" "$sum1" "$distinct"
check "round 2: new entries over both imports" "$(( $(new_entries r2-a) + $(new_entries r2-b) ))" 0
check "bank entries of the two statements" "$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%'")" "$distinct"
check "distinct dedupe keys of the two statements" \
  "$(q "$DB" "SELECT COUNT(DISTINCT dedupe_key) FROM bank_entry WHERE dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%'")" "$distinct"
check "duplicate (drive, dedupe key) pairs" \
  "$(q "$DB" "SELECT COUNT(*) FROM (SELECT 1 FROM bank_entry GROUP BY drive_id, dedupe_key HAVING COUNT(*) > 1) x")" 0
check "entries with a reference matched to their pledge" \
  "$(q "$DB" "SELECT COUNT(*) FROM bank_entry b JOIN pledge p ON p.id = b.pledge_id WHERE b.dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%' AND b.match_status = 'MATCHED' AND b.found_reference = p.reference")" "$withref"
check_ledger "$DB"
check "pledges in the database = $pledges_before demo pledges + $n_acked acknowledged" "$(q "$DB" "SELECT COUNT(*) FROM pledge")" $((pledges_before + n_acked))
check_acked "$DB" "$WORK/acked.txt" "pledges"
if [[ "$(q "$DB" "SELECT to_regclass('shedlock') IS NOT NULL")" == t ]]; then
  log "scheduled-job locks (shedlock): $(q "$DB" "SELECT COALESCE(string_agg(name || ' locked_by=' || locked_by, '; '), 'none yet') FROM shedlock")"
fi

echo "--- summary: statements of $ENTRIES entries ($distinct distinct), $n_acked pledges acknowledged through two instances"
if (( FAILED )); then echo "FAIL two instances"; exit 1; fi
echo "PASS two instances"
