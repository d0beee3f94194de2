#!/usr/bin/env bash
# The drive at the seed's scale (issue 23) on PostgreSQL: three fleets of 500 vehicles (vans, ambulances and
# 6- and 10-wheel trucks; most vans with a stored summer set), the need by a December deadline, a drive with its
# targets, 20,000 pledges from 8 threads, an 18,000-entry camt.053 statement (668 credits left for review), 60
# offers from a price list, the plan, orders invoiced and received in bulk, winter allocation, shipments
# confirmed one set short per fleet. Every step is timed and must take under 30 s; the invariants are checked
# (re-import changes nothing, no summer need where a stored summer set serves, the review queue counts every
# waiting credit, plan within the money, the ledger balances, no more allocated than received).
#
# Exit 0: all passed; 1: an invariant failed; 3: invariants held but a step took 30 s or more.
# It runs the scenario test DriveAtScaleTest through the application's services in one JVM, then times the
# organizer's pages (drive dashboard with the review queue, suggestions, procurement, statement import, ledger)
# over HTTP through MockMvc; a page taking 2 s or more is marked OVER2. Each STEP line shows the load average.
#   bench/drive-at-scale.sh            # full scale
#   SCALE=0.2 bench/drive-at-scale.sh  # a fifth of it
# Needs java 17+ and psql; PostgreSQL via PGHOST/PGPORT/PGUSER/PGPASSWORD (defaults 127.0.0.1, 5432, postgres).
# DB (default localis_scale) is dropped and created again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
SCALE="${SCALE:-1}"
DB="${DB:-localis_scale}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a) on $(nproc) cores"
log="$(mktemp "${TMPDIR:-/tmp}/drive-at-scale.XXXXXX.log")"
start=$(date +%s)
set +e
(cd "$root" && SPRING_PROFILES_ACTIVE=postgres,demo \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  ./mvnw -q -B -ntp -pl localis-app -am test -Dtest=DriveAtScaleTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlocalis.test.excludedGroups=none -DargLine="-Dlocalis.scale=$SCALE -Dlocalis.scale.strictTime=false -Xmx2g") >"$log" 2>&1
rc=$?
set -e
grep -E '^(STEP|PAGE|NEED|PLAN|ORDERS|ALLOCATED|PLEDGES|OVER30|OVER2|SCALE DONE)' "$log" || true
echo "wall time (build, start, scenario): $(( $(date +%s) - start )) s; log: $log"
if [[ $rc -ne 0 ]]; then
  grep -E 'FAIL|Expect|but was|expected' "$log" | head -20
  echo "FAIL drive at scale"
  exit 1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
if grep -qE '^(OVER30|OVER2 )' "$log"; then
  echo "PASS invariants, FAIL time: the steps marked OVER30 took 30 s or more, the pages marked OVER2 2 s or more (scale $SCALE)"
  exit 3
fi
echo "PASS drive at scale (scale $SCALE): every invariant held, every step under 30 s, every page under 2 s"
