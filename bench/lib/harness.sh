# Shared helpers of bench/crash.sh and bench/two-instances.sh (sourced, not run). Needs bash, java 17+,
# curl, awk and psql; PostgreSQL is reached with the usual libpq variables (PGHOST, PGPORT, PGUSER,
# PGPASSWORD; defaults 127.0.0.1, 5432, postgres).

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SLUG="${SLUG:-wheels-for-ambulances}"
ACCOUNT="${ACCOUNT:-40703810500000000001}"
ORGANIZER="${ORGANIZER:-organizer:demo-organizer-pass}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-240}"

FAILED=0
APP_PIDS=()
LOAD_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; FAILED=1; }
die() { printf 'FAIL %s\n' "$*"; exit 2; }
now_ms() { date +%s%3N; }

# check NAME ACTUAL EXPECTED: PASS when equal
check() {
  if [[ "$2" == "$3" ]]; then pass "$1 ($2)"; else fail "$1: got '$2', expected '$3'"; fi
}

need_tools() {
  local t
  for t in java curl awk psql; do command -v "$t" >/dev/null || die "$t is not on PATH"; done
}

find_jar() {
  local j
  j="$(ls "$ROOT"/localis-app/target/localis-app-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
  [[ -n "$j" ]] || die "no localis-app/target/localis-app-*.jar: build it first with ./mvnw -q install -DskipTests"
  printf '%s' "$j"
}

# A TCP port nobody listens on (random in 20000..59999).
free_port() {
  local p i
  for i in $(seq 1 200); do
    # below Linux's ephemeral range (32768 and up by default): a port there may be the local end of some
    # outgoing connection (a database client's), which a connect probe cannot see but a server cannot bind
    p=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then printf '%s' "$p"; return 0; fi
  done
  die "no free port found"
}

# q DB SQL: one query, unaligned tuples only, stops on error.
q() { psql -X -q -v ON_ERROR_STOP=1 -tA -d "$1" -c "$2"; }

fresh_db() {
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null \
    || die "cannot create database $1 on $PGHOST:$PGPORT as $PGUSER"
}

