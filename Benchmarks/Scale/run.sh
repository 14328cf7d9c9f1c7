#!/usr/bin/env bash
# The scale benchmark of the main job: builds `kpi` in release, generates the exports of a
# 10,000-person organisation (≈ 6.6 million daily actuals, weekly reports, campaigns, KPI
# values) into a temporary folder, runs `kpi run` on them twice (the second time everything
# is already ingested) and prints the rows ingested per second, the seconds of each run and
# its peak memory.
#
#   Benchmarks/Scale/run.sh              # from anywhere; needs swift, python3, script, /usr/bin/time
#   PEOPLE=1000 Benchmarks/Scale/run.sh  # a smaller organisation
#   SCRATCH=.build-scale KEEP=1 ...      # another build folder; keep the generated folder
#
# The progress bar of `kpi run` is drawn only on a terminal, so each run gets one through
# `script`, and every redraw (one per step) is stamped with the seconds since the run started.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
people=${PEOPLE:-10000}
build=(swift build -c release --product kpi --package-path "$root")
if [ -n "${SCRATCH:-}" ]; then build+=(--scratch-path "$SCRATCH"); fi

echo "building kpi (release)…"
"${build[@]}" >/dev/null
kpi="$("${build[@]}" --show-bin-path)/kpi"

work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-scale.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi
echo "generating $people people into $work…"
python3 "$here/generate.py" "$work" --people "$people"
cp "$here/kpi.yaml" "$here/scorecard.yaml" "$work/"

# The progress bar redraws itself with a carriage return: each redraw is one step starting.
stamp='
import os, re, time
start = time.monotonic()
while chunk := os.read(0, 65536):
    now = time.monotonic() - start
    for part in re.split(rb"[\r\n]", chunk):
        text = part.replace(b"\x1b[K", b"").decode("utf-8", "replace").strip()
        if text:
            print(f"{now:9.3f} {text}", flush=True)
print(f"{time.monotonic() - start:9.3f} … end", flush=True)
'
for run in 1 2; do
    echo "run $run…"
    uptime > "$work/load-$run.txt"
    script -qfec "/usr/bin/time -v -o '$work/time-$run.txt' '$kpi' run '$work/kpi.yaml' --format json > '$work/out-$run.json'" /dev/null \
        | python3 -u -c "$stamp" > "$work/progress-$run.txt"
    uptime >> "$work/load-$run.txt"
done

python3 - "$work" <<'PY'
import json, os, re, sys
work = sys.argv[1]

def csv_rows(path):
    with open(path, "rb") as handle:
        return sum(1 for _ in handle) - 1

def report(run):
    steps = []
    for line in open(os.path.join(work, f"progress-{run}.txt"), encoding="utf-8"):
        seconds, _, text = line.strip().partition(" ")
        steps.append((float(seconds), re.sub(r"^kpi run \[[#.]*\] \d+/\d+ steps\s*", "", text).strip()))
    time_v = open(os.path.join(work, f"time-{run}.txt")).read()
    field = lambda name: re.search(rf"{name}: (.+)", time_v).group(1).strip()
    outcome = json.load(open(os.path.join(work, f"out-{run}.json")))
    files = outcome["ingested"]
    starts = [t for t, text in steps if text.startswith("ingesting")]
    ingest_end = next(t for t, text in steps if text.startswith("attainment"))
    print(f"\nrun {run} (load average before and after: "
          + " / ".join(l.split("load average:")[1].strip() for l in open(os.path.join(work, f"load-{run}.txt"))) + ")")
    print(f"  {'file':<18} {'csv rows':>10} {'records added':>16} {'seconds':>8} {'rows/s':>10}")
    total_rows = 0
    for index, file in enumerate(files):
        end = starts[index + 1] if index + 1 < len(starts) else ingest_end
        seconds = end - starts[index]
        rows = csv_rows(file["file"])
        total_rows += rows
        note = "already ingested" if file["already_ingested"] else f"{file['rows_added']:,}"
        rate = f"{rows / seconds:>10,.0f}" if seconds > 0 and not file["already_ingested"] else f"{'-':>10}"
        print(f"  {os.path.basename(file['file']):<18} {rows:>10,} {note:>16} {seconds:>8.2f} {rate}")
    ingest = ingest_end - starts[0]
    if all(file["already_ingested"] for file in files):
        print(f"  ingest: {total_rows:,} rows already ingested, recognised in {ingest:.2f} s")
    else:
        print(f"  ingest: {total_rows:,} rows in {ingest:.2f} s = {total_rows / ingest:,.0f} rows/s")
    previous = None
    for t, text in steps:
        if previous and not previous[1].startswith("ingesting"):
            print(f"  {previous[1]:<22} {t - previous[0]:8.2f} s")
        previous = (t, text)
    user, system = float(field("User time \\(seconds\\)")), float(field("System time \\(seconds\\)"))
    peak = int(field("Maximum resident set size \\(kbytes\\)")) / 1024
    print(f"  total: {steps[-1][0]:.2f} s wall, {user + system:.2f} s CPU (user {user:.2f}, system {system:.2f}),"
          f" peak memory {peak:,.0f} MiB")

print(f"machine: {len(os.sched_getaffinity(0))} cores, "
      + next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')))
report(1)
report(2)
PY
