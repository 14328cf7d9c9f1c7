#!/usr/bin/env python3
"""False alarms of `kpi audit` on honest reports shaped unlike generate.py's: every report is
honest, so every flag is a false alarm.

  python3 honest_shapes.py [--kpi ../../.build/release/kpi] [--seeds 1,2,3]

Shapes (seeded, standard library only):
  rare_deals   30 people x 52 weeks: visits 1 + Poisson(3), a deal in one week of four,
               revenue lognormal per deal; most weeks repeat the same small counts.
  fundraising  50 fundraisers in 3 teams x 52 weeks: calls overdispersed around 30, meetings
               binomial (15% of calls), gifts Poisson (a quarter of meetings plus 0.3), gift
               amounts lognormal with sigma 1.
  monthly      50 people in 3 teams x 24 months (periods 2026-01 ... 2027-12): visits around 60,
               leads 25% of visits, deals 30% of leads, amounts to the cent.
  numbered     the monthly shape with periods numbered 1 ... 24, which sort wrongly as text.
  solo         20 people x 52 weeks, each the only one of their group: visits overdispersed
               around 15, leads 30% of visits, deals 30% of leads plus a few from the pipeline,
               amounts lognormal with sigma 0.7.
  growing      the solo funnel for 50 people in 3 teams whose visits grow steadily by 80% over
               the year, conversions unchanged.
  price_list   the solo funnel for 50 people in 3 teams selling from a price list: each deal
               brings 990, 1490, 2500 or 5000 (2500 twice as often), far from Benford's law.
  inbound      the solo funnel for 50 people in 3 teams whose leads come from marketing,
               about six a week whatever the visits.
  fives        the solo funnel for 50 people in 3 teams who all give visits to the nearest five.
  thousands    the solo funnel for 50 people in 3 teams who give revenue to the nearest thousand
               (a deal of 400 alone is written 0).
  cents        the solo funnel for 50 people in 3 teams of whom every other one gives revenue to
               the cent, the rest whole; one deal in five, everyone's, is at a list price of
               1,500.
"""
import argparse
import csv
import io
import math
import random
import subprocess
import tempfile
from pathlib import Path

from generate import binomial, negative_binomial, poisson

HERE = Path(__file__).resolve().parent


def traits(rng):
    """A person's team, activity level and typical deal or gift size."""
    return rng.choice("abc"), math.exp(rng.gauss(0, 0.3)), math.exp(rng.gauss(0, 0.4))


def season(period, length):
    """A yearly swing of ±30% in activity."""
    return 1 + 0.3 * math.sin(2 * math.pi * period / length)


def rare_deals(rng):
    rows = []
    for person in range(30):
        for week in range(1, 53):
            deals = 1 if rng.random() < 0.25 else 0
            revenue = deals * round(2000 * math.exp(rng.gauss(0, 0.5)))
            rows.append([f"E{person:02d}", "all", f"2026-W{week:02d}", poisson(rng, 3) + 1, deals, revenue])
    return ["calls", "deals", "revenue"], rows


def fundraising(rng):
    rows = []
    for person in range(50):
        team, skill, size = traits(rng)
        for week in range(1, 53):
            calls = negative_binomial(rng, 30 * skill * season(week, 52), dispersion=5.0)
            meetings = binomial(rng, calls, 0.15)
            gifts = poisson(rng, 0.25 * meetings + 0.3)
            amount = sum(round(500 * size * math.exp(rng.gauss(0, 1.0))) for _ in range(gifts))
            rows.append([f"F{person:02d}", team, f"2026-W{week:02d}", calls, meetings, gifts, amount])
    return ["calls", "meetings", "gifts", "amount"], rows


def monthly(rng, numbered=False):
    rows = []
    for person in range(50):
        team, skill, size = traits(rng)
        for month in range(1, 25):
            visits = negative_binomial(rng, 60 * skill * season(month, 12), dispersion=5.0)
            leads = binomial(rng, visits, 0.25)
            deals = binomial(rng, leads, 0.3)
            cents = sum(round(300000 * size * math.exp(rng.gauss(0, 0.7))) for _ in range(deals))
            period = str(month) if numbered else f"{2026 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}"
            rows.append([f"P{person:02d}", team, period, visits, leads, deals, f"{cents // 100}.{cents % 100:02d}"])
    return ["visits", "leads", "deals", "amount"], rows


