#!/usr/bin/env python3
"""Writes campaigns.csv: the sample organisation's marketing campaigns over 2025-2026.

Run from this folder:  python3 generate_campaigns.py   (standard library only, seeded).

Each row is one flight of a campaign with its own id: recurring campaigns run a flight every
quarter (search, social, email, trade shows) or every half-year (tv), from 2025Q1 through
2026Q3 (the sample's as-of day is 2026-11-20, so 2026Q4 flights have no results yet), plus a
few one-off campaigns. Revenue is the CRM's credited revenue, set from an ROI path per
campaign with noise: most campaigns pay; "Social prospecting" and "Trade show circuit" slide
below 5% ROI and stay there; "Display retargeting" dips below once and recovers; the autumn
TV burst is weak only in its latest flight. Leads and customers come from the spend; TV
reports no leads, and one webinar won no customers. Each campaign is credited to the marketing
person who runs its channel (the `owner` column): search to Luca (M002), social to Maya
(M003), email, events and webinars to Nico (M004), TV to the director Kira (M001). Four short
campaigns ended in October 2026, so the quarter in progress has results to score them on.
"""
import csv
import datetime
import random

random.seed(20261122)
QUARTERS = [(2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]


def quarter_days(year, quarter):
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = datetime.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - datetime.timedelta(days=1)
    return start, end


# code, name, channel, quarterly cost, ROI path (one value per quarter), noise of the ROI,
# cost per lead, lead-to-customer rate, flight: "quarter" (whole quarter) or days from the
# quarter's start and length.
RECURRING = [
    ("SEA-BRAND", "Search brand keywords", "search", 32000, [2.6, 2.4, 2.5, 2.8, 2.3, 2.5, 2.4], 0.15, 38, 0.12, "quarter"),
    ("SEA-GEN", "Search generic keywords", "search", 54000, [0.45, 0.38, 0.31, 0.42, 0.36, 0.29, 0.33], 0.05, 61, 0.08, "quarter"),
    ("SOC-PROS", "Social prospecting", "social", 41000, [0.42, 0.30, 0.18, 0.09, 0.02, -0.06, -0.11], 0.01, 44, 0.05, "quarter"),
    ("SOC-RET", "Display retargeting", "social", 18000, [0.65, 0.58, 0.02, 0.55, 0.61, 0.52, 0.60], 0.01, 29, 0.10, "quarter"),
    ("EML-NEWS", "Customer newsletter", "email", 6500, [3.9, 4.2, 3.6, 4.8, 4.1, 3.8, 4.4], 0.3, 9, 0.15, "quarter"),
    ("EVT-TRADE", "Trade show circuit", "events", 72000, [0.35, 0.12, 0.21, 0.03, -0.08, 0.01, -0.15], 0.01, 180, 0.20, (40, 4)),
]
TV = ("TV-AUTUMN", "Autumn TV burst", "tv", 240000, {(2025, 3): 0.22, (2026, 3): 0.03}, (62, 28))
TV_SPRING = ("TV-SPRING", "Spring TV burst", "tv", 210000, {(2025, 2): -0.02, (2026, 2): 0.14}, (20, 28))
ONE_OFF = [
    ("WEB-LAUNCH-2025", "Product launch webinar", "events", "2025-06-10", "2025-06-10", 8500, 4200, 140, 0),
    ("EML-WINBACK-2025", "Win-back email", "email", "2025-10-06", "2025-11-14", 3200, 15800, 210, 31),
    ("SOC-INFL-2026", "Influencer pilot", "social", "2026-04-01", "2026-05-31", 26000, 23500, 610, 19),
    ("EML-WINBACK-2026", "Win-back email", "email", "2026-09-21", "2026-10-09", 2900, 14100, 180, 27),
    ("SEA-COMP-2026", "Search competitor push", "search", "2026-09-28", "2026-10-11", 9800, 21300, 190, 17),
    ("SOC-LOOK-2026", "Lookalike audiences test", "social", "2026-10-01", "2026-10-16", 7400, 6900, 260, 9),
    ("TV-OCT-2026", "October TV flight", "tv", "2026-10-01", "2026-10-18", 61000, 70300, "", 34),
]
OWNERS = {"search": "M002", "social": "M003", "email": "M004", "events": "M004", "tv": "M001"}

rows = []


def add(code, name, channel, start, end, cost, roi, cost_per_lead, conversion):
    revenue = round(cost * (1 + roi), 2)
    if cost_per_lead is None:
        leads, customers = "", max(0, int(round(revenue / 1900 * random.uniform(0.8, 1.2))))
    else:
        leads = max(1, int(round(cost / cost_per_lead * random.uniform(0.85, 1.15))))
        customers = max(0, int(round(leads * conversion * random.uniform(0.8, 1.2))))
    rows.append({"campaign": code, "name": name, "channel": channel, "start": start.isoformat(), "end": end.isoformat(),
                 "cost": cost, "revenue": revenue, "leads": leads, "customers": customers, "owner": OWNERS[channel]})


for code, name, channel, base_cost, path, noise, cost_per_lead, conversion, flight in RECURRING:
    for (year, quarter), roi in zip(QUARTERS, path):
        start, end = quarter_days(year, quarter)
        if flight != "quarter":
            offset, length = flight
            start = start + datetime.timedelta(days=offset)
            end = start + datetime.timedelta(days=length - 1)
        cost = round(base_cost * random.uniform(0.9, 1.1), 2)
        add(f"{code}-{year}Q{quarter}", name, channel, start, end, cost, roi + random.gauss(0, noise), cost_per_lead,
            conversion)

for code, name, channel, base_cost, paths, (offset, length) in (TV, TV_SPRING):
    for (year, quarter), roi in paths.items():
        start = quarter_days(year, quarter)[0] + datetime.timedelta(days=offset)
        cost = round(base_cost * random.uniform(0.95, 1.05), 2)
        add(f"{code}-{year}", name, channel, start, start + datetime.timedelta(days=length - 1), cost, roi, None, None)

for code, name, channel, start, end, cost, revenue, leads, customers in ONE_OFF:
    rows.append({"campaign": code, "name": name, "channel": channel, "start": start, "end": end, "cost": cost,
                 "revenue": revenue, "leads": leads, "customers": customers, "owner": OWNERS[channel]})

rows.sort(key=lambda row: (row["start"], row["campaign"]))
with open("campaigns.csv", "w", newline="") as handle:
    writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
print(f"wrote campaigns.csv: {len(rows)} rows")
