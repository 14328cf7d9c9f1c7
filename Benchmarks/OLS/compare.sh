#!/usr/bin/env bash
# OLS speed benchmark: KPIKit's LinearRegression.fit (coefficients with standard errors and
# the rest of the inference) against numpy.linalg.lstsq + standard errors and statsmodels OLS,
# all on the identical data, in one run. See Benchmarks/README.md.
#
#   Benchmarks/OLS/compare.sh [--quick]     (Benchmarks/compare runs it with the others)
#
# --quick shrinks every workload about 10× (a smoke test of the whole pipeline).
# Untimed set-up: the virtual environment Benchmarks/.venv (numpy and statsmodels at the
# pinned versions below), the release build of Benchmarks/OLS, and the data, generated once
# into a temporary directory by Benchmarks/OLS/ols_workloads.py (seeded) and removed at exit.
# BLAS threads are left at the machine's default for every side; the report states the
# OPENBLAS_NUM_THREADS and OPENBLAS_CORETYPE in effect and each side's BLAS.
# The report goes to standard output; progress and build output to standard error.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"   # Benchmarks/OLS
benchmarks="$(dirname "$here")"

quick=""
for argument in "$@"; do
    case "$argument" in
        --quick) quick="--quick" ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: Benchmarks/OLS/compare.sh [--quick]" >&2; exit 2 ;;
    esac
done

# Python packages, pinned (statsmodels' own dependencies too, so the run is reproducible).
pins=(numpy==2.4.6 statsmodels==0.15.0 scipy==1.17.1 pandas==3.1.1 patsy==1.0.3 threadpoolctl==3.8.0)

# Timed passes per workload and method: K, but no more once the timed passes of that
# workload and method have taken BUDGET seconds (at least one timed pass).
if [ -n "$quick" ]; then repetitions=3 budget=10; else repetitions=7 budget=30; fi

progress() { echo "== $*" >&2; }

venv="$benchmarks/.venv"
if [ ! -x "$venv/bin/python" ]; then
    progress "creating $venv"
    python3 -m venv "$venv"
fi
progress "installing ${pins[*]}"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}" >&2
python="$venv/bin/python"
workloads="$here/ols_workloads.py"

progress "building ols-bench (swift build -c release --package-path Benchmarks/OLS)"
swift build -c release --package-path "$here" >&2
ols_bench="$(swift build -c release --package-path "$here" --show-bin-path)/ols-bench"

data="$(mktemp -d "${TMPDIR:-/tmp}/kpikit-ols.XXXXXX")"
trap 'rm -rf "$data"' EXIT
progress "generating the workloads into $data"
"$python" "$workloads" generate "$data" $quick
read -r -a specs <<< "$("$python" "$workloads" specs "$data")"

cpu="$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
echo "KPIKit OLS benchmark ($([ -n "$quick" ] && echo "quick, workloads shrunk ~10×" || echo "full")), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $cpu, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS-(unset: OpenBLAS uses one thread per core)}"
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE-(unset: OpenBLAS picks the kernels for this CPU)}"
root="$(dirname "$benchmarks")"
revision="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
changed="$(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null | wc -l)"
[ "$changed" -gt 0 ] && revision="$revision + $changed uncommitted change(s) under Sources/"
echo "KPIKit at $revision"
echo "ours: $(swift --version 2>&1 | grep -m1 'Swift version'); BLAS: $("$ols_bench" --info)"
"$python" "$workloads" environment | sed 's/^/python side: /'
echo "timed passes: best and median of up to $repetitions after one warm-up, fewer past ${budget}s"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Workload by workload, numpy and statsmodels then ols-bench, so that the three sides of a
# row of the table run close together in time (and under the same load from the machine).
: > "$data/python.jsonl"
: > "$data/ours.jsonl"
for spec in "${specs[@]}"; do
    name="${spec%%:*}"
    progress "timing $name: numpy, statsmodels"
    "$python" "$workloads" time "$data" --workload "$name" --repetitions "$repetitions" --budget "$budget" \
        | tee -a "$data/python.jsonl" >&2
    progress "timing $name: ols-bench"
    "$ols_bench" --data "$data" --repetitions "$repetitions" --budget "$budget" "$spec" \
        | tee -a "$data/ours.jsonl" >&2
done

"$python" "$workloads" table "$data/python.jsonl" "$data/ours.jsonl"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
