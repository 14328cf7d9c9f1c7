#!/usr/bin/env python3
"""Precision, recall and F1 of `kpi audit` and of the per-rep robust z-score on data from
generate_independent.py (a second generator with modelling choices of its own), per anomaly kind
and with all kinds mixed, and the false alarms on its honest data.

  python3 evaluate_independent.py [--kpi ../../.build/release/kpi] [--seeds 101,102,...]

Needs numpy (generate_independent.py uses it). Per-kind rows come from data sets where only that
kind is planted; the honest row from the same teams with nothing planted.
"""
import argparse
import csv
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import evaluate

HERE = Path(__file__).resolve().parent
KINDS = ["fabricated_uniform", "fabricated_human", "inflated_revenue", "copied_week", "activity_padding", "spike"]


def generated(seed, kinds, folder):
    """The reports (rows as evaluate.py's baselines read them) and the labelled (entity, period) pairs."""
    out, labels = Path(folder) / "reports.csv", Path(folder) / "labels.csv"
    options = ["--honest"] if not kinds else ["--kinds", ",".join(kinds)]
    subprocess.run([sys.executable, str(HERE / "generate_independent.py"), "--seed", str(seed), "--out", str(out),
                    "--labels", str(labels)] + options, check=True)
    with open(out) as f:
        reports = [[r["entity"], r["region"], r["role"], r["period"]] + [float(r[m]) for m in evaluate.MEASURES]
                   for r in csv.DictReader(f)]
    with open(labels) as f:
        truth = {(r["entity"], r["period"]) for r in csv.DictReader(f)}
    return out, reports, truth


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpi", default=str(HERE.parent.parent / ".build" / "release" / "kpi"))
    parser.add_argument("--seeds", default="101,102,103,104,105,106")
    args = parser.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    print("| kind | method | precision | recall | F1 | flagged | anomalous |")
    print("|---|---|---|---|---|---|---|")
    for name, kinds in [(k, [k]) for k in KINDS] + [("all kinds mixed", KINDS), ("honest (nothing planted)", [])]:
        found = {"kpi audit": set(), "robust z": set()}
        truth = set()
        for seed in seeds:
            with tempfile.TemporaryDirectory() as folder:
                path, reports, labelled = generated(seed, kinds, folder)
                tag = lambda pairs: {(seed, e, p) for e, p in pairs}
                truth |= tag(labelled)
                found["kpi audit"] |= tag(evaluate.audit(args.kpi, path))
                found["robust z"] |= tag(evaluate.robust_z_baseline(reports))
        for method, flagged in found.items():
            p, r, f1, tp, count, anomalous = evaluate.scores(flagged, truth)
            cells = f"{p:.2f} | {r:.2f} | {f1:.2f}" if truth else "– | – | –"
            print(f"| {name} | {method} | {cells} | {count} | {anomalous} |")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
