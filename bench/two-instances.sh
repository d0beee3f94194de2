#!/usr/bin/env bash
# Two app instances on one PostgreSQL database: concurrent overlapping statement imports (one through each
# instance) and concurrent pledges against both, then procurement through the organizer's pages (a session
# signed in on one instance used on the other) and the same allocation fired at both instances at once, and a
# scheduled job (ShedLock) that must run on one instance at a time; then checks of what the database and the
# logs hold.
#
#   ./mvnw -q install -DskipTests      # once, from the repository root: builds localis-app/target/localis-app-*.jar
#   bench/two-instances.sh             # prints PASS/FAIL lines; exit code 0 only when every check passed
#
# Needs java 17+, curl, awk and psql (and pg_dump, pg_restore unless REFERENCE=0), and a PostgreSQL server
# where the user may create databases; it is reached with the libpq variables PGHOST, PGPORT, PGUSER,
# PGPASSWORD (defaults 127.0.0.1, 5432, postgres, none). Knobs (environment): TWO_DB (default localis_two;
# dropped and created again at start, kept at the end, as is the copy <TWO_DB>_ref), ENTRIES (entries per statement,
# default 30000), WORKERS (pledge loops, each alternating between the two instances, default 8), REFS_WANTED
# (acknowledged pledges before the statements are written, default 1000), ALLOC_PARALLEL (allocation requests
# fired at each instance at once, default 3), ALLOC_SEASON (winter or summer, default winter), REFERENCE=0
# (skip the reference allocation on a copy of the database), JOB_EVERY_MS and JOB_LOCK_MS (period and ShedLock
# lockAtLeastFor of the interrupted-imports job on both instances, defaults 1000 and 2500: both instances try
# at least twice while the lock is held, and as the lock is not a multiple of the period the instance that ran
# last does not always win the next run), JOB_TOLERANCE_MS (slack for the time between taking
# the lock and writing the log line, default 500), KEEP_WORK=1 (keep logs and files).
#
# What it does: creates the database; starts instance A, waits for /actuator/health, then instance B
# (profiles postgres,demo, so the demo drive exists once; both with the job's short period and lock, and
# --localis.instance-id=A/B); runs the pledge loops against both; writes statement S1 (entries 1..ENTRIES) and
# S2 (entries ENTRIES/2+1..3*ENTRIES/2: half of it overlaps S1, the same bank references and so the same dedupe
# keys); imports S1 through A and S2 through B at the same time, then S2 through A and S1 through B at the same
# time (nothing new). Then, pledge loops still running, as the demo organizer through the pages (form login,
# CSRF token from the forms): signs in on A and, with that session cookie, opens the procurement page on B and
# places the orders of the purchase plan; records an invoice and the delivery of each order, alternating
# between the instances. Unless REFERENCE=0, copies the database as it is now (pg_dump) and starts a third
# instance on the copy. Signs in 2*ALLOC_PARALLEL sessions (alternately on A and B) and fires ALLOC_SEASON
# allocation with all of them at the same time, each on the instance it did not sign in on, and reads each
# run's result (the flash message, kept in the shared session) back on the instance it signed in on; then
# allocates once more on A. On the copy, allocates once. Stops the load.
#
# Checks: each import answered 200; new entries over all imports = the distinct entries (3*ENTRIES/2); no
# duplicate (drive, dedupe key); the ledger balances (total, per entry, one ledger entry per bank entry; the
# invoices' purchase entries included); entries with a reference (spread over both statements, also in the
# shared part) matched to their pledge; pledges in the database = the demo pledges + the acknowledged ones,
# each acknowledged reference exactly once. Pages: the session signed in on A is accepted by B; every form
# post answered 302 back to the procurement page; orders placed, every order invoiced and delivered in full.
# Allocation: every concurrent run answered and its result was shown on the other instance; requests to A and
# to B were in flight at the same time; the sets and tires the runs reported add up to what tire_allocation
# holds (> 0); the run after them allocated nothing; no vehicle has two allocations for the drive and season;
# no order and no size/season has more tires allocated than received; one drive.allocated audit event per run,
# their counts adding up too; the allocations equal those of the single run on the copy, vehicle by vehicle
# and order by order. Scheduled job: the "interrupted-imports sweep ran
# on <instance>" lines of both logs: runs while both were up, on both instances; consecutive runs (both logs,
# by time) never closer than JOB_LOCK_MS - JOB_TOLERANCE_MS; at most (window + tolerance) / JOB_LOCK_MS + 1
# runs in the window, and at most half the 2 * window / JOB_EVERY_MS runs two unlocked instances would make.
set -euo pipefail
source "$(dirname "$0")/lib/harness.sh"

