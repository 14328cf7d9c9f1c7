"""PyMC-Marketing's MMM on mmm_example.csv, timed: the peer of `mmm-bench` in compare.sh.

Fits the model of PyMC-Marketing's own example notebook (geometric adstock with l_max 8,
logistic saturation, yearly seasonality of order 2, controls event_1, event_2 and t) with
2 chains x 500 draws (500 tuning steps), and prints one line `JSON {...}`: the wall time of
`fit` (sampling, including PyTensor's compilation) and of the whole run, and each channel's
total contribution (posterior mean and 90 % interval) in y units.

    python pymc_fit.py DATA.csv [--seed N]
"""
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")
start_all = time.perf_counter()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from pymc_marketing.mmm import MMM, GeometricAdstock, LogisticSaturation  # noqa: E402

path = sys.argv[1]
seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
data = pd.read_csv(path, parse_dates=["date_week"])
X = data.drop(columns=["y"])
y = data["y"]

mmm = MMM(
    date_column="date_week",
    channel_columns=["x1", "x2"],
    control_columns=["event_1", "event_2", "t"],
    adstock=GeometricAdstock(l_max=8),
    saturation=LogisticSaturation(),
    yearly_seasonality=2,
)
start = time.perf_counter()
mmm.fit(X=X, y=y, chains=2, draws=500, tune=500, random_seed=seed, progressbar=False)
fit_seconds = time.perf_counter() - start

contributions = mmm.compute_channel_contribution_original_scale()  # (chain, draw, date, channel)
totals = contributions.sum(dim="date")
result = {"fit_seconds": fit_seconds, "channels": {}}
for channel in ["x1", "x2"]:
    samples = totals.sel(channel=channel).values.reshape(-1)
    result["channels"][channel] = {
        "contribution": float(samples.mean()),
        "low": float(np.quantile(samples, 0.05)),
        "high": float(np.quantile(samples, 0.95)),
    }
alpha = mmm.fit_result["adstock_alpha"].mean(dim=("chain", "draw")).values
result["decays"] = {c: float(a) for c, a in zip(["x1", "x2"], alpha)}
result["divergences"] = int(mmm.idata.sample_stats["diverging"].sum())
result["total_seconds"] = time.perf_counter() - start_all
print("JSON " + json.dumps(result))
