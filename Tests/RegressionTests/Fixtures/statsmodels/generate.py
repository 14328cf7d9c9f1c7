# Reference fixtures for KPIKit's regression engine, computed with statsmodels.
#
# Regenerate (from the repository root):
#
#   python3 -m venv /tmp/smenv
#   /tmp/smenv/bin/pip install statsmodels==0.15.0 pandas==3.1.1 patsy==1.0.3 \
#       numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1
#   /tmp/smenv/bin/python Tests/RegressionTests/Fixtures/statsmodels/generate.py
#
# Versions used to produce the outputs: Python 3.11.7, numpy 2.4.6,
# pandas 3.1.1, patsy 1.0.3, scipy 1.17.1, statsmodels 0.15.0 (formula engine
# patsy), scikit-learn 1.9.1.
#
# Outputs (written next to this script):
#   sales_reps.csv               training data (240 rows)
#   new_reps.csv                 6 rows of new predictor values for predictions
#   statsmodels_reference.json   expected results for every case
#
# Every fit is run on the CSV files as read back from disk, so the Swift side
# and statsmodels see bit-identical doubles.

import json
import os
import sys
import warnings
from pathlib import Path

os.environ.setdefault("SM_FORMULA_ENGINE", "patsy")

import numpy as np
import pandas as pd
import patsy
import scipy
import sklearn
import statsmodels
import statsmodels.formula
import statsmodels.formula.api as smf
from sklearn.linear_model import Ridge
from statsmodels.stats.outliers_influence import variance_inflation_factor

HERE = Path(__file__).resolve().parent
COMMAND = "/tmp/smenv/bin/python Tests/RegressionTests/Fixtures/statsmodels/generate.py"
SEED = 20240611

EXPECTED_VERSIONS = {
    "numpy": "2.4.6",
    "pandas": "3.1.1",
    "patsy": "1.0.3",
    "scipy": "1.17.1",
    "statsmodels": "0.15.0",
    "scikit-learn": "1.9.1",
}

statsmodels.formula.options.formula_engine = "patsy"


def versions():
    return {
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "patsy": patsy.__version__,
        "scipy": scipy.__version__,
        "statsmodels": statsmodels.__version__,
        "scikit-learn": sklearn.__version__,
        "formula_engine": statsmodels.formula.options.formula_engine,
    }


# ---------------------------------------------------------------------------
# Data generation
# ---------------------------------------------------------------------------

REGIONS = ["east", "north", "south", "west"]
CHANNELS = ["field", "inside", "partner"]

# Reps per region (unbalanced); each rep has WEEKS rows.
REPS_PER_REGION = {"east": 24, "north": 15, "south": 12, "west": 9}
WEEKS = 4

# True coefficients of the data-generating model.
TRUE = {
    "intercept": 180.0,
    "region": {"east": 0.0, "north": 25.0, "south": -18.0, "west": 40.0},
    "channel": {"field": 0.0, "inside": -22.0, "partner": 15.0},
    "visits": 9.0,
    "visits_x_region": {"east": 0.0, "north": 2.5, "south": -3.0, "west": 1.5},
    "leads_sq": 0.12,
    "log_tenure": 35.0,
    "price": -1.4,
}


def fmt_float(x):
    # 17 significant digits: enough to round-trip any IEEE double exactly.
    return "%.17g" % x


def write_csv(path, df, float_cols, int_cols):
    cols = list(df.columns)
    lines = [",".join(cols)]
    for row in df.itertuples(index=False):
        cells = []
        for c, v in zip(cols, row):
            if c in float_cols:
                cells.append(fmt_float(float(v)))
            elif c in int_cols:
                cells.append("%d" % int(v))
            else:
                cells.append(str(v))
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n")