DB="${TWO_DB:-localis_two}"
ENTRIES="${ENTRIES:-30000}"
WORKERS="${WORKERS:-8}"
REFS_WANTED="${REFS_WANTED:-1000}"
ALLOC_PARALLEL="${ALLOC_PARALLEL:-3}"
ALLOC_SEASON="${ALLOC_SEASON:-winter}"
REFERENCE="${REFERENCE:-1}"
JOB_EVERY_MS="${JOB_EVERY_MS:-1000}"
JOB_LOCK_MS="${JOB_LOCK_MS:-2500}"
JOB_TOLERANCE_MS="${JOB_TOLERANCE_MS:-500}"
STMT_PREFIX=TWO
export STMT_PREFIX

need_tools
if [[ "$REFERENCE" != 0 ]]; then
  for t in pg_dump pg_restore; do command -v "$t" >/dev/null || die "$t is not on PATH (or run with REFERENCE=0)"; done
fi
(( JOB_LOCK_MS >= 2 * JOB_EVERY_MS && JOB_LOCK_MS > JOB_TOLERANCE_MS )) \
  || die "JOB_LOCK_MS must be at least twice JOB_EVERY_MS (and more than JOB_TOLERANCE_MS), or the lock shows nothing"
iso_ms() { awk -v ms="$1" 'BEGIN { printf "PT%gS", ms / 1000 }'; }
JOB_ARGS=(--localis.jobs.interrupted-imports.every="$(iso_ms "$JOB_EVERY_MS")"
          --localis.jobs.interrupted-imports.initial-delay=PT1S
          --localis.jobs.interrupted-imports.lock-at-least="$(iso_ms "$JOB_LOCK_MS")")
JAR="$(find_jar)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/localis-two.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

log "jar: ${JAR#"$ROOT"/}; database: $DB on $PGHOST:$PGPORT; work files: $WORK"
fresh_db "$DB"
PORT_A="$(free_port)"
t0=$(now_ms)
start_app "$DB" "$PORT_A" "$WORK/app-a.log" --localis.instance-id=A "${JOB_ARGS[@]}"; PID_A=$APP_PID
wait_health "$PORT_A" "$PID_A" "$WORK/app-a.log"
log "instance A up on port $PORT_A (pid $PID_A) in $(( ($(now_ms) - t0) / 1000 )) s"
PORT_B="$(free_port)"
while [[ "$PORT_B" == "$PORT_A" ]]; do PORT_B="$(free_port)"; done
t0=$(now_ms)
start_app "$DB" "$PORT_B" "$WORK/app-b.log" --localis.instance-id=B "${JOB_ARGS[@]}"; PID_B=$APP_PID
wait_health "$PORT_B" "$PID_B" "$WORK/app-b.log"
t_both=$(now_ms)
log "instance B up on port $PORT_B (pid $PID_B) in $(( (t_both - t0) / 1000 )) s"

pledges_before="$(q "$DB" "SELECT COUNT(*) FROM pledge")"
start_load "$WORKERS" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B"
t_load=$(now_ms)
wait_for_acks "$REFS_WANTED" "$WORK/refs.txt"; nrefs=$NREFS
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

