#!/usr/bin/env python3
"""Score every input that has truth in ../shared with the reference scorer and print one table.

Usage: tools/truth_table.py [LUKU] [--synth] [--only SUBSTR]
Ingests ../shared/corpus/*.pdf, ../shared/seeds/*.txt, ../shared/real/*.{pdf,md,txt} (and, with
--synth, ../shared/synth/*.pdf) with LUKU (default .build/release/luku) into a temporary folder and
scores each output against ../shared/truth (or the synth truth beside the PDF).
"""
import glob, json, os, subprocess, sys, tempfile

argv = sys.argv[1:]
only = None
if "--only" in argv:
    k = argv.index("--only"); only = argv[k + 1]; del argv[k:k + 2]
synth = "--synth" in argv
args = [a for a in argv if not a.startswith("--")]
luku = args[0] if args else ".build/release/luku"
shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
shared = os.path.normpath(shared)

inputs = []
for pat in ["corpus/*.pdf", "seeds/*.txt", "real/*.pdf", "real/*.md", "real/*.txt"]:
    inputs += sorted(glob.glob(os.path.join(shared, pat)))
if synth:
    inputs += sorted(glob.glob(os.path.join(shared, "synth/*.pdf")))
if only:
    inputs = [i for i in inputs if only in i]

def truth_for(path):
    b = os.path.basename(path)
    stem = b.rsplit(".", 1)[0]
    if stem.endswith(".docling"):
        stem = stem[: -len(".docling")]
    t = os.path.join(shared, "truth", stem + ".truth.json")
    if os.path.exists(t):
        return t
    t = os.path.join(os.path.dirname(path), stem + ".truth.json")
    return t if os.path.exists(t) else None

with tempfile.TemporaryDirectory() as out:
    pairs = [(i, truth_for(i)) for i in inputs]
    pairs = [(i, t) for i, t in pairs if t]
    for k, (i, t) in enumerate(pairs):
        sub = os.path.join(out, str(k))
        subprocess.run([luku, "ingest", i, "-o", sub], capture_output=True)
    tot = {"num_cells": 0, "num_correct": 0, "wrong_unflagged": 0, "text_cells": 0, "text_correct": 0}
    fam = {}
    print("%-58s %6s %7s %5s %5s %6s %7s" % ("input", "num", "num%", "wrong", "unfl", "text", "text%"))
    for k, (i, t) in enumerate(pairs):
        o = os.path.join(out, str(k), os.path.basename(i) + ".json")
        if not os.path.exists(o):
            print("%-58s (no output)" % os.path.basename(i)); continue
        r = subprocess.run(["python3", os.path.join(shared, "tools/score.py"), "--json", t, o], capture_output=True, text=True)
        try:
            d = json.loads(r.stdout)["total"]
        except Exception:
            print("%-58s (score failed) %s" % (os.path.basename(i), r.stderr[-200:])); continue
        n = max(1, d["num_cells"]); tn = max(1, d.get("text_cells", 0))
        wrong = d.get("num_wrong", d["num_cells"] - d["num_correct"] - d.get("num_missing", 0))
        name = os.path.basename(i)
        if "/synth/" in i:
            f = name.split("-")[3]
            a = fam.setdefault(f, {"n": 0, "c": 0, "u": 0})
            a["n"] += d["num_cells"]; a["c"] += d["num_correct"]; a["u"] += d["wrong_unflagged"]
            if not only:
                continue
        print("%-58s %6d %6.1f%% %5d %5d %6d %6.1f%%" % (name[:58], d["num_cells"], 100 * d["num_correct"] / n, wrong,
              d["wrong_unflagged"], d.get("text_cells", 0), 100 * d.get("text_correct", 0) / tn))
    for f, a in sorted(fam.items()):
        print("%-58s %6d %6.1f%% %5s %5d" % ("synth family " + f, a["n"], 100 * a["c"] / max(1, a["n"]), "", a["u"]))
