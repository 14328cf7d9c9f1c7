#!/usr/bin/env python3
"""Seeded generator of weekly sales reports with labelled anomalies, for evaluating `kpi audit`.

Standard library only. Writes REPORTS.csv (entity, region, role, period, visits, leads, deals,
revenue) and LABELS.csv (entity, period, kind) for the reports that were tampered with.

  python3 generate.py --seed 1 --setting default --out reports.csv --labels labels.csv

Legitimate look-alikes, present in every setting: vacation weeks (a report of zeros or near
zeros), company holidays (everyone's activity halves), a summer dip, quarter-end pushes (more
deals closed in a quarter's last two weeks), new hires who start mid-year and ramp up over
about ten weeks, whales (a deal eight to fifteen times the usual size) and instalment plans
(a client paying the same round amount every week for a while, with no new deal).

Anomaly kinds (the label unit is one report, entity x period):
  fabricated_uniform   a block of weeks whose four numbers are drawn uniformly between bounds
                       the rep picks around (and above) their usual level, as RANDBETWEEN does
  fabricated_human     a block of weeks made up by hand: plausible levels, but round numbers
                       and last digits 0 and 5 far more often than real counts and amounts
  inflated_revenue     a block of weeks whose revenue is multiplied, deals unchanged
  copied_week          a week copied from an earlier one, exactly or with one count nudged
  activity_padding     from some week on, visits (and sometimes leads) inflated; deals and
                       revenue do not follow
  spike                a single week where one count (visits, leads or deals) is multiplied
"""
import argparse
import csv
import datetime
import math
import random

SETTINGS = {
    # The setting the detectors were developed against.
    "default": dict(reps=60, weeks=52, anomalous_share=0.3, deal_sigma=0.7, new_hire_share=0.15,
                    instalment_share=0.2, whale_rate=0.02, inflation=(1.6, 2.5), padding=(1.6, 2.2),
                    spike=(3.0, 6.0), uniform_block=(6, 10), human_block=(8, 14), start_year=2026),
    # Held-out settings, never used while developing: more reps over fewer weeks, milder
    # tampering, noisier deal sizes, more new hires and instalments.
    "heldout_mild": dict(reps=80, weeks=40, anomalous_share=0.25, deal_sigma=0.85, new_hire_share=0.25,
                         instalment_share=0.3, whale_rate=0.03, inflation=(1.4, 2.0), padding=(1.4, 1.9),
                         spike=(2.5, 4.5), uniform_block=(5, 8), human_block=(6, 10), start_year=2025),
    "heldout_long": dict(reps=40, weeks=78, anomalous_share=0.35, deal_sigma=0.6, new_hire_share=0.1,
                         instalment_share=0.15, whale_rate=0.015, inflation=(1.5, 2.2), padding=(1.5, 2.0),
                         spike=(3.0, 5.0), uniform_block=(6, 12), human_block=(8, 16), start_year=2025),
    # Held out, never used while developing: a larger team over 60 weeks, a smaller share
    # tampered and somewhat milder, noisier deal sizes, more new hires and instalments.
    "heldout_wide": dict(reps=100, weeks=60, anomalous_share=0.2, deal_sigma=0.75, new_hire_share=0.2,
                         instalment_share=0.25, whale_rate=0.025, inflation=(1.5, 2.3), padding=(1.5, 2.1),
                         spike=(2.8, 5.5), uniform_block=(5, 10), human_block=(7, 12), start_year=2026),
}

REGIONS = {"north": 1.0, "south": 0.8, "east": 1.2, "west": 0.9}
ROLES = {"field": dict(visits=14, lead_rate=0.30), "inside": dict(visits=45, lead_rate=0.10)}
KINDS = ["fabricated_uniform", "fabricated_human", "inflated_revenue", "copied_week", "activity_padding", "spike"]


def poisson(rng, mean):
    if mean <= 0:
        return 0
    if mean > 50:
        return max(0, int(round(rng.gauss(mean, math.sqrt(mean)))))
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def negative_binomial(rng, mean, dispersion=8.0):
    """Overdispersed counts: Poisson with a gamma-distributed rate."""
    if mean <= 0:
        return 0
    return poisson(rng, rng.gammavariate(dispersion, mean / dispersion))


