#!/usr/bin/env bash
# Forecasting speed and accuracy: KPIKit's automatic ETS, Theta and ensemble against
# statsforecast's AutoETS and Theta on every series of every data set in DATA_DIR (default
# data/ here: M3 yearly and "other", synthetic monthly and quarterly), one core each, in one
# run; prints both tables and the ratios. See README.md beside this script.
#
#   Benchmarks/Forecasting/compare.sh [--quick] [DATA_DIR]   (Benchmarks/compare runs it too)
#
# Untimed set-up: the virtual environment Benchmarks/.venv-forecast (statsforecast at the
# pinned version below), the release build of forecast-bench. statsforecast's numba
# compilation is a warm-up, not timed. Both sides are pinned to one CPU with taskset when it
# is available, and BLAS and numba use one thread.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"   # Benchmarks/Forecasting
benchmarks="$(dirname "$here")"
data="$here/data"
usage="usage: Benchmarks/Forecasting/compare.sh [--quick] [DATA_DIR]"
for argument in "$@"; do
    case "$argument" in
        --quick) ;;   # The data sets are small: --quick runs the same full comparison.
        -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "$usage" >&2; exit 2 ;;
        *)
            [ "$data" = "$here/data" ] || { echo "$usage" >&2; exit 2; }
            [ -d "$argument" ] || { echo "compare.sh: no data directory $argument" >&2; exit 2; }
            data="$(cd "$argument" && pwd)" ;;
    esac
done

pins=(statsforecast==2.1.1 numpy==2.4.6 pandas==2.3.3)
progress() { echo "== $*" >&2; }

venv="$benchmarks/.venv-forecast"
if [ ! -x "$venv/bin/python" ]; then
    progress "creating $venv"
    python3 -m venv "$venv"
fi
progress "installing ${pins[*]}"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}" >&2

progress "building forecast-bench (swift build -c release --package-path Benchmarks/Forecasting)"
swift build -c release --package-path "$here" >&2
bench="$(swift build -c release --package-path "$here" --show-bin-path)/forecast-bench"

cores="$(nproc)"   # before the thread limits below, which nproc would report instead
one_core=()
command -v taskset >/dev/null && one_core=(taskset -c 0)
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 NUMBA_NUM_THREADS=1

out="$(mktemp -d "${TMPDIR:-/tmp}/kpikit-forecast.XXXXXX")"
trap 'rm -rf "$out"' EXIT
echo "KPIKit forecasting benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $cores cores; both sides on ${one_core[*]:-all cores} with one thread"
echo "KPIKit at $(git -C "$(dirname "$benchmarks")" rev-parse --short HEAD 2>/dev/null || echo unknown); statsforecast $("$venv/bin/python" -c 'import statsforecast; print(statsforecast.__version__)')"
echo "data: $data"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
progress "timing forecast-bench"
"${one_core[@]}" "$bench" "$data" | tee "$out/ours.md" >&2
progress "timing statsforecast"
"${one_core[@]}" "$venv/bin/python" "$here/compare_statsforecast.py" "$data" | tee "$out/theirs.md" >&2
"$venv/bin/python" "$here/ratios.py" "$out/ours.md" "$out/theirs.md"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
