#!/usr/bin/env python3
"""How much of inflated revenue and padded activity any test could find: the most powerful test
that knows the rep, the tampered weeks and every parameter of the generator.

For each rep that generate.py tampered with (one kind planted per data set), the weeks it
changed are tested by their likelihood ratio, tampered against honest, computed from the
generator's own model of that rep (its visit rate, lead and close rates, pipeline, deal sizes,
calendar, vacation and instalments) and of the tampering (the range of its factors). By the
Neyman–Pearson lemma no test of those weeks at the same false-alarm rate finds more (up to the
ratio's approximations: a smoothed simulated density of deal sizes, visits taken as negative
binomial where the generator draws large counts from a normal). The ratio's
distribution for honest weeks is simulated with generate.py's own functions (2,000 honest
versions of the same weeks), which gives the oracle's p-value. The share of tampered reports in
blocks whose p-value is at most a level is the recall this oracle reaches at that level: an
upper bound for any method, which must also find where the weeks are and test every rep.

activity_padding_conversion is the same oracle for padding without the visits' own level: it
reads only the leads and deals given the visits reported (every original number of visits the
padding could have turned into them equally likely), as a test must that allows a person's
activity to change honestly (a new hire's ramp-up, a new territory).

  python3 ceiling.py [--seeds default:1,heldout_mild:2221,...] [--kinds ...] [--simulations 2000]

Needs numpy and scipy.
"""
import argparse
import math
import random

import numpy
from scipy import stats

import generate

CONVERSION_ONLY = "activity_padding_conversion"
PARAMETERS = {}  # (entity) -> per-week model parameters of the rep, filled by recording_weeks


def recording_weeks(rng, rep, setting):
    """generate.genuine_weeks, drawing the same numbers in the same order, which also records each
    week's parameters."""
    rows, params = {}, {}
    role = generate.ROLES[rep["role"]]
    if rng.random() < setting["instalment_share"]:
        first = rng.randint(rep["start"], setting["weeks"] - 6)
        amount = rng.choice([500, 750, 1000, 1200, 1500, 2000, 2500])
        rep["instalment"] = (first, first + rng.randint(6, 12), amount)
    for t in range(rep["start"], setting["weeks"]):
        factor, quarter_end = generate.calendar(setting["start_year"], t)
        ramp = min(1.0, 0.2 + 0.08 * (t - rep["start"])) if rep["start"] > 0 else 1.0
        if t in rep["vacation"]:
            factor *= rng.choice([0.0, 0.0, 0.1])
        mean = role["visits"] * rep["skill"] * factor * ramp
        visits = generate.negative_binomial(rng, mean)
        lead = min(0.9, role["lead_rate"] * rep["conversion"])
        leads = generate.binomial(rng, visits, lead)
        close = min(0.9, rep["close_rate"] * (1.6 if quarter_end else 1.0) * (0.5 + 0.5 * ramp))
        pipeline = 0.0 if factor == 0 else 0.4 * rep["close_rate"] * role["visits"] * role["lead_rate"] * factor * ramp
        deals = generate.binomial(rng, leads, close) + generate.poisson(rng, pipeline)
        revenue = deal_sizes(rng, deals, rep["deal_size"], setting)
        instalment = 0
        if rep["instalment"] and rep["instalment"][0] <= t < rep["instalment"][1]:
            instalment = rep["instalment"][2]
            revenue += instalment
        rows[t] = [visits, leads, deals, round(revenue)]
        params[t] = dict(mean=mean, lead=lead, close=close, pipeline=pipeline, instalment=instalment)
    PARAMETERS[rep["entity"]] = dict(weeks=params, deal_size=rep["deal_size"])
    return rows


def honest_week(rng, p, setting, deal_size, deals=None):
    """One honest week of the rep with parameters p (deals given: only the revenue drawn). Without
    deals given, a week with visits, as the padded weeks tested are (padding leaves a week of no
    visits as it is, unlabelled)."""
    if deals is None:
        visits = 0
        while visits == 0 and p["mean"] > 0:
            visits = generate.negative_binomial(rng, p["mean"])
        leads = generate.binomial(rng, visits, p["lead"])
        deals = generate.binomial(rng, leads, p["close"]) + generate.poisson(rng, p["pipeline"])
    else:
        visits = leads = 0
    return [visits, leads, deals, round(deal_sizes(rng, deals, deal_size, setting) + p["instalment"])]


def deal_sizes(rng, deals, deal_size, setting):
    """The revenue of the week's deals, drawn as generate.genuine_weeks draws it."""
    revenue = 0.0
    for _ in range(deals):
        size = deal_size * math.exp(rng.gauss(-setting["deal_sigma"] ** 2 / 2, setting["deal_sigma"]))
        if rng.random() < setting["whale_rate"]:
            size *= rng.uniform(8, 15)
        revenue += size
    return revenue


