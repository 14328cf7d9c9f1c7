"""Per-series, per-model ETS fits of statsforecast on one data set, as CSV, for comparison
with `forecast-bench --per-series` (same columns).

    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/diagnose_statsforecast.py NAME [DATA_DIR] > sf.csv

NAME is a data set of DATA_DIR (default data/) by its label or name, as in
compare_statsforecast.py (yearly, synthetic_monthly); horizon and seasonal period follow from
it. For every series and both splits (`holdout`: the training series, forecasts scored on the
holdout; `validation`: the training series without its last h values, scored on them), one row
per candidate model fitted alone (the candidates AutoETS tries: no additive error with
multiplicative season, seasonal models only for a period above 1) and one row `auto` for
AutoETS's choice: log-likelihood as statsforecast reports it (without the constant), AICc, the
parameters (not γ), the initial level and trend, and the sMAPE of the model's point forecasts.
A split AutoETS refuses as too short has no rows (it is named on standard error).
"""
import os
import sys

import numpy as np
import pandas as pd
from statsforecast.ets import etsmodel, ets_f, forecast_ets

from compare_statsforecast import DATA, data_sets

LOWER = np.array([0.0001, 0.0001, 0.0001, 0.8])
UPPER = np.array([0.9999, 0.9999, 0.9999, 0.98])


def candidates(period):
    """(error, trend, season, damped) of every model AutoETS tries, simplest first."""
    seasons = ["N", "A", "M"] if period > 1 else ["N"]
    return [(error, trend, season, damped)
            for error in ["A", "M"]
            for trend, damped in [("N", False), ("A", False), ("A", True)]
            for season in seasons
            if not (error == "A" and season == "M")]


def load(directory, name, part):
    frame = pd.read_csv(os.path.join(directory, f"{name}_{part}.csv.gz")).sort_values(["series_id", "t"], kind="stable")
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
    trend0 = state[1] if model["components"][1] != "N" else 0.0
    return (f"{sid},{split},{label},{code(model)},{model['loglik']:.6f},{model['aicc']:.6f},"
            f"{alpha:.6f},{0 if np.isnan(beta) else beta:.6f},{1 if np.isnan(phi) else phi:.6f},"
            f"{level0:.6f},{trend0:.6f},{smape(actual, f):.6f}," + " ".join(f"{v:.6f}" for v in f))


def main():
    wanted = sys.argv[1] if len(sys.argv) > 1 else "yearly"
    directory = sys.argv[2] if len(sys.argv) > 2 else DATA
    sets = data_sets(directory)
    chosen = [s for s in sets if wanted in s[:2]]
    if not chosen:
        sys.exit(f"no data set '{wanted}' in {directory}; use one of " + ", ".join(s[1] for s in sets))
    name, _, h, period = chosen[0]
    train, test = load(directory, name, "train"), load(directory, name, "test")
    print("series,split,label,model,loglik,aicc,alpha,beta,phi,level0,trend0,smape,forecast")
    for sid, y in train.items():
        for split, fit, actual in [("holdout", y, test[sid]), ("validation", y[:-h], y[-h:])]:
            try:
                chosen = ets_f(fit, m=period)
            except NotImplementedError as error:  # "tiny datasets": too short for AutoETS
                print(f"{sid}, {split}: {len(fit)} observations, {error}; no rows", file=sys.stderr)
                continue
            print(row(sid, split, "auto", chosen, actual, h))
            for error, trend, season, damped in candidates(period):
                if "M" in (error, season) and not fit.min() > 0:
                    continue
                # The fit AutoETS makes of this candidate (ets_f with a fixed model refuses
                # series its automatic search still fits).
                model = etsmodel(fit, period, error, trend, season, damped, np.nan, np.nan, np.nan, np.nan,
                                 lower=LOWER.copy(), upper=UPPER.copy(), opt_crit="lik", nmse=3, bounds="both")
                if model.get("fit") is not None:
                    print(row(sid, split, "fit", model, actual, h))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