def predictors(rng, region, n):
    """Draw channel, visits, leads, tenure, price for n rows of one region."""
    channel = rng.choice(CHANNELS, size=n, p=[0.5, 0.3, 0.2])
    # Over-dispersed counts with a long right tail (a few high-leverage rows).
    visits = rng.negative_binomial(6, 0.35, size=n) + 1
    leads = rng.gamma(shape=4.0, scale=3.0, size=n) + 0.5 * visits
    tenure = rng.lognormal(mean=1.0, sigma=0.7, size=n) + 0.05
    price = rng.normal(50.0, 8.0, size=n)
    return channel, visits, leads, tenure, price


def mean_revenue(region, channel, visits, leads, tenure, price):
    return (
        TRUE["intercept"]
        + np.array([TRUE["region"][r] for r in region])
        + np.array([TRUE["channel"][c] for c in channel])
        + TRUE["visits"] * visits
        + np.array([TRUE["visits_x_region"][r] for r in region]) * visits
        + TRUE["leads_sq"] * leads**2
        + TRUE["log_tenure"] * np.log(tenure)
        + TRUE["price"] * price
    )


def make_training(rng):
    rows = []
    rep_no = 0
    for region in REGIONS:
        for _ in range(REPS_PER_REGION[region]):
            rep_no += 1
            rep = "R%03d" % rep_no
            channel, visits, leads, tenure, price = predictors(rng, region, WEEKS)
            # Tenure is a rep attribute: constant within rep up to weekly drift.
            tenure = np.full(WEEKS, tenure[0]) + np.arange(WEEKS) / 52.0
            for k in range(WEEKS):
                rows.append((rep, region, channel[k], visits[k], leads[k], tenure[k], price[k]))
    df = pd.DataFrame(rows, columns=["rep", "region", "channel", "visits", "leads", "tenure", "price"])
    df = df.iloc[rng.permutation(len(df))].reset_index(drop=True)

    # Heteroscedastic noise: sd grows with visits (and hence with leverage).
    sd = 6.0 + 2.2 * df["visits"].to_numpy()
    noise = rng.normal(0.0, 1.0, size=len(df)) * sd
    mu = mean_revenue(df["region"], df["channel"], df["visits"].to_numpy(float),
                      df["leads"].to_numpy(), df["tenure"].to_numpy(), df["price"].to_numpy())
    df["revenue"] = mu + noise
    # Weight = inverse of a noisy variance proxy, scaled to mean 1.
    var_proxy = sd**2 * rng.lognormal(0.0, 0.25, size=len(df))
    w = 1.0 / var_proxy
    df["weight"] = w / w.mean()
    return df[["rep", "region", "channel", "visits", "leads", "tenure", "price", "weight", "revenue"]]


def make_new(rng):
    region = np.array(["east", "north", "south", "west", "north", "west"])
    channel = np.array(["field", "inside", "partner", "field", "partner", "inside"])
    visits = np.array([4, 11, 17, 8, 25, 13])
    leads = rng.uniform(6.0, 30.0, size=6)
    tenure = rng.lognormal(1.0, 0.6, size=6) + 0.05
    price = rng.normal(50.0, 8.0, size=6)
    return pd.DataFrame({
        "rep": ["N%02d" % (i + 1) for i in range(6)],
        "region": region, "channel": channel, "visits": visits,
        "leads": leads, "tenure": tenure, "price": price,
    })


def read_back(path):
    # pandas' default parser; main() asserts the values read back are
    # bit-identical to the generated doubles.
    return pd.read_csv(path)


# ---------------------------------------------------------------------------
# Helpers for the reference JSON
# ---------------------------------------------------------------------------

def our_name(name):
    """statsmodels/patsy column or term name -> KPIKit naming."""
    return name.replace(" ** ", "^").replace("np.log(", "log(")


def our_formula(f):
    return f.replace("**", "^").replace("np.log(", "log(")


def flist(a):
    out = [float(x) for x in np.asarray(a, dtype=float).ravel()]
    for x in out:
        if not np.isfinite(x):
            raise ValueError("non-finite value in output")
    return out


