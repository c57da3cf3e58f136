#!/usr/bin/env python3
"""Ingest the hold-out documents with Luku and score them against their truth.

    run_holdout.py [--docs DIR] [--out DIR] [--luku PATH] [--score PATH]

For every DOCS/NAME.truth.json: `luku ingest` of NAME.pdf, of its `pdftotext -layout` text and of
its `pdftotext -raw` text, each scored with shared/tools/score.py. Writes OUT/<input>/NAME.score.txt
(score.py -v) and prints the results table as Markdown (numeric % / wrong / wrong unflagged /
missing per document and input). Python standard library only.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

INPUTS = ("pdf", "layout", "raw")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=os.path.join(root, ".build-holdout", "docs"))
    ap.add_argument("--out", default=os.path.join(root, ".build-holdout", "out"))
    ap.add_argument("--luku", default=os.path.join(root, ".build", "release", "luku"))
    ap.add_argument("--score", default=os.path.join(root, "..", "shared", "tools", "score.py"))
    a = ap.parse_args()
    truths = sorted(glob.glob(os.path.join(a.docs, "*.truth.json")))
    if not truths:
        sys.exit("no truth files in %s (run make_holdout.py first)" % a.docs)
    rows, tot = [], {k: [0, 0, 0, 0, 0] for k in INPUTS}
    for tp in truths:
        name = os.path.basename(tp)[: -len(".truth.json")]
        pdf = os.path.join(a.docs, name + ".pdf")
        res = {}
        for kind in INPUTS:
            od = os.path.join(a.out, kind)
            os.makedirs(od, exist_ok=True)
            if kind == "pdf":
                src = pdf
            else:
                src = os.path.join(od, "%s.%s.txt" % (name, kind))
                subprocess.run(["pdftotext", "-" + kind, pdf, src], check=True)
            subprocess.run([a.luku, "ingest", "-o", od, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            js = os.path.join(od, os.path.basename(src) + ".json")
            if not os.path.exists(js):
                res[kind] = None
                continue
            sv = subprocess.run([sys.executable, a.score, "-v", tp, js], capture_output=True, text=True)
            with open(os.path.join(od, name + ".score.txt"), "w") as fh:
                fh.write(sv.stdout + sv.stderr)
            sj = subprocess.run([sys.executable, a.score, "--json", tp, js], capture_output=True, text=True)
            t = json.loads(sj.stdout)["total"]
            res[kind] = (t["num_cells"], t["num_correct"], t["wrong"], t["wrong_unflagged"], t["missing"])
            for i, v in enumerate(res[kind]):
                tot[kind][i] += v
        rows.append((name, res))

    def cell(r):
        if r is None:
            return "no output"
        n, c, w, wu, m = r
        return "%.1f %% · %d / %d / %d" % (100.0 * c / n if n else 0, w, wu, m)

    print("| document | cells | PDF | pdftotext -layout | pdftotext -raw |")
    print("|---|---:|---|---|---|")
    for name, res in rows:
        n = next((r[0] for r in res.values() if r), 0)
        print("| %s | %d | %s |" % (name, n, " | ".join(cell(res[k]) for k in INPUTS)))
    n = tot["pdf"][0]
    print("| **all** | %d | %s |" % (n, " | ".join(cell(tot[k]) for k in INPUTS)))
    print("\n(each input: numeric % correct · wrong / wrong unflagged / missing)")


if __name__ == "__main__":
    main()
