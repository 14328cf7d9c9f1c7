"""High-precision (mpmath) reference functions for generate_reference.py.

Every function works on the exact binary value of its double arguments at the
working precision set by the caller (80 significant digits); see the header
of generate_reference.py for how the methods cross-check each other.
"""

import mpmath as mp


def beta_series(a, b, x):
    """I_x(a,b) from the positive-term hypergeometric series; None if too slow."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    front = mp.exp(a * mp.log(x) + b * mp.log1p(-x) - mp.log(a) - mp.log(mp.beta(a, b)))
    term, total, n = mp.mpf(1), mp.mpf(1), 0
    while n < 3_000_000:
        term *= (a + b + n) * x / (a + 1 + n)
        total += term
        n += 1
        if term < total * mp.mpf(10) ** -55 and (a + b + n) * x < (a + 1 + n):
            return front * total
    return None


def beta_lower(a, b, x):
    """Regularized I_x(a, b) in mpmath, cross-checked by two methods."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    if x == 0:
        return mp.mpf(0)
    if x == 1:
        return mp.mpf(1)
    hyp = None
    if min(a, b) < 10_000:   # beyond, mpmath's series fail after a long search
        try:
            hyp = mp.betainc(a, b, 0, x, regularized=True)
        except (mp.libmp.NoConvergence, ValueError):
            hyp = None
    # Cross-check where the series is quick; as the only method where needed.
    series = beta_series(a, b, x) if (x <= 0.9 or hyp is None) else None
    if hyp is not None and series is not None:
        assert abs(hyp - series) <= mp.mpf(10) ** -30 * abs(hyp), (a, b, x, hyp, series)
    value = hyp if hyp is not None else series
    assert value is not None, ("no converging method", a, b, x)
    return value


def beta_pair(a, b, x, y=None):
    """Both tails I_x(a,b) and I_y(b,a), y = 1 - x given exactly by the caller
    where 1 - x would round. The tail with the smaller argument is computed
    first; if it is below 1e-25, or its argument below 1e-30 (so that the
    other argument is 1 to working precision), the other tail is its
    complement, exact to working precision. Otherwise the other tail is
    computed separately as well; if that one is below 1e-25 it fixes the
    first as its complement, and if neither is, they must add up to 1."""
    x = mp.mpf(x)
    y = 1 - x if y is None else mp.mpf(y)
    tiny_arg, tiny_tail = mp.mpf(10) ** -30, mp.mpf(10) ** -25
    swap = y < x
    small_arg = y if swap else x
    first = beta_lower(b, a, y) if swap else beta_lower(a, b, x)
    if first < tiny_tail or small_arg < tiny_arg:
        second = 1 - first
    else:
        second = beta_lower(a, b, x) if swap else beta_lower(b, a, y)
        if second < tiny_tail:
            first = 1 - second
        else:
            assert abs(first + second - 1) < mp.mpf(10) ** -30, (a, b, x)
    return (second, first) if swap else (first, second)


def gamma_series(a, x):
    """P(a, x) = x^a e^-x / Gamma(a+1) * sum_n x^n / ((a+1)...(a+n)), positive terms."""
    front = mp.exp(a * mp.log(x) - x - mp.loggamma(a + 1))
    term, total, n = mp.mpf(1), mp.mpf(1), 0
    while n < 3_000_000:
        n += 1
        term *= x / (a + n)
        total += term
        if term < total * mp.mpf(10) ** -55 and a + n > x:
            return front * total
    return None


def gamma_pair(a, x):
    """P(a, x) and Q(a, x), each from mpmath.gammainc, with the positive-term
    series of P as a cross-check (and as the method where mpmath's
    hypergeometric series for P does not converge). A tail below 1e-25 fixes
    the other one as its complement; otherwise P + Q must equal 1."""
    a, x = mp.mpf(a), mp.mpf(x)
    try:
        lower = mp.gammainc(a, 0, x, regularized=True)
    except (mp.libmp.NoConvergence, ValueError):
        lower = None
    series = gamma_series(a, x) if (lower is None or x < a + 50 * mp.sqrt(a) + 100) else None
    if lower is not None and series is not None:
        assert abs(lower - series) <= mp.mpf(10) ** -30 * lower, (a, x, lower, series)
    lower = lower if lower is not None else series
    try:
        upper = mp.gammainc(a, x, mp.inf, regularized=True)
    except (mp.libmp.NoConvergence, ValueError):
        upper = None
    assert lower is not None or upper is not None, (a, x)
    if lower is None:
        assert upper < mp.mpf(10) ** -25, (a, x)
        lower = 1 - upper
    elif upper is None:
        assert lower < mp.mpf(10) ** -25, (a, x)
        upper = 1 - lower
    elif lower < mp.mpf(10) ** -25:
        upper = 1 - lower
    elif upper < mp.mpf(10) ** -25:
        lower = 1 - upper
    else:
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
    xb, yb = nu / (nu + t * t), t * t / (nu + t * t)
    both, center = beta_pair(nu / 2, mp.mpf(0.5), xb, yb)   # P(|T|>|t|), P(|T|<|t|)
    far, near = both / 2, (1 + center) / 2
    return (far, near) if t < 0 else (near, far)


def t_pdf(t, nu):
    t, nu = mp.mpf(t), mp.mpf(nu)
    logc = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
    return mp.exp(logc - (nu + 1) / 2 * mp.log1p(t * t / nu))


def f_tails(x, d1, d2):
    x, d1, d2 = mp.mpf(x), mp.mpf(d1), mp.mpf(d2)
    return beta_pair(d1 / 2, d2 / 2, d1 * x / (d1 * x + d2), d2 / (d1 * x + d2))


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
    """Solve cdf(x) = target (or sf(x) = target) in mpmath by Newton on the log
    of the tail, started from scipy's answer and iterated to a relative 1e-32."""
    x = mp.mpf(start)
    target = mp.mpf(target)
    for _ in range(200):
        value = tails(x)[1 if upper else 0]
        slope = pdf(x) / value * (-1 if upper else 1)
        x_new = x - (mp.log(value) - mp.log(target)) / slope
        if positive and x_new <= 0:
            x_new = x / 16
        if abs(x_new - x) <= mp.mpf(10) ** -32 * abs(x_new):
            return x_new
        x = x_new
    raise RuntimeError(("quantile did not converge", start, target))
