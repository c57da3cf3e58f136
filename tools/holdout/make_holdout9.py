#!/usr/bin/env python3
"""Ninth hold-out set for Luku: the PDFs we have, re-written by a second producer (Ghostscript, cairo).

    make_holdout9.py [--sets corpus,real,synth,holdout] [--only SUBSTR,...] OUTDIR   (default .build-holdout/docs9)
    make_holdout9.py --summary RESULTS.md           (per producer and per source set, from run_holdout's table)

Users very often hand over a PDF that went through a second producer: printed to PDF again (CUPS on
Linux prints through cairo or Ghostscript, "Microsoft Print to PDF"), normalised to PDF/A by an
archive (Ghostscript), or "optimised". The second producer rewrites every content stream: fonts
re-subset or converted (TrueType to CID, Type 3), text shown with its own positioning, ToUnicode maps
regenerated, rules re-drawn as paths, the page's objects reordered. This set takes every PDF with
truth that we have and re-writes it with

  gs     Ghostscript pdfwrite (`gs -dSAFER -sDEVICE=pdfwrite`), as `ps2pdf` and print-to-PDF do;
  pdfa   Ghostscript pdfwrite with `-dPDFA=2 -dPDFACompatibilityPolicy=1` (PDF/A-2b, an archive's
         normalisation), for the corpus and real documents only;
  cairo  `pdftocairo -pdf` (poppler's cairo backend: what CUPS / GTK printing makes).

Sources (--sets): corpus = ../shared/corpus/*.pdf with truth in ../shared/truth; real = the
../shared/real PDFs with truth in ../shared/truth; synth = ../shared/synth/*.pdf (truth beside);
holdout = the first document of each hold-out set 1-8 (.build-holdout/docsN, truth beside), off by
default. The default is corpus,real,synth.

Truth: the source's truth file, unchanged but for "document" (the new file's name) and a note saying
which producer made it; a re-write keeps every page, so every table's `page` stands (checked: the page
count must equal the source's). Each output is OUTDIR/hold9-PRODUCER-SOURCE.pdf beside
hold9-PRODUCER-SOURCE.truth.json, the names run_holdout.py pairs.

Also writes, without truth (so never scored), hold9-outlines-SOURCE.pdf for the three corpus PDFs:
`gs -dNoOutputFonts`, every glyph drawn as a path (no text layer at all): Luku must say there is no
text layer, never emit a table.

Deterministic: Ghostscript with -dOmitInfoDate -dOmitID -dOmitXMP writes the same bytes on every run;
cairo stamps /CreationDate with the clock and PDF/A's XMP carries a fresh DocumentID uuid, so both
are pinned in the written bytes (same length, so the xref offsets stand): the date to
D:20260101000000, the uuid to a fixed one. md5sum equal over two runs.

Needs gs (apt: ghostscript) and pdftocairo, pdfinfo (poppler-utils).
"""
import glob
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GS = ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dOmitInfoDate", "-dOmitID", "-dOmitXMP"]
PRODUCERS = {
    "gs": lambda src, dst: GS + ["-o", dst, src],
    "pdfa": lambda src, dst: GS + ["-dPDFA=2", "-dPDFACompatibilityPolicy=1", "-sColorConversionStrategy=RGB",
                                   "-o", dst, src],
    "cairo": lambda src, dst: ["pdftocairo", "-pdf", src, dst],
    "outlines": lambda src, dst: GS + ["-dNoOutputFonts", "-o", dst, src],
}
PDFA_SETS = ("corpus", "real")
PINNED_DATE = b"20260101000000"
PINNED_UUID = b"uuid:00000000-0000-0000-0000-000000000009"


def sources(sets):
    """(set, pdf path, truth path) of every source PDF with truth in `sets`."""
    out = []
    if "corpus" in sets or "real" in sets:
        for s in ("corpus", "real"):
            if s not in sets:
                continue
            for pdf in sorted(glob.glob(os.path.join(SHARED, s, "*.pdf"))):
                tr = os.path.join(SHARED, "truth", os.path.basename(pdf)[:-4] + ".truth.json")
                if os.path.exists(tr):
                    out.append((s, pdf, tr))
    if "synth" in sets:
        for pdf in sorted(glob.glob(os.path.join(SHARED, "synth", "*.pdf"))):
            tr = pdf[:-4] + ".truth.json"
            if os.path.exists(tr):
                out.append(("synth", pdf, tr))
    if "holdout" in sets:
        for n in ("", "2", "3", "4", "5", "6", "7", "8"):
            trs = sorted(glob.glob(os.path.join(ROOT, ".build-holdout", "docs" + n, "*.truth.json")))
            if trs:
                tr = trs[0]
                out.append(("holdout", tr[: -len(".truth.json")] + ".pdf", tr))
    return out


