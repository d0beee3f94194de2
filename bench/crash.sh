#!/usr/bin/env bash
# Crash test of the web application on PostgreSQL: pledge load plus a large statement import, `kill -9` of
# the app in the middle of the import, restart, and checks of what the database holds.
#
#   ./mvnw -q install -DskipTests      # once, from the repository root: builds localis-app/target/localis-app-*.jar
#   bench/crash.sh                     # prints PASS/FAIL lines; exit code 0 only when every check passed
#
# Needs java 17+, curl, awk and psql, and a PostgreSQL server where the user may create databases; it is
# reached with the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, postgres,
# none). Knobs (environment): CRASH_DB (default localis_crash; dropped and created again at start, kept at
# the end for inspection), ENTRIES (statement entries, default 60000), WORKERS (parallel pledge loops,
# default 8), REFS_WANTED (acknowledged pledges to wait for before the statement is written, default 1500),
# KILL_AT_PERCENT (import progress at which the app is killed, default 30), KEEP_WORK=1 (keep logs and files).
#
# What it does:
#  1. creates the database, starts the app jar (profiles postgres,demo, a free port, public write rate
#     limit lifted) and waits for /actuator/health;
#  2. runs WORKERS curl loops posting pledges to POST /api/drives/wheels-for-ambulances/pledges, recording
#     every reference the server acknowledged with 201;
#  3. writes a camt.053 statement of ENTRIES entries for the demo drive's account, the acknowledged references
#     spread evenly over it (each once, as a 100.00 RUB credit: the pledged amount), and imports it through
#     POST /api/drives/{slug}/statements (synchronous, one transaction);
#  4. watches statement_import until the import is RUNNING past KILL_AT_PERCENT % and `kill -9`s the app;
#  5. restarts the app on the same port (the pledge loops keep going through the crash and after it);
#  6. checks: (1) every acknowledged reference is in pledge exactly once; (2) the killed import is all or
#     nothing (0 or ENTRIES bank entries); (3) the ledger balances (in total and per entry, one ledger entry
#     per bank entry); (4) importing the statement again completes, then every entry is there exactly once
#     and every entry with a reference is matched to its pledge; the ledger still balances;
#  7. mail (issue 18): every PLEDGE_EMAIL_EVERY-th pledge of the load leaves a donor e-mail address, so the
#     outbox fills during the load and the sender (every 0.5 s) sends to an SMTP sink that runs as its own
#     process (bench/lib/smtp_sink.py, SMTP_DELAY_MS per message) and logs every Message-ID it receives. The
#     kill -9 falls while messages are pending (and, when it happens, one being sent). After the restart the
#     outbox is drained, then: (5) every pledge with an address has exactly one confirmation row; every row
#     pending at the kill is SENT; every row is SENT except one caught mid-send (that one is FAILED, never
#     sent twice); the sink received every SENT row exactly once and nothing twice.
#     Knobs: PLEDGE_EMAIL_EVERY (default 5), SMTP_DELAY_MS (default 5), MAIL_DRAIN_SECONDS (default 300).
set -euo pipefail
source "$(dirname "$0")/lib/harness.sh"

DB="${CRASH_DB:-localis_crash}"
ENTRIES="${ENTRIES:-60000}"
WORKERS="${WORKERS:-8}"
REFS_WANTED="${REFS_WANTED:-1500}"
KILL_AT_PERCENT="${KILL_AT_PERCENT:-30}"
STMT_PREFIX=CRASH
export STMT_PREFIX
PLEDGE_EMAIL_EVERY="${PLEDGE_EMAIL_EVERY:-5}"
export PLEDGE_EMAIL_EVERY
SMTP_DELAY_MS="${SMTP_DELAY_MS:-5}"
MAIL_DRAIN_SECONDS="${MAIL_DRAIN_SECONDS:-300}"

need_tools
JAR="$(find_jar)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/localis-crash.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

log "jar: ${JAR#"$ROOT"/}; database: $DB on $PGHOST:$PGPORT; work files: $WORK"
fresh_db "$DB"
SMTP_PORT="$(free_port)"
python3 "$ROOT/bench/lib/smtp_sink.py" "$SMTP_PORT" "$WORK/smtp.log" "$SMTP_DELAY_MS" >"$WORK/smtp-sink.out" 2>&1 &
APP_PIDS+=("$!") # stopped with the apps at the end
: >"$WORK/smtp.log"
MAIL_ARGS=(--spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" --localis.mail.every=PT0.5S
  --localis.mail.initial-delay=PT1S --localis.mail.backoff=PT2S --localis.mail.abandoned-after=PT15S)