# --- procurement through the organizer's pages, the load still running
DRIVE_ID="$(q "$DB" "SELECT id FROM drive WHERE slug = '$SLUG'")"
PROC="/manage/drives/$DRIVE_ID/procurement"
SEASON_DB="$(printf '%s' "$ALLOC_SEASON" | tr '[:lower:]' '[:upper:]')"
port_of() { if [[ "$1" == A ]]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }
other() { if [[ "$1" == A ]]; then echo B; else echo A; fi; }
: >"$WORK/page-posts.txt"
# page_post WHAT INSTANCE SESSION CSRF PATH [NAME=VALUE...]: a form post, noted as "WHAT CODE LOCATION" in page-posts.txt.
page_post() {
  local what="$1" inst="$2" s="$3" csrf="$4" path="$5" h="$WORK/post.$RANDOM.h" code
  shift 5
  code="$(web_post "$(port_of "$inst")" "$s" "$path" "$csrf" "$h" "$@")"
  echo "$what $code $(location_of "$h")" >>"$WORK/page-posts.txt"
  rm -f "$h"
}
t=$(now_ms)
SESSION="$(web_login "$PORT_A" "$ORGANIZER")" || die "the organizer cannot sign in on A"
code_b="$(web_get "$PORT_B" "$SESSION" "$PROC" "$WORK/proc-b.html")"
CSRF="$(csrf_of "$WORK/proc-b.html")"
plan_tires="$(sed -n 's/.*id="plan-tires">\([0-9]*\)<.*/\1/p' "$WORK/proc-b.html")"
log "signed in on A; procurement page on B with that session: HTTP $code_b, purchase plan of ${plan_tires:-?} tires"
page_post orders B "$SESSION" "$CSRF" "/manage/drives/$DRIVE_ID/orders"
i=0
while read -r order left due; do
  inst=$([[ $((i % 2)) == 0 ]] && echo A || echo B); i=$((i + 1))
  page_post "invoice-$order" "$inst" "$SESSION" "$CSRF" "/manage/drives/$DRIVE_ID/orders/$order/invoice" \
    "invoiceNo=INV-$order" "amount=$(awk -v m="$due" 'BEGIN { printf "%d.%02d", int(m / 100), m % 100 }')"
  page_post "delivery-$order" "$(other "$inst")" "$SESSION" "$CSRF" "/manage/drives/$DRIVE_ID/orders/$order/delivery" "quantity=$left"
done < <(q "$DB" "SELECT id || ' ' || (quantity - delivered) || ' ' || (quantity * unit_price_minor - invoiced_minor) FROM purchase_order WHERE drive_id = $DRIVE_ID ORDER BY id")
n_orders=$i
log "orders placed, invoiced and delivered through the pages: $n_orders orders, $(q "$DB" "SELECT COALESCE(SUM(delivered), 0) FROM purchase_order WHERE drive_id = $DRIVE_ID") tires in stock, in $(( ($(now_ms) - t) / 1000 )) s"

if [[ "$REFERENCE" != 0 ]]; then
  REF_DB="${DB}_ref"
  t=$(now_ms)
  fresh_db "$REF_DB"
  pg_dump -Fc -f "$WORK/before-allocation.dump" "$DB"
  pg_restore --no-owner -d "$REF_DB" "$WORK/before-allocation.dump"
  PORT_R="$(free_port)"
  while [[ "$PORT_R" == "$PORT_A" || "$PORT_R" == "$PORT_B" ]]; do PORT_R="$(free_port)"; done
  start_app "$REF_DB" "$PORT_R" "$WORK/app-ref.log" --localis.instance-id=REF; PID_R=$APP_PID
  log "database copied to $REF_DB in $(( ($(now_ms) - t) / 1000 )) s; reference instance starting on port $PORT_R (pid $PID_R)"