def pin(path):
    """Pin what cairo and PDF/A stamp from the clock or at random, keeping every byte offset."""
    with open(path, "rb") as fh:
        b = fh.read()
    b = re.sub(rb"(/CreationDate \(D:)\d{14}", lambda m: m.group(1) + PINNED_DATE, b)
    b = re.sub(rb"(/ModDate \(D:)\d{14}", lambda m: m.group(1) + PINNED_DATE, b)
    b = re.sub(rb"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", PINNED_UUID, b)
    with open(path, "wb") as fh:
        fh.write(b)


def pages(pdf):
    r = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else -1


def rewrite(job):
    """Re-write one source with one producer; write its truth beside; return a problem or None."""
    out, prod, setname, src, tr = job
    base = os.path.basename(src)[:-4]
    name = "hold9-%s-%s" % (prod, base)
    dst = os.path.join(out, name + ".pdf")
    r = subprocess.run(PRODUCERS[prod](src, dst), capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(dst):
        return "%s: %s failed (%s)" % (name, prod, (r.stderr or r.stdout).strip()[:200])
    pin(dst)
    if pages(dst) != pages(src):
        return "%s: %d pages, the source has %d" % (name, pages(dst), pages(src))
    if tr is None:
        return None
    with open(tr, encoding="utf-8") as fh:
        truth = json.load(fh)
    truth["document"] = name + ".pdf"
    truth["notes"] = ("Hold-out set 9 (tools/holdout/make_holdout9.py): %s (%s set) re-written by %s; the "
                      "source's truth unchanged (a re-write keeps every page and printed figure). Source notes: %s"
                      % (os.path.basename(src), setname, prod, truth.get("notes", "")))
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return None


def summary(results):
    """Per producer × source set totals from run_holdout's Markdown table (numeric % / wrong /
    wrong unflagged / missing per input)."""
    rows = {}
    heads = None
    for line in open(results, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] == "document":
            heads = cells[2:]
            continue
        m = re.match(r"hold9-(\w+)-(.*)", cells[0]) if cells else None
        if not m or heads is None:
            continue
        prod, src = m.groups()
        setname = "synth" if src.startswith("synth-") else ("holdout" if src.startswith("hold") else
                                                           ("corpus" if src.startswith("kemijarvi") else "real"))
        n = int(cells[1])
        for h, c in zip(heads, cells[2:]):
            k = (prod, setname, h)
            acc = rows.setdefault(k, [0, 0.0, 0, 0, 0])
            mm = re.match(r"([\d.]+) % · (\d+) / (\d+) / (\d+)", c)
            acc[0] += n
            if mm:
                acc[1] += float(mm.group(1)) * n / 100.0
                acc[2] += int(mm.group(2))
                acc[3] += int(mm.group(3))
                acc[4] += int(mm.group(4))
            else:
                acc[4] += n
    order = ["gs", "pdfa", "cairo"]
    prods = sorted({p for p, _, _ in rows}, key=lambda p: order.index(p) if p in order else len(order))
    groups = [(p, s) for p in prods for s in sorted({s for q, s, _ in rows if q == p})]
    print("| producer | source set | cells | %s |" % " | ".join(heads))
    print("|---|---|---:|%s" % ("---|" * len(heads)))
    for p, s in groups + [(p, "all") for p in prods]:
        cols = []
        n = 0
        for h in heads:
            ks = [k for k in rows if k[0] == p and (s == "all" or k[1] == s) and k[2] == h]
            a = [sum(rows[k][i] for k in ks) for i in range(5)]
            n = a[0]
            cols.append("%.1f %% · %d / %d / %d" % (100.0 * a[1] / a[0] if a[0] else 0, a[2], a[3], a[4]))
        print("| %s | %s | %d | %s |" % (p, s, n, " | ".join(cols)))
    print("\n(each input: numeric % correct · wrong / wrong unflagged / missing)")


def main():
    args = sys.argv[1:]
    if args[:1] == ["--summary"]:
        summary(args[1])
        return
    sets, only, out = {"corpus", "real", "synth"}, [], os.path.join(ROOT, ".build-holdout", "docs9")
    while args:
        a = args.pop(0)
        if a == "--sets":
            sets = set(args.pop(0).split(","))
        elif a == "--only":
            only = args.pop(0).split(",")
        else:
            out = a
    os.makedirs(out, exist_ok=True)
    jobs = []
    for setname, src, tr in sources(sets):
        if only and not any(o in os.path.basename(src) for o in only):
            continue
        for prod in ("gs", "cairo") + (("pdfa",) if setname in PDFA_SETS else ()):
            jobs.append((out, prod, setname, src, tr))
        if setname == "corpus":
            jobs.append((out, "outlines", setname, src, None))
    with ThreadPoolExecutor(max_workers=2) as ex:
        problems = [p for p in ex.map(rewrite, jobs) if p]
    for p in problems:
        print("problem:", p)
    print("%d re-writes into %s, %d problems" % (len(jobs), out, len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
