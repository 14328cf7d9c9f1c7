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
# recomputed independently with mpmath at 50 significant digits:
#   * incomplete beta: mpmath.betainc for each tail separately (the upper tail
#     as I_{1-x}(b, a), never as 1 - I_x(a, b)); where mpmath's hypergeometric
#     series does not converge (very large a and b) a positive-term series
#     I_x(a,b) = x^a (1-x)^b / (a B(a,b)) * 2F1(a+b, 1; a+1; x) summed directly.
#     Where both methods converge they are required to agree to 1e-30, and the
#     two tails are required to add up to 1 within 1e-30.
#   * incomplete gamma: mpmath.gammainc for each tail separately, P + Q = 1 checked to 1e-30.
#   * normal: mpmath.erfc; Student t, F and chi-square through the incomplete
#     beta / gamma identities above, evaluated on the exact binary value of
#     the argument.
#   * quantiles: Newton iteration in 50-digit arithmetic on the mpmath
#     distribution function, started from scipy's answer, iterated to 1e-40.
# A point keeps scipy's value when scipy and mpmath agree to a relative
# 1e-14 (absolute 1e-320 for zero or subnormal results). Otherwise the mpmath
# value (rounded to the nearest double) is used and the point is flagged
# "mpmath" instead of "scipy" in its last field; "meta.replaced" counts them.
# No point is dropped because of a disagreement; points whose exact value is
# outside the double range (an infinite quantile, a tail below 1e-320) are
# not generated at all.
#
# Layout: lists of [inputs..., expected..., source]; see StatisticsTests
# ReferenceData.swift for the decoder.

import json
import sys

import mpmath as mp
import numpy as np
import scipy
from scipy import special, stats

mp.mp.dps = 50
AGREE = 1e-14
TINY = 1e-320
replaced = {"count": 0}


def choose(scipy_value, exact):
    """Pick scipy's value when it agrees with the 50-digit value, else mpmath's."""
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
# 50-digit special functions

def beta_series(a, b, x):
    """I_x(a,b) from the positive-term hypergeometric series; None if too slow."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    front = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - mp.log(a) - mp.log(mp.beta(a, b)))
    term, total, n = mp.mpf(1), mp.mpf(1), 0
    while n < 2_000_000:
        term *= (a + b + n) * x / (a + 1 + n)
        total += term
        n += 1
        if term < total * mp.mpf(10) ** -55 and (a + b + n) * x < (a + 1 + n):
            return front * total
    return None


def beta_lower(a, b, x):
    """Regularized I_x(a, b) at 50 digits, cross-checked by two methods."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    if x == 0:
        return mp.mpf(0)
    if x == 1:
        return mp.mpf(1)
    try:
        hyp = mp.betainc(a, b, 0, x, regularized=True)
    except mp.libmp.NoConvergence:
        hyp = None
    series = beta_series(a, b, x) if (a + b) * x < 2 * (a + 1) else None
    if hyp is not None and series is not None:
        assert abs(hyp - series) <= mp.mpf(10) ** -30 * abs(hyp), (a, b, x, hyp, series)
    value = hyp if hyp is not None else series
    assert value is not None, ("no converging method", a, b, x)
    return value


def beta_pair(a, b, x):
    lower = beta_lower(a, b, x)
    upper = beta_lower(b, a, 1 - mp.mpf(x))
    assert abs(lower + upper - 1) < mp.mpf(10) ** -30, (a, b, x)
    return lower, upper


def gamma_pair(a, x):
    a, x = mp.mpf(a), mp.mpf(x)
    lower = mp.gammainc(a, 0, x, regularized=True)
    upper = mp.gammainc(a, x, mp.inf, regularized=True)
    assert abs(lower + upper - 1) < mp.mpf(10) ** -30, (a, x)
    return lower, upper


def normal_tails(x):
    x = mp.mpf(x)
    return mp.erfc(-x / mp.sqrt(2)) / 2, mp.erfc(x / mp.sqrt(2)) / 2


def normal_pdf(x):
    x = mp.mpf(x)
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def t_tails(t, nu):
    t, nu = mp.mpf(t), mp.mpf(nu)
    if t == 0:
        return mp.mpf(0.5), mp.mpf(0.5)
    xb = nu / (nu + t * t)
    both, center = beta_pair(nu / 2, mp.mpf(0.5), xb)   # P(|T|>|t|), P(|T|<|t|)
    far, near = both / 2, (1 + center) / 2
    return (far, near) if t < 0 else (near, far)


def t_pdf(t, nu):
    t, nu = mp.mpf(t), mp.mpf(nu)
    logc = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
    return mp.exp(logc - (nu + 1) / 2 * mp.log1p(t * t / nu))


def f_tails(x, d1, d2):
    x, d1, d2 = mp.mpf(x), mp.mpf(d1), mp.mpf(d2)
    return beta_pair(d1 / 2, d2 / 2, d1 * x / (d1 * x + d2))


def f_pdf(x, d1, d2):
    x, d1, d2 = mp.mpf(x), mp.mpf(d1), mp.mpf(d2)
    lg = (d1 / 2) * mp.log(d1 * x / (d1 * x + d2)) + (d2 / 2) * mp.log(d2 / (d1 * x + d2))
    return mp.exp(lg - mp.log(x) - mp.log(mp.beta(d1 / 2, d2 / 2)))


def chi2_tails(x, k):
    return gamma_pair(mp.mpf(k) / 2, mp.mpf(x) / 2)


def chi2_pdf(x, k):
    x, a = mp.mpf(x), mp.mpf(k) / 2
    return mp.exp((a - 1) * mp.log(x / 2) - x / 2 - mp.loggamma(a)) / 2


def invert(tails, pdf, start, target, upper, positive):
    """Solve cdf(x) = target (or sf(x) = target) at 50 digits by Newton on the log
    of the tail, started from scipy's answer and iterated to a relative 1e-42."""
    x = mp.mpf(start)
    target = mp.mpf(target)
    for _ in range(200):
        value = tails(x)[1 if upper else 0]
        slope = pdf(x) / value * (-1 if upper else 1)
        x_new = x - (mp.log(value) - mp.log(target)) / slope
        if positive and x_new <= 0:
            x_new = x / 16
        if abs(x_new - x) <= mp.mpf(10) ** -42 * abs(x_new):
            return x_new
        x = x_new
    raise RuntimeError(("quantile did not converge", start, target))


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
                 (1e3, 1e5), (5e5, 0.5), (0.5, 5e5), (1e5, 1e5), (1e6, 1e6), (1e6, 10), (50, 5e4)]:
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
    for a in [0.1, 0.5, 1, 2.5, 10, 100, 1e3, 1e4, 1e5, 1e6]:
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
