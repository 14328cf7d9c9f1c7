"""Joins forecast-bench's and compare_statsforecast.py's holdout tables into one comparison.

    python ratios.py OURS.md THEIRS.md

Prints, per frequency (data set) in the order of forecast-bench's table, KPIKit's method next
to statsforecast's counterpart: mean sMAPE and MASE of both, CPU seconds on one core of both,
and how many times less CPU KPIKit used.
The ensemble has no statsforecast counterpart; it is compared with AutoETS.
"""
import sys

PAIRS = [("ets-auto", "statsforecast AutoETS"), ("theta", "statsforecast Theta"),
         ("ensemble", "statsforecast AutoETS")]


def holdout_rows(path):
    """(frequency, method) -> (sMAPE, MASE, CPU seconds) from the first table of a file, in the
    file's order."""
    rows = {}
    for line in open(path, encoding="utf-8"):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 6 or cells[1] == "validation" or not cells[1].isdigit():
            continue
        rows[(cells[0], cells[2])] = (float(cells[3]), float(cells[4]), float(cells[5]))
    return rows


def main():
    ours, theirs = holdout_rows(sys.argv[1]), holdout_rows(sys.argv[2])
    print("| frequency | KPIKit | sMAPE | MASE | CPU s | statsforecast | sMAPE | MASE | CPU s | CPU ratio (theirs/ours) |")
    print("|---|---|---:|---:|---:|---|---:|---:|---:|---:|")
    for frequency in dict.fromkeys(key[0] for key in ours):
        for mine, peer in PAIRS:
            if (frequency, mine) not in ours or (frequency, peer) not in theirs:
                continue
            a, b = ours[(frequency, mine)], theirs[(frequency, peer)]
            ratio = f"{b[2] / a[2]:.1f}×" if a[2] > 0 else "n/a"
            print(f"| {frequency} | {mine} | {a[0]:.2f} | {a[1]:.3f} | {a[2]:.3f} | {peer.split()[-1]} | "
                  f"{b[0]:.2f} | {b[1]:.3f} | {b[2]:.3f} | {ratio} |")


if __name__ == "__main__":
    main()
