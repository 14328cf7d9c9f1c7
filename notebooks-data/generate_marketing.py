#!/usr/bin/env python3
"""Writes marketing_weeks.csv: weekly sales and media spend of the sample company.

Run from this folder:  python3 generate_marketing.py   (standard library only, seeded).

146 weeks, Monday 2024-01-01 to Monday 2026-10-12, on the scale of the company's bookings
(bookings.csv: about 670,000 a week). Columns: week, sales, tv, search, social, email,
price, promo, holiday. The sales are made by the marketing-mix equation, so the truth is known:

    sales = (470,000 + 900 per week) × (1 + season − 0.25 × holiday) − 6,000 × (price − 100)
            + 55,000 × promo
            + Σ_c β_c · logistic(adstock_c(spend_c) / s_c) + noise (sd 18,000)

with logistic(x) = (1 − e^−x) / (1 + e^−x) and geometric adstock over 12 weeks, normalized:

    channel  decay  s       β        spend
    tv       0.60   45,000  190,000  flights of 4–8 weeks at 30,000–90,000, about half the weeks
    search   0.15   25,000   95,000  always on, 8,000–40,000, a quarter more before busy months
    social   0.30   15,000   55,000  70 % of weeks, 4,000–26,000
    email    0.05    2,500   14,000  half the weeks, 800–4,000

season is smooth over the year (busy March and October, slow August); holiday marks the
Christmas weeks (from 20 December to 2 January), when sales fall by a quarter. price is a
list-price index (100 in 2024, 103 from 2025, 106 from 2026, with short sales); promo marks
five promotion weeks.
"""
import csv
import datetime
import math
import random

random.seed(20240101)
START = datetime.date(2024, 1, 1)
WEEKS = 146
CHANNELS = {  # decay, s, beta
    "tv": (0.60, 45_000.0, 190_000.0),
    "search": (0.15, 25_000.0, 95_000.0),
    "social": (0.30, 15_000.0, 55_000.0),
    "email": (0.05, 2_500.0, 14_000.0),
}
PROMOS = {18, 44, 70, 96, 122}


def season(day: datetime.date) -> float:
    """Relative change of the baseline in the week starting `day`: peaks in March and
    October, a trough in August."""
    phase = 2 * math.pi * day.timetuple().tm_yday / 365.25
    return 0.04 * math.cos(phase - 1.2) + 0.05 * math.cos(2 * phase - 2.6) - 0.02 * math.sin(3 * phase)


def holiday(day: datetime.date) -> int:
    return 1 if (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 2) else 0


days = [START + datetime.timedelta(weeks=w) for w in range(WEEKS)]
spend = {name: [0.0] * WEEKS for name in CHANNELS}
week = 0
while week < WEEKS:  # tv flights with gaps between them
    length = random.randint(4, 8)
    level = random.uniform(30_000, 90_000)
    for w in range(week, min(WEEKS, week + length)):
        spend["tv"][w] = round(level * random.uniform(0.85, 1.15), 2)
    week += length + random.randint(3, 9)
for w, day in enumerate(days):
    busy_next = (day + datetime.timedelta(weeks=3)).month in (3, 10)
    spend["search"][w] = round(random.uniform(8_000, 40_000) * (1.25 if busy_next else 1.0), 2)
    spend["social"][w] = round(random.uniform(4_000, 26_000), 2) if random.random() < 0.7 else 0.0
    spend["email"][w] = round(random.uniform(800, 4_000), 2) if random.random() < 0.5 else 0.0


def adstock(values, decay, lags=12):
    weights = [decay ** l for l in range(lags)]
    total = sum(weights)
    return [sum(weights[l] * values[t - l] for l in range(lags) if t - l >= 0) / total for t in range(len(values))]


def logistic(x):
    return (1 - math.exp(-x)) / (1 + math.exp(-x))


effects = {name: [beta * logistic(x / s) for x in adstock(spend[name], decay)]
           for name, (decay, s, beta) in CHANNELS.items()}
rows = []
for w, day in enumerate(days):
    price = 100.0 if day.year == 2024 else 103.0 if day.year == 2025 else 106.0
    if random.random() < 0.06:
        price = round(price * 0.95, 2)
    promo = 1 if w in PROMOS else 0
    base = (470_000 + 900 * w) * (1 + season(day) - 0.25 * holiday(day)) - 6_000 * (price - 100) + 55_000 * promo
    sales = base + sum(effects[name][w] for name in CHANNELS) + random.gauss(0, 18_000)
    rows.append({"week": day.isoformat(), "sales": round(sales, 2), **{name: spend[name][w] for name in CHANNELS},
                 "price": price, "promo": promo, "holiday": holiday(day)})

with open("marketing_weeks.csv", "w", newline="") as handle:
    writer = csv.DictWriter(handle, fieldnames=["week", "sales", *CHANNELS, "price", "promo", "holiday"])
    writer.writeheader()
    writer.writerows(rows)

totals = {name: sum(values) for name, values in effects.items()}
print("true contributions:", {name: round(total) for name, total in totals.items()})
print("true ROAS:", {name: round(totals[name] / sum(spend[name]), 3) for name in CHANNELS})