def design_layout(res):
    """patsy's term order and the columns each term contributes."""
    di = res.model.data.model_spec  # patsy DesignInfo
    layout = []
    for term_name, sl in di.term_name_slices.items():
        cols = di.column_names[sl]
        layout.append({
            "term": our_name(term_name),
            "statsmodels_term": term_name,
            "columns": [our_name(c) for c in cols],
        })
    return layout


def inference_block(res):
    ci95 = np.asarray(res.conf_int(alpha=0.05))
    return {
        "std_error": flist(res.bse),
        "t": flist(res.tvalues),
        "p": flist(res.pvalues),
        "ci_low": flist(ci95[:, 0]),
        "ci_high": flist(ci95[:, 1]),
    }


def fit_case(name, formula, data, weights_col=None, new_df=None):
    if weights_col is None:
        model = smf.ols(formula, data=data)
    else:
        model = smf.wls(formula, data=data, weights=data[weights_col])
    res = model.fit()
    names = list(res.model.exog_names)
    ci95 = np.asarray(res.conf_int(alpha=0.05))
    ci90 = np.asarray(res.conf_int(alpha=0.10))
    has_intercept = "Intercept" in names

    case = {
        "name": name,
        "kind": "wls" if weights_col else "ols",
        "formula_statsmodels": formula,
        "formula": our_formula(formula),
        "weights": weights_col,
        "n": int(res.nobs),
        "df_model": float(res.df_model),
        "df_resid": float(res.df_resid),
        "has_intercept": has_intercept,
        "r_squared": float(res.rsquared),
        "adj_r_squared": float(res.rsquared_adj),
        "f_statistic": float(res.fvalue),
        "f_pvalue": float(res.f_pvalue),
        "sigma": float(np.sqrt(res.scale)),
        "scale": float(res.scale),
        "ssr": float(res.ssr),
        "log_likelihood": float(res.llf),
        "aic": float(res.aic),
        "bic": float(res.bic),
        "condition_number": float(res.condition_number),
        "terms": [our_name(c) for c in names],
        "statsmodels_terms": names,
        "design_layout": design_layout(res),
        "estimate": flist(res.params),
        "std_error": flist(res.bse),
        "t": flist(res.tvalues),
        "p": flist(res.pvalues),
        "ci_low": flist(ci95[:, 0]),
        "ci_high": flist(ci95[:, 1]),
        "ci90_low": flist(ci90[:, 0]),
        "ci90_high": flist(ci90[:, 1]),
        "robust_inference": "t with df_resid",
        "robust": {},
    }

    # Heteroscedasticity-consistent covariances (White HC0, and the HC1-HC3
    # finite-sample variants); inference uses Student t with df_resid.
    for hc in ("HC0", "HC1", "HC2", "HC3"):
        rres = model.fit(cov_type=hc, use_t=True)
        assert np.allclose(rres.params, res.params, rtol=0, atol=1e-9 * np.abs(res.params).max())
        case["robust"][hc.lower()] = inference_block(rres)

    if weights_col is None:
        infl = res.get_influence()
        case["diagnostics"] = {
            "leverage": flist(infl.hat_matrix_diag),
            "student_internal": flist(infl.resid_studentized_internal),
            "student_external": flist(infl.resid_studentized_external),
            "cooks_distance": flist(infl.cooks_distance[0]),
        }

    if has_intercept:
        # VIF of column i regresses column i on all other columns of the
        # (unweighted) design matrix, including the intercept.
        exog = res.model.exog
        case["vif"] = {
            our_name(c): float(variance_inflation_factor(exog, i))
            for i, c in enumerate(names) if c != "Intercept"
        }

    if new_df is not None:
        kwargs = {}
        if weights_col is not None:
            kwargs["weights"] = np.ones(len(new_df))
        pred = res.get_prediction(new_df, **kwargs)
        sf = pred.summary_frame(alpha=0.05)
        case["prediction"] = {
            "data": "new_reps.csv",
            "alpha": 0.05,
            "new_row_weights": 1.0 if weights_col is not None else None,
            "mean": flist(sf["mean"]),
            "mean_se": flist(sf["mean_se"]),
            "mean_ci_low": flist(sf["mean_ci_lower"]),
            "mean_ci_high": flist(sf["mean_ci_upper"]),
            "obs_ci_low": flist(sf["obs_ci_lower"]),
            "obs_ci_high": flist(sf["obs_ci_upper"]),
        }
    return case, res