def rounding_chance(original, value, low, high):
    """P(round(original · f) = value) for f uniform on [low, high], for an array of originals."""
    original = numpy.asarray(original, dtype=float)
    safe = numpy.where(original > 0, original, 1.0)
    lower = numpy.maximum((value - 0.5) / safe, low)
    upper = numpy.minimum((value + 0.5) / safe, high)
    chance = numpy.clip(upper - lower, 0, None) / (high - low)
    return numpy.where(original > 0, chance, 1.0 * (value == 0))


class SizeDensity:
    """The density of the sum of d deal sizes, from simulation, on the log scale."""

    def __init__(self, setting, deal_size, seed):
        self.setting, self.deal_size, self.rng = setting, deal_size, numpy.random.default_rng(seed)
        self.cache = {}

    def log_density(self, deals, amounts):
        if deals not in self.cache:
            sigma, n = self.setting["deal_sigma"], 40_000
            sizes = self.deal_size * numpy.exp(self.rng.normal(-sigma ** 2 / 2, sigma, (n, deals)))
            whales = self.rng.random((n, deals)) < self.setting["whale_rate"]
            sizes = numpy.where(whales, sizes * self.rng.uniform(8, 15, (n, deals)), sizes)
            logs = numpy.log(sizes.sum(axis=1))
            # A histogram smoothed by a Gaussian kernel 0.05 wide (on the log scale).
            counts, edges = numpy.histogram(logs, bins=4000, range=(logs.min() - 2, logs.max() + 2))
            width = edges[1] - edges[0]
            offsets = numpy.arange(-400, 401) * width
            kernel = numpy.exp(-0.5 * (offsets / 0.05) ** 2)
            density = numpy.convolve(counts, kernel / kernel.sum(), mode="same") / (n * width)
            self.cache[deals] = ((edges[:-1] + edges[1:]) / 2, numpy.log(numpy.maximum(density, 1e-12)))
        grid, log_density = self.cache[deals]
        logs = numpy.log(numpy.maximum(numpy.asarray(amounts, dtype=float), 1.0))
        # Outside the grid, the density of its ends (almost none).
        return numpy.interp(logs, grid, log_density) - logs


def inflated_log_ratio(rows, params, setting, sizes):
    """log LR of revenue multiplied by a factor uniform on the setting's range, deals as reported."""
    low, high = setting["inflation"]
    factors = numpy.linspace(low, high, 41)
    total = 0.0
    for row, p in zip(rows, params):
        deals, revenue, instalment = row[2], row[3], p["instalment"]
        if deals == 0:
            if revenue == instalment:
                continue
            if instalment > 0 and low * instalment - 0.5 <= revenue <= high * instalment + 0.5:
                return math.inf  # an instalment that honest weeks always repeat exactly
            continue
        honest = sizes.log_density(deals, [revenue - instalment])[0] if revenue > instalment else -math.inf
        tampered = sizes.log_density(deals, revenue / factors - instalment) - numpy.log(factors)
        tampered = numpy.where(revenue / factors - instalment > 0, tampered, -numpy.inf)
        best = numpy.max(tampered)
        if best == -numpy.inf:
            continue
        log_tampered = best + math.log(numpy.mean(numpy.exp(tampered - best)))
        if honest == -math.inf:
            return math.inf
        total += log_tampered - honest
    return total


def nb_log_pmf(k, mean):
    k = numpy.asarray(k, dtype=float)
    if mean <= 0:
        return numpy.where(k == 0, 0.0, -numpy.inf)
    return stats.nbinom.logpmf(k, 8.0, 8.0 / (8.0 + mean))


def deals_log_pmf(deals, leads, close, pipeline):
    """log P(deals | leads): binomial from the leads plus Poisson from the pipeline, for an array
    of leads."""
    leads = numpy.atleast_1d(numpy.asarray(leads, dtype=int))
    out = numpy.full(leads.shape, -numpy.inf)
    k = numpy.arange(0, deals + 1)
    for index, n in enumerate(leads):
        terms = stats.binom.logpmf(k, n, close) + stats.poisson.logpmf(deals - k, pipeline) if pipeline > 0 else \
            stats.binom.logpmf(k, n, close) + numpy.where(deals - k == 0, 0.0, -numpy.inf)
        best = numpy.max(terms)
        if best > -numpy.inf:
            out[index] = best + math.log(numpy.sum(numpy.exp(terms - best)))
    return out


