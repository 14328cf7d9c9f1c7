#!/usr/bin/env bash
# Marketing-mix fit: KPIKit's MarketingMixModel against PyMC-Marketing's MMM on
# PyMC-Marketing's own example data (179 weeks, 2 channels, known truth), in one run; and
# KPIKit alone on Robyn's simulated data (208 weeks, 5 channels). See Benchmarks/README.md.
#
#   Benchmarks/Attribution/compare.sh [--repeat N] [--skip-pymc] [--quick]
#
# ours:  Benchmarks/Attribution `mmm-bench` (release): the full fit (search with restarts,
#        100 block-bootstrap refits, each searching again from the estimate, all outputs); one warm-up, then N
#        timed fits (default 5); best and median wall time.
# PyMC:  pymc_fit.py in Benchmarks/.venv-mmm (pinned below): MMM with geometric adstock
#        (l_max 8), logistic saturation, yearly seasonality 2, controls event_1, event_2, t;
#        2 chains x 500 draws after 500 tuning steps; wall time of `fit` (compilation and
#        sampling) and of the whole script (imports included).
# Accuracy: each channel's total contribution against the truth (274,848.3 and 65,906.0),
# and whether the truth lies in the 90 % interval.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeat=5
pymc=1
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) repeat="$2"; shift 2 ;;
        --skip-pymc) pymc=0; shift ;;
        --quick) repeat=1; shift ;;   # Benchmarks/compare --quick: one timed fit per data set
        -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: compare.sh [--repeat N] [--skip-pymc] [--quick]" >&2; exit 2 ;;
    esac
done

example="$root/Tests/AttributionTests/Fixtures/mmm_example.csv"
robyn="$here/data/dt_simulated_weekly.csv"
pins=(pymc-marketing==0.19.2 pymc==5.28.5 pytensor==2.38.3 numpy==2.4.6 pandas==3.1.1 arviz==0.23.4 scipy==1.17.1
      xarray==2026.9.0 numba==0.65.1)
venv="$root/Benchmarks/.venv-mmm"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "building mmm-bench (release)…" >&2
(cd "$here" && swift build -c release --product mmm-bench >&2)
bench="$here/.build/release/mmm-bench"

ours_example="$("$bench" "$example" --date date_week --kpi y --channels x1,x2 --events event_1,event_2 \
    --repeat "$repeat" --json 1 --truth x1=274848.3,x2=65906.0 | sed -n 's/^JSON //p')"
ours_robyn="$("$bench" "$robyn" --date DATE --kpi revenue --channels tv_S,ooh_S,print_S,facebook_S,search_S \
    --controls competitor_sales_B --events events --repeat "$repeat" --json 1 | sed -n 's/^JSON //p')"
ours_robyn_hill="$("$bench" "$robyn" --date DATE --kpi revenue --channels tv_S,ooh_S,print_S,facebook_S,search_S \
    --controls competitor_sales_B --events events --saturation hill --repeat "$repeat" --json 1 | sed -n 's/^JSON //p')"

theirs='{"skipped": true}'
if [ "$pymc" = 1 ]; then
    if [ ! -x "$venv/bin/python" ]; then
        echo "installing PyMC-Marketing into $venv…" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q "${pins[@]}" >&2
    fi
    echo "fitting PyMC-Marketing (2 chains x 500 draws)…" >&2
    log="$(mktemp)"
    trap 'rm -f "$log"' EXIT
    if "$venv/bin/python" "$here/pymc_fit.py" "$example" --seed 1 > "$log" 2>&1; then
        theirs="$(sed -n 's/^JSON //p' "$log")"
    fi
    if [ -z "$theirs" ] || [ "$theirs" = '{"skipped": true}' ]; then
        echo "PyMC-Marketing failed; its last messages:" >&2
        tail -20 "$log" >&2
        theirs='{"failed": true}'
    else
        grep -iE "rhat|diverg|sampling .* took" "$log" >&2 || true
    fi
fi

python3 - "$ours_example" "$ours_robyn" "$ours_robyn_hill" "$theirs" "${OPENBLAS_CORETYPE:-unset}" \
    "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)" <<'PY'
import json, sys
ours, robyn, hill, theirs = (json.loads(a) for a in sys.argv[1:5])
truth = {"x1": 274848.3, "x2": 65906.0}
print(f"OPENBLAS_CORETYPE={sys.argv[5]}, {sys.argv[8]} cores, load average (1/5/15 min) before {sys.argv[6]}, after {sys.argv[7]}")
print()
print("mmm_example.csv (179 weeks x 2 channels), contribution error against the truth:")
print(f"{'side':<28}{'time (s)':>12}{'x1 error':>11}{'x2 error':>11}  truth in 90% interval")
def row(name, seconds, channels):
    errors = [(channels[c]["contribution"] - truth[c]) / truth[c] * 100 for c in ("x1", "x2")]
    inside = ["yes" if channels[c]["low"] <= truth[c] <= channels[c]["high"] else "no" for c in ("x1", "x2")]
    print(f"{name:<28}{seconds:>12.3f}{errors[0]:>+10.2f}%{errors[1]:>+10.2f}%  {inside[0]} / {inside[1]}")
row("KPIKit (best of runs)", ours["best_seconds"], ours["channels"])
row("KPIKit (median)", ours["median_seconds"], ours["channels"])
if "fit_seconds" in theirs:
    row("PyMC-Marketing fit", theirs["fit_seconds"], theirs["channels"])
    row("PyMC-Marketing whole run", theirs["total_seconds"], theirs["channels"])
    print(f"time ratio PyMC-Marketing fit / KPIKit median: {theirs['fit_seconds'] / ours['median_seconds']:.0f}x")
    print(f"decays: KPIKit x1 {ours['channels']['x1']['decay']:.3f}, x2 {ours['channels']['x2']['decay']:.3f}; "
          f"PyMC-Marketing x1 {theirs['decays']['x1']:.3f}, x2 {theirs['decays']['x2']:.3f} (truth 0.4, 0.2); "
          f"PyMC divergences: {theirs.get('divergences')}")
else:
    print("PyMC-Marketing:", "skipped" if theirs.get("skipped") else "failed (see the messages above)")
print()
print("dt_simulated_weekly.csv (208 weeks x 5 channels), KPIKit only (no published truth):")
for name, r in (("logistic saturation", robyn), ("Hill saturation", hill)):
    print(f"  {name:<22} best {r['best_seconds']:.3f} s, median {r['median_seconds']:.3f} s")
PY