def funnel_weeks(rng, people, team, visits, price=None, inbound=False, unit=1, amount_unit=lambda person: 1):
    """Weekly reports of a funnel: `team(person)` names the group, `visits(week)` the level,
    `price(rng)` a deal's amount (lognormal around the person's size when not given); with
    `inbound`, leads come whatever the visits; visits are written to the nearest `unit`, revenue
    to the nearest `amount_unit(person)`."""
    rows = []
    for person in range(people):
        group, skill, size = team(person), math.exp(rng.gauss(0, 0.3)), math.exp(rng.gauss(0, 0.3))
        written = amount_unit(person)
        for week in range(1, 53):
            calls = negative_binomial(rng, visits(week) * skill)
            leads = poisson(rng, 6) if inbound else binomial(rng, calls, 0.3)
            deals = binomial(rng, leads, 0.3) + poisson(rng, 0.3)
            amount = sum(price(rng) if price else 2000 * size * math.exp(rng.gauss(-0.245, 0.7)) for _ in range(deals))
            rows.append([f"S{person:02d}", group, f"2026-W{week:02d}", unit * round(calls / unit), leads, deals,
                         round(amount, 2) if written == 0.01 else written * round(amount / written)])
    return ["visits", "leads", "deals", "revenue"], rows


SHAPES = {"rare_deals": rare_deals, "fundraising": fundraising, "monthly": monthly,
          "numbered": lambda rng: monthly(rng, numbered=True),
          "solo": lambda rng: funnel_weeks(rng, 20, lambda person: f"t{person}", lambda week: 15),
          "growing": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15 * (1 + 0.8 * week / 52)),
          "price_list": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15,
                                                 lambda rng: rng.choice([990, 1490, 2500, 2500, 5000])),
          "inbound": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15, inbound=True),
          "fives": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15, unit=5),
          "thousands": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15,
                                                amount_unit=lambda person: 1000),
          "cents": lambda rng: funnel_weeks(rng, 50, lambda person: "abc"[person % 3], lambda week: 15,
                                            lambda rng: 1500 if rng.random() < 0.2 else 2000 * math.exp(rng.gauss(-0.245, 0.7)),
                                            amount_unit=lambda person: 0.01 if person % 2 else 1)}


def flags(kpi, measures, rows, path):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["id", "team", "period"] + measures)
        writer.writerows(rows)
    out = subprocess.run([kpi, "audit", str(path), "--id", "id", "--period", "period", "--measures", ",".join(measures),
                          "--group", "team", "--format", "csv"], check=True, capture_output=True, text=True).stdout
    return [r for r in csv.DictReader(io.StringIO(out)) if r["flagged"] == "true"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpi", default=str(HERE.parent.parent / ".build" / "release" / "kpi"))
    parser.add_argument("--seeds", default="1,2,3")
    args = parser.parse_args()
    print("| shape | reports | false alarms | detectors that raised them |")
    print("|---|---:|---:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in SHAPES.items():
            reports, alarms, detectors = 0, 0, {}
            for seed in (int(s) for s in args.seeds.split(",")):
                measures, rows = shape(random.Random(seed))
                flagged = flags(args.kpi, measures, rows, Path(tmp) / f"{name}-{seed}.csv")
                reports += len(rows)
                alarms += len(flagged)
                for row in flagged:
                    first = row["reasons"].split(";")[0]
                    kind = ("copy" if "repeats" in first else "too smooth" if first.startswith("too smooth")
                            else "too calm" if first.startswith("too calm")
                            else "outlier (ESD)" if "generalized ESD" in first else "round numbers" if "round" in first
                            else "digits" if "digits" in first
                            else "funnel" if " per " in first else "history")
                    detectors[kind] = detectors.get(kind, 0) + 1
            print(f"| {name} | {reports} | {alarms} | {', '.join(f'{k} {v}' for k, v in sorted(detectors.items())) or '–'} |")


if __name__ == "__main__":
    main()
