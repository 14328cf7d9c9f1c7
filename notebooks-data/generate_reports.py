#!/usr/bin/env python3
"""Writes reports.csv: the weekly reports of the sample's 32 sales representatives, 2026-W01
to 2026-W46, with a few made-up reports planted for `kpi audit` to find.

Run from this folder:  python3 generate_reports.py   (standard library only, seeded).

Each row is one representative's week: visits, leads (binomial in visits), deals (from the
week's leads and the pipeline) and revenue (the deals' lognormal sizes). Like real reports
they have vacation weeks of zeros, holidays when everyone's activity halves, a summer dip,
quarter-end pushes, the occasional very large deal and instalment plans (the same round
amount paid every week for a while, without a new deal). Planted, and listed in README.md:

  S203 (Milo, sales-south)  made up 2026-W30 to 2026-W39: round numbers, last digits 0 and 5
  S306 (Yara, sales-east)   2026-W41 is a copy of 2026-W17
  S104 (Eli, sales-north)   2026-W17: visits typed as 96
  S408 (Jon, sales-west)    from 2026-W33 on: visits padded by about 80%, leads and deals as before
"""
import csv
import datetime
import math
import random

random.seed(20261122)
WEEKS = 46
DEAL_SIZE = {"sales-north": 3200, "sales-south": 2400, "sales-east": 3600, "sales-west": 2800}


def poisson(mean):
    limit, k, product = math.exp(-mean), 0, random.random()
    while product > limit:
        k += 1
        product *= random.random()
    return k


def calendar(week):
    factor = 0.5 if week in (1, 14, 22, 52) else 0.75 if 31 <= week <= 34 else 1.0
    return factor, week in (12, 13, 25, 26, 38, 39)


people = [row for row in csv.DictReader(open("people.csv")) if row["role"] == "sales_rep"]
reports = {}
for person in people:
    skill = math.exp(random.gauss(0, 0.2))
    close = 0.3 * math.exp(random.gauss(0, 0.15))
    vacation = random.randint(20, 40)
    instalment = (random.randint(5, 30), random.choice([500, 1000, 1500])) if random.random() < 0.25 else None
    for week in range(1, WEEKS + 1):
        factor, quarter_end = calendar(week)
        if week in (vacation, vacation + 1):
            factor = 0.0
        visits = poisson(16 * skill * factor * random.gammavariate(10, 0.1))
        leads = sum(random.random() < 0.3 for _ in range(visits))
        deals = sum(random.random() < close * (1.5 if quarter_end else 1.0) for _ in range(leads))
        revenue = sum(DEAL_SIZE[person["team"]] * math.exp(random.gauss(-0.18, 0.6)) * (10 if random.random() < 0.02 else 1)
                      for _ in range(deals))
        if instalment and instalment[0] <= week < instalment[0] + 8:
            revenue += instalment[1]
        reports[(person["entity"], week)] = [visits, leads, deals, round(revenue)]

# Planted anomalies.
for week in range(30, 40):
    visits = random.choice([15, 20, 20, 25])
    reports[("S203", week)] = [visits, random.choice([4, 5, 6]), random.choice([1, 2, 2]), random.choice([2000, 2500, 3000, 3500, 4000, 5000])]
reports[("S306", 41)] = list(reports[("S306", 17)])
reports[("S104", 17)][0] = 96
for week in range(33, WEEKS + 1):
    reports[("S408", week)][0] = round(reports[("S408", week)][0] * 1.8)

with open("reports.csv", "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["entity", "team", "period", "visits", "leads", "deals", "revenue"])
    for person in people:
        for week in range(1, WEEKS + 1):
            writer.writerow([person["entity"], person["team"], f"2026-W{week:02d}"] + reports[(person["entity"], week)])
