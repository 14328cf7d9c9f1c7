#!/usr/bin/env python3
"""Writes the exports of a large sales and marketing organisation for the scale benchmark.

Usage:  python3 generate.py OUTPUT_DIR [--people N] [--seed S]   (standard library only)

The organisation has N people (10,000 by default): sales teams of ten representatives and a
manager, and marketing teams of a director and nine managers (one person in a hundred). Over
the eight quarters 2025Q1 … 2026Q4 it writes:

  people.csv         entity,name,team,role
  targets.csv        entity,period,target               quarterly bookings targets (reps; managers carry their team's)
  actuals.csv        entity,date,amount                 every rep's bookings on every day of the two years, day by
                                                        day (daily totals; weekends and days without a deal book less or 0)
  campaigns.csv      campaign,name,channel,start,end,cost,revenue,leads,customers
  channel_spend.csv  date,channel,spend                 daily marketing spend per channel
  reports.csv        entity,period,visits,calls,leads   every rep's weekly report, week by week (ISO weeks 2025-W01 … 2026-W53)
  kpi_values.csv     entity,role,team,period,kpi,value  survey, activity and campaign KPIs per quarter

With 10,000 people that is 9,000 reps × 730 days = 6,570,000 actuals rows.
"""
import argparse
import datetime as dt
import math
import os
import random

FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jade", "Kai", "Lena", "Milo",
         "Nora", "Omar", "Pia", "Quin", "Rosa", "Sami", "Tara", "Uma", "Vik", "Wren", "Xia", "Yara", "Zane"]
LAST = ["Adler", "Berg", "Costa", "Dahl", "Eze", "Fox", "Gray", "Holm", "Ito", "Jung", "Khan", "Lund",
        "Moss", "Nagy", "Ortiz", "Park", "Quist", "Roy", "Sato", "Tran", "Ueda", "Vos", "Wolf", "Yilmaz"]
CHANNELS = ["email", "search", "social", "events", "display"]
QUARTERS = [(year, quarter) for year in (2025, 2026) for quarter in (1, 2, 3, 4)]
FIRST_DAY, LAST_DAY = dt.date(2025, 1, 1), dt.date(2026, 12, 31)


def quarter_bounds(year, quarter):
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - dt.timedelta(days=1)
    return start, end