fi

# --- the same allocation fired at both instances at once: session k signs in on one instance, posts on the
# other and reads its result (a flash message kept in the session) back where it signed in
n_alloc=$((2 * ALLOC_PARALLEL))
declare -a A_SESSION A_CSRF A_HOME
for k in $(seq 1 "$n_alloc"); do
  home=$([[ $((k % 2)) == 1 ]] && echo A || echo B)
  A_HOME[k]=$home
  A_SESSION[k]="$(web_login "$(port_of "$home")" "$ORGANIZER")" || die "the organizer cannot sign in on $home"
  web_get "$(port_of "$(other "$home")")" "${A_SESSION[k]}" "$PROC" "$WORK/alloc.$k.form.html" >/dev/null
  A_CSRF[k]="$(csrf_of "$WORK/alloc.$k.form.html")"
done
# allocate_run K POST_INSTANCE READ_INSTANCE: writes "<post instance> <start ms> <end ms> <HTTP code> <location>
# <sets> <tires> <unserved>" (the post's times, the result as shown by READ_INSTANCE) to alloc.K.out.
allocate_run() {
  local k="$1" h="$WORK/alloc.$1.h" code r t0 t1
  t0=$(now_ms)
  code="$(web_post "$(port_of "$2")" "${A_SESSION[k]}" "/manage/drives/$DRIVE_ID/allocate" "${A_CSRF[k]}" "$h" "season=$ALLOC_SEASON")"
  t1=$(now_ms)
  web_get "$(port_of "$3")" "${A_SESSION[k]}" "$PROC" "$WORK/alloc.$k.result.html" >/dev/null
  r="$(sed -n 's/.*id="allocated"[^>]*>\(<p>\)\{0,1\}\([^<]*\)<.*/\2/p' "$WORK/alloc.$k.result.html" | tr -d ',' | grep -o '[0-9]\+' | head -n 3 | paste -sd ' ' - || true)"
  echo "$2 $t0 $t1 $code $(location_of "$h") ${r:-none}" >"$WORK/alloc.$k.out"
}
t=$(now_ms)
pids=()
for k in $(seq 1 "$n_alloc"); do
  allocate_run "$k" "$(other "${A_HOME[k]}")" "${A_HOME[k]}" & pids+=("$!")
