#!/usr/bin/env python3
# Reference values for the StatisticsTests accuracy suite.
#
# Produced with:
#     python3 Tests/StatisticsTests/Fixtures/generate_reference.py \
#         > Tests/StatisticsTests/Fixtures/distributions.json
# run from the repository root with scipy 1.17.1, numpy 2.4.6 and mpmath 1.3.0
# (Python 3.11). The versions actually used are also recorded in the "meta"
# object of the JSON.
#
# Method
# ------
# Every value is first taken from scipy (scipy.stats / scipy.special), then
# recomputed independently with mpmath at 80 significant digits (mpmath loses
# digits in hypergeometric series with arguments near 1; 80 leaves at least 50):
#   * incomplete beta: mpmath.betainc for each tail separately (the upper tail
#     as I_{1-x}(b, a), never as 1 - I_x(a, b)); where mpmath's hypergeometric
#     series does not converge (a and b both above 10^4) a positive-term series
#     I_x(a,b) = x^a (1-x)^b / (a B(a,b)) * 2F1(a+b, 1; a+1; x) summed directly.
#     Where both methods converge they are required to agree to 1e-30, and the
#     two tails are required to add up to 1 within 1e-30 (when one tail is
#     below 1e-25, or an argument below 1e-30, the larger tail is taken as
#     the complement of the smaller one).
#   * incomplete gamma: mpmath.gammainc for each tail separately, P also from
#     its positive-term series (the two agree to 1e-30; the series is the only
#     method where mpmath's does not converge), P + Q = 1 checked to 1e-30
#     unless one tail is below 1e-25 and fixes the other as its complement.
#   * normal: mpmath.erfc; Student t, F and chi-square through the incomplete
#     beta / gamma identities above, evaluated on the exact binary value of
#     the argument.
#   * quantiles: Newton iteration in 80-digit arithmetic on the mpmath
#     distribution function, started from scipy's answer, iterated to a relative 1e-32.
# A point keeps scipy's value when scipy and mpmath agree to a relative
# 1e-14 (absolute 1e-320 for zero or subnormal results). Otherwise the mpmath
# value (rounded to the nearest double) is used and the point is flagged
# "mpmath" instead of "scipy" in its last field; "meta.replaced" counts them.
# No point is dropped because of a disagreement; points whose exact value is
# outside the double range (an infinite quantile, a tail below 1e-320) are
# not generated at all.
#
# The mpmath side lives in reference_functions.py next to this script.
# Layout: lists of [inputs..., expected..., source]; see StatisticsTests
# ReferenceData.swift for the decoder.

import json
import os
import sys

import mpmath as mp
import numpy as np
import scipy
from scipy import special, stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_functions import (  # noqa: E402
    beta_pair, chi2_pdf, chi2_tails, f_pdf, f_tails, gamma_pair, invert,
    normal_pdf, normal_tails, t_pdf, t_tails,
)

mp.mp.dps = 80
AGREE = 1e-14
TINY = 1e-320
replaced = {"count": 0}


def choose(scipy_value, exact):
    """Pick scipy's value when it agrees with the mpmath value, else mpmath's."""
    exact_double = float(exact)
    s = float(scipy_value)
    if abs(exact_double) < 2.2250738585072014e-308:
        ok = np.isfinite(s) and abs(s - exact_double) <= TINY
    else:
        ok = np.isfinite(s) and abs(s - exact_double) <= AGREE * abs(exact_double)
    if ok:
        return s, "scipy"
    replaced["count"] += 1
    return exact_double, "mpmath"


def representable(value):
    v = float(value)
    return np.isfinite(v) and (v == 0.0 or abs(v) >= TINY)


# ---------------------------------------------------------------------------
# Builders

def point(args, scipy_value, exact):
    v, src = choose(scipy_value, exact)
    return [*args, v, src]


