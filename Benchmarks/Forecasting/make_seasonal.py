"""Writes the synthetic seasonal data sets of the forecasting benchmark (standard library only).

    python3 Benchmarks/Forecasting/make_seasonal.py [OUTPUT_DIRECTORY]

Writes synthetic_monthly_{train,test}.csv.gz (400 series, 48-126 training observations,
holdout 18) and synthetic_quarterly_{train,test}.csv.gz (300 series, 16-64 training
observations, holdout 8) into OUTPUT_DIRECTORY (default: data/ beside this script), in the
format of the M3 files: header series_id,category,t,value, t = 1..n for training and
n+1..n+h for the holdout. The same seed gives byte-identical files (gzip without a time stamp).

Each series is one run of a structural process; the holdout is the same run continued, so
it carries whatever the process does next (a trend change, a level shift, an outlier):

- season: additive or multiplicative, its amplitude drawn from nearly none (0.5% of the
  level) to strong (60%), its shape smooth (one to three harmonics) or irregular, and the
  pattern itself drifting slowly in some series;
- level and trend: a random-walk level with one of no trend, a constant drift, a trend that
  is itself a random walk, a damped trend (phi 0.80-0.98), or a drift that changes at one or
  two break points;
- noise: from 1% to 25% of the level, additive or multiplicative with the season;
- events: about 6% of series have a level shift of 15-40%, about 6% have one to three
  outliers of 30-80%.

Values are positive: a multiplicative series is positive by construction; an additive one
whose run dips below 5% of its mean is lifted by a constant (still an additive model).
The category column names the generating structure, e.g. multiplicative/damped.
"""
import gzip
import math
import os
import random
import sys

SEED = 20261122
DATA_SETS = [
    # name, series, training lengths, horizon, seasonal period, id prefix
    ("synthetic_monthly", 400, (48, 126), 18, 12, "SM"),
    ("synthetic_quarterly", 300, (16, 64), 8, 4, "SQ"),
]
TRENDS = [("level", 0.30), ("drift", 0.15), ("local", 0.20), ("damped", 0.20), ("breaks", 0.15)]
SEASONS = [("multiplicative", 0.45), ("additive", 0.40), ("weak", 0.15)]


def choose(rng, weighted):
    """One name from (name, weight) pairs."""
    x, total = rng.random(), 0.0
    for name, weight in weighted:
        total += weight
        if x < total:
            return name
    return weighted[-1][0]


