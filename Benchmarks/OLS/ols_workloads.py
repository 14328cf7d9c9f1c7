#!/usr/bin/env python3
"""Workloads of the OLS speed benchmark, and the Python side of it.

    generate DIR [--quick]        write every workload's data (seeded) and numpy's reference
                                  coefficients and standard errors, as raw little-endian float64
    specs DIR                     print the workloads as NAME:N:P:COUNT arguments for ols-bench
    time DIR [--repetitions K] [--budget SECONDS] [--workload NAME]
                                  time numpy and statsmodels on that data; one JSON line per
                                  workload and method
    phases DIR [--repetitions K] [--budget SECONDS]
                                  time pieces of both methods alone (wall and CPU seconds)
    environment                   describe Python, numpy, statsmodels and numpy's BLAS
    table PYTHON.jsonl OURS.jsonl print the comparison tables

Data of a workload NAME with COUNT regressions of N rows and P columns, in DIR:
    NAME.X.f64     COUNT designs, each N×P column-major; column 0 is the intercept (all ones),
                   columns 1..P-1 standard Gaussian with pairwise correlation RHO
    NAME.y.f64     COUNT responses, y = Xβ + ε with β ~ U(-1, 1) and ε ~ N(0, 1)
    NAME.beta.f64  COUNT×P coefficients from numpy.linalg.lstsq (the reference)
    NAME.se.f64    COUNT×P standard errors from numpy (see numpy_fit)

What is timed (best and median of K passes after one warm-up pass, fewer once the timed
passes have taken SECONDS; a pass fits all COUNT regressions of the workload, the data
already in memory):
    numpy        numpy_fit: numpy.linalg.lstsq (LAPACK dgelsd, SVD-based) for β and the
                 residual sum of squares, then SE = sqrt(σ²·diag((XᵀX)⁻¹)) with σ² = RSS/(n−p),
                 XᵀX = X.T @ X and (XᵀX)⁻¹ = numpy.linalg.solve(XᵀX, I) (LU solve).
    statsmodels  statsmodels_fit: statsmodels.api.OLS(y, X).fit() (default method 'pinv':
                 the pseudo-inverse of X by SVD) and reading .params and .bse.
"""

import argparse
import json
import os
import statistics
import sys
import time

import numpy as np

SEED = 20_240_607
RHO = 0.3  # pairwise correlation of the Gaussian predictors ("mild")


def workloads(quick):
    """(name, n, p, count) of every workload; --quick divides n, or the count, by 10."""
    full = [(1_000_000, 20, 1), (200_000, 100, 1), (10_000, 500, 1), (52, 5, 10_000)]
    result = []
    for n, p, count in full:
        if quick:
            if count > 1:
                count //= 10
            else:
                n //= 10
        name = f"n{n}_p{p}" if count == 1 else f"{count}x_n{n}_p{p}"
        result.append((name, n, p, count))
    return result


# ---------------------------------------------------------------------------------------------
# The two Python methods under test.

def numpy_fit(X, y):
    """β by numpy.linalg.lstsq, SE = sqrt(σ²·diag((XᵀX)⁻¹)) with (XᵀX)⁻¹ from a solve."""
    n, p = X.shape
    beta, rss, rank, _ = np.linalg.lstsq(X, y, rcond=None)
    if rank < p:
        raise ValueError("rank-deficient design")
    sigma2 = rss[0] / (n - p)
    gram = X.T @ X
    inverse = np.linalg.solve(gram, np.eye(p))
    return beta, np.sqrt(sigma2 * np.diag(inverse))


def statsmodels_fit(X, y):
    """statsmodels OLS with its default pinv method; .bse computes σ²·diag(pinv(X)·pinv(X)ᵀ)."""
    result = _sm.OLS(y, X).fit()
    return result.params, result.bse


_sm = None


def _import_statsmodels():
    global _sm
    import statsmodels.api
    _sm = statsmodels.api


# ---------------------------------------------------------------------------------------------
# Data

def _check_little_endian():
    if sys.byteorder != "little":
        sys.exit("this script writes native float64 and needs a little-endian machine")


