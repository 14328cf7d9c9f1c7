#!/usr/bin/env python3
"""Checks the tail approximation of the level-shift scan (Sources/Audit/Statistics/LevelShift.swift).

The scan takes the largest standardized difference z between a stretch of at least three
values and the rest. Under no shift (independent standard normal values, known noise) this
script simulates the maximum and compares P(max > z) with the two bounds the scan uses: the
Bonferroni bound (stretches tried × normal tail) and n z² φ(z) / 8. Standard library only.

  python3 scan_null.py [--runs 4000] [--seed 1]
"""
import argparse
import math
import random


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
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
