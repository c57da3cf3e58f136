#!/usr/bin/env python3
"""The flavour matrix: every extractor text of a document with truth (made by tools/flavours.sh
into .build-flavours/text, committed for the corpus PDFs in corpus/flavours; pdftotext, pypdf, PyMuPDF,
pymupdf4llm and markitdown, each a flavour named by the text file's extension), ingested with Luku
and scored with ../shared/tools/score.py; one line per document × flavour with numeric and text
cells correct / wrong / wrong without a flag.
Usage: tools/flavour_matrix.py [--luku PATH] [--out DIR] [--synth] [--totals] [TEXT ...]   (default: all
flavour texts and the real texts published with documents in ../shared/real). --synth scores the
flavours of ../shared/synth (tools/flavours.sh --synth, in .build-flavours/synth) against the truth
beside each PDF and adds one line per producer family × flavour, summed over its documents;
--totals adds one line per flavour summed over every document, with its missing cells."""
import argparse, contextlib, glob, io, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(root, "..", "shared")
sys.path.insert(0, os.path.join(shared, "tools"))
import score as scorer  # noqa: E402  (the reference scorer, ../shared/tools/score.py)


def texts():
    found = sorted(glob.glob(os.path.join(root, ".build-flavours/text/*")))
    if not found:
        found = sorted(glob.glob(os.path.join(root, "corpus/flavours/*")))
    found += sorted(p for p in glob.glob(os.path.join(shared, "real/*")) if p.endswith((".md", ".txt")))
    return found


def stem_flavour(path):
    name = os.path.basename(path)
    stem, rest = name.split(".", 1)
    flavour = rest.rsplit(".", 1)[0] if "." in rest else rest
    if os.path.basename(os.path.dirname(os.path.abspath(path))) == "real":
        flavour = "published " + rest  # text published with the document (docling.md, txt)
    return stem, flavour


def truth_of(stem):
    truth = os.path.join(shared, "truth", stem + ".truth.json")
    return truth if os.path.exists(truth) else os.path.join(shared, "synth", stem + ".truth.json")


def family(stem):
    """synth-1000-01-html-pihlajaniemi-2020 → html (the producer family the synth README names)."""
    parts = stem.split("-")
    return parts[3] if stem.startswith("synth-") and len(parts) > 3 else None


def run(path, luku, out):
    stem, flavour = stem_flavour(path)
    truth = truth_of(stem)
    if not os.path.exists(truth):
        return None
    js = os.path.join(out, os.path.basename(path) + ".json")
    subprocess.run([luku, "ingest", path, "-o", out], capture_output=True)
    if not os.path.exists(js):
        return (stem, flavour, None)
    with contextlib.redirect_stderr(io.StringIO()):  # "truth is for X.pdf": the text is of that PDF
        result = scorer.score(truth, js)
    t = dict(result["total"], num_wrong=0, text_wrong=0)
    tables = {tt.get("id"): tt for tt in scorer.load_json(truth).get("tables") or []}
    for table in result["tables"]:
        for row, trow in zip(table["rows"], tables[table["id"]].get("rows") or []):
            for verdict, value in zip(row["verdicts"], trow.get("values") or []):
                if verdict == "wrong":
                    t["text_wrong" if isinstance(value, dict) else "num_wrong"] += 1
    return (stem, flavour, t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--luku", default=os.path.join(root, ".build/release/luku"))
    ap.add_argument("--out", default=os.path.join(root, ".build-flavours/json"))
    ap.add_argument("--synth", action="store_true")
    ap.add_argument("--totals", action="store_true",
                    help="also print one line per flavour summed over its documents, with missing cells")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    paths = a.paths or (sorted(glob.glob(os.path.join(root, ".build-flavours/synth/*"))) if a.synth else texts())
    with ThreadPoolExecutor(2) as ex:
        results = [r for r in ex.map(lambda p: run(p, a.luku, a.out), paths) if r]
    print("| document | flavour | numeric % | num ok | num wrong | unflagged | text ok | text wrong | text cells |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for stem, flavour, t in results:
        if t is None:
            print("| %s | %s | no output |||||||" % (stem, flavour)); continue
        n = max(1, t["num_cells"])
        print("| %s | %s | %.1f | %d | %d | %d | %d | %d | %d |" % (
            stem, flavour, 100 * t["num_correct"] / n, t["num_correct"], t["num_wrong"], t["wrong_unflagged"],
            t["text_correct"], t["text_wrong"], t["text_cells"]))
    if a.totals:
        totals = {}
        for stem, flavour, t in results:
            f = totals.setdefault(flavour, dict.fromkeys(["docs", "num_cells", "num_correct", "num_wrong", "wrong_unflagged"], 0))
            f["docs"] += 1
            if t is not None:
                for k in ["num_cells", "num_correct", "num_wrong", "wrong_unflagged"]:
                    f[k] += t[k]
        print()
        print("| flavour | documents | numeric % | num ok | num wrong | unflagged | missing |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for flavour, f in sorted(totals.items()):
            print("| %s | %d | %.1f | %d | %d | %d | %d |" % (
                flavour, f["docs"], 100 * f["num_correct"] / max(1, f["num_cells"]), f["num_correct"],
                f["num_wrong"], f["wrong_unflagged"], f["num_cells"] - f["num_correct"] - f["num_wrong"]))
    families = {}
    for stem, flavour, t in results:
        if t is not None and family(stem):
            f = families.setdefault((family(stem), flavour), dict.fromkeys(
                ["docs", "num_cells", "num_correct", "num_wrong", "wrong_unflagged"], 0))
            f["docs"] += 1
            for k in ["num_cells", "num_correct", "num_wrong", "wrong_unflagged"]:
                f[k] += t[k]
    if families:
        print()
        print("| family | flavour | documents | numeric % | num ok | num wrong | unflagged |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for (fam, flavour), f in sorted(families.items()):
            print("| %s | %s | %d | %.1f | %d | %d | %d |" % (
                fam, flavour, f["docs"], 100 * f["num_correct"] / max(1, f["num_cells"]),
                f["num_correct"], f["num_wrong"], f["wrong_unflagged"]))


if __name__ == "__main__":
    main()
