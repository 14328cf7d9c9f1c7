"""Per-series, per-model ETS fits of statsforecast on the M3 series, as CSV, for comparison
with `forecast-bench --per-series` (same columns).

    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/diagnose_statsforecast.py yearly > sf.csv

For every series of the frequency and both splits (`holdout`: the training series, forecasts
scored on the M3 holdout; `validation`: the training series without its last h values, scored
on them), one row per candidate model fitted alone and one row `auto` for AutoETS's choice:
log-likelihood as statsforecast reports it (without the constant), AICc, the parameters, the
initial level and trend, and the sMAPE of the model's point forecasts.
"""
import os
import sys

import numpy as np
import pandas as pd
from statsforecast.ets import etsmodel, ets_f, forecast_ets

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
HORIZONS = {"yearly": 6, "other": 8}
LOWER = np.array([0.0001, 0.0001, 0.0001, 0.8])
UPPER = np.array([0.9999, 0.9999, 0.9999, 0.98])
MODELS = [("ANN", False), ("AAN", False), ("AAN", True), ("MNN", False), ("MAN", False), ("MAN", True)]


def load(name, part):
    frame = pd.read_csv(os.path.join(DATA, f"m3_{name}_{part}.csv.gz")).sort_values(["series_id", "t"], kind="stable")
    return {sid: g["value"].to_numpy(dtype=float) for sid, g in frame.groupby("series_id", sort=False)}


def smape(y, f):
    d = np.abs(y) + np.abs(f)
    return float(np.mean(np.where(d > 0, 200 * np.abs(y - f) / np.where(d > 0, d, 1), 0)))


def code(model):
    e, t, s, d = model["components"][:4]
    return e + t + ("d" if d != "N" else "") + s


def row(sid, split, label, model, actual, h):
    alpha, beta, gamma, phi = model["par"][:4]
    state = model["par"][4:]
    f = forecast_ets(model, h=h)["mean"]
    level0 = state[0]
    trend0 = state[1] if len(state) > 1 else 0.0
    return (f"{sid},{split},{label},{code(model)},{model['loglik']:.6f},{model['aicc']:.6f},"
            f"{alpha:.6f},{0 if np.isnan(beta) else beta:.6f},{1 if np.isnan(phi) else phi:.6f},"
            f"{level0:.6f},{trend0:.6f},{smape(actual, f):.6f}," + " ".join(f"{v:.6f}" for v in f))


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "yearly"
    h = HORIZONS[name]
    train, test = load(name, "train"), load(name, "test")
    print("series,split,label,model,loglik,aicc,alpha,beta,phi,level0,trend0,smape,forecast")
    for sid, y in train.items():
        for split, fit, actual in [("holdout", y, test[sid]), ("validation", y[:-h], y[-h:])]:
            print(row(sid, split, "auto", ets_f(fit, m=1), actual, h))
            for spec, damped in MODELS:
                if spec[0] == "M" and not fit.min() > 0:
                    continue
                # The fit AutoETS makes of this candidate (ets_f with a fixed model refuses
                # series its automatic search still fits).
                model = etsmodel(fit, 1, spec[0], spec[1], spec[2], damped, np.nan, np.nan, np.nan, np.nan,
                                 lower=LOWER.copy(), upper=UPPER.copy(), opt_crit="lik", nmse=3, bounds="both")
                if model.get("fit") is not None:
                    print(row(sid, split, "fit", model, actual, h))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
