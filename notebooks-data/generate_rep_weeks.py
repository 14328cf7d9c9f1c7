#!/usr/bin/env python3
"""Writes rep_weeks.csv: 26 weeks of activity and bookings for 40 sales representatives.

Run from this folder:  python3 generate_rep_weeks.py   (standard library only, seeded).

Each row is one representative's week: visits, leads, deals, marketing spend in the rep's
territory and revenue booked. Revenue grows with visits and leads, differs by region,
responds to spend with diminishing returns, rises in the last weeks of each quarter, and
has noise that grows with the rep's volume (so robust standard errors matter). A few cells
are empty (reports not filed), as in real CRM exports.
"""
import csv
import math
import random

random.seed(20261121)
REGIONS = {"north": 40.0, "south": -25.0, "east": 0.0, "west": 15.0}
ROLES = ["field", "inside"]

rows = []
for r in range(40):
    rep = f"R{r + 1:03d}"
    region = list(REGIONS)[r % 4]
    role = ROLES[(r // 4) % 2]
    team = f"{region}-{role}"
    skill = random.gauss(1.0, 0.18)
    tenure = round(random.uniform(0.3, 9.0), 1)
    for week in range(1, 27):
        quarter_end = 1 if (week % 13) in (11, 12, 0) else 0
        visits = max(0, int(random.gauss(14 if role == "field" else 6, 3)))
        leads = max(0, int(random.gauss(9 if role == "inside" else 5, 2.5)))
        spend = round(max(0.0, random.gauss(1200, 350)), 2)
        deals = max(0, int(round(0.18 * visits + 0.22 * leads + random.gauss(0, 1))))
        mean = (120 + 9.5 * visits + 6.0 * leads + REGIONS[region] + 14 * math.log1p(spend / 100)
                + 35 * quarter_end + 12 * math.log1p(tenure)) * skill
        revenue = round(max(0.0, mean + random.gauss(0, 0.12 * mean)), 2)
        row = {"rep": rep, "team": team, "region": region, "role": role, "week": week,
               "quarter_end": quarter_end, "tenure": tenure, "visits": visits, "leads": leads,
               "deals": deals, "marketing_spend": spend, "revenue": revenue}
        if random.random() < 0.01:
            row["leads"] = ""
        rows.append(row)

with open("rep_weeks.csv", "w", newline="") as handle:
    writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
print(f"wrote rep_weeks.csv: {len(rows)} rows")
