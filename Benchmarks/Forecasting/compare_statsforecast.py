"""statsforecast's AutoETS and Theta on the same data sets as forecast-bench.

Run from the repository root through the benchmark venv (see README.md):

    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/compare_statsforecast.py [DATA_DIR]

Every data set of DATA_DIR (default: data/ beside this script) is read as forecast-bench reads
it: files <name>_train.csv.gz and <name>_test.csv.gz, the horizon h and seasonal period m given
by the frequency word in the name (yearly 6/1, quarterly 8/4, monthly 18/12, other 8/1), in the
order yearly, quarterly, monthly, other, then by name. The M3 sets (m3_<frequency>) are labelled
by their frequency alone, any other set by its name.

Each model forecasts every series of a frequency on one core (n_jobs=1). A warm-up on a few
series first compiles statsforecast's numba code; it is not counted. Accuracy uses the same
definitions as forecast-bench: sMAPE as in M3, MASE scaled by the in-sample seasonal naive
method (lag m; lag 1 when the sample is not longer than m). A series a model refuses (AutoETS
raises "tiny datasets" below its minimum length) gets the naive forecast, as in KPIKit.

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
from statsforecast.models import AutoETS, Naive, Theta

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
# frequency word -> (horizon, seasonal period), in the order the data sets are run
FREQUENCIES = {"yearly": (6, 1), "quarterly": (8, 4), "monthly": (18, 12), "other": (8, 1)}
SUFFIX = "_train.csv.gz"


def data_sets(directory):
    """(name, label, horizon, seasonal period) of every data set in directory, in run order."""
    found = []
    for file in os.listdir(directory):
        if not file.endswith(SUFFIX):
            continue
        name = file[:-len(SUFFIX)]
        words = set(name.lower().replace("-", "_").split("_"))
        named = [word for word in FREQUENCIES if word in words]
        if len(named) != 1:
            sys.exit(f"{os.path.join(directory, file)}: the name must contain exactly one of the words "
                     + ", ".join(FREQUENCIES))
        found.append((list(FREQUENCIES).index(named[0]), name, *FREQUENCIES[named[0]]))
    if not found:
        sys.exit(f"no *{SUFFIX} files in {directory}")
    return [(name, name[3:] if name.startswith("m3_") else name, horizon, period)
            for _, name, horizon, period in sorted(found)]


def load(directory, name):
    train = pd.read_csv(os.path.join(directory, f"{name}_train.csv.gz"))
    test = pd.read_csv(os.path.join(directory, f"{name}_test.csv.gz"))
    rename = {"series_id": "unique_id", "t": "ds", "value": "y"}
    return (train.rename(columns=rename)[["unique_id", "ds", "y"]],
            test.rename(columns=rename)[["unique_id", "ds", "y"]])


def smape(y, f):
    denominator = np.abs(y) + np.abs(f)
    return np.mean(np.where(denominator > 0, 200 * np.abs(y - f) / np.where(denominator > 0, denominator, 1), 0))


def mase(y, f, insample, period):
    lag = period if len(insample) > period else 1
    scale = np.mean(np.abs(insample[lag:] - insample[:-lag]))
    return np.mean(np.abs(y - f)) / scale


def models(period):
    return [("statsforecast AutoETS", AutoETS(season_length=period)),
            ("statsforecast Theta", Theta(season_length=period))]


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else DATA
    sets = data_sets(directory)
    print("| frequency | series | method | mean sMAPE | mean MASE | CPU s (1 core) | wall s (1 core) |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, shown, horizon, period in sets:
        train, test = load(directory, name)
        ids = train["unique_id"].unique()
        for label, model in models(period):
            sf = StatsForecast(models=[model], freq=1, n_jobs=1, fallback_model=Naive())
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
                mases.append(mase(y, f, group.sort_values("ds")["y"].to_numpy(), period))
            print(f"| {shown} | {len(ids)} | {label} | {np.mean(smapes):.2f} | {np.mean(mases):.3f} | {cpu:.3f} | {seconds:.3f} |")
            sys.stdout.flush()
    print()
    print("| frequency | split | method | mean sMAPE | mean MASE |")
    print("|---|---|---|---:|---:|")
    for name, shown, horizon, period in sets:
        train, _ = load(directory, name)
        train = train.sort_values(["unique_id", "ds"], kind="stable")
        last = train.groupby("unique_id", sort=False)["ds"].transform("max")
        fit = train[train["ds"] <= last - horizon]
        valid = train[train["ds"] > last - horizon]
        for label, model in models(period):
            forecasts = StatsForecast(models=[model], freq=1, n_jobs=1, fallback_model=Naive()).forecast(df=fit, h=horizon)
            column = [c for c in forecasts.columns if c not in ("unique_id", "ds")][0]
            smapes, mases = [], []
            for uid, group in valid.groupby("unique_id", sort=False):
                f = forecasts.loc[forecasts["unique_id"] == uid, column].to_numpy()
                smapes.append(smape(group["y"].to_numpy(), f))
                mases.append(mase(group["y"].to_numpy(), f, fit.loc[fit["unique_id"] == uid, "y"].to_numpy(), period))
            print(f"| {shown} | validation | {label} | {np.mean(smapes):.2f} | {np.mean(mases):.3f} |")


if __name__ == "__main__":
    main()