def padding_log_ratio(rows, params, setting, levels=True):
    """log LR of padded visits (and, half the time, leads), against honest weeks. Without
    `levels`, the visits' own distribution is left out: the ratio of the leads and deals given
    the visits reported, every original number of visits that the padding could have turned into
    them equally likely, as when a person's level of activity may honestly change."""
    low, high = setting["padding"]
    only, both = 0.0, 0.0
    for row, p in zip(rows, params):
        visits, leads, deals = row[0], row[1], row[2]
        honest = (nb_log_pmf(visits, p["mean"]) if levels else 0.0) + stats.binom.logpmf(leads, visits, p["lead"]) \
            + deals_log_pmf(deals, [leads], p["close"], p["pipeline"])[0]
        if honest == -math.inf:
            return math.inf, math.inf  # nothing honest reads so (more leads than visits)
        originals = numpy.arange(0, int(visits / low) + 2)
        weight = rounding_chance(originals, visits, low, high)
        keep = weight > 0
        originals, weight = originals[keep], weight[keep]
        if len(originals) == 0:
            return -math.inf, -math.inf
        base = nb_log_pmf(originals, p["mean"]) + numpy.log(weight) if levels else numpy.log(weight / weight.sum())
        # Visits padded, leads as honest: leads come from the original visits.
        terms = base + stats.binom.logpmf(leads, originals, p["lead"])
        top = numpy.max(terms)
        padded_only = (top + math.log(numpy.sum(numpy.exp(terms - top))) if top > -numpy.inf else -math.inf) \
            + deals_log_pmf(deals, [leads], p["close"], p["pipeline"])[0]
        # Leads padded too, from the original leads, which the deals followed.
        lead_originals = numpy.arange(0, int(leads / 1.4) + 2)
        lead_weight = rounding_chance(lead_originals, leads, 1.4, 1.8)
        lk = lead_weight > 0
        lead_originals, lead_weight = lead_originals[lk], lead_weight[lk]
        if len(lead_originals) == 0:
            padded_both = -math.inf
        else:
            grid = base[:, None] + stats.binom.logpmf(lead_originals[None, :], originals[:, None], p["lead"]) \
                + numpy.log(lead_weight)[None, :] + deals_log_pmf(deals, lead_originals, p["close"], p["pipeline"])[None, :]
            top = numpy.max(grid)
            padded_both = top + math.log(numpy.sum(numpy.exp(grid - top))) if top > -numpy.inf else -math.inf
        only += padded_only - honest
        both += padded_both - honest
    return only, both


def mixture(only, both):
    top = max(only, both)
    return top if top == -math.inf else top + math.log(0.5 * math.exp(only - top) + 0.5 * math.exp(both - top))


def run(setting_name, seed, kind, simulations, test):
    setting = generate.SETTINGS[setting_name]
    PARAMETERS.clear()
    blocks = {}
    original_tamper = generate.tamper

    def recording_tamper(rng, rep, rows, k, s):
        weeks = original_tamper(rng, rep, rows, k, s)
        blocks[rep["entity"]] = sorted(weeks)
        return weeks

    original_weeks = generate.genuine_weeks
    generate.genuine_weeks, generate.tamper = recording_weeks, recording_tamper
    try:
        reports, _ = generate.generate(seed, setting_name, [kind])
    finally:
        generate.genuine_weeks, generate.tamper = original_weeks, original_tamper
    rows = {}
    for r in reports:
        rows[(r[0], r[3])] = r[4:]
    results = []
    for entity, weeks in blocks.items():
        if not weeks:
            continue
        model = PARAMETERS[entity]
        params = [model["weeks"][t] for t in weeks]
        observed = [rows[(entity, generate.week_label(setting["start_year"], t))] for t in weeks]
        rng = random.Random(seed * 1000 + int(entity[1:]))
        if kind == "inflated_revenue":
            sizes = SizeDensity(setting, model["deal_size"], seed * 1000 + int(entity[1:]))
            statistic = inflated_log_ratio(observed, params, setting, sizes)
            null = [inflated_log_ratio([honest_week(rng, p, setting, model["deal_size"], deals=o[2]) for p, o in zip(params, observed)],
                                       params, setting, sizes) for _ in range(simulations)]
        else:
            levels = test != CONVERSION_ONLY
            statistic = mixture(*padding_log_ratio(observed, params, setting, levels))
            null = [mixture(*padding_log_ratio([honest_week(rng, p, setting, model["deal_size"]) for p in params], params, setting,
                                               levels)) for _ in range(simulations)]
        p_value = (1 + sum(v >= statistic for v in null)) / (1 + simulations)
        results.append((entity, len(weeks), p_value))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="default:1,default:2,default:3")
    parser.add_argument("--kinds", default=f"inflated_revenue,activity_padding,{CONVERSION_ONLY}",
                        help=f"kinds to test; {CONVERSION_ONLY} tests padding without the visits' levels")
    parser.add_argument("--simulations", type=int, default=2000)
    args = parser.parse_args()
    runs = [(s.split(":")[0], int(s.split(":")[1])) for s in args.seeds.split(",")]
    levels = [0.05, 0.01, 0.001]
    print("| kind | tampered reports | " + " | ".join(f"oracle recall at p ≤ {a}" for a in levels) + " |")
    print("|---|---|" + "---|" * len(levels))
    for kind in args.kinds.split(","):
        planted = "activity_padding" if kind == CONVERSION_ONLY else kind
        results = [r for setting, seed in runs for r in run(setting, seed, planted, args.simulations, kind)]
        total = sum(n for _, n, _ in results)
        shares = [sum(n for _, n, p in results if p <= a) / total for a in levels]
        print(f"| {kind} | {total} | " + " | ".join(f"{s:.2f}" for s in shares) + " |", flush=True)


if __name__ == "__main__":
    main()