log "SMTP sink on port $SMTP_PORT ($SMTP_DELAY_MS ms per message); every ${PLEDGE_EMAIL_EVERY}th pledge leaves an e-mail address"
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
t0=$(now_ms)
start_app "$DB" "$PORT" "$WORK/app-1.log" "${MAIL_ARGS[@]}"
APP1=$APP_PID
wait_health "$PORT" "$APP1" "$WORK/app-1.log"
log "app up on port $PORT (pid $APP1) in $(( ($(now_ms) - t0) / 1000 )) s (Flyway migrations and demo data included)"

start_load "$WORKERS" "$BASE"
t_load=$(now_ms)
wait_for_acks "$REFS_WANTED" "$WORK/refs.txt"; nrefs=$NREFS
log "pledge load: $nrefs acknowledged in $(( ($(now_ms) - t_load) / 1000 )) s with $WORKERS loops"

DAY="$(date +%Y-%m-%d)"
EVERY=$(( ENTRIES / nrefs > 2 ? ENTRIES / nrefs : 2 ))
t_gen=$(now_ms)
read -r n_entries n_withref < <(gen_camt "$WORK/crash-statement.xml" "CRASH-$DAY" "$DAY" 1 "$ENTRIES" "$WORK/refs.txt" "$EVERY")
log "statement: $n_entries entries ($n_withref with a pledge reference), $(( $(wc -c <"$WORK/crash-statement.xml") / 1024 / 1024 )) MiB, written in $(( $(now_ms) - t_gen )) ms"

t_imp=$(now_ms)
( import_statement "$PORT" "$WORK/crash-statement.xml" "$WORK/import-1.json" >"$WORK/import-1.code" ) &
CURL_PID=$!
LOAD_PIDS+=("$CURL_PID")

# Wait until the data transaction is well under way: status RUNNING and processed >= KILL_AT_PERCENT % of total.
IMPORT_ID=""
killed=""
deadline=$((SECONDS + 900))
while (( SECONDS < deadline )); do
  row="$(q "$DB" "SELECT id, status, total, processed FROM statement_import WHERE file_name = 'crash-statement.xml' ORDER BY id DESC LIMIT 1")"
  if [[ -n "$row" ]]; then
    IFS='|' read -r IMPORT_ID st total processed <<<"$row"
    if [[ "$st" == RUNNING ]] && (( total > 0 && processed * 100 >= total * KILL_AT_PERCENT )); then
      kill -9 "$APP1"
      t_kill=$(now_ms)
      killed="$st $processed/$total"
      break
    fi
    if [[ "$st" != RUNNING && "$st" != QUEUED ]]; then
      die "the import ended ($st) before it could be killed; raise ENTRIES or lower KILL_AT_PERCENT"
    fi
  fi
  kill -0 "$APP1" 2>/dev/null || die "the app died by itself during the import; log: $WORK/app-1.log"
  sleep 0.1
done
[[ -n "$killed" ]] || die "the import did not reach ${KILL_AT_PERCENT} % within 900 s"
wait "$APP1" 2>/dev/null || true
wait "$CURL_PID" 2>/dev/null || true
log "kill -9 of the app at import $IMPORT_ID progress $killed, $(( (t_kill - t_imp) / 1000 )) s after the upload started; the upload's HTTP status: $(cat "$WORK/import-1.code")"
# curl reports 000 when nothing came back, 100 when only the interim "100 Continue" did.
case "$(cat "$WORK/import-1.code")" in
  000|100) pass "the killed import's request got no final answer (curl: $(cat "$WORK/import-1.code"))" ;;
  *) fail "the killed import's request was answered ($(cat "$WORK/import-1.code")): the kill came too late" ;;
esac

# The database notices the dead connections; wait until none of the killed app's sessions remain.
deadline=$((SECONDS + 60))
while (( $(q "$DB" "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()") > 0 && SECONDS < deadline )); do
  sleep 0.2
done
after_crash="$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE import_id = $IMPORT_ID")"
q "$DB" "SELECT id FROM mail_outbox WHERE status = 'PENDING' ORDER BY id" >"$WORK/mail-pending-at-kill.txt"
q "$DB" "SELECT id FROM mail_outbox WHERE status = 'SENDING' ORDER BY id" >"$WORK/mail-sending-at-kill.txt"
mail_pending_at_kill=$(grep -c . "$WORK/mail-pending-at-kill.txt" || true)
mail_sending_at_kill=$(grep -c . "$WORK/mail-sending-at-kill.txt" || true)
mail_sent_at_kill="$(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")"
sink_at_kill=$(grep -c . "$WORK/smtp.log" || true)
log "outbox at the kill: $mail_sent_at_kill sent, $mail_pending_at_kill pending, $mail_sending_at_kill being sent ($(tr '\n' ' ' <"$WORK/mail-sending-at-kill.txt")); the SMTP sink had $sink_at_kill messages"
log "right after the crash: $after_crash bank entries of import $IMPORT_ID; import row: $(q "$DB" "SELECT status || ' ' || processed || '/' || total FROM statement_import WHERE id = $IMPORT_ID")"