def binomial(rng, n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


def week_label(start_year, index):
    day = datetime.date.fromisocalendar(start_year, 1, 1) + datetime.timedelta(weeks=index)
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def calendar(start_year, index):
    """Activity factor and quarter-end flag of a week."""
    day = datetime.date.fromisocalendar(start_year, 1, 1) + datetime.timedelta(weeks=index)
    _, week, _ = day.isocalendar()
    factor = 1.0
    if week in (1, 52, 53) or week == 14 or week == 22:  # New Year, Christmas, Easter, Whitsun
        factor = 0.5
    elif 31 <= week <= 34:
        factor = 0.75
    quarter_end = week in (12, 13, 25, 26, 38, 39, 51)
    return factor, quarter_end


def make_rep(rng, index, setting):
    region = rng.choice(list(REGIONS))
    role = "field" if rng.random() < 0.65 else "inside"
    new_hire = rng.random() < setting["new_hire_share"]
    start = rng.randint(8, setting["weeks"] // 2) if new_hire else 0
    vacation_start = rng.randint(start + 2, setting["weeks"] - 4)
    return dict(
        entity=f"R{index:03d}", region=region, role=role,
        skill=math.exp(rng.gauss(0, 0.25)), conversion=math.exp(rng.gauss(0, 0.2)),
        close_rate=min(0.6, 0.25 * math.exp(rng.gauss(0, 0.2))),
        deal_size=2500 * REGIONS[region] * math.exp(rng.gauss(0, 0.3)),
        start=start, vacation={vacation_start + k for k in range(rng.choice([1, 2, 2, 3]))}
        | ({rng.randint(start + 1, setting["weeks"] - 1)} if rng.random() < 0.5 else set()),
        instalment=None,
    )


def genuine_weeks(rng, rep, setting):
    rows = {}
    role = ROLES[rep["role"]]
    if rng.random() < setting["instalment_share"]:
        first = rng.randint(rep["start"], setting["weeks"] - 6)
        amount = rng.choice([500, 750, 1000, 1200, 1500, 2000, 2500])
        rep["instalment"] = (first, first + rng.randint(6, 12), amount)
    for t in range(rep["start"], setting["weeks"]):
        factor, quarter_end = calendar(setting["start_year"], t)
        ramp = min(1.0, 0.2 + 0.08 * (t - rep["start"])) if rep["start"] > 0 else 1.0
        if t in rep["vacation"]:
            factor *= rng.choice([0.0, 0.0, 0.1])
        visits = negative_binomial(rng, role["visits"] * rep["skill"] * factor * ramp)
        leads = binomial(rng, visits, min(0.9, role["lead_rate"] * rep["conversion"]))
        close = rep["close_rate"] * (1.6 if quarter_end else 1.0) * (0.5 + 0.5 * ramp)
        # Deals close from this week's leads and from the pipeline of earlier weeks (which a new
        # hire builds up while ramping).
        pipeline = 0.0 if factor == 0 else 0.4 * rep["close_rate"] * role["visits"] * role["lead_rate"] * factor * ramp
        deals = binomial(rng, leads, min(0.9, close)) + poisson(rng, pipeline)
        revenue = 0.0
        for _ in range(deals):
            size = rep["deal_size"] * math.exp(rng.gauss(-setting["deal_sigma"] ** 2 / 2, setting["deal_sigma"]))
            if rng.random() < setting["whale_rate"]:
                size *= rng.uniform(8, 15)
            revenue += size
        if rep["instalment"] and rep["instalment"][0] <= t < rep["instalment"][1]:
            revenue += rep["instalment"][2]
        rows[t] = [visits, leads, deals, round(revenue)]
    return rows


def typical(rows):
    """Each measure's median over the rep's weeks with any activity."""
    active = [r for r in rows.values() if r[0] > 0]
    out = []
    for m in range(4):
        values = sorted(r[m] for r in active)
        out.append(values[len(values) // 2] if values else 1)
    return out


def round_like_a_person(rng, value, amount):
    """How people write a number they make up: round when they can, last digits 0 and 5."""
    if amount:
        unit = rng.choice([500, 100, 100, 50, 10])
        return max(0, int(round(value / unit)) * unit)
    if value >= 10 and rng.random() < 0.7:
        return max(0, int(round(value / 5)) * 5)
    return max(0, int(round(value)))


def tamper(rng, rep, rows, kind, setting):
    """Applies one anomaly kind to a rep's weeks; returns the tampered week indices."""
    weeks = sorted(rows)
    level = typical(rows)
    usable = [t for t in weeks if rows[t][0] > 0]
    if len(usable) < 16:
        return set()
    if kind in ("fabricated_uniform", "fabricated_human", "inflated_revenue"):
        low, high = setting[{"fabricated_uniform": "uniform_block", "fabricated_human": "human_block",
                             "inflated_revenue": "uniform_block"}[kind]]
        length = rng.randint(low, high) if kind != "inflated_revenue" else rng.randint(4, 8)
        first = rng.randint(0, len(weeks) - length)
        block = weeks[first:first + length]
        for t in block:
            if kind == "fabricated_uniform":
                lift = rng.uniform(1.0, 1.3)
                bounds = [(rng.uniform(0.6, 0.9) * lift, rng.uniform(1.4, 1.9) * lift) for _ in range(4)]
                rows[t] = [rng.randint(int(level[m] * a), max(int(level[m] * a), int(math.ceil(level[m] * b))))
                           for m, (a, b) in enumerate(bounds)]
            elif kind == "fabricated_human":
                lift = rng.uniform(1.0, 1.25)
                rows[t] = [round_like_a_person(rng, level[m] * lift * math.exp(rng.gauss(0, 0.25)), m == 3)
                           for m in range(4)]
            else:
                rows[t][3] = round(rows[t][3] * rng.uniform(*setting["inflation"]))
        return {t for t in block if kind != "inflated_revenue" or rows[t][3] > 0}
    if kind == "copied_week":
        copies = set()
        for _ in range(rng.randint(1, 3)):
            target = rng.choice(usable[4:])
            source = rng.choice([t for t in usable if t < target and t not in copies])
            rows[target] = list(rows[source])
            if rng.random() < 0.4:
                m = rng.randint(0, 2)
                rows[target][m] = max(0, rows[target][m] + rng.choice([-1, 1]))
            copies.add(target)
        return copies
    if kind == "activity_padding":
        length = rng.randint(10, 20)
        first = rng.randint(0, max(0, len(weeks) - length))
        block = weeks[first:first + length]
        both = rng.random() < 0.5
        for t in block:
            rows[t][0] = round(rows[t][0] * rng.uniform(*setting["padding"]))
            if both:
                rows[t][1] = round(rows[t][1] * rng.uniform(1.4, 1.8))
        return {t for t in block if rows[t][0] > 0}
    if kind == "spike":
        spiked = set()
        for _ in range(rng.randint(1, 2)):
            t = rng.choice(usable)
            m = rng.choice([0, 0, 1, 2])
            rows[t][m] = max(rows[t][m] + 2, round(max(rows[t][m], level[m]) * rng.uniform(*setting["spike"])))
            spiked.add(t)
        return spiked
    raise ValueError(kind)


def generate(seed, setting_name, kinds=KINDS, reps=None):
    setting = dict(SETTINGS[setting_name])
    if reps:
        setting["reps"] = reps
    rng = random.Random(seed)
    reports, labels = [], []
    for index in range(1, setting["reps"] + 1):
        rep = make_rep(rng, index, setting)
        rows = genuine_weeks(rng, rep, setting)
        if rng.random() < setting["anomalous_share"]:
            kind = rng.choice(kinds)
            for t in sorted(tamper(rng, rep, rows, kind, setting)):
                labels.append((rep["entity"], week_label(setting["start_year"], t), kind))
        for t in sorted(rows):
            reports.append([rep["entity"], rep["region"], rep["role"], week_label(setting["start_year"], t)] + rows[t])
    return reports, labels


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--setting", choices=sorted(SETTINGS), default="default")
    parser.add_argument("--out", required=True)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--kinds", default=",".join(KINDS), help="anomaly kinds to plant, comma-separated")
    parser.add_argument("--reps", type=int, help="number of representatives (default: the setting's)")
    args = parser.parse_args()
    reports, labels = generate(args.seed, args.setting, args.kinds.split(","), args.reps)
    with open(args.out, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["entity", "region", "role", "period", "visits", "leads", "deals", "revenue"])
        writer.writerows(reports)
    with open(args.labels, "w", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["entity", "period", "kind"])
        writer.writerows(labels)


if __name__ == "__main__":
    main()