done
LOAD_PIDS+=("${pids[@]}")
for p in "${pids[@]}"; do wait "$p" || true; done
log "$n_alloc concurrent $ALLOC_SEASON allocations (${ALLOC_PARALLEL} on each instance) done in $(( ($(now_ms) - t) / 1000 )) s; sets/tires/unserved per run: $(for k in $(seq 1 "$n_alloc"); do printf '%s ' "$(cut -d' ' -f1 "$WORK/alloc.$k.out"):$(cut -d' ' -f6- "$WORK/alloc.$k.out" | tr ' ' /)"; done)"
# the most requests in flight at once, and the pairs of requests to different instances that overlapped in time
read -r in_flight cross_pairs < <(cat "$WORK"/alloc.[1-9]*.out | awk '{ i[NR] = $1; s[NR] = $2; e[NR] = $3 }
  END { m = 0; x = 0
        for (a = 1; a <= NR; a++) { c = 0; for (b = 1; b <= NR; b++) { if (s[b] <= s[a] && e[b] > s[a]) c++; if (b > a && i[a] != i[b] && s[a] < e[b] && s[b] < e[a]) x++ }; if (c > m) m = c }
        print m, x }')
log "allocation requests: at most $in_flight in flight at once; $cross_pairs pairs (one to A, one to B) overlapped in time"
A_SESSION[0]="${A_SESSION[1]}"; A_CSRF[0]="${A_CSRF[1]}"
allocate_run 0 A A
log "allocation once more on A: sets/tires/unserved $(cut -d' ' -f6- "$WORK/alloc.0.out" | tr ' ' /)"

if [[ "$REFERENCE" != 0 ]]; then
  t=$(now_ms)
  wait_health "$PORT_R" "$PID_R" "$WORK/app-ref.log"
  s_ref="$(web_login "$PORT_R" "$ORGANIZER")" || die "the organizer cannot sign in on the reference instance"
  web_get "$PORT_R" "$s_ref" "$PROC" "$WORK/ref.form.html" >/dev/null
  code_ref="$(web_post "$PORT_R" "$s_ref" "/manage/drives/$DRIVE_ID/allocate" "$(csrf_of "$WORK/ref.form.html")" "$WORK/ref.h" "season=$ALLOC_SEASON")"
  log "reference: one $ALLOC_SEASON allocation on the copy (HTTP $code_ref) $(( ($(now_ms) - t) / 1000 )) s after the concurrent ones; stopping the reference instance"
  kill "$PID_R" 2>/dev/null || true
fi

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
# nothing is killed here: every pledge request gets an answer within curl's 30 s (a pledge held up by an
# import's lock on the drive would not)
check "pledge requests left without an answer in 30 s" "$(cat "$WORK"/load.*.other 2>/dev/null | grep -c '^000$' || true)" 0

echo "--- checks: procurement and allocation through the pages"
check "a session signed in on A: the procurement page on B answered" "$code_b" 200
check "form posts not answered 302 back to the procurement page (of $(wc -l <"$WORK/page-posts.txt" | tr -d ' '))" \
  "$(awk -v p="$PROC" '!($2 == 302 && $3 ~ (p "$"))' "$WORK/page-posts.txt" | wc -l | tr -d ' ')" 0
if (( n_orders > 0 )); then pass "orders placed from the purchase plan ($n_orders)"; else fail "no order was placed from the purchase plan"; fi
check "orders not invoiced in full" \
  "$(q "$DB" "SELECT COUNT(*) FROM purchase_order WHERE drive_id = $DRIVE_ID AND invoiced_minor <> quantity * unit_price_minor")" 0
check "orders not delivered in full, or whose stock receipts do not add up to what was delivered" \
  "$(q "$DB" "SELECT COUNT(*) FROM purchase_order p WHERE p.drive_id = $DRIVE_ID AND (p.delivered <> p.quantity OR p.delivered <> (SELECT COALESCE(SUM(r.quantity), 0) FROM stock_receipt r WHERE r.order_id = p.id))")" 0
ok_runs=0; rep_sets=0; rep_tires=0; runs_with_sets=0
for k in $(seq 1 "$n_alloc"); do
  read -r _ _ _ code loc sets tires _ <"$WORK/alloc.$k.out" || true
  if [[ "$code" == 302 && "$loc" == *"$PROC" && "${sets:-}" =~ ^[0-9]+$ && "${tires:-}" =~ ^[0-9]+$ ]]; then
    ok_runs=$((ok_runs + 1)); rep_sets=$((rep_sets + sets)); rep_tires=$((rep_tires + tires))
    if (( sets > 0 )); then runs_with_sets=$((runs_with_sets + 1)); fi
  fi
done
IFS='|' read -r db_sets db_tires < <(q "$DB" "SELECT COUNT(*), COALESCE(SUM(quantity), 0) FROM tire_allocation WHERE drive_id = $DRIVE_ID AND season = '$SEASON_DB'")
check "concurrent allocations answered 302 and their result showed on the other instance" "$ok_runs" "$n_alloc"
if (( cross_pairs > 0 )); then pass "allocation requests to A and to B in flight at the same time ($cross_pairs overlapping pairs, at most $in_flight at once)"
else fail "no allocation request to A overlapped one to B in time"; fi
if (( db_sets > 0 )); then pass "$ALLOC_SEASON sets allocated ($db_sets sets, $db_tires tires)"; else fail "no $ALLOC_SEASON set was allocated"; fi
check "sets/tires the concurrent runs reported ($runs_with_sets of them allocated any) = allocations in the database" \
  "$rep_sets/$rep_tires" "$db_sets/$db_tires"
check "the allocation run after them: sets allocated" "$(cut -d' ' -f6 "$WORK/alloc.0.out")" 0
check "vehicles with two allocations for one drive and season" \
  "$(q "$DB" "SELECT COUNT(*) FROM (SELECT 1 FROM tire_allocation GROUP BY drive_id, vehicle_id, season HAVING COUNT(*) > 1) x")" 0
check "orders with more tires allocated than received" \
  "$(q "$DB" "SELECT COUNT(*) FROM purchase_order p WHERE (SELECT COALESCE(SUM(a.quantity), 0) FROM tire_allocation a WHERE a.order_id = p.id) > (SELECT COALESCE(SUM(r.quantity), 0) FROM stock_receipt r WHERE r.order_id = p.id)")" 0
check "sizes (designation, season) with more tires allocated than received" "$(q "$DB" "
  WITH received AS (SELECT o.designation, o.season, SUM(r.quantity) AS n FROM stock_receipt r
                      JOIN purchase_order p ON p.id = r.order_id JOIN supplier_offer o ON o.id = p.offer_id GROUP BY 1, 2),
       allocated AS (SELECT o.designation, o.season, SUM(a.quantity) AS n FROM tire_allocation a
                       JOIN purchase_order p ON p.id = a.order_id JOIN supplier_offer o ON o.id = p.offer_id GROUP BY 1, 2)
  SELECT COUNT(*) FROM allocated a LEFT JOIN received r USING (designation, season) WHERE a.n > COALESCE(r.n, 0)")" 0
IFS='|' read -r ev ev_sets ev_tires < <(q "$DB" "SELECT COUNT(*), COALESCE(SUM(split_part(summary, ' ', 1)::int), 0),
  COALESCE(SUM(substring(summary from '\(([0-9]+) tires\)')::int), 0) FROM audit_event
  WHERE action = 'drive.allocated' AND entity_type = 'drive' AND entity_id = '$DRIVE_ID'")
check "drive.allocated audit events = allocation runs" "$ev" $((n_alloc + 1))
check "sets/tires in those audit events = allocations in the database" "$ev_sets/$ev_tires" "$db_sets/$db_tires"
if [[ "$REFERENCE" != 0 ]]; then
  alloc_rows() { q "$1" "SELECT COALESCE(string_agg(vehicle_id || ':' || order_id || ':' || quantity, ' ' ORDER BY vehicle_id), '') FROM tire_allocation WHERE drive_id = $DRIVE_ID AND season = '$SEASON_DB'"; }
  IFS='|' read -r ref_sets ref_tires < <(q "$REF_DB" "SELECT COUNT(*), COALESCE(SUM(quantity), 0) FROM tire_allocation WHERE drive_id = $DRIVE_ID AND season = '$SEASON_DB'")
  check "sets/tires allocated = those of a single run on the copy" "$db_sets/$db_tires" "$ref_sets/$ref_tires"
  if [[ "$(alloc_rows "$DB")" == "$(alloc_rows "$REF_DB")" ]]; then
    pass "allocations = those of the single run on the copy, vehicle by vehicle and order by order"
  else
    fail "allocations differ from those of the single run on the copy (vehicle:order:tires): $(diff <(alloc_rows "$DB" | tr ' ' '\n') <(alloc_rows "$REF_DB" | tr ' ' '\n') | grep '^[<>]' | head -n 10 | paste -sd ' ' -)"
  fi
fi

echo "--- checks: the scheduled job interrupted-imports (ShedLock) on both instances"
t_end=$(now_ms)
grep -h 'interrupted-imports sweep ran on' "$WORK/app-a.log" "$WORK/app-b.log" | awk '{ print $1 "\t" $NF }' >"$WORK/job-runs.tsv" || true
IFS='|' read -r n_all n_win n_win_a n_win_b min_gap min_cross n_close < <(psql -X -q -v ON_ERROR_STOP=1 -tA -d "$DB" <<SQL
CREATE TEMP TABLE run (at TIMESTAMP WITH TIME ZONE, instance TEXT);
\copy run FROM '$WORK/job-runs.tsv'
WITH g AS (SELECT at, instance, lag(at) OVER (ORDER BY at) AS prev_at, lag(instance) OVER (ORDER BY at) AS prev_instance FROM run),
     w AS (SELECT * FROM run WHERE at BETWEEN to_timestamp($t_both / 1000.0) AND to_timestamp($t_end / 1000.0))
SELECT (SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM w), (SELECT COUNT(*) FROM w WHERE instance = 'A'),
       (SELECT COUNT(*) FROM w WHERE instance = 'B'),
       COALESCE((SELECT MIN(ROUND(EXTRACT(EPOCH FROM at - prev_at) * 1000)) FROM g WHERE prev_at IS NOT NULL)::text, '-'),
       COALESCE((SELECT MIN(ROUND(EXTRACT(EPOCH FROM at - prev_at) * 1000)) FROM g WHERE prev_instance <> instance)::text, '-'),
       (SELECT COUNT(*) FROM g WHERE at - prev_at < make_interval(secs => ($JOB_LOCK_MS - $JOB_TOLERANCE_MS) / 1000.0));
SQL
)
window_ms=$((t_end - t_both))
max_runs=$(( (window_ms + JOB_TOLERANCE_MS) / JOB_LOCK_MS + 1 ))
unlocked=$(( 2 * window_ms / JOB_EVERY_MS ))
log "job runs logged: $n_all in all; $n_win in the $((window_ms / 1000)) s both instances were up (A $n_win_a, B $n_win_b); closest runs ${min_gap} ms apart, closest on different instances ${min_cross} ms (period ${JOB_EVERY_MS} ms, lockAtLeastFor ${JOB_LOCK_MS} ms)"
log "shedlock row: $(q "$DB" "SELECT COALESCE(string_agg(name || ' locked_by=' || locked_by || ' locked_at=' || to_char(locked_at, 'HH24:MI:SS.MS') || ' lock_until=' || to_char(lock_until, 'HH24:MI:SS.MS'), '; '), 'none') FROM shedlock")"
if (( n_win > 0 )); then pass "job runs while both instances were up ($n_win)"; else fail "the job never ran while both instances were up"; fi
if (( n_win_a > 0 && n_win_b > 0 )); then pass "the job ran on both instances (A $n_win_a, B $n_win_b)"
else fail "the job ran on one instance only (A $n_win_a, B $n_win_b)"; fi
check "consecutive runs (both instances, by time) closer than lockAtLeastFor - tolerance = $((JOB_LOCK_MS - JOB_TOLERANCE_MS)) ms" "$n_close" 0
if (( n_win <= max_runs )); then pass "runs in the window ($n_win) <= (window + tolerance) / lockAtLeastFor + 1 = $max_runs"
else fail "runs in the window ($n_win) > (window + tolerance) / lockAtLeastFor + 1 = $max_runs"; fi
if (( 2 * n_win <= unlocked )); then pass "runs in the window ($n_win) <= half of the ~$unlocked two unlocked instances would make"
else fail "runs in the window ($n_win) > half of the ~$unlocked two unlocked instances would make"; fi

echo "--- summary: statements of $ENTRIES entries ($distinct distinct), $n_acked pledges acknowledged through two instances;" \
  "$n_orders orders, $n_alloc concurrent allocations: $db_sets sets ($db_tires tires); job: $n_win runs in $((window_ms / 1000)) s"
if (( FAILED )); then echo "FAIL two instances"; exit 1; fi
echo "PASS two instances"
