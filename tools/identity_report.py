#!/usr/bin/env python3
"""Per truth document: the checks Luku ran, their outcomes, the verified share, and the truth-correct
cells that Luku flags `check-failed` (a correct number flagged is a false alarm).

Usage: tools/identity_report.py [LUKU] [--keep DIR] [--synth]   (--synth: ../shared/synth instead)
       tools/identity_report.py --measure TRUTH.json OUTPUT.json   (one document, JSON on stdout)
Ingests every input that has truth in ../shared (like truth_table.py) and aligns Luku's tables to the
truth tables with the reference scorer's own matching (../shared/tools/score.py), so "truth pages"
means exactly the cells the scorer compares. Reads luku.document/2 (ok only), /3 (outcome) and /4 (operands in their own tables).
"""
import collections, glob, json, os, subprocess, sys, tempfile

argv = [a for a in sys.argv[1:] if a != "--measure"] if "--measure" not in sys.argv[1:2] else []
synth = "--synth" in argv
argv = [a for a in argv if a != "--synth"]
keep = None
if "--keep" in argv:
    k = argv.index("--keep"); keep = argv[k + 1]; del argv[k:k + 2]
luku = argv[0] if argv else ".build/release/luku"
here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, "..", "..", "shared"))
sys.path.insert(0, os.path.join(shared, "tools"))
import score  # noqa: E402
import truth_pairing  # noqa: E402

VERIFIED = "x-verified"
NOISE = "x-noise"  # the failed sum is off by rounding (at most (terms + 1) / 2 units) or by sign only


def outcome(check):
    if "outcome" in check:
        return check["outcome"]
    if not check["ok"]:
        return "mismatch"
    return "ok" if check["expected"] == check["actual"] else "sign"


def mark_verified(doc):
    """Adds VERIFIED to the flags of every cell in an ok or rounding check (total and operands)."""
    tables = list(score.walk_luku(doc))
    by_id = {t.get("id"): t for t in tables}
    counts = collections.Counter()
    for t in tables:
        for c in t.get("checks") or []:
            o = outcome(c)
            counts[o] += 1
            if o == "mismatch":
                n = len(c.get("operands") or []) or 1
                d = abs(c["expected"] - c["actual"])
                # A ratio (rule "… × 100", "× scale") carries its own exact rounding range from
                # its operands (RoundingTolerance.percent): a mismatch there is outside any rounding
                # of the operands, so the units rule of sums does not apply (Kauhava p30 2024:
                # 7 726 / 46 217 = 16,72 % printed 16,8, truth notes (1)).
                ratio = "×" in c.get("rule", "")
                if (d <= (n + 1) // 2 and not ratio) or c["expected"] == -c["actual"]:
                    try:
                        cell = t["rows"][c["row"]]["cells"][c["column"]]
                        cell["flags"] = sorted(set((cell.get("flags") or []) + [NOISE]))
                    except (IndexError, KeyError, TypeError):
                        pass
            if o not in ("ok", "rounding"):
                continue
            cells = [(t, c["row"], c["column"])]
            other = by_id.get(c.get("table"), t)
            for op in c.get("operands") or []:
                # luku.document/4: [row, column, ±1, table] lies in its own table
                cells.append((by_id.get(op[3], other) if len(op) == 4 else other, op[0], op[1]))
            for tt, r, col in cells:
                try:
                    cell = tt["rows"][r]["cells"][col]
                except (IndexError, KeyError, TypeError):
                    continue
                if cell is not None:
                    cell["flags"] = sorted(set((cell.get("flags") or []) + [VERIFIED]))
    return counts


def measure(truth_path, out_path):
    doc = score.load_json(out_path)
    counts = mark_verified(doc)
    tmp = os.path.join(tempfile.mkdtemp(), "marked.json")
    with open(tmp, "w") as f:
        json.dump(doc, f, default=str)
    truth = score.load_json(truth_path)
    _, _, kind, tables = score.load_extracted(tmp)
    res = {"checks": counts, "num": 0, "verified": 0, "flagged_correct": 0, "flagged_wrong": 0, "noise": 0}
    for tt in truth.get("tables") or []:
        trows = tt.get("rows") or []
        tlabels = [score.norm_label(r.get("label", "")) for r in trows]
        tvals = [[score.truth_value(v) for v in (r.get("values") or [])] for r in trows]
        tpage = int(tt.get("page") or 0)
        found = truth_pairing.best_table(tlabels, tvals, tpage, tables, kind)
        best = None if found is None else (None, found[0], found[1])
        for i, tv in enumerate(tvals):
            res["num"] += sum(1 for v in tv if v is not None and not isinstance(v, tuple))
        if best is None:
            continue
        t, pairs = best[1], best[2]
        for i, j in pairs:
            verdicts, used, _ = score.score_row(tvals[i], t["rows"][j][1], allow_compact=False)
            for k, v in enumerate(verdicts):
                if v is None or isinstance(tvals[i][k], tuple):
                    continue
                c = used[k]
                flags = set(c.flags) if c is not None else set()
                if VERIFIED in flags:
                    res["verified"] += 1
                if "check-failed" in flags:
                    res["flagged_correct" if v == "correct" else "flagged_wrong"] += 1
                    if v == "correct" and NOISE in flags:
                        res["noise"] += 1
    os.remove(tmp)
    os.rmdir(os.path.dirname(tmp))
    return res


def inputs(synth=False):
    found = []
    if synth:
        for i in sorted(glob.glob(os.path.join(shared, "synth", "*.pdf"))):
            t = i[: -len(".pdf")] + ".truth.json"
            if os.path.exists(t):
                found.append((i, t))
        return found
    for pat in ["corpus/*.pdf", "seeds/*.txt", "real/*.pdf", "real/*.md", "real/*.txt"]:
        for i in sorted(glob.glob(os.path.join(shared, pat))):
            b = os.path.basename(i).rsplit(".", 1)[0]
            b = b[: -len(".docling")] if b.endswith(".docling") else b
            t = os.path.join(shared, "truth", b + ".truth.json")
            if os.path.exists(t):
                found.append((i, t))
    return found


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        r = measure(sys.argv[2], sys.argv[3])
        c = r.pop("checks")
        r["outcomes"] = {k: c.get(k, 0) for k in ("ok", "rounding", "sign", "mismatch")}
        print(json.dumps(r, sort_keys=True))
        return
    out = keep or tempfile.mkdtemp()
    print("%-52s %6s %5s %5s %5s %5s %6s %8s %6s %5s" % ("input", "checks", "ok", "round", "sign", "mism",
                                                       "cells", "verified", "flagOK", "noise"))
    for k, (i, t) in enumerate(inputs(synth)):
        sub = os.path.join(out, str(k))
        o = os.path.join(sub, os.path.basename(i) + ".json")
        if not os.path.exists(o):
            subprocess.run([luku, "ingest", i, "-o", sub], capture_output=True)
        if not os.path.exists(o):
            print("%-52s (no output)" % os.path.basename(i)); continue
        r = measure(t, o)
        c = r["checks"]
        n = max(1, r["num"])
        print("%-52s %6d %5d %5d %5d %5d %6d %7.1f%% %6d %5d" % (
            os.path.basename(i)[:52], sum(c.values()), c["ok"], c["rounding"], c["sign"], c["mismatch"],
            r["num"], 100 * r["verified"] / n, r["flagged_correct"], r["noise"]))


main()
