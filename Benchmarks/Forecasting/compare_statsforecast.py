"""statsforecast's AutoETS and Theta on the same M3 series as forecast-bench.

Run from the repository root through the benchmark venv (see README.md):

    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/compare_statsforecast.py

Each model forecasts every series of a frequency on one core (n_jobs=1). A warm-up on a few
series first compiles statsforecast's numba code; it is not counted. Accuracy uses the same
definitions as forecast-bench: sMAPE as in M3, MASE scaled by the in-sample naive method.

A second table gives sMAPE and MASE on a validation split of the training data (the last h training
observations held out), which involves no holdout data.
"""
import os
import sys
import time

os.environ.setdefault("NIXTLA_ID_AS_COL", "1")
import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, Theta

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
FREQUENCIES = [("yearly", 6), ("other", 8)]


def load(name):
    train = pd.read_csv(os.path.join(DATA, f"m3_{name}_train.csv.gz"))
    test = pd.read_csv(os.path.join(DATA, f"m3_{name}_test.csv.gz"))
    rename = {"series_id": "unique_id", "t": "ds", "value": "y"}
    return (train.rename(columns=rename)[["unique_id", "ds", "y"]],
            test.rename(columns=rename)[["unique_id", "ds", "y"]])


def smape(y, f):
    denominator = np.abs(y) + np.abs(f)
    return np.mean(np.where(denominator > 0, 200 * np.abs(y - f) / np.where(denominator > 0, denominator, 1), 0))


def mase(y, f, insample):
    scale = np.mean(np.abs(np.diff(insample)))
    return np.mean(np.abs(y - f)) / scale


def main():
    print("| frequency | series | method | mean sMAPE | mean MASE | CPU s (1 core) | wall s (1 core) |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, horizon in FREQUENCIES:
        train, test = load(name)
        ids = train["unique_id"].unique()
        for label, model in [("statsforecast AutoETS", AutoETS(season_length=1)),
                             ("statsforecast Theta", Theta(season_length=1))]:
            sf = StatsForecast(models=[model], freq=1, n_jobs=1)
            sf.forecast(df=train[train["unique_id"].isin(ids[:5])], h=horizon)  # warm-up, not timed
            started, cpu_started = time.perf_counter(), time.process_time()
            forecasts = sf.forecast(df=train, h=horizon)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            column = [c for c in forecasts.columns if c not in ("unique_id", "ds")][0]
            smapes, mases = [], []
            for uid, group in train.groupby("unique_id", sort=False):
                f = forecasts.loc[forecasts["unique_id"] == uid, column].to_numpy()
                y = test.loc[test["unique_id"] == uid].sort_values("ds")["y"].to_numpy()
                smapes.append(smape(y, f))
                mases.append(mase(y, f, group.sort_values("ds")["y"].to_numpy()))
            print(f"| {name} | {len(ids)} | {label} | {np.mean(smapes):.2f} | {np.mean(mases):.3f} | {cpu:.3f} | {seconds:.3f} |")
            sys.stdout.flush()
    print()
    print("| frequency | split | method | mean sMAPE | mean MASE |")
    print("|---|---|---|---:|---:|")
    for name, horizon in FREQUENCIES:
        train, _ = load(name)
        train = train.sort_values(["unique_id", "ds"], kind="stable")
        last = train.groupby("unique_id", sort=False)["ds"].transform("max")
        fit = train[train["ds"] <= last - horizon]
        valid = train[train["ds"] > last - horizon]
        for label, model in [("statsforecast AutoETS", AutoETS(season_length=1)),
                             ("statsforecast Theta", Theta(season_length=1))]:
            forecasts = StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=fit, h=horizon)
            column = [c for c in forecasts.columns if c not in ("unique_id", "ds")][0]
            smapes, mases = [], []
            for uid, group in valid.groupby("unique_id", sort=False):
                f = forecasts.loc[forecasts["unique_id"] == uid, column].to_numpy()
                smapes.append(smape(group["y"].to_numpy(), f))
                mases.append(mase(group["y"].to_numpy(), f, fit.loc[fit["unique_id"] == uid, "y"].to_numpy()))
            print(f"| {name} | validation | {label} | {np.mean(smapes):.2f} | {np.mean(mases):.3f} |")


if __name__ == "__main__":
    main()