def ridge_case(basic_res, lam):
    """Ridge with an unpenalised intercept on the design of case `basic`.

    beta = (X'X + lam * D)^{-1} X'y,  D = diag(0 for Intercept, 1 otherwise).
    Equivalent to sklearn Ridge(alpha=lam, fit_intercept=True) on the
    non-intercept columns (sklearn centres X and y, then adds the intercept
    ybar - xbar'beta back).
    """
    X = np.asarray(basic_res.model.exog)
    y = np.asarray(basic_res.model.endog)
    names = list(basic_res.model.exog_names)
    assert names[0] == "Intercept"
    D = np.eye(X.shape[1])
    D[0, 0] = 0.0
    beta_closed = np.linalg.solve(X.T @ X + lam * D, X.T @ y)

    sk = Ridge(alpha=lam, fit_intercept=True, solver="cholesky").fit(X[:, 1:], y)
    beta_sk = np.concatenate([[sk.intercept_], sk.coef_])
    diff = np.max(np.abs(beta_closed - beta_sk))
    assert diff < 1e-10, f"ridge closed form vs sklearn differ by {diff}"

    fitted = X @ beta_closed
    rss = float(np.sum((y - fitted) ** 2))
    return {
        "name": "ridge",
        "kind": "ridge",
        "formula_statsmodels": basic_res.model.formula,
        "formula": our_formula(basic_res.model.formula),
        "weights": None,
        "n": int(X.shape[0]),
        "lambda": float(lam),
        "penalty": "beta = (X'X + lambda*D)^-1 X'y, D = diag(0 for Intercept, 1 for every other column); "
                   "same as sklearn Ridge(alpha=lambda, fit_intercept=True) on the non-intercept columns",
        "penalty_diagonal": flist(np.diag(D)),
        "terms": [our_name(c) for c in names],
        "statsmodels_terms": names,
        "estimate": flist(beta_closed),
        "estimate_sklearn": flist(beta_sk),
        "max_abs_diff_closed_form_vs_sklearn": float(diff),
        "rss": rss,
    }