def log_uniform(rng, low, high):
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def seasonal_shape(rng, m):
    """A zero-mean seasonal pattern of length m scaled to a largest absolute value of 1."""
    if rng.random() < 0.6:
        harmonics = rng.randint(1, min(3, m // 2))
        weights = [(rng.gauss(0, 1) / (k + 1), rng.uniform(0, 2 * math.pi)) for k in range(harmonics)]
        shape = [sum(a * math.cos(2 * math.pi * (k + 1) * j / m + phase) for k, (a, phase) in enumerate(weights))
                 for j in range(m)]
    else:
        shape = [rng.gauss(0, 1) for _ in range(m)]
    mean = sum(shape) / m
    shape = [s - mean for s in shape]
    largest = max(abs(s) for s in shape) or 1.0
    return [s / largest for s in shape]


def growth_path(rng, kind, length, m):
    """Per-step growth rates (relative to the level) for one trend kind."""
    scale = 0.004 * 12 / m   # a drift of about 5% a year at one standard deviation
    slope = rng.gauss(0, scale)
    if kind == "level":
        return [0.0] * length
    if kind == "drift":
        return [slope] * length
    if kind == "local":
        wander = scale * log_uniform(rng, 0.03, 0.3)
        path = []
        for _ in range(length):
            slope += rng.gauss(0, wander)
            path.append(slope)
        return path
    if kind == "damped":
        phi = rng.uniform(0.80, 0.98)
        slope = rng.gauss(0, 4 * scale)
        path = []
        for _ in range(length):
            slope *= phi
            path.append(slope)
        return path
    # "breaks": the drift is redrawn at one or two random points
    points = sorted(rng.randrange(m, length) for _ in range(rng.randint(1, 2)))
    path = []
    for t in range(length):
        if points and t == points[0]:
            points.pop(0)
            slope = rng.gauss(0, 1.5 * scale)
        path.append(slope)
    return path


def series(rng, length, m):
    """(category, values) of one series of `length` observations with seasonal period m."""
    season_kind, trend_kind = choose(rng, SEASONS), choose(rng, TRENDS)
    multiplicative = season_kind == "multiplicative" or (season_kind == "weak" and rng.random() < 0.5)
    amplitude = log_uniform(rng, 0.005, 0.02) if season_kind == "weak" else log_uniform(rng, 0.03, 0.6)
    shape = seasonal_shape(rng, m)
    season_drift = amplitude * log_uniform(rng, 0.005, 0.05) if rng.random() < 0.4 else 0.0
    level_noise = log_uniform(rng, 0.002, 0.04)
    noise = log_uniform(rng, 0.01, 0.25)
    start = log_uniform(rng, 100, 20000)
    growth = growth_path(rng, trend_kind, length, m)
    shift_at = rng.randrange(2 * m, length) if rng.random() < 0.06 else None
    shift = rng.choice([-1, 1]) * rng.uniform(0.15, 0.4)
    outliers = {rng.randrange(length): rng.choice([-1, 1]) * rng.uniform(0.3, 0.8)
                for _ in range(rng.randint(1, 3))} if rng.random() < 0.06 else {}

    season = [amplitude * s for s in shape]
    log_level = math.log(start)   # multiplicative series evolve in logs
    level = start                 # additive ones in the units of the data
    values = []
    for t in range(length):
        j = t % m
        if season_drift:
            season[j] += rng.gauss(0, season_drift)
        if multiplicative:
            log_level += growth[t] + rng.gauss(0, level_noise)
            if t == shift_at:
                log_level += math.log1p(shift)
            y = math.exp(log_level) * max(1 + season[j], 0.05) * math.exp(rng.gauss(0, noise))
        else:
            level += start * (growth[t] + rng.gauss(0, level_noise))
            if t == shift_at:
                level += start * shift
            y = level + start * (season[j] + rng.gauss(0, noise))
        if t in outliers:
            y += abs(y) * outliers[t]
        values.append(y)
    mean = sum(abs(v) for v in values) / length
    if min(values) < 0.05 * mean:
        lift = 0.05 * mean - min(values)
        values = [v + lift for v in values]
    events = (["shift"] if shift_at is not None else []) + (["outliers"] if outliers else [])
    category = "/".join([season_kind if season_kind != "weak" else ("weak-multiplicative" if multiplicative else "weak-additive"),
                         trend_kind] + events)
    return category, values


def write(path, rows):
    text = "series_id,category,t,value\n" + "".join(f"{sid},{category},{t},{value:.2f}\n" for sid, category, t, value in rows)
    with open(path, "wb") as out:
        out.write(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    rng = random.Random(SEED)
    for name, count, (shortest, longest), horizon, m, prefix in DATA_SETS:
        train, test = [], []
        for number in range(1, count + 1):
            sid = f"{prefix}{number:03d}"
            n = rng.randint(shortest, longest)
            category, values = series(rng, n + horizon, m)
            train += [(sid, category, t + 1, values[t]) for t in range(n)]
            test += [(sid, category, t + 1, values[t]) for t in range(n, n + horizon)]
        write(os.path.join(directory, f"{name}_train.csv.gz"), train)
        write(os.path.join(directory, f"{name}_test.csv.gz"), test)
        print(f"{name}: {count} series, training lengths {shortest}-{longest}, holdout {horizon}", file=sys.stderr)


if __name__ == "__main__":
    main()
