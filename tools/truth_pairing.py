"""The scorer's own way of pairing a truth table with one of Luku's tables, for the identity tools
(tools/identity_report.py, tools/identity_coverage.py): among the scorer's candidate tables, the one
with the most correct cells over aligned rows, then nearer in page, more rows, fewer wrong."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "tools"))
import score  # noqa: E402  (the reference scorer, ../shared/tools/score.py)


def best_table(tlabels, tvals, tpage, tables, kind):
    """(luku table, [(truth row, luku row)]) for the truth table's normalised labels and values on
    page `tpage`, or None when no candidate shares its labels."""
    best = None
    for t in score._candidates(tpage, tables, kind):
        if not score._multiset_overlap(tlabels, t["_labels"]):
            continue
        pairs = score.align(tlabels, t["_labels"])
        if not pairs:
            continue
        correct = wrong = 0
        for i, j in pairs:
            v, _, _ = score.score_row(tvals[i], t["rows"][j][1], allow_compact=False)
            correct += v.count("correct"); wrong += v.count("wrong")
        key = (correct, abs(t["page"] - tpage) <= 1, len(pairs), -wrong, -abs(t["page"] - tpage))
        if best is None or key > best[0]:
            best = (key, t, pairs)
    return None if best is None else (best[1], best[2])
