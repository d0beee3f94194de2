#!/usr/bin/env bash
# Security probes against a running instance of the web application: starts the app jar on PostgreSQL
# (profiles postgres,demo), sends the probes of the second security round, and prints one line per probe,
# "held" or "NOT held", with what was seen. Exit code 0 only when every probe held.
#
#   ./mvnw -q install -DskipTests      # once, from the repository root: builds localis-app/target/localis-app-*.jar
#   bench/security.sh
#
# Needs java 17+, curl and psql, and a PostgreSQL server where the user may create databases (libpq
# variables PGHOST, PGPORT, PGUSER, PGPASSWORD). SECURITY_DB (default localis_security) is dropped and
# created again. Every request goes to 127.0.0.1; probes that need "another address" use 127.0.0.2 as the
# source address (the loopback range), so the per-address throttle can be seen.
set -euo pipefail
source "$(dirname "$0")/lib/harness.sh"

DB="${SECURITY_DB:-localis_security}"
SESSION_COOKIE=LOCALIS_SESSION
need_tools
JAR="$(find_jar)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/localis-security.XXXXXX")"
trap cleanup EXIT
trap 'exit 130' INT TERM

fresh_db "$DB"
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
start_app "$DB" "$PORT" "$WORK/app.log"
wait_health "$PORT" "$APP_PID" "$WORK/app.log"
log "app up on port $PORT"

