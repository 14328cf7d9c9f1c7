#!/usr/bin/env python3
"""How much evidence a tampered stretch carries when it is known where it lies.

For three anomaly kinds of generate.py, every tampered rep's stretch is tested with the kind's
strongest single signal, as if the stretch were known (a detector has to find it first, and
pays for the search):

  inflated_revenue     log revenue per deal inside the stretch, higher than in random sets of
                       as many of the rep's weeks with deals (permutation test, one-sided)
  fabricated_uniform   the spread (standard deviation) of log revenue inside the stretch,
                       lower than in random sets of as many of the rep's weeks with revenue
  activity_padding     conversion inside the stretch against the rest: leads given visits and
                       deals given leads, each an exact binomial lower tail given the two
                       parts' total outcome and their shares of the activity (the smaller
                       p-value of the two steps, doubled)

Padding is judged by conversion only, as `kpi audit` judges it: activity that rises with
its outcomes is no evidence of padding. Prints, per kind, how many tampered reps reach
p <= 0.05, 0.01 and 0.001. Standard library only.

  python3 known_blocks.py [--seeds 1,2,3] [--setting default] [--draws 20000]
"""
import argparse
import math
import random
import statistics
from collections import defaultdict

import generate

KINDS = ["inflated_revenue", "fabricated_uniform", "activity_padding"]
LEVELS = [0.05, 0.01, 0.001]


def permutation_p(values, inside, statistic, upper, draws, rng):
    """Share of random subsets of `values` as large as `inside` whose statistic is at least as
    extreme as the stretch's (counting the stretch itself)."""
    observed = statistic(inside)
    extreme = 0
    for _ in range(draws):
        value = statistic(rng.sample(values, len(inside)))
        if (value >= observed) if upper else (value <= observed):
            extreme += 1
    return (extreme + 1) / (draws + 1)


def binomial_lower(k, n, p):
    """P(X <= k) for X ~ Binomial(n, p)."""
    return min(1.0, sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1)))


def conversion_p(inside, outside, activity, outcome):
    """Exact lower tail of the stretch's outcome given the total and the shares of activity."""
    exposure_in = sum(r[activity] for r in inside)
    exposure_out = sum(r[activity] for r in outside)
    count_in = sum(r[outcome] for r in inside)
    total = count_in + sum(r[outcome] for r in outside)
    if exposure_in == 0 or exposure_out == 0 or total == 0:
        return 1.0
    return binomial_lower(count_in, total, exposure_in / (exposure_in + exposure_out))


def stretch_p(kind, weeks, tampered, draws, rng):
    """The known-stretch p-value of one rep (weeks: [visits, leads, deals, revenue] rows)."""
    inside = [w for t, w in weeks if t in tampered]
    if kind == "inflated_revenue":
        per_deal = lambda rows: [math.log(r[3] / r[2]) for r in rows if r[2] > 0 and r[3] > 0]
        values, block = per_deal([w for _, w in weeks]), per_deal(inside)
        return permutation_p(values, block, statistics.fmean, True, draws, rng) if len(block) >= 2 else 1.0
    if kind == "fabricated_uniform":
        amounts = lambda rows: [math.log(r[3]) for r in rows if r[3] > 0]
        values, block = amounts([w for _, w in weeks]), amounts(inside)
        return permutation_p(values, block, statistics.pstdev, False, draws, rng) if len(block) >= 3 else 1.0
    outside = [w for t, w in weeks if t not in tampered]
    return min(1.0, 2 * min(conversion_p(inside, outside, 0, 1), conversion_p(inside, outside, 1, 2)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--setting", choices=sorted(generate.SETTINGS), default="default")
    parser.add_argument("--draws", type=int, default=20000, help="random subsets per permutation test")
    args = parser.parse_args()
    rng = random.Random(0)
    print(f"| kind | tampered reps | " + " | ".join(f"p ≤ {level:g}" for level in LEVELS) + " |")
    print("|---|---:|" + "---:|" * len(LEVELS))
    for kind in KINDS:
        pvalues = []
        for seed in (int(s) for s in args.seeds.split(",")):
            reports, labels = generate.generate(seed, args.setting, [kind])
            tampered = defaultdict(set)
            for entity, period, _ in labels:
                tampered[entity].add(period)
            weeks = defaultdict(list)
            for row in reports:
                weeks[row[0]].append((row[3], row[4:8]))
            pvalues += [stretch_p(kind, weeks[entity], periods, args.draws, rng) for entity, periods in tampered.items()]
        counts = [sum(1 for p in pvalues if p <= level) for level in LEVELS]
        print(f"| {kind} | {len(pvalues)} | " + " | ".join(f"{c} ({c / len(pvalues):.0%})" for c in counts) + " |")


if __name__ == "__main__":
    main()