t_restart=$(now_ms)
start_app "$DB" "$PORT" "$WORK/app-2.log" "${MAIL_ARGS[@]}"
APP2=$APP_PID
wait_health "$PORT" "$APP2" "$WORK/app-2.log"
log "app restarted (pid $APP2) in $(( ($(now_ms) - t_restart) / 1000 )) s; $(( ($(now_ms) - t_kill) / 1000 )) s from kill to healthy"
acked_before=$(acked_count)
deadline=$((SECONDS + 60))
while (( $(acked_count) < acked_before + 100 && SECONDS < deadline )); do sleep 0.5; done
sleep 2
stop_load
acked_file "$WORK/acked.txt"
n_acked=$(wc -l <"$WORK/acked.txt" | tr -d ' ')
n_pledges="$(q "$DB" "SELECT COUNT(*) FROM pledge")"
log "pledge load stopped: $n_acked acknowledged (201) over $(( ($(now_ms) - t_load) / 1000 )) s; other answers: $(other_summary); rows in pledge: $n_pledges (demo pledges and requests cut by the crash included)"

echo "--- checks after the crash and restart"
check_acked "$DB" "$WORK/acked.txt" "(1) pledges"
n_killed="$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE import_id = $IMPORT_ID")"
n_keys="$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%'")"
if [[ "$n_killed" == 0 && "$n_keys" == 0 ]]; then
  pass "(2) the killed import is fully absent (0 bank entries of import $IMPORT_ID, 0 of the statement's entries)"
elif [[ "$n_killed" == "$n_entries" && "$n_keys" == "$n_entries" ]]; then
  pass "(2) the killed import is fully present ($n_killed bank entries)"
else
  fail "(2) the killed import is partial: $n_killed bank entries of import $IMPORT_ID, $n_keys of the statement's $n_entries entries"
fi
check "(2) statement balances stored by the killed import" \
  "$(q "$DB" "SELECT COUNT(*) FROM statement_balance WHERE import_id = $IMPORT_ID")" "$([[ "$n_killed" == 0 ]] && echo 0 || echo 1)"
check_ledger "$DB" "(3) "
log "the killed import's row after the restart: $(q "$DB" "SELECT status || COALESCE(' (' || LEFT(errors, 80) || ')', '') FROM statement_import WHERE id = $IMPORT_ID")"

echo "--- (4) importing the statement again"
t_re=$(now_ms)
code="$(import_statement "$PORT" "$WORK/crash-statement.xml" "$WORK/import-2.json")"
re_ms=$(( $(now_ms) - t_re ))
log "re-import: HTTP $code in $(( re_ms / 1000 )).$(( re_ms % 1000 / 100 )) s: $(head -c 300 "$WORK/import-2.json")"
check "(4) the re-import answers 200" "$code" 200
if [[ "$n_killed" == 0 ]]; then want=DONE; else want=UNCHANGED; fi
check "(4) the re-import's status" "$(sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p' "$WORK/import-2.json")" "$want"
check "(4) the statement's entries in bank_entry" "$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%'")" "$n_entries"
check "(4) distinct dedupe keys of the statement's entries" \
  "$(q "$DB" "SELECT COUNT(DISTINCT dedupe_key) FROM bank_entry WHERE dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%'")" "$n_entries"
check "(4) duplicate (drive, dedupe key) pairs anywhere" \
  "$(q "$DB" "SELECT COUNT(*) FROM (SELECT 1 FROM bank_entry GROUP BY drive_id, dedupe_key HAVING COUNT(*) > 1) x")" 0
check "(4) entries with an acknowledged reference matched to their pledge" \
  "$(q "$DB" "SELECT COUNT(*) FROM bank_entry b JOIN pledge p ON p.id = b.pledge_id WHERE b.dedupe_key LIKE '$ACCOUNT|$STMT_PREFIX-%' AND b.match_status = 'MATCHED' AND b.found_reference = p.reference")" "$n_withref"
check "(4) bank entries of the killed import after the re-import" "$(q "$DB" "SELECT COUNT(*) FROM bank_entry WHERE import_id = $IMPORT_ID")" "$n_killed"
check_ledger "$DB" "(4) "

