"""Series-by-series comparison of KPIKit's automatic ETS with statsforecast's AutoETS (or R's
`ets`).

Joins the CSV of `forecast-bench --per-series FREQUENCY` with that of
`diagnose_statsforecast.py FREQUENCY` or `diagnose_r_forecast.R FREQUENCY` (same columns) and
prints, for both splits:
- mean sMAPE of the chosen models, the paired difference with a bootstrap 95% interval over
  series, how often each side is better, and how much of the difference the ten series with
  the largest differences carry;
- which model each side chose, and the share of the sMAPE difference by pair of choices;
- how often each side's chosen trend model has a local trend (β/α above 1/2);
- for every candidate model fitted by both (statsforecast's CSV has them), the difference in
  log-likelihood, and the sMAPE of the fits in the two trend regimes.

    Benchmarks/Forecasting/.build/release/forecast-bench --per-series yearly > ours.csv
    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/diagnose_statsforecast.py yearly > sf.csv
    Benchmarks/.venv-forecast/bin/python Benchmarks/Forecasting/diagnose_compare.py ours.csv sf.csv statsforecast
"""
import sys

import numpy as np
import pandas as pd

TREND_MODELS = ["AAN", "AAdN", "MAN", "MAdN"]


def main():
    ours, theirs = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
    name = sys.argv[3] if len(sys.argv) > 3 else "statsforecast"
    for split in ["holdout", "validation"]:
        # Series both sides fitted (a split too short for one side has no rows there).
        a = ours[(ours.split == split) & (ours.label == "auto")].set_index("series")
        b = theirs[(theirs.split == split) & (theirs.label == "auto")].set_index("series")
        both = a.index.intersection(b.index)
        a, b = a.loc[both], b.loc[both]
        d = a.smape - b.smape
        boots = np.random.default_rng(1).choice(d.to_numpy(), (4000, len(d))).mean(axis=1)
        low, high = np.percentile(boots, [2.5, 97.5])
        top = d.abs().sort_values(ascending=False).index[:10]
        print(f"== {split}: {len(d)} series; sMAPE KPIKit {a.smape.mean():.2f}, {name} {b.smape.mean():.2f}; "
              f"difference {d.mean():+.2f} (95% bootstrap interval {low:+.2f} to {high:+.2f}); "
              f"KPIKit better on {(d < -1e-6).sum()}, worse on {(d > 1e-6).sum()}; same model on {(a.model == b.model).sum()}; "
              f"the 10 largest differences carry {d[top].sum() / len(d):+.2f}; without them {d.drop(top).mean():+.2f}")
        print(f"chosen models (rows KPIKit, columns {name}):")
        print(pd.crosstab(a.model, b.model).to_string())
        print("share of the mean sMAPE difference by pair of choices:")
        share = pd.DataFrame({"ours": a.model, "theirs": b.model, "d": d}).groupby(["ours", "theirs"]).d.sum() / len(d)
        print(share.round(3).unstack().to_string())
        for label, chosen in [("KPIKit", a), (name, b)]:
            trend = chosen[chosen.model.isin(TREND_MODELS)]
            local = trend.beta / trend.alpha > 0.5
            print(f"{label}: {len(trend)} trend models chosen, {local.sum()} with a local trend (β/α > 1/2), "
                  f"sMAPE {trend.smape[local].mean():.2f} (local) and {trend.smape[~local].mean():.2f} (global)")
        fa = ours[(ours.split == split) & (ours.label == "fit")].set_index(["series", "model"])
        fb = theirs[(theirs.split == split) & (theirs.label == "fit")].set_index(["series", "model"])
        j = fa.join(fb, lsuffix="_o", rsuffix="_s", how="inner")
        if j.empty:
            print()
            continue
        j["dl"] = j.loglik_o - j.loglik_s
        summary = j.groupby(level="model").agg(
            fits=("dl", "size"), higher=("dl", lambda x: (x > 0.05).sum()), lower=("dl", lambda x: (x < -0.05).sum()),
            mean_dl=("dl", "mean"), smape_ours=("smape_o", "mean"), smape_theirs=("smape_s", "mean"))
        print(f"every candidate (log-likelihood KPIKit − {name}, fits higher/lower by more than 0.05):")
        print(summary.round(3).to_string())
        t = j[j.index.get_level_values("model").isin(TREND_MODELS)]
        local_o, local_s = t.beta_o / t.alpha_o > 0.5, t.beta_s / t.alpha_s > 0.5
        for label, mask in [(f"KPIKit local, {name} global", local_o & ~local_s),
                            (f"KPIKit global, {name} local", ~local_o & local_s),
                            ("same regime", local_o == local_s)]:
            print(f"trend fits, {label} (β/α > 1/2 is local): {mask.sum()} fits, mean log-likelihood difference "
                  f"{t.dl[mask].mean():+.2f}, sMAPE KPIKit {t.smape_o[mask].mean():.2f}, {name} {t.smape_s[mask].mean():.2f}")
        print()


if __name__ == "__main__":
    main()
