#!/usr/bin/env python3
"""How often `kpi attribution`'s 90% intervals hold the truth, on simulated weekly data.

  python3 interval_coverage.py [--kpi ../../.build/release/kpi] [--sets 40] [--first 0]

Two experiments, each over `--sets` seeded data sets of 104 weeks (numpy only):
  known      sales = baseline (level, trend, yearly wave, noise) plus three channels made by
             the model's own family (normalized geometric adstock over 12 weeks, logistic
             saturation) with known contributions: how often each channel's interval and the
             impact coefficient's interval hold the true value.
  no effect  the same spend, sales = level, trend and noise only: how often the impact
             coefficient's interval and each channel's contribution interval exclude 0.
"""
import argparse
import csv
import datetime
import json
import subprocess
import tempfile
from pathlib import Path

import numpy

HERE = Path(__file__).resolve().parent
CHANNELS = {"tv": (0.6, 1 / 40000, 250000), "search": (0.1, 1 / 25000, 150000), "social": (0.3, 1 / 15000, 60000)}


def adstock(spend, decay, lags=12):
    weights = decay ** numpy.arange(lags)
    weights /= weights.sum()
    return numpy.array([sum(weights[k] * spend[t - k] for k in range(lags) if t >= k) for t in range(len(spend))])


def logistic(x, lam):
    return (1 - numpy.exp(-lam * x)) / (1 + numpy.exp(-lam * x))


def spend(rng, n):
    return {"tv": numpy.where(rng.random(n) < 0.6, rng.gamma(4, 12000, n), 0.0),
            "search": rng.gamma(6, 3000, n),
            "social": numpy.where(rng.random(n) < 0.7, rng.gamma(3, 4000, n), 0.0)}


def fit(kpi, path, sales, channels):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["week", "sales"] + list(channels))
        start = datetime.date(2022, 1, 3)
        for t in range(len(sales)):
            writer.writerow([(start + datetime.timedelta(weeks=t)).isoformat(), repr(float(sales[t]))]
                            + [repr(float(channels[c][t])) for c in channels])
    out = subprocess.run([kpi, "attribution", str(path), "--date", "week", "--kpi", "sales", "--channels", ",".join(channels),
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpi", default=str(HERE.parent.parent / ".build" / "release" / "kpi"))
    parser.add_argument("--sets", type=int, default=40)
    parser.add_argument("--first", type=int, default=0, help="number of the first data set (other data, same design)")
    args = parser.parse_args()
    held = {c: 0 for c in CHANNELS}
    impact_held = impact_excludes_zero = channel_excludes_zero = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "weeks.csv"
        for seed in range(args.first, args.first + args.sets):
            rng = numpy.random.default_rng(3000 + seed)
            n, t = 104, numpy.arange(104)
            channels = spend(rng, n)
            sales = 200000 + 300 * t + 20000 * numpy.sin(2 * numpy.pi * t / 52.18) + rng.normal(0, 8000, n)
            truth = {}
            for name, (decay, lam, beta) in CHANNELS.items():
                contribution = beta * logistic(adstock(channels[name], decay), lam)
                truth[name] = contribution.sum()
                sales = sales + contribution
            result = fit(args.kpi, path, sales, channels)
            for channel in result["channels"]:
                held[channel["channel"]] += channel["contribution_low"] <= truth[channel["channel"]] <= channel["contribution_high"]
            impact = sum(truth.values()) / sales.sum()
            impact_held += result["impact_coefficient_low"] <= impact <= result["impact_coefficient_high"]

            rng = numpy.random.default_rng(1000 + seed)
            channels = spend(rng, n)
            result = fit(args.kpi, path, 200000 + 500 * t + rng.normal(0, 10000, n), channels)
            impact_excludes_zero += result["impact_coefficient_low"] > 0
            channel_excludes_zero += sum(channel["contribution_low"] > 0 for channel in result["channels"])
    sets = args.sets
    print("| experiment | quantity | share | nominal |")
    print("|---|---|---:|---:|")
    for name in CHANNELS:
        print(f"| known | {name}'s contribution in its 90% interval | {held[name]} of {sets} | 90% |")
    print(f"| known | impact coefficient in its 90% interval | {impact_held} of {sets} | 90% |")
    print(f"| no effect | impact coefficient's 90% interval excludes 0 | {impact_excludes_zero} of {sets} | 5% or less |")
    print(f"| no effect | a channel's 90% interval excludes 0 | {channel_excludes_zero} of {3 * sets} | 5% or less |")


if __name__ == "__main__":
    main()
