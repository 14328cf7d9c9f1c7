#!/usr/bin/env python3
"""Writes a CRM export for a sales and marketing organisation of 40 people over 8 quarters.

Run from this folder:  python3 generate_crm.py   (standard library only, seeded).

Files:
  people.csv      entity,name,team,role
  targets.csv     entity,period,target            quarterly bookings targets (2025Q1 … 2026Q4)
  bookings.csv    entity,date,amount              daily bookings per rep (days with deals), up to the as-of date
  raises.csv      date,entity,source,amount       money raised toward the 2026H2 fundraising plan
  kpi_values.csv  entity,role,team,period,kpi,value   survey, activity and campaign KPIs (reps'
                  new_customers only for 2025: from 2026 on they come from the weekly reports)

The as-of date is 2026-11-20: the fourth quarter of 2026 is in progress. Bookings follow each
rep's own level and growth, lumpy deal sizes (log-normal), fewer deals in August and the
Christmas weeks, and the late-quarter push sales teams know (the last three weeks of a quarter
book about twice the daily rate of the first ten). Managers carry their team's target.
"""
import csv
import datetime as dt
import math
import random

random.seed(20261120)
AS_OF = dt.date(2026, 11, 20)
QUARTERS = [(y, q) for y in (2025, 2026) for q in (1, 2, 3, 4)]
TEAMS = ["north", "south", "east", "west"]
FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jade", "Kai", "Lena",
         "Milo", "Nora", "Omar", "Pia", "Quin", "Rosa", "Sami", "Tara", "Uma", "Vik", "Wren", "Xia",
         "Yara", "Zane", "Alma", "Bruno", "Cleo", "Dev", "Emil", "Freya", "Gil", "Hugo", "Iris",
         "Jon", "Kira", "Luca", "Maya", "Nico"]


def quarter_bounds(year, q):
    start = dt.date(year, 3 * q - 2, 1)
    end = dt.date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1) - dt.timedelta(days=1)
    return start, end


people = []
for t, team in enumerate(TEAMS):
    people.append({"entity": f"S{t + 1}00", "team": f"sales-{team}", "role": "sales_manager"})
    for r in range(8):
        people.append({"entity": f"S{t + 1}{r + 1:02d}", "team": f"sales-{team}", "role": "sales_rep"})
people.append({"entity": "M001", "team": "marketing", "role": "marketing_director"})
for m in range(3):
    people.append({"entity": f"M{m + 2:03d}", "team": "marketing", "role": "marketing_manager"})
for person, name in zip(people, FIRST):
    person["name"] = name

reps = [p for p in people if p["role"] == "sales_rep"]
level = {p["entity"]: random.lognormvariate(math.log(3200), 0.25) for p in reps}   # daily bookings
growth = {p["entity"]: random.gauss(0.015, 0.02) for p in reps}                   # per quarter

targets, bookings = [], []
for qi, (year, q) in enumerate(QUARTERS):
    start, end = quarter_bounds(year, q)
    period = f"{year}Q{q}"
    days = [start + dt.timedelta(days=d) for d in range((end - start).days + 1)]
    business = [d for d in days if d.weekday() < 5]
    team_targets = {}
    for rep in reps:
        e = rep["entity"]
        expected = level[e] * (1 + growth[e]) ** qi * len(business)
        target = round(expected * 1.2 * random.uniform(0.92, 1.1), -3)
        targets.append({"entity": e, "period": period, "target": target})
        team_targets[rep["team"]] = team_targets.get(rep["team"], 0) + target
        for day in business:
            if day > AS_OF:
                break
            weeks_left = (end - day).days / 7
            push = 2.0 if weeks_left < 3 else 1.0
            season = 0.6 if day.month == 8 or (day.month == 12 and day.day > 20) else 1.0
            rate = level[e] * (1 + growth[e]) ** qi * push * season / 4200     # deals per day
            deals = sum(random.random() < rate / 3 for _ in range(3))
            if deals:
                amount = sum(random.lognormvariate(math.log(3600), 0.6) for _ in range(deals))
                bookings.append({"entity": e, "date": day.isoformat(), "amount": round(amount, 2)})
    for manager in (p for p in people if p["role"] == "sales_manager"):
        targets.append({"entity": manager["entity"], "period": period, "target": team_targets[manager["team"]]})

raises = []
day = dt.date(2026, 7, 1)
while day <= AS_OF:
    if day.weekday() < 5 and random.random() < 0.35:
        source = random.choice(["institution", "corporate", "private fund"])
        size = {"institution": 180_000, "corporate": 90_000, "private fund": 60_000}[source]
        raises.append({"date": day.isoformat(), "entity": random.choice(["M002", "M003", "M004"]),
                       "source": source, "amount": round(random.lognormvariate(math.log(size), 0.5), -2)})
    day += dt.timedelta(days=1)

kpi_values = []
for (year, q) in QUARTERS:
    period = f"{year}Q{q}"
    if quarter_bounds(year, q)[0] > AS_OF:
        continue
    for p in people:
        row = lambda kpi, value: kpi_values.append(
            {"entity": p["entity"], "role": p["role"], "team": p["team"], "period": period, "kpi": kpi, "value": value})
        if p["role"] == "sales_rep":
            # From 2026 on, `kpi run` takes a rep's new customers from the weekly reports'
            # deals (reports.csv, kpi.yaml's audit: kpis:); the value is still drawn so that
            # the seeded stream, and every other value, stays as it was.
            new_customers = max(0, round(random.gauss(11, 3)))
            if year < 2026:
                row("new_customers", new_customers)
            row("visit_rate", round(min(130, random.gauss(96, 12)), 1))
            row("skill_score_lift", round(random.gauss(4, 5), 1))
        elif p["role"] == "sales_manager":
            row("new_customers", max(0, round(random.gauss(85, 15))))
            row("client_satisfaction", round(min(100, random.gauss(84, 6)), 1))
            row("staff_turnover", round(max(0, random.gauss(7, 5)), 1))
            row("on_time_project_rate", round(min(100, random.gauss(88, 8)), 1))
        else:
            row("campaign_roi", round(random.gauss(45, 35), 1))
            row("cost_per_lead", round(random.lognormvariate(math.log(42), 0.3), 2))
            row("brand_awareness_lift", round(random.gauss(6, 5), 1))
            row("budget_execution_rate", round(random.gauss(97, 5), 1))
            row("client_satisfaction", round(min(100, random.gauss(82, 7)), 1))
            row("staff_turnover", round(max(0, random.gauss(8, 5)), 1))


def write(name, rows):
    with open(name, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {name}: {len(rows)} rows")


write("people.csv", [{k: p[k] for k in ("entity", "name", "team", "role")} for p in people])
write("targets.csv", targets)
write("bookings.csv", bookings)
write("raises.csv", raises)
write("kpi_values.csv", kpi_values)