def main():
    v = versions()
    for pkg, want in EXPECTED_VERSIONS.items():
        if v[pkg] != want:
            warnings.warn(f"{pkg} {v[pkg]} differs from the version used to produce the fixtures ({want})")

    rng = np.random.default_rng(SEED)
    train = make_training(rng)
    new = make_new(rng)

    train_path = HERE / "sales_reps.csv"
    new_path = HERE / "new_reps.csv"
    float_cols = {"leads", "tenure", "price", "weight", "revenue"}
    write_csv(train_path, train, float_cols, {"visits"})
    write_csv(new_path, new, float_cols, {"visits"})

    data = read_back(train_path)
    new_df = read_back(new_path)

    # The CSV round trip must be exact.
    for c in ("leads", "tenure", "price", "weight", "revenue", "visits"):
        assert np.array_equal(data[c].to_numpy(float), train[c].to_numpy(float)), c
    for c in ("leads", "tenure", "price", "visits"):
        assert np.array_equal(new_df[c].to_numpy(float), new[c].to_numpy(float)), c

    # Every region x channel cell must be populated (catcat is full rank).
    cells = pd.crosstab(data["region"], data["channel"])
    assert (cells.values >= 4).all(), cells
    assert set(new_df["region"]) <= set(data["region"])
    assert set(new_df["channel"]) <= set(data["channel"])

    specs = [
        ("basic", "revenue ~ visits + leads + C(region)", None, None),
        ("full", "revenue ~ visits * C(region) + I(leads**2) + np.log(tenure) + price", None, new_df),
        ("catcat", "revenue ~ C(region) * C(channel) + visits", None, None),
        ("nointercept", "revenue ~ visits + leads - 1", None, None),
        ("wls", "revenue ~ visits + leads + C(channel)", "weight", new_df),
    ]
    cases = []
    fits = {}
    for name, formula, wcol, nd in specs:
        case, res = fit_case(name, formula, data, wcol, nd)
        cases.append(case)
        fits[name] = res
    cases.append(ridge_case(fits["basic"], 25.0))

    # Sanity checks on the reference values.
    for case in cases:
        if case["kind"] == "ridge":
            continue
        assert 0.0 < case["r_squared"] < 1.0, case["name"]
        rb = case["robust"]
        se0, se1, se2, se3 = (np.array(rb[k]["std_error"]) for k in ("hc0", "hc1", "hc2", "hc3"))
        assert (se0 <= se2 + 1e-12).all() and (se2 <= se3 + 1e-12).all() and (se0 < se1).all(), case["name"]

    out = {
        "generator": COMMAND,
        "versions": v,
        "seed": SEED,
        "data": {
            "training": "sales_reps.csv",
            "new": "new_reps.csv",
            "n_training": int(len(data)),
            "n_new": int(len(new_df)),
            "columns": list(data.columns),
            "levels": {
                "region": sorted(data["region"].unique().tolist()),
                "channel": sorted(data["channel"].unique().tolist()),
            },
            "level_counts": {
                "region": {k: int(x) for k, x in data["region"].value_counts().sort_index().items()},
                "channel": {k: int(x) for k, x in data["channel"].value_counts().sort_index().items()},
            },
        },
        "conventions": {
            "categorical_coding": "treatment contrasts; levels sorted, first level is the reference",
            "column_order": "patsy: Intercept, then terms grouped by the set of numeric factors they contain "
                            "(the group without numeric factors first, other groups by first appearance), "
                            "within a group by degree, then by position in the formula; see design_layout",
            "term_naming": "statsmodels/patsy names with 'I(x ** 2)' -> 'I(x^2)' and 'np.log(' -> 'log('",
            "robust_inference": "t with df_resid",
            "robust_cov": "model.fit(cov_type='HCk', use_t=True), k = 0..3; for WLS computed on the whitened design",
            "r_squared_no_intercept": "uncentered (statsmodels and R convention) when the model has no intercept",
            "f_statistic": "test of all non-intercept coefficients = 0; with no intercept, all coefficients = 0",
            "sigma": "sqrt(scale), scale = weighted SSR / df_resid",
            "log_likelihood_wls": "statsmodels WLS llf includes + 0.5*sum(log(weights))",
            "aic_bic": "aic = -2 llf + 2 (df_model + k_constant), bic = -2 llf + log(n) (df_model + k_constant)",
            "condition_number": "statsmodels condition_number: sqrt(max/min eigenvalue of wexog'wexog), "
                                "unscaled columns; for WLS wexog = sqrt(w) * X",
            "vif": "statsmodels variance_inflation_factor(exog, i) on the unweighted design incl. intercept column",
            "diagnostics": "OLS only, from get_influence(): hat diagonal, internally/externally studentized "
                           "residuals, Cook's distance",
            "prediction": "get_prediction(new).summary_frame(alpha=0.05); for WLS the new rows get weight 1, "
                          "so obs intervals use scale/1",
            "ridge": "beta = (X'X + lambda*D)^-1 X'y on the design of case basic, lambda = 25, "
                     "D = diag(0 for Intercept, 1 otherwise); equals sklearn Ridge(alpha=25, fit_intercept=True)",
            "confidence_levels": "ci_* 95%, ci90_* 90%, both t(df_resid)",
        },
        "cases": cases,
    }
    text = json.dumps(out, indent=1, allow_nan=False)
    (HERE / "statsmodels_reference.json").write_text(text + "\n")
    print(f"wrote {len(text)} bytes of JSON, {len(data)} training rows, {len(new_df)} new rows")


if __name__ == "__main__":
    main()
