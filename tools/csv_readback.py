#!/usr/bin/env python3
"""Reads a Luku tidy CSV back the way an analyst would and prints what was read as JSON.

Usage: csv_readback.py FILE.csv

Output (one JSON object on stdout):
  {"records": [{column: text, ...}, ...],          # Python's csv module, every field as text
   "pandas": null | {"version": ..., "rows": N, "columns": [...], "value_dtype": ...,
                     "value_sum": float, "first_values": [...]}}
pandas is used when it is installed (`make deps` installs it); the csv module always.
Exit status 0 when the file was read, 1 when either reader failed.
"""
import csv
import json
import sys


def main(path):
    # newline="" is what RFC 4180 files need: quoted fields may hold line breaks.
    with open(path, newline="", encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    result = {"records": records, "pandas": None}
    try:
        import pandas
    except ImportError:
        pandas = None
    if pandas is not None:
        # keep_default_na=False: an empty field stays "", as in the csv module, except for value.
        frame = pandas.read_csv(path, encoding="utf-8", keep_default_na=False, na_values={"value": [""]},
                                dtype={"sha256": str, "text": str, "label": str, "header": str})
        result["pandas"] = {
            "version": pandas.__version__,
            "rows": int(len(frame)),
            "columns": list(frame.columns),
            "value_dtype": str(frame["value"].dtype),
            "value_sum": float(frame["value"].sum()),
            "first_values": [None if v != v else float(v) for v in frame["value"].head(50)],
        }
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
