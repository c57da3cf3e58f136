#!/usr/bin/env python3
"""Ingest the hold-out documents with Luku and score them against their truth.

    run_holdout.py [--docs DIR] [--out DIR] [--luku PATH] [--score PATH]
                   [--markdown markitdown,pymupdf4llm] [--venv DIR]

For every DOCS/NAME.truth.json: `luku ingest` of NAME.pdf, of its `pdftotext -layout` text and of
its `pdftotext -raw` text, each scored with shared/tools/score.py. Writes OUT/<input>/NAME.score.txt
(score.py -v) and prints the results table as Markdown (numeric % / wrong / wrong unflagged /
missing per document and input). Python standard library only.

--markdown adds Markdown flavours made by converters in a virtual environment (--venv, default
.build-flavours/venv): `markitdown` (its command, pdfplumber's tables as pipe tables) and
`pymupdf4llm` (to_markdown). A flavour whose converter the venv lacks is skipped with a note; a
converter's text is made once into OUT/<flavour>/NAME.<flavour>.md and reused while it is newer
than the PDF (converters are slow; delete the file to remake it).
"""
import argparse
import glob
import json
import os
import subprocess
import sys

INPUTS = ("pdf", "layout", "raw")
MARKDOWN = ("markitdown", "pymupdf4llm")
LABELS = {"pdf": "PDF", "layout": "pdftotext -layout", "raw": "pdftotext -raw"}


def has_converter(venv, kind):
    """Whether the venv can make the Markdown flavour `kind`."""
    if kind == "markitdown":
        return os.access(os.path.join(venv, "bin", "markitdown"), os.X_OK)
    py = os.path.join(venv, "bin", "python")
    return os.access(py, os.X_OK) and subprocess.run(
        [py, "-c", "import pymupdf4llm"], capture_output=True).returncode == 0


def make_markdown(venv, kind, pdf, dst):
    """Write the converter's Markdown of `pdf` to `dst` unless a newer copy is there."""
    if os.path.exists(dst) and os.path.getmtime(dst) >= os.path.getmtime(pdf):
        return
    if kind == "markitdown":
        with open(dst, "w") as fh:
            subprocess.run([os.path.join(venv, "bin", "markitdown"), pdf], stdout=fh,
                           stderr=subprocess.DEVNULL)
    else:
        subprocess.run([os.path.join(venv, "bin", "python"), "-c",
                        "import sys, pymupdf4llm; open(sys.argv[2], 'w').write(pymupdf4llm.to_markdown(sys.argv[1]))",
                        pdf, dst], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default=os.path.join(root, ".build-holdout", "docs"))
    ap.add_argument("--out", default=os.path.join(root, ".build-holdout", "out"))
    ap.add_argument("--luku", default=os.path.join(root, ".build", "release", "luku"))
    ap.add_argument("--score", default=os.path.join(root, "..", "shared", "tools", "score.py"))
    ap.add_argument("--markdown", default="", help="comma-separated: markitdown, pymupdf4llm")
    ap.add_argument("--venv", default=os.path.join(root, ".build-flavours", "venv"))
    a = ap.parse_args()
    inputs = list(INPUTS)
    for kind in filter(None, a.markdown.split(",")):
        if kind not in MARKDOWN:
            sys.exit("unknown Markdown flavour %s (known: %s)" % (kind, ", ".join(MARKDOWN)))
        if has_converter(a.venv, kind):
            inputs.append(kind)
        else:
            print("(no %s in %s: flavour skipped)" % (kind, a.venv), file=sys.stderr)
    truths = sorted(glob.glob(os.path.join(a.docs, "*.truth.json")))
    if not truths:
        sys.exit("no truth files in %s (run make_holdout.py first)" % a.docs)
    rows, tot = [], {k: [0, 0, 0, 0, 0] for k in inputs}
    for tp in truths:
        name = os.path.basename(tp)[: -len(".truth.json")]
        pdf = os.path.join(a.docs, name + ".pdf")
        res = {}
        for kind in inputs:
            od = os.path.join(a.out, kind)
            os.makedirs(od, exist_ok=True)
            if kind == "pdf":
                src = pdf
            elif kind in MARKDOWN:
                src = os.path.join(od, "%s.%s.md" % (name, kind))
                make_markdown(a.venv, kind, pdf, src)
            else:
                src = os.path.join(od, "%s.%s.txt" % (name, kind))
                subprocess.run(["pdftotext", "-" + kind, pdf, src], check=True)
            js = os.path.join(od, os.path.basename(src) + ".json")
            if os.path.exists(js):
                os.remove(js)  # a failed ingest must not score the last run's JSON
            subprocess.run([a.luku, "ingest", "-o", od, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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

    print("| document | cells | %s |" % " | ".join(LABELS.get(k, k) for k in inputs))
    print("|---|---:|%s" % ("---|" * len(inputs)))
    for name, res in rows:
        n = next((r[0] for r in res.values() if r), 0)
        print("| %s | %d | %s |" % (name, n, " | ".join(cell(res[k]) for k in inputs)))
    n = tot["pdf"][0]
    print("| **all** | %d | %s |" % (n, " | ".join(cell(tot[k]) for k in inputs)))
    print("\n(each input: numeric % correct · wrong / wrong unflagged / missing)")


if __name__ == "__main__":
    main()