HELD=0
NOT=0
held() { printf 'held      %s\n' "$*"; HELD=$((HELD + 1)); }
not_held() { printf 'NOT held  %s\n' "$*"; NOT=$((NOT + 1)); FAILED=1; }
expect() { # expect NAME WANTED GOT
  if [[ "$3" == "$2" ]]; then held "$1 ($3)"; else not_held "$1: wanted $2, got $3"; fi
}
code() { curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' --max-time 60 "$@" || true; }
header() { tr -d '\r' <"$WORK/headers" | sed -n "s/^$1: *//Ip" | tail -n 1; }

PLEDGES="$BASE/api/drives/$SLUG/pledges"

# --- API errors are problem documents, never 500 -----------------------------------------------------------
expect "pledge API with Content-Type text/plain answers 415" 415 \
  "$(code -X POST -H 'Content-Type: text/plain' --data 'amount=10' "$PLEDGES")"
expect "drive API asked for text/csv only answers 406" 406 "$(code -H 'Accept: text/csv' "$BASE/api/drives/$SLUG")"
c="$(code -X POST -H 'Content-Type: application/json' --data '{"targetLine": 1, "tires": 1.5}' "$PLEDGES")"
if [[ "$c" == 400 ]] && grep -q '"field":"tires"' "$WORK/body"; then held "1.5 tires refused naming the field (400)"
else not_held "1.5 tires: $c $(head -c 200 "$WORK/body")"; fi
c="$(code -X POST -H 'Content-Type: application/json' --data '{"amount": "10", "tiress": 2}' "$PLEDGES")"
if [[ "$c" == 400 ]] && grep -q 'tiress' "$WORK/body"; then held "an unknown JSON field refused naming it (400)"
else not_held "unknown JSON field: $c"; fi

# --- headers ----------------------------------------------------------------------------------------------
code "$BASE/" >/dev/null
csp="$(header Content-Security-Policy)"
if [[ "$csp" == *"script-src 'self';"* && "$csp" != *"script-src 'self' 'unsafe-inline'"* ]]; then
  held "CSP without inline script on pages"; else not_held "CSP: '$csp'"; fi
[[ -n "$(header Referrer-Policy)" ]] && held "Referrer-Policy: $(header Referrer-Policy)" || not_held "no Referrer-Policy"
[[ -n "$(header Permissions-Policy)" ]] && held "Permissions-Policy present" || not_held "no Permissions-Policy"
code "$BASE/drives/$SLUG" >/dev/null
expect "anonymous drive page may be cached publicly" "public, max-age=5" "$(header Cache-Control)"

# --- sign-in throttling: back-off per account and address, not a lock-out ---------------------------------
for i in 1 2 3; do code -u "assessor:wrong-$i" "$BASE/api/assessments" >/dev/null; done
expect "4th guess of the assessor's password from one address waits" 429 \
  "$(code -u assessor:demo-assessor-pass "$BASE/api/assessments")"
[[ -n "$(header Retry-After)" ]] && held "Retry-After: $(header Retry-After) s" || not_held "no Retry-After"
expect "the assessor from another address is not locked out" 200 \
  "$(code --interface 127.0.0.2 -u assessor:demo-assessor-pass "$BASE/api/assessments")"

# --- a disabled user's open session ends ------------------------------------------------------------------
volga="$(web_login "$PORT" volga:demo-volga-pass)"
expect "volga's session works" 200 "$(web_get "$PORT" "$volga" /account "$WORK/acct.html")"
signed_in="$(curl -s -D - -o /dev/null -H "Cookie: $SESSION_COOKIE=$volga" "$BASE/drives/$SLUG" | tr -d '\r' \
  | sed -n 's/^Cache-Control: *//Ip' | tail -n 1)"
expect "signed-in view of the public page is never stored" "private, no-store" "$signed_in"
admin="$(web_login "$PORT" admin:demo-admin-pass)"
web_get "$PORT" "$admin" /admin/users "$WORK/users.html" >/dev/null
csrf="$(csrf_of "$WORK/users.html")"
vid="$(q "$DB" "SELECT id FROM app_user WHERE username = 'volga'")"
web_post "$PORT" "$admin" "/admin/users/$vid/disable" "$csrf" "$WORK/h" >/dev/null
expect "after volga is disabled, volga's open session is gone" 302 "$(web_get "$PORT" "$volga" /account "$WORK/acct2.html")"
web_post "$PORT" "$admin" "/admin/users/$vid/enable" "$csrf" "$WORK/h" >/dev/null

# --- downloads and limits ---------------------------------------------------------------------------------
code "$BASE/drives/$SLUG/report.csv" >/dev/null
cd_header="$(header Content-Disposition)"
[[ "$cd_header" == *"filename*=UTF-8''"* ]] && held "RFC 6266 filename* on downloads" || not_held "Content-Disposition: '$cd_header'"

# --- limits declared once: too long is a 400 naming the field (pages and API) or an error naming line and field
long41="$(printf 'F%.0s' $(seq 1 41))"
long121="$(printf 'M%.0s' $(seq 1 121))"
long101="$(printf 'T%.0s' $(seq 1 101))"
fleet="$(web_login "$PORT" fleet:demo-fleet-pass)"
web_get "$PORT" "$fleet" /fleet "$WORK/fleet.html" >/dev/null
fcsrf="$(csrf_of "$WORK/fleet.html")"
printf 'id,make_model,category,wheel_positions,full_size_spare,tire_size,season,tread_mm,tires_made,region,priority\n%s,%s,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5,2022-04,Moscow,1\n' \
  "$long41" "$long121" >"$WORK/long-fleet.csv"
c="$(curl -s -o "$WORK/fleet-import.html" -w '%{http_code}' --max-time 120 -H "Cookie: $SESSION_COOKIE=$fleet" \
  -F "_csrf=$fcsrf" -F "file=@$WORK/long-fleet.csv;type=text/csv" "$BASE/fleet/import" || true)"
if [[ "$c" != 5* ]] && grep -q 'id: at most 40 characters' "$WORK/fleet-import.html" \
   && grep -q 'make_model: at most 120 characters' "$WORK/fleet-import.html" && grep -q 'long-fleet.csv:2' "$WORK/fleet-import.html"; then
  held "fleet file: a 41-character id and a 121-character make_model are named with line and field ($c, no database error)"
else not_held "fleet file with a too-long id/make_model: $c $(grep -o 'at most[^<]*' "$WORK/fleet-import.html" | head -3 | tr '\n' ' ')"; fi
web_get "$PORT" "$admin" /account "$WORK/account.html" >/dev/null
acsrf="$(csrf_of "$WORK/account.html")"
c="$(curl -s -o "$WORK/token.html" -w '%{http_code}' --max-time 60 -H "Cookie: $SESSION_COOKIE=$admin" \
  --data-urlencode "_csrf=$acsrf" --data-urlencode "name=$long101" "$BASE/account/tokens" || true)"
if [[ "$c" == 400 ]] && grep -q 'data-field="name"' "$WORK/token.html"; then held "a 101-character token name is refused naming the field (400)"
else not_held "too-long token name: $c"; fi
c="$(code -X POST -H 'Content-Type: application/json' --data "{\"amount\": \"10\", \"name\": \"$long121\"}" "$PLEDGES")"
if [[ "$c" == 400 ]] && grep -q '"field":"name"' "$WORK/body"; then held "a 121-character donor name in JSON is a 400 problem naming the field"
else not_held "too-long donor name in JSON: $c $(head -c 200 "$WORK/body")"; fi
web_get "$PORT" "$admin" /admin/users "$WORK/users2.html" >/dev/null
c="$(curl -s -o "$WORK/org.html" -w '%{http_code}' --max-time 60 -H "Cookie: $SESSION_COOKIE=$admin" \
  --data-urlencode "_csrf=$(csrf_of "$WORK/users2.html")" --data-urlencode "name=$(printf 'O%.0s' $(seq 1 201))" \
  --data-urlencode "kind=MANUFACTURER" "$BASE/admin/organizations" || true)"
if [[ "$c" == 400 ]] && grep -q 'data-field="name"' "$WORK/org.html"; then held "a 201-character organization name is refused naming the field (400)"
else not_held "too-long organization name: $c"; fi

# --- parallel requests on one session: no duplicate key in the session store, no 500 ----------------------
statuses="$WORK/parallel.txt"; : >"$statuses"
for round in 1 2 3; do
  s="$(web_login "$PORT" organizer:demo-organizer-pass)"
  pids=()
  for k in $(seq 1 24); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H "Cookie: $SESSION_COOKIE=$s" "$BASE/account" >>"$statuses" &
    pids+=("$!")
  done
  wait "${pids[@]}" # not a bare wait: the app is a child of this shell too
done
n500="$(grep -c '^5' "$statuses" || true)"
if [[ "$n500" == 0 && "$(grep -c '^200$' "$statuses")" == 72 ]]; then
  held "72 parallel first pages on 3 fresh sessions (24 at once each): all 200, no 500"
else not_held "parallel requests on one session: $(sort "$statuses" | uniq -c | tr '\n' ' ')"; fi

printf '\n%s held, %s not held\n' "$HELD" "$NOT"
exit "$FAILED"