def organisation(count, rng):
    """Sales teams of a manager and ten reps; one person in a hundred is in marketing."""
    marketing = max(1, count // 100)
    sales_teams = (count - marketing) // 11
    people = []
    for team in range(sales_teams):
        name = f"sales-{team + 1:04d}"
        people.append((f"S{team + 1:05d}", name, "sales_manager"))
        for rep in range(10):
            people.append((f"R{team * 10 + rep + 1:06d}", name, "sales_rep"))
    for index in range(count - len(people)):
        role = "marketing_director" if index % 10 == 0 else "marketing_manager"
        people.append((f"M{index + 1:04d}", f"marketing-{index // 10 + 1:02d}", role))
    return [{"entity": entity, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "team": team, "role": role}
            for entity, team, role in people]


def write_rows(folder, name, header, rows):
    """`rows` yields lists of already formatted lines (one list per chunk)."""
    count = 0
    with open(os.path.join(folder, name), "w", newline="") as handle:
        handle.write(header + "\n")
        for chunk in rows:
            handle.write("".join(chunk))
            count += len(chunk)
    print(f"wrote {name}: {count} rows")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20261231)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    os.makedirs(options.folder, exist_ok=True)

    people = organisation(options.people, rng)
    reps = [p for p in people if p["role"] == "sales_rep"]
    level = {p["entity"]: rng.lognormvariate(math.log(3200), 0.25) for p in reps}     # daily bookings
    growth = {p["entity"]: rng.gauss(0.015, 0.02) for p in reps}                     # per quarter
    days = [FIRST_DAY + dt.timedelta(days=d) for d in range((LAST_DAY - FIRST_DAY).days + 1)]
    labels = [day.isoformat() for day in days]
    quarter_of = [(day.year - 2025) * 4 + (day.month - 1) // 3 for day in days]
    ends = [quarter_bounds(*QUARTERS[q])[1] for q in quarter_of]
    # Deals per day relative to a rep's level: weekends, August and the Christmas weeks are
    # slow; the last three weeks of a quarter book about twice the rate of the first ten.
    pace = [(0.15 if day.weekday() >= 5 else 1.0)
            * (0.6 if day.month == 8 or (day.month == 12 and day.day > 20) else 1.0)
            * (2.0 if (end - day).days < 21 else 1.0) for day, end in zip(days, ends)]

    write_rows(options.folder, "people.csv", "entity,name,team,role",
               [[f"{p['entity']},{p['name']},{p['team']},{p['role']}\n" for p in people]])

    targets = []
    for index, (year, quarter) in enumerate(QUARTERS):
        start, end = quarter_bounds(year, quarter)
        business = sum(1 for d in range((end - start).days + 1) if (start + dt.timedelta(days=d)).weekday() < 5)
        team_targets = {}
        for rep in reps:
            expected = level[rep["entity"]] * (1 + growth[rep["entity"]]) ** index * business
            target = round(expected * 1.2 * rng.uniform(0.92, 1.1), -3)
            targets.append(f"{rep['entity']},{year}Q{quarter},{target:.0f}\n")
            team_targets[rep["team"]] = team_targets.get(rep["team"], 0) + target
        for manager in (p for p in people if p["role"] == "sales_manager"):
            targets.append(f"{manager['entity']},{year}Q{quarter},{team_targets[manager['team']]:.0f}\n")
    write_rows(options.folder, "targets.csv", "entity,period,target", [targets])

    def actuals():
        """Day by day, as a CRM exports them."""
        random_number, lognormal = rng.random, rng.lognormvariate
        deal_size = math.log(3600)
        entities = [rep["entity"] for rep in reps]
        rates = [[level[e] * (1 + growth[e]) ** q / 4200 / 3 for e in entities] for q in range(len(QUARTERS))]
        for label, quarter, day_pace in zip(labels, quarter_of, pace):
            chunk = []
            for entity, rate in zip(entities, rates[quarter]):
                chance = rate * day_pace
                amount = 0.0
                for _ in range(3):
                    if random_number() < chance:
                        amount += lognormal(deal_size, 0.6)
                chunk.append(f"{entity},{label},{amount:.2f}\n")
            yield chunk
    write_rows(options.folder, "actuals.csv", "entity,date,amount", actuals())

    campaigns = []
    for index in range(max(4, options.people // 25)):
        channel = CHANNELS[index % len(CHANNELS)]
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(len(days) - 90))
        end = start + dt.timedelta(days=rng.randrange(7, 90))
        cost = round(rng.lognormvariate(math.log(20_000), 0.7), 2)
        roi = rng.gauss(0.4, 0.6)
        leads = int(cost / rng.uniform(20, 80))
        campaigns.append(f"C{index + 1:05d},{channel} campaign {index + 1},{channel},{start},{end},{cost:.2f},"
                         f"{max(0.0, cost * (1 + roi)):.2f},{leads},{int(leads * rng.uniform(0.02, 0.1))}\n")
    write_rows(options.folder, "campaigns.csv", "campaign,name,channel,start,end,cost,revenue,leads,customers",
               [campaigns])

    scale = max(1, options.people // 100)
    write_rows(options.folder, "channel_spend.csv", "date,channel,spend",
               [[f"{label},{channel},{rng.lognormvariate(math.log(300 * scale), 0.4):.2f}\n"
                 for label in labels for channel in CHANNELS]])

    week_one = dt.date(2024, 12, 30)      # Monday of 2025-W01
    weeks = []
    monday = week_one
    while monday <= LAST_DAY:
        year, week, _ = monday.isocalendar()
        weeks.append(f"{year}-W{week:02d}")
        monday += dt.timedelta(days=7)

    def reports():
        """Week by week, every rep's report."""
        gauss, random_number = rng.gauss, rng.random
        entities = [rep["entity"] for rep in reps]
        visit_levels = [rng.uniform(8, 20) for _ in entities]
        for week in weeks:
            chunk = []
            for entity, visits_level in zip(entities, visit_levels):
                visits = max(0, round(gauss(visits_level, 3)))
                calls = max(0, round(gauss(visits_level * 3, 6)))
                # One report in fifty leaves the leads empty (no value stored).
                leads = "" if random_number() < 0.02 else max(0, round(gauss(visits * 0.4, 2)))
                chunk.append(f"{entity},{week},{visits},{calls},{leads}\n")
            yield chunk
    write_rows(options.folder, "reports.csv", "entity,period,visits,calls,leads", reports())

    kpi_values = []
    for year, quarter in QUARTERS:
        period = f"{year}Q{quarter}"
        for p in people:
            prefix = f"{p['entity']},{p['role']},{p['team']},{period},"
            if p["role"] == "sales_rep":
                values = [("new_customers", max(0, round(rng.gauss(11, 3)))),
                          ("visit_rate", round(min(130, rng.gauss(96, 12)), 1)),
                          ("skill_score_lift", round(rng.gauss(4, 5), 1))]
            elif p["role"] == "sales_manager":
                values = [("new_customers", max(0, round(rng.gauss(85, 15)))),
                          ("client_satisfaction", round(min(100, rng.gauss(84, 6)), 1)),
                          ("staff_turnover", round(max(0, rng.gauss(7, 5)), 1)),
                          ("on_time_project_rate", round(min(100, rng.gauss(88, 8)), 1))]
            else:
                values = [("campaign_roi", round(rng.gauss(45, 35), 1)),
                          ("cost_per_lead", round(rng.lognormvariate(math.log(42), 0.3), 2)),
                          ("brand_awareness_lift", round(rng.gauss(6, 5), 1)),
                          ("budget_execution_rate", round(rng.gauss(97, 5), 1)),
                          ("client_satisfaction", round(min(100, rng.gauss(82, 7)), 1)),
                          ("staff_turnover", round(max(0, rng.gauss(8, 5)), 1))]
            kpi_values.extend(f"{prefix}{kpi},{value}\n" for kpi, value in values)
    write_rows(options.folder, "kpi_values.csv", "entity,role,team,period,kpi,value", [kpi_values])


if __name__ == "__main__":
    main()