# start_app DB PORT LOGFILE [ARG...]: starts the app jar in the background (ARGs are added to its command
# line, e.g. --localis.instance-id=A), sets APP_PID (also kept in APP_PIDS).
start_app() {
  local db="$1" port="$2" logf="$3"
  shift 3
  (cd "$WORK" && SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
     SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LOCALIS_RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE=1000000 \
     exec java ${APP_JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port="$port" --spring.profiles.active=postgres,demo \
       --localis.rate-limit.public-writes-per-minute=1000000 "$@") >>"$logf" 2>&1 &
  APP_PID=$!
  APP_PIDS+=("$APP_PID")
}

# wait_health PORT PID LOGFILE: until /actuator/health says UP (or the process died, or the timeout).
wait_health() {
  local port="$1" pid="$2" logf="$3" deadline=$((SECONDS + HEALTH_TIMEOUT))
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$logf"; die "the app (pid $pid) exited during startup; log: $logf"; }
    if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    sleep 0.5
  done
  tail -n 40 "$logf"
  die "the app on port $port was not healthy within ${HEALTH_TIMEOUT}s; log: $logf"
}

# pledge_worker OUTPREFIX URL...: posts pledges round-robin over the URLs until $WORK/stop-load exists.
# Every reference answered with HTTP 201 goes to OUTPREFIX.acked; other answers' codes to OUTPREFIX.other
# (000 = no answer: refused, reset or timed out).
pledge_worker() {
  local out="$1"; shift
  local urls=("$@") i=0 code body="$out.body" ref
  : >"$out.acked"; : >"$out.other"
  while [[ ! -e "$WORK/stop-load" ]]; do
    local base="${urls[i % ${#urls[@]}]}"; i=$((i + 1))
    local json='{"amount":"100"}'
    # PLEDGE_EMAIL_EVERY=N: every N-th pledge leaves a donor e-mail address (a confirmation goes to the outbox)
    if (( ${PLEDGE_EMAIL_EVERY:-0} > 0 && i % ${PLEDGE_EMAIL_EVERY:-1} == 0 )); then
      json="{\"amount\":\"100\",\"email\":\"donor-$BASHPID-$i@example.org\"}"
    fi
    code="$(curl -s -o "$body" -w '%{http_code}' --max-time 30 -H 'Content-Type: application/json' \
             -d "$json" "$base/api/drives/$SLUG/pledges" 2>/dev/null)" || true
    if [[ "$code" == 201 ]]; then
      ref="$(sed -n 's/.*"reference":"\([^"]*\)".*/\1/p' "$body")"
      if [[ -n "$ref" ]]; then echo "$ref" >>"$out.acked"; else echo "201-without-reference" >>"$out.other"; fi
    else
      echo "${code:-000}" >>"$out.other"
      [[ "$code" == 000 || -z "$code" ]] && sleep 0.2
    fi
  done
}

# start_load N URL...: N background pledge workers writing $WORK/load.<k>.{acked,other}.
start_load() {
  local n="$1" k; shift
  rm -f "$WORK/stop-load"
  for k in $(seq 1 "$n"); do
    pledge_worker "$WORK/load.$k" "$@" &
    LOAD_PIDS+=("$!")
  done
}

stop_load() {
  local p
  touch "$WORK/stop-load"
  for p in "${LOAD_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  LOAD_PIDS=()
}

acked_count() { cat "$WORK"/load.*.acked 2>/dev/null | wc -l | tr -d ' '; }
acked_file() { cat "$WORK"/load.*.acked >"$1" 2>/dev/null || : >"$1"; }
other_summary() { cat "$WORK"/load.*.other 2>/dev/null | sort | uniq -c | awk '{printf "%s%s x%s", (NR>1?", ":""), $2, $1}'; }
# wait_for_acks WANT FILE: waits (at most 120 s) until the pledge loops have WANT acknowledged references,
# writes those acknowledged so far to FILE and sets NREFS to their number; dies when there are none.
wait_for_acks() {
  local want="$1" file="$2" deadline=$((SECONDS + 120))
  while (( $(acked_count) < want && SECONDS < deadline )); do sleep 0.5; done
  acked_file "$file"
  NREFS=$(wc -l <"$file" | tr -d ' ')
  (( NREFS > 0 )) || die "no pledge was acknowledged in 120 s (other answers: $(other_summary))"
}

# gen_camt OUT STMT_ID DAY FROM TO REFS_FILE EVERY: a camt.053.001.08 statement for $ACCOUNT with entries
# FROM..TO (bank reference <STMT_PREFIX>-<i>, so overlapping ranges share dedupe keys). Entry i with
# i % EVERY == 0 carries the (i/EVERY)-th reference of REFS_FILE (while there are any) as a 100.00 credit;
# every 13th other entry is a debit; the rest are credits of deterministic amounts. Opening 0, closing =
# credits - debits (the reader checks it). Prints the number of entries and of entries with a reference.
gen_camt() {
  local out="$1" id="$2" day="$3" from="$4" to="$5" refs="$6" every="$7"
  awk -v acct="$ACCOUNT" -v id="$id" -v day="$day" -v from="$from" -v to="$to" -v refs="$refs" -v every="$every" \
      -v prefix="${STMT_PREFIX:-BENCH}" -v out="$out" '
    function isref(i) { return (i % every == 0) && ((i / every) in ref) }
    function amt(i) { return isref(i) ? 10000 : 100 + (i * 7919) % 900000 }
    function debit(i) { return !isref(i) && i % 13 == 0 }
    function money(m) { return sprintf("%d.%02d", int(m / 100), m % 100) }
    BEGIN {
      n = 0; while ((getline r < refs) > 0) if (r != "") ref[++n] = r
      closing = 0; withref = 0
      for (i = from; i <= to; i++) { if (isref(i)) withref++; closing += debit(i) ? -amt(i) : amt(i) }
      printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n<BkToCstmrStmt>\n" > out
      printf "<GrpHdr><MsgId>%s</MsgId><CreDtTm>%sT23:59:59</CreDtTm></GrpHdr>\n<Stmt>\n<Id>%s</Id>\n<CreDtTm>%sT23:59:59</CreDtTm>\n", id, day, id, day > out
      printf "<FrToDt><FrDtTm>%sT00:00:00</FrDtTm><ToDtTm>%sT23:59:59</ToDtTm></FrToDt>\n", day, day > out
      printf "<Acct><Id><Othr><Id>%s</Id></Othr></Id><Ccy>RUB</Ccy></Acct>\n", acct > out
      printf "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"RUB\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>\n", day > out
      printf "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"RUB\">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>\n", money(closing < 0 ? -closing : closing), closing < 0 ? "DBIT" : "CRDT", day > out
      for (i = from; i <= to; i++) {
        d = debit(i); party = d ? "Cdtr" : "Dbtr"
        purpose = isref(i) ? "Donation for tires " ref[i / every] : (d ? "Bank fee " i : "Donation " i)
        printf "<Ntry><Amt Ccy=\"RUB\">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>", money(amt(i)), d ? "DBIT" : "CRDT" > out
        printf "<BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt><AcctSvcrRef>%s-%07d</AcctSvcrRef>", day, day, prefix, i > out
        printf "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>OTHR</SubFmlyCd></Fmly></Domn></BkTxCd>", d ? "ICDT" : "RCDT" > out
        printf "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>" > out
        printf "<RltdPties><%s><Pty><Nm>Payer %d</Nm></Pty></%s></RltdPties><RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n", party, i, party, purpose > out
      }
      printf "</Stmt>\n</BkToCstmrStmt>\n</Document>\n" > out
      close(out)
      print (to - from + 1), withref
    }'
}

# import_statement PORT FILE OUTBODY: POSTs the statement (synchronous import); prints the HTTP code.
import_statement() {
  curl -s -o "$3" -w '%{http_code}' --max-time "${IMPORT_TIMEOUT:-900}" -u "$ORGANIZER" \
    -F "file=@$2;type=application/xml" "http://127.0.0.1:$1/api/drives/$SLUG/statements" || true
}

# Pages: form login, the session cookie LOCALIS_SESSION (kept in the database by Spring Session, so any
# instance accepts it) and a CSRF token in every form. The cookie is sent by hand (it is marked Secure, and
# this way plain http works whatever a cookie jar makes of that), which also lets one session go to any instance.
SESSION_COOKIE=LOCALIS_SESSION

cookie_of() { tr -d '\r' <"$1" | sed -n "s/^[Ss]et-[Cc]ookie: $SESSION_COOKIE=\([^;]*\).*/\1/p" | tail -n 1; }
location_of() { tr -d '\r' <"$1" | sed -n 's/^[Ll]ocation: *//p' | tail -n 1; }
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$1" | head -n 1; }

# web_login PORT USER:PASSWORD: signs in through the login form of that instance; prints the session cookie.
web_login() {
  local port="$1" user="${2%%:*}" pass="${2#*:}" t s csrf loc
  t="$(mktemp "$WORK/login.XXXXXX")"
  curl -s -D "$t.h1" -o "$t.b1" --max-time 60 "http://127.0.0.1:$port/login" || true
  s="$(cookie_of "$t.h1")"; csrf="$(csrf_of "$t.b1")"
  if [[ -z "$s" || -z "$csrf" ]]; then echo "the login page on port $port gave no session or no CSRF token" >&2; return 1; fi
  curl -s -D "$t.h2" -o /dev/null --max-time 60 -H "Cookie: $SESSION_COOKIE=$s" --data-urlencode "username=$user" \
    --data-urlencode "password=$pass" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login" || true
  loc="$(location_of "$t.h2")"
  # a signed-in user lands on the page of their role (or the page they came from); a failed sign-in goes back to /login
  if [[ -z "$loc" || "$loc" == */login* ]]; then echo "signing in on port $port failed (redirect to '$loc')" >&2; return 1; fi
  s="$(cookie_of "$t.h2")"   # a new session id after signing in
  rm -f "$t" "$t".*
  printf '%s' "$s"
}

# web_get PORT SESSION PATH OUT: GETs a page with the session; prints the HTTP code.
web_get() {
  curl -s -o "$4" -w '%{http_code}' --max-time 120 -H "Cookie: $SESSION_COOKIE=$2" "http://127.0.0.1:$1$3" || true
}

# web_post PORT SESSION PATH CSRF HEADERS_OUT [NAME=VALUE...]: POSTs a form; prints the HTTP code (the pages
# answer 302 to where the browser goes next: location_of HEADERS_OUT).
web_post() {
  local port="$1" s="$2" path="$3" csrf="$4" h="$5" f args=()
  shift 5
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -D "$h" -o /dev/null -w '%{http_code}' --max-time 300 -H "Cookie: $SESSION_COOKIE=$s" \
    --data-urlencode "_csrf=$csrf" "${args[@]}" "http://127.0.0.1:$port$path" || true
}

# check_ledger DB [LABEL_PREFIX]: ledger checks shared by both scripts: total zero, every entry zero, one ledger entry per bank entry.
check_ledger() {
  local db="$1" p="${2:-}"
  check "${p}ledger: sum of all postings is 0" "$(q "$db" "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_posting")" 0
  check "${p}ledger: entries whose postings do not sum to 0" \
    "$(q "$db" "SELECT COUNT(*) FROM (SELECT entry_id FROM ledger_posting GROUP BY entry_id HAVING SUM(amount_minor) <> 0) x")" 0
  check "${p}ledger: entries without postings" \
    "$(q "$db" "SELECT COUNT(*) FROM ledger_entry e LEFT JOIN ledger_posting p ON p.entry_id = e.id WHERE p.id IS NULL")" 0
  check "${p}ledger: bank entries without exactly one ledger entry" \
    "$(q "$db" "SELECT COUNT(*) FROM bank_entry b LEFT JOIN (SELECT cause_id, COUNT(*) AS n FROM ledger_entry WHERE cause_type = 'bank_entry' GROUP BY cause_id) l ON l.cause_id = b.id WHERE COALESCE(l.n, 0) <> 1")" 0
  check "${p}ledger: ledger entries of a bank entry that does not exist" \
    "$(q "$db" "SELECT COUNT(*) FROM ledger_entry e LEFT JOIN bank_entry b ON b.id = e.cause_id WHERE e.cause_type = 'bank_entry' AND b.id IS NULL")" 0
}

# check_acked DB FILE LABEL: every acknowledged reference exists exactly once in pledge.
check_acked() {
  local db="$1" file="$2" label="$3" n d bad
  n="$(wc -l <"$file" | tr -d ' ')"
  d="$(sort -u "$file" | wc -l | tr -d ' ')"
  check "$label: acknowledged references are distinct" "$d" "$n"
  bad="$(psql -X -q -v ON_ERROR_STOP=1 -tA -d "$db" <<SQL
CREATE TEMP TABLE acked (ref VARCHAR(40));
\copy acked FROM '$file'
SELECT COUNT(*) FROM acked a WHERE (SELECT COUNT(*) FROM pledge p WHERE p.reference = a.ref) <> 1;
SQL
)"
  check "$label: acknowledged pledges not present exactly once in pledge (of $n)" "$bad" 0
}

cleanup() {
  local p
  touch "$WORK/stop-load" 2>/dev/null || true
  for p in "${LOAD_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${APP_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${APP_PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$p" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  if [[ -n "${KEEP_WORK:-}" ]]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