def distribution_block(tails, pdf, scipy_dist, xs, ps, qs, positive):
    block = {"cdf": [], "sf": [], "pdf": [], "ppf": [], "isf": []}
    for x in xs:
        lo, up = tails(x)
        if representable(lo):
            block["cdf"].append(point([x], scipy_dist.cdf(x), lo))
        if representable(up):
            block["sf"].append(point([x], scipy_dist.sf(x), up))
        d = pdf(x)
        if representable(d):
            block["pdf"].append(point([x], scipy_dist.pdf(x), d))
    for key, probs, upper in (("ppf", ps, False), ("isf", qs, True)):
        for p in probs:
            start = scipy_dist.isf(p) if upper else scipy_dist.ppf(p)
            if not np.isfinite(start) or (positive and start <= 0) or abs(start) > 1e300:
                continue
            if not positive and p == 0.5:
                exact = mp.mpf(0)
            else:
                exact = invert(tails, pdf, start, p, upper, positive)
            if representable(exact) and abs(float(exact)) < 1e300:
                block[key].append(point([p], start, exact))
    return block


def main():
    out = {"meta": {
        "scipy": scipy.__version__, "numpy": np.__version__, "mpmath": mp.__version__,
        "python": sys.version.split()[0],
        "command": "python3 Tests/StatisticsTests/Fixtures/generate_reference.py "
                   "> Tests/StatisticsTests/Fixtures/distributions.json",
        "agreement": AGREE,
    }}

    nx = [-38.0, -37.5, -37.0, -30.0, -20.0, -10.0, -8.3, -5.0, -3.0, -1.96, -1.0, -0.5,
          -1e-3, -1e-8, 0.0, 1e-8, 0.3, 1.0, 2.5, 6.0, 9.0, 15.0, 25.0, 37.0, 37.5]
    nps = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.025, 0.1, 0.3,
           0.4999, 0.5, 0.5000001, 0.6, 0.75, 0.9, 0.975, 0.999, 1 - 1e-10, 0.99999999999999]
    nqs = [1e-300, 1e-120, 1e-30, 1e-12, 0.05, 0.7]
    out["normal"] = distribution_block(normal_tails, normal_pdf, stats.norm, nx, nps, nqs, False)

    txs = [-1e10, -1e3, -37.0, -12.0, -6.0, -3.0, -1.5, -0.7, -0.1, -1e-3, 0.0,
           1e-3, 0.1, 0.7, 1.5, 3.0, 6.0, 12.0, 37.0, 1e3, 1e10]
    tps = [1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.05, 0.3, 0.4999999, 0.5,
           0.5000001, 0.7, 0.975, 1 - 1e-12]
    tqs = [1e-200, 1e-9, 0.025]
    out["studentT"] = []
    for nu in [0.5, 1, 2, 3, 5, 10, 30, 100, 1000, 1e4, 1e5, 1e6]:
        dist = stats.t(nu)
        block = distribution_block(lambda x, nu=nu: t_tails(x, nu), lambda x, nu=nu: t_pdf(x, nu),
                                   dist, txs, tps, tqs, False)
        block["df"] = nu
        block["twoSided"] = []
        for t in [1e-3, 0.5, 2.0, 4.0, 37.0]:
            exact = 2 * t_tails(-t, nu)[0]
            if representable(exact):
                block["twoSided"].append(point([t], 2 * dist.sf(t), exact))
        out["studentT"].append(block)

    fxs = [1e-8, 1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 20.0, 1e3, 1e8]
    fps = [1e-100, 1e-10, 0.01, 0.3, 0.5, 0.9, 0.999, 1 - 1e-12]
    fqs = [1e-50, 1e-6]
    out["f"] = []
    for d1, d2 in [(1, 1), (2, 5), (5, 2), (10, 100), (3, 1e6), (100, 1e5), (0.5, 7), (60, 60)]:
        dist = stats.f(d1, d2)
        block = distribution_block(lambda x, a=d1, b=d2: f_tails(x, a, b),
                                   lambda x, a=d1, b=d2: f_pdf(x, a, b), dist, fxs, fps, fqs, True)
        block["d1"], block["d2"] = d1, d2
        out["f"].append(block)

    cps = [1e-300, 1e-50, 1e-10, 1e-3, 0.1, 0.5, 0.9, 0.999, 1 - 1e-10]
    cqs = [1e-100, 1e-7]
    out["chiSquared"] = []
    for k in [0.5, 1, 2, 5, 10, 100, 1000, 1e5]:
        dist = stats.chi2(k)
        xs = sorted({1e-10, 1e-3, 1.0, 10.0} | {k * f for f in (1e-3, 0.1, 0.5, 0.9, 1.0, 1.1, 2.0, 5.0, 20.0)})
        block = distribution_block(lambda x, k=k: chi2_tails(x, k), lambda x, k=k: chi2_pdf(x, k),
                                   dist, xs, cps, cqs, True)
        block["df"] = k
        out["chiSquared"].append(block)

    out["betainc"] = []
    for a, b in [(0.5, 0.5), (0.25, 5), (1, 1), (2, 3), (10, 0.5), (30, 40), (100, 1e3),
                 (1e3, 1e5), (5e5, 0.5), (0.5, 5e5), (1e5, 1e5), (1e6, 1e6), (1e6, 10), (50, 5e4),
                 (0.05, 2e5), (3e6, 0.02), (4.5, 0.012)]:
        mean = a / (a + b)
        sd = (a * b / ((a + b) ** 2 * (a + b + 1))) ** 0.5
        xs = {1e-10, 0.5, 1 - 1e-10}
        xs |= {mean + k * sd for k in (-30, -10, -3, -1, 0, 1, 3, 10, 30)}
        for x in sorted(v for v in xs if 0 < v < 1):
            lo, up = beta_pair(a, b, x)
            if representable(lo) and representable(up):
                v1, s1 = choose(special.betainc(a, b, x), lo)
                v2, s2 = choose(special.betaincc(a, b, x), up)
                out["betainc"].append([a, b, x, v1, v2, "mpmath" if "mpmath" in (s1, s2) else "scipy"])

    out["gammainc"] = []
    for a in [0.02, 0.1, 0.5, 1, 2.5, 10, 100, 1e3, 1e4, 1e5, 1e6]:
        xs = {1e-3, 1.0} | {a * f for f in (1e-3, 0.5)}
        xs |= {a + k * a ** 0.5 for k in (-30, -10, -3, -1, 0, 1, 3, 10, 30)}
        for x in sorted(v for v in xs if v > 0):
            lo, up = gamma_pair(a, x)
            if representable(lo) and representable(up):
                v1, s1 = choose(special.gammainc(a, x), lo)
                v2, s2 = choose(special.gammaincc(a, x), up)
                out["gammainc"].append([a, x, v1, v2, "mpmath" if "mpmath" in (s1, s2) else "scipy"])

    out["gammaln"] = [point([x], special.gammaln(x), mp.loggamma(x))
                      for x in [1e-300, 1e-8, 0.1, 0.5, 1.5, 2.5, 3.7, 10.0, 123.4, 1e5, 1e15, 1e300]]
    out["betaln"] = [point([a, b], special.betaln(a, b), mp.log(mp.beta(a, b)))
                     for a, b in [(0.5, 0.5), (0.25, 5), (2, 3), (3.5, 0.1), (30, 40), (100, 1e3),
                                  (5e5, 0.5), (1e5, 1e5), (1e6, 1e6), (1e6, 10), (1e-5, 7), (1e12, 1.5)]]

    rng = np.random.default_rng(20240611)
    samples = [
        [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0],
        [round(float(v), 6) for v in rng.normal(10.0, 3.0, 37)],
        [2.5, -7.25],
        [42.0],
        [1e9 + 0.5, 1e9 + 1.25, 1e9 - 3.0, 1e9 + 2.0, 1e9 + 7.5, 1e9 - 1.0],
    ]
    ps = [0.0, 0.01, 0.1, 0.25, 0.33, 0.5, 0.75, 0.9, 0.99, 1.0]
    out["descriptive"] = []
    for data in samples:
        arr = np.array(data)
        entry = {
            "data": data,
            "quantiles": [[p, float(np.quantile(arr, p, method="linear"))] for p in ps],
            "mean": float(np.mean(arr)),
            "median": float(np.median(arr)),
            "mad": float(stats.median_abs_deviation(arr, scale=1.0)),
            "madNormal": float(stats.median_abs_deviation(arr, scale="normal")),
        }
        if len(data) > 1:
            entry["variance"] = float(np.var(arr, ddof=1))
            entry["standardDeviation"] = float(np.std(arr, ddof=1))
        out["descriptive"].append(entry)

    out["meta"]["replaced"] = replaced["count"]
    json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
