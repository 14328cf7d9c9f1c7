#!/usr/bin/env python3
"""Checks the tail approximation of the level-shift scan (Sources/Audit/Statistics/LevelShift.swift).

The scan takes the largest standardized difference z between a stretch of at least three
values and the rest. Under no shift (independent standard normal values, known noise) this
script simulates the maximum and compares P(max > z) with the two bounds the scan uses: the
Bonferroni bound (stretches tried × normal tail) and n z² φ(z) / 8. Standard library only.

With --heavy-tails it asks the same of honest log revenue per deal instead (50 weeks, one to
four lognormal deal sizes a week with σ = 0.8, one deal in thirty a whale of 8–15 times), with
the noise estimated as the scan estimates it (week-to-week differences, values beyond three of
it pulled in) and both directions tested: how often the normal-theory p-value falls below 0.01
and 0.001, against 2% and 0.2% for a valid test.

  python3 scan_null.py [--runs 4000] [--seed 1] [--heavy-tails]
"""
import argparse
import math
import random
import statistics


def scan(values):
    n = len(values)
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    best, tried = -math.inf, 0
    for start in range(0, n - 2):
        for end in range(start + 3, n + 1):
            length = end - start
            if n - length < 3:
                continue
            tried += 1
            inside = (prefix[end] - prefix[start]) / length
            outside = (prefix[n] - prefix[end] + prefix[start]) / (n - length)
            best = max(best, (inside - outside) / math.sqrt(1 / length + 1 / (n - length)))
    return best, tried


def difference_scale(values):
    """Root mean square of first differences without the largest tenth, over √0.6232 and √2."""
    changes = sorted(abs(b - a) for a, b in zip(values, values[1:]))
    kept = changes[:max(1, round(0.9 * len(changes)))]
    return math.sqrt(sum(c * c for c in kept) / len(kept) / 0.6232) / math.sqrt(2)


def normal_theory_p(values, upward):
    """The scan's p-value with the noise estimated from the series."""
    sigma = difference_scale(values)
    centre = statistics.median(values)
    sign = 1 if upward else -1
    z, tried = scan([sign * min(centre + 3 * sigma, max(centre - 3 * sigma, v)) / sigma for v in values])
    if z <= 0:
        return 1.0
    phi = math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return min(1.0, tried * 0.5 * math.erfc(z / math.sqrt(2)), len(values) * z * z * phi / 8)


def honest_revenue_per_deal(rng, weeks=50):
    series = []
    for _ in range(weeks):
        deals = rng.randint(1, 4)
        sizes = [(rng.uniform(8, 15) if rng.random() < 1 / 30 else 1) * math.exp(0.8 * rng.gauss(0, 1)) for _ in range(deals)]
        series.append(math.log(sum(sizes) / deals))
    return series


def heavy_tails(runs, rng):
    below = {0.01: 0, 0.001: 0}
    for _ in range(runs):
        series = honest_revenue_per_deal(rng)
        p = min(normal_theory_p(series, True), normal_theory_p(series, False))
        for level in below:
            below[level] += p < level
    print("| level | series below it | share | valid at most |")
    print("|---|---|---|---|")
    for level, count in below.items():
        print(f"| {level} | {count} of {runs} | {count / runs:.4f} | {2 * level} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--heavy-tails", action="store_true", help="honest log revenue per deal, noise estimated")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.heavy_tails:
        heavy_tails(args.runs, rng)
        return
    print("| n | z | simulated P(max > z) | n z² φ(z) / 8 | Bonferroni |")
    print("|---|---|---|---|---|")
    for n in (20, 50, 80):
        maxima, tried = [], 0
        for _ in range(args.runs):
            best, tried = scan([rng.gauss(0, 1) for _ in range(n)])
            maxima.append(best)
        for z in (3.0, 3.5, 4.0):
            simulated = sum(m > z for m in maxima) / args.runs
            phi = math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
            bonferroni = min(1.0, tried * 0.5 * math.erfc(z / math.sqrt(2)))
            print(f"| {n} | {z} | {simulated:.4f} | {min(1.0, n * z * z * phi / 8):.4f} | {bonferroni:.4f} |")


if __name__ == "__main__":
    main()