def generate(directory, quick):
    _check_little_endian()
    os.makedirs(directory, exist_ok=True)
    for index, (name, n, p, count) in enumerate(workloads(quick)):
        rng = np.random.default_rng([SEED, index])
        a, b = np.sqrt(1 - RHO), np.sqrt(RHO)
        # designs[k] is regression k's design transposed (P×N, C order), i.e. its N×P design
        # in column-major order; designs[k].T is that design as an F-ordered view.
        designs = np.empty((count, p, n))
        if count == 1:
            # Column by column, so the big designs are never held twice.
            common = rng.standard_normal(n)
            designs[0, 0] = 1.0
            for j in range(1, p):
                column = designs[0, j]
                rng.standard_normal(out=column)
                column *= a
                column += b * common
            del common
        else:
            common = rng.standard_normal((count, 1, n))
            designs[:, 0, :] = 1.0
            designs[:, 1:, :] = a * rng.standard_normal((count, p - 1, n)) + b * common
        beta = rng.uniform(-1.0, 1.0, (count, p))
        responses = np.empty((count, n))
        for k in range(count):
            responses[k] = designs[k].T @ beta[k] + rng.standard_normal(n)
        reference_beta = np.empty((count, p))
        reference_se = np.empty((count, p))
        for k in range(count):
            reference_beta[k], reference_se[k] = numpy_fit(designs[k].T, responses[k])
        designs.tofile(f"{directory}/{name}.X.f64")
        responses.tofile(f"{directory}/{name}.y.f64")
        reference_beta.tofile(f"{directory}/{name}.beta.f64")
        reference_se.tofile(f"{directory}/{name}.se.f64")
        del designs, responses
    with open(f"{directory}/workloads.txt", "w") as manifest:
        for name, n, p, count in workloads(quick):
            manifest.write(f"{name}:{n}:{p}:{count}\n")


def read_manifest(directory):
    with open(f"{directory}/workloads.txt") as manifest:
        return [(name, int(n), int(p), int(count))
                for name, n, p, count in (line.strip().split(":") for line in manifest if line.strip())]


def load(directory, name, n, p, count):
    """The workload's designs as F-ordered N×P views of one buffer, responses, references."""
    designs = np.fromfile(f"{directory}/{name}.X.f64", dtype="<f8").reshape(count, p, n)
    responses = np.fromfile(f"{directory}/{name}.y.f64", dtype="<f8").reshape(count, n)
    beta = np.fromfile(f"{directory}/{name}.beta.f64", dtype="<f8").reshape(count, p)
    se = np.fromfile(f"{directory}/{name}.se.f64", dtype="<f8").reshape(count, p)
    return [(designs[k].T, responses[k]) for k in range(count)], beta, se


# ---------------------------------------------------------------------------------------------
# Timing

def best_and_median(work, repetitions, budget):
    """One warm-up call, then timed calls of `work` until there are `repetitions` of them or
    they have used up `budget` seconds (at least one timed call), as ols-bench does."""
    result = work()
    seconds = []
    while len(seconds) < repetitions and (not seconds or sum(seconds) < budget):
        start = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - start)
    return min(seconds), statistics.median(seconds), len(seconds), result


def time_all(directory, repetitions, budget, only=None):
    _import_statsmodels()
    for name, n, p, count in read_manifest(directory):
        if only is not None and name != only:
            continue
        problems, reference_beta, reference_se = load(directory, name, n, p, count)
        for method, fit in (("numpy", numpy_fit), ("statsmodels", statsmodels_fit)):
            def one_pass():
                betas = np.empty((count, p))
                ses = np.empty((count, p))
                for k, (X, y) in enumerate(problems):
                    betas[k], ses[k] = fit(X, y)
                return betas, ses

            best, median, passes, (betas, ses) = best_and_median(one_pass, repetitions, budget)
            print(json.dumps({
                "workload": name, "n": n, "p": p, "count": count, "method": method,
                "seconds_best": best, "seconds_median": median, "passes": passes,
                "max_abs_coef_diff_vs_reference": float(np.max(np.abs(betas - reference_beta))),
                "max_rel_se_diff_vs_reference": float(np.max(np.abs(ses - reference_se) / reference_se)),
            }), flush=True)
        del problems


def phases(directory, repetitions, budget):
    """Pieces of the two Python methods timed on their own (wall and CPU seconds), to set
    beside `ols-bench --phases`."""
    _import_statsmodels()

    def timed(work):
        work()
        wall, cpu = [], []
        while len(wall) < repetitions and (not wall or sum(wall) < budget):
            start, cpu_start = time.perf_counter(), time.process_time()
            work()
            wall.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        return {"seconds_best": min(wall), "seconds_median": statistics.median(wall),
                "cpu_seconds_best": min(cpu), "passes": len(wall)}

    for name, n, p, count in read_manifest(directory):
        problems, _, _ = load(directory, name, n, p, count)
        pieces = {
            "numpy.linalg.lstsq": lambda: [np.linalg.lstsq(X, y, rcond=None) for X, y in problems],
            "X.T @ X": lambda: [X.T @ X for X, _ in problems],
            "numpy.linalg.solve(XᵀX, I)": lambda: [np.linalg.solve(G, np.eye(p)) for G in grams],
            "numpy.linalg.qr(X, mode='r') (dgeqrf)": lambda: [np.linalg.qr(X, mode="r") for X, _ in problems],
            "numpy lstsq+SE": lambda: [numpy_fit(X, y) for X, y in problems],
            "statsmodels OLS(y, X).fit()": lambda: [_sm.OLS(y, X).fit() for X, y in problems],
            "statsmodels fit + .bse": lambda: [statsmodels_fit(X, y) for X, y in problems],
        }
        grams = [X.T @ X for X, _ in problems]
        for phase, work in pieces.items():
            print(json.dumps({"workload": name, "phase": phase, **timed(work)}), flush=True)
        del problems, grams