echo "--- (5) mail: a kill -9 between commit and send loses no message and sends none twice"
t_drain=$(now_ms)
deadline=$((SECONDS + MAIL_DRAIN_SECONDS))
while (( $(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')") > 0 && SECONDS < deadline )); do
  sleep 1
done
drain_ms=$(( $(now_ms) - t_drain ))
sleep 2 # the sink's last lines
log "outbox after the drain ($(( drain_ms / 1000 )) s): $(q "$DB" "SELECT string_agg(status || ' ' || n, ', ') FROM (SELECT status, COUNT(*) n FROM mail_outbox GROUP BY status ORDER BY status) x"); by kind: $(q "$DB" "SELECT string_agg(kind || ' ' || n, ', ') FROM (SELECT kind, COUNT(*) n FROM mail_outbox GROUP BY kind ORDER BY kind) x")"
check "(5) messages still pending or being sent after ${MAIL_DRAIN_SECONDS} s" \
  "$(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")" 0
n_with_email="$(q "$DB" "SELECT COUNT(*) FROM pledge WHERE donor_email IS NOT NULL")"
check "(5) pledges with a donor address without their confirmation in the outbox" \
  "$(q "$DB" "SELECT COUNT(*) FROM pledge p WHERE p.donor_email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.kind = 'PLEDGE' AND o.recipient = p.donor_email)")" 0
check "(5) confirmation rows = pledges with a donor address ($n_with_email)" "$(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'PLEDGE'")" "$n_with_email"
pending_list="$(paste -sd, "$WORK/mail-pending-at-kill.txt")"; pending_list="${pending_list:-0}"
sending_list="$(paste -sd, "$WORK/mail-sending-at-kill.txt")"; sending_list="${sending_list:-0}"
check "(5) messages pending at the kill and SENT after the restart" \
  "$(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE id IN ($pending_list) AND status = 'SENT'")" "$mail_pending_at_kill"
check "(5) messages not SENT, other than one caught mid-send by the kill" \
  "$(q "$DB" "SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT' AND id NOT IN ($sending_list)")" 0
# the sink's Message-IDs are <outbox-ID.CREATED@localis>: count receipts per outbox id
awk -F'\t' '{ if (match($2, /outbox-[0-9]+\./)) print substr($2, RSTART + 7, RLENGTH - 8); else print "other" }' "$WORK/smtp.log" \
  | sort | uniq -c | awk '{print $2 "\t" $1}' >"$WORK/sink-counts.txt"
q "$DB" "SELECT id FROM mail_outbox WHERE status = 'SENT' ORDER BY id" >"$WORK/mail-sent.txt"
n_sent=$(grep -c . "$WORK/mail-sent.txt" || true)
n_sink=$(grep -c . "$WORK/smtp.log" || true)
check "(5) SENT rows the SMTP server did not receive exactly once" \
  "$(awk -F'\t' 'NR == FNR { c[$1] = $2; next } { if (c[$1] != 1) bad++ } END { print bad + 0 }' "$WORK/sink-counts.txt" "$WORK/mail-sent.txt")" 0
check "(5) messages the SMTP server received more than once" "$(awk -F'\t' '$2 > 1' "$WORK/sink-counts.txt" | wc -l | tr -d ' ')" 0
check "(5) messages received that are not SENT rows (other than one caught mid-send)" \
  "$(awk -F'\t' -v mid=",$sending_list," 'NR == FNR { s[$1] = 1; next } { if (!($1 in s) && index(mid, "," $1 ",") == 0) bad++ } END { print bad + 0 }' "$WORK/mail-sent.txt" "$WORK/sink-counts.txt")" 0
for id in $(cat "$WORK/mail-sending-at-kill.txt"); do
  got="$(awk -F'\t' -v id="$id" '$1 == id { print $2 }' "$WORK/sink-counts.txt")"
  log "the message caught mid-send ($id): received ${got:-0} time(s) by the SMTP server; now $(q "$DB" "SELECT status || ' (' || COALESCE(last_error, '') || ')' FROM mail_outbox WHERE id = $id")"
  if (( ${got:-0} <= 1 )); then pass "(5) the message caught mid-send ($id) was not sent twice"; else fail "(5) the message caught mid-send ($id) was received ${got} times"; fi
done
log "mail: $n_sent sent rows, $n_sink messages at the SMTP sink, $mail_pending_at_kill pending and $mail_sending_at_kill mid-send at the kill, drained in $(( drain_ms / 1000 )) s after the checks above"

echo "--- summary: $n_entries entries, killed at $killed, $n_acked pledges acknowledged, re-import ${re_ms} ms; mail: $n_sent sent, $n_sink received, $mail_pending_at_kill pending at the kill"
if (( FAILED )); then echo "FAIL crash test"; exit 1; fi
echo "PASS crash test"
