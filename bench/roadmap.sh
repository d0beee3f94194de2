#!/usr/bin/env bash
# JMH: the roadmap optimizer on generated problems (5,000 candidate actions, 5 years by default), whole call
# with a 2 s solver limit; each iteration prints status, gap and the saving over the greedy plan.
#   bench/roadmap.sh                          # seeds 1..5
#   bench/roadmap.sh -p seed=1 -p timeLimit=10 # any JMH options
#   bench/roadmap.sh --check-bound [SEEDS] [MILP_SECONDS]
#       independent check of the claimed gap (needs python3 with numpy and scipy): solves each seed (2 s limit)
#       with RoadmapBoundExport, then re-checks the plan against every target and rule on plain numbers and
#       compares the claimed lower bound with the LP relaxation and a time-limited MILP solve by HiGHS (via
#       SciPy), built here from the same numbers, not from the optimizer's model. Defaults: seeds 1-5, 60 s.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && ./mvnw -q -DskipTests -pl localis-bench -am package)
jar="$root/localis-bench/target/localis-bench.jar"
if [ "${1:-}" = "--check-bound" ]; then
  seeds="${2:-1 2 3 4 5}"
  milp="${3:-60}"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  cat > "$tmp/check.py" <<'PY'
import json, sys
from decimal import Decimal, ROUND_FLOOR
import numpy as np
from scipy.optimize import linprog, milp, LinearConstraint, Bounds
from scipy.sparse import coo_matrix

d = json.load(open(sys.argv[1]))
milp_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 0
acts = d["actions"]; n = len(acts); Y = len(d["targets"]); L = Y - 1
price = Decimal(str(d["price"])); vnm0 = Decimal(str(d["vnm0"]))
# the most non-originating value each year allows, exactly (docs/roadmap.md: tier by the exact score,
# score target by the score rounded half-up to two decimals)
need = []
for tg in d["targets"]:
    if tg.get("kind") is None:
        need.append(None); continue
    if tg["kind"] == "tier":
        th = Decimal(str(tg["threshold"])); level = max(th, th + Decimal(str(tg["margin"])))
    else:
        level = Decimal(str(tg["level"])) - Decimal("0.005")
    max_vnm = price * (Decimal(100) - level) / Decimal(100)
    need.append((vnm0 - max_vnm) * 100)  # in cents of reduction
red = [Decimal(str(a["reduction"])) * 100 for a in acts]
eff = [a["earliest"] for a in acts]
changed = True
while changed:
    changed = False
    for i, a in enumerate(acts):
        for r in a["requires"]:
            if eff[r] > eff[i]:
                eff[i] = eff[r]; changed = True
idx = {}
for i in range(n):
    for t in range(eff[i], Y):
        idx[(i, t)] = len(idx)
V = len(idx)
c = np.zeros(V)
for (i, t), v in idx.items():
    c[v] = acts[i]["running"][t] + (acts[i]["capital"] if t == L else 0)
rows, cols, vals, ub = [], [], [], []
def row(terms, b):
    r = len(ub)
    for v, coef in terms:
        rows.append(r); cols.append(v); vals.append(coef)
    ub.append(b)
for (i, t), v in idx.items():
    if t < L:
        row([(v, 1), (idx[(i, t + 1)], -1)], 0)
    for r in acts[i]["requires"]:
        row([(v, 1), (idx[(r, t)], -1)], 0)
by_line = {}
for i, a in enumerate(acts):
    if a["line"] >= 0 and (i, L) in idx:
        by_line.setdefault(a["line"], []).append(idx[(i, L)])
for vs in by_line.values():
    if len(vs) > 1:
        row([(v, 1) for v in vs], 1)
for t in range(Y):
    if need[t] is None:
        continue
    # sum red x >= need  ->  -sum red x <= -ceil(need) (reductions are whole cents)
    b = -int((need[t]).to_integral_value(rounding="ROUND_CEILING"))
    row([(idx[(i, t)], -float(red[i])) for i in range(n) if (i, t) in idx and red[i] != 0], b)
A = coo_matrix((vals, (rows, cols)), shape=(len(ub), V)).tocsr()
lp = linprog(c, A_ub=A, b_ub=np.array(ub, dtype=float), bounds=(0, 1), method="highs")
lpv = lp.fun / 100
print(f"seed {d['seed']}: claimed {d['status']} cost {d['cost']} bound {d['bound']} gap {d['gapPercent']}%")
print(f"  independent LP relaxation (HiGHS): {lpv:.2f}")
# the plan, checked on the same data
ad = [a["adopted"] for a in acts]
ok = True
cost = 0
for i, a in enumerate(acts):
    s = ad[i]
    if s < 0:
        continue
    cost += a["capital"] + sum(a["running"][s:])
    ok &= s >= a["earliest"]
    for r in a["requires"]:
        ok &= 0 <= ad[r] <= s
lines = {}
for i, a in enumerate(acts):
    if ad[i] >= 0 and a["line"] >= 0:
        lines[a["line"]] = lines.get(a["line"], 0) + 1
ok &= all(v <= 1 for v in lines.values())
for t in range(Y):
    if need[t] is not None:
        ok &= sum(red[i] for i in range(n) if 0 <= ad[i] <= t) >= need[t]
print(f"  plan re-checked: {'meets every target and rule' if ok else 'INVALID'}, cost {cost / 100:.2f}")
best_lb = lpv
if milp_seconds > 0:
    m = milp(c, constraints=LinearConstraint(A, -np.inf, np.array(ub, dtype=float)), integrality=np.ones(V),
             bounds=Bounds(0, 1), options={"time_limit": milp_seconds, "disp": False})
    dual = getattr(m, "mip_dual_bound", None)
    print(f"  independent MILP (HiGHS, {milp_seconds:.0f} s): best plan {m.fun / 100 if m.fun is not None else None}, "
          f"lower bound {dual / 100 if dual is not None else None}")
    if dual is not None:
        best_lb = max(best_lb, dual / 100)
claimed = float(d["bound"]) if d["bound"] is not None else None
if claimed is not None:
    verdict = "holds" if claimed <= best_lb + 1e-6 * abs(best_lb) + 0.01 else "NOT CONFIRMED"
    print(f"  claimed bound {claimed:.2f} <= independent lower bound {best_lb:.2f}: {verdict}")
    print(f"  gap against the independent bound: {(cost / 100 - best_lb) / (cost / 100) * 100:.4f}%")
PY
  for s in $seeds; do
    java -Xmx2g -cp "$jar" org.localis.bench.RoadmapBoundExport "$s" 5000 2 "$tmp/seed$s.json" > /dev/null
    python3 "$tmp/check.py" "$tmp/seed$s.json" "$milp" | grep -v "^Highs"
  done
  exit 0
fi
exec java -jar "$jar" RoadmapBenchmark -p seed=1,2,3,4,5 \
  -rf json -rff "$root/localis-bench/target/jmh-roadmap.json" "$@"