# ---------------------------------------------------------------------------------------------
# Reporting

def environment():
    import platform
    import statsmodels
    print(f"python {platform.python_version()}, numpy {np.__version__}, statsmodels {statsmodels.__version__}")
    try:
        from threadpoolctl import threadpool_info
        for pool in threadpool_info():
            if pool.get("user_api") == "blas":
                print(f"numpy's BLAS: {pool.get('internal_api')} {pool.get('version')} "
                      f"({pool.get('filepath', '').rsplit('/', 1)[-1]}); "
                      f"threads={pool.get('num_threads')}; core={pool.get('architecture')}")
    except ImportError:
        print("numpy's BLAS: (threadpoolctl not installed)")


def label(n, p, count):
    return f"n={n:,} p={p}" if count == 1 else f"{count:,} × (n={n} p={p})"


def table(python_path, ours_path):
    rows = {}
    order = []
    for path, default_method in ((python_path, None), (ours_path, "ours")):
        with open(path) as lines:
            for line in lines:
                line = line.strip()
                if not line.startswith("{"):
                    continue
                record = json.loads(line)
                if "phase" in record:
                    continue
                key = record["workload"]
                if key not in rows:
                    rows[key] = {"label": label(record["n"], record["p"], record["count"])}
                    order.append(key)
                rows[key][record.get("method", default_method)] = record

    def seconds(record, field):
        return f"{record[field]:.4f}" if record else "—"

    def ratio(record, ours, field):
        return f"{record[field] / ours[field]:.2f}" if record and ours else "—"

    def grid(header, body):
        widths = [max(len(str(cell)) for cell in column) for column in zip(header, *body)]
        out = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(header, widths)) + " |",
               "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        out += ["| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w)
                                  for i, (c, w) in enumerate(zip(row, widths))) + " |" for row in body]
        return "\n".join(out)

    for field, title in (("seconds_best", "Best of K timed passes, seconds (a pass fits every regression of the workload)"),
                         ("seconds_median", "Median of the K timed passes, seconds")):
        print(f"{title}:")
        body = []
        for key in order:
            row = rows[key]
            ours, npy, sm = row.get("ours"), row.get("numpy"), row.get("statsmodels")
            body.append([row["label"], seconds(ours, field), seconds(npy, field), seconds(sm, field),
                         ratio(npy, ours, field), ratio(sm, ours, field)])
        print(grid(["workload", "ours (s)", "numpy lstsq+SE (s)", "statsmodels (s)",
                    "numpy/ours", "statsmodels/ours"], body))
        print()

    print("Timed passes (K) and agreement with numpy's reference coefficients and standard errors")
    print("(max absolute difference of β, max relative difference of SE):")
    body = []
    for key in order:
        row = rows[key]
        passes = "/".join(str(row[m]["passes"]) if m in row else "—" for m in ("ours", "numpy", "statsmodels"))
        cells = [row["label"], passes]
        for method in ("ours", "statsmodels"):
            record = row.get(method)
            for field in ("max_abs_coef_diff_vs_reference", "max_rel_se_diff_vs_reference"):
                value = record.get(field) if record else None
                cells.append(f"{value:.1e}" if value is not None else "—")
        extended = row.get("ours", {}).get("fits_in_extended_precision")
        cells.append("—" if extended is None else f"{extended:,}")
        body.append(cells)
    print(grid(["workload", "K ours/numpy/sm", "ours Δβ", "ours ΔSE/SE", "statsmodels Δβ",
                "statsmodels ΔSE/SE", "our fits in double-double"], body))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("generate")
    command.add_argument("directory")
    command.add_argument("--quick", action="store_true")
    command = commands.add_parser("specs")
    command.add_argument("directory")
    command = commands.add_parser("time")
    command.add_argument("directory")
    command.add_argument("--repetitions", type=int, default=5)
    command.add_argument("--budget", type=float, default=60.0)
    command.add_argument("--workload", help="time only this workload")
    command = commands.add_parser("phases")
    command.add_argument("directory")
    command.add_argument("--repetitions", type=int, default=5)
    command.add_argument("--budget", type=float, default=60.0)
    commands.add_parser("environment")
    command = commands.add_parser("table")
    command.add_argument("python_results")
    command.add_argument("our_results")
    arguments = parser.parse_args()
    if arguments.command == "generate":
        generate(arguments.directory, arguments.quick)
    elif arguments.command == "specs":
        print(" ".join(":".join(map(str, w)) for w in read_manifest(arguments.directory)))
    elif arguments.command == "time":
        time_all(arguments.directory, arguments.repetitions, arguments.budget, arguments.workload)
    elif arguments.command == "phases":
        phases(arguments.directory, arguments.repetitions, arguments.budget)
    elif arguments.command == "environment":
        environment()
    else:
        table(arguments.python_results, arguments.our_results)


if __name__ == "__main__":
    main()
