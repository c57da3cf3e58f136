#!/usr/bin/env python3
"""Second independent hold-out set for Luku: 12 PDFs with truth by construction.

    make_holdout2.py [--only 03,05] OUTDIR        (default .build-holdout/docs2)

Needs reportlab (the venv of `make holdout`). Deterministic: a fixed seed per document and
reportlab's invariant mode, so the PDFs are byte-identical on every run.

Set 1 (make_holdout.py) and shared/synth are at ~100 % on the PDF path and rules were written
against them, so they are no longer held out. This set draws the same domain content
(shared/design/DOMAIN.md) with layout features that neither of them has: multi-level spanning
header bands, vertically merged group cells, a table drawn rotated on an unrotated page,
column-by-column and scrambled content-stream order (DTP tools), an Excel export with a full grid,
dash zeros and rotated column headers, labels with numbers, years and account ranges in them,
an explicit plus sign, a total row above its items, a per-column unit row, a table split across two
pages by columns, a two-column prose page with a table spanning both columns, hyphenated and
soft-hyphenated labels.

Every table is laid out as a list of drawing operations (text runs and rules), each tagged with
the table row and column it belongs to; the operations are then written to the content stream
in the order a producer would (row by row, column by column, or scrambled), optionally inside a
rotation. Each NAME.pdf gets NAME.truth.json (shared/truth/FORMAT.md).

Truth conventions specific to this set (from DOMAIN.md / FORMAT.md):
- a dash printed for zero (`–`, `-`) is a placeholder: `{"text": "–"}`, not 0 (DOMAIN.md "Placeholders
  in number columns: xx, -, –"; FORMAT.md "a dash placeholder ... is {"text": ...}");
- `+12,5 %` is 12.5; labels keep their numbers, years and account ranges;
- a column header under a spanning band is the band and its own text joined ("Tilinpäätös 2023");
- a table split by columns over two pages is ONE table with all its columns (FORMAT.md: a table
  continued over a page break is one table);
- a group name printed once in a vertically merged cell left of its rows is the `group` of each row;
- hyphenated labels are joined without the line-break hyphen unless it is a real hyphen
  ("Konserni-" / "ja tukipalvelut" -> "Konserni- ja tukipalvelut").
"""
import json
import os
import random
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype"
FONTS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSerifCond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
D = Decimal


def register_fonts():
    for name, (reg, bold) in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, reg)))
        pdfmetrics.registerFont(TTFont(name + "-Bold", os.path.join(FONTDIR, bold)))


def q(v, ndec):
    return D(v).quantize(D(1).scaleb(-ndec), rounding=ROUND_HALF_UP)


def rnd(rng, lo, hi, ndec=0):
    if ndec:
        return q(D(rng.randint(int(lo * 10 ** ndec), int(hi * 10 ** ndec))) / (10 ** ndec), ndec)
    return D(rng.randint(int(lo), int(hi)))


def pct(a, b):
    return None if b == 0 else q(D(a) / D(b) * 100, 1)


class NF:
    """How one column prints its numbers: thousands separator, decimals, minus, suffix, the
    placeholder printed for zero (None: print 0), an explicit plus on positives."""

    def __init__(self, thou=" ", ndec=0, neg="-", suffix="", zero=None, plus=False):
        self.thou, self.ndec, self.neg, self.suffix, self.zero, self.plus = thou, ndec, neg, suffix, zero, plus


def show(v, f):
    """value -> (printed text, truth value)."""
    if isinstance(v, str):
        return v, {"text": v}
    v = q(v, f.ndec)
    if v == 0 and f.zero:
        return f.zero, {"text": f.zero}
    neg = v < 0
    s = "%.*f" % (f.ndec, -v if neg else v)
    ip, _, dp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    txt = f.thou.join(groups) + ("," + dp if f.ndec else "")
    if neg:
        txt = f.neg + txt
    elif f.plus and v != 0:
        txt = "+" + txt
    return txt + f.suffix, ("-" if neg else "") + s


class Row:
    def __init__(self, label, values, bold=False, indent=0, group=None, lines=None, fmts=None):
        self.label, self.values, self.bold, self.indent, self.group = label, values, bold, indent, group
        self.lines = lines or [label]     # printed label lines (wrapped); label is the joined truth label
        self.fmts = fmts                  # per-row number formats (key figures), else the table's


class Table:
    def __init__(self, tid, caption, columns, rows, fmts, unit=None, identities=()):
        self.id, self.caption, self.columns, self.rows, self.fmts = tid, caption, columns, rows, fmts
        self.unit, self.identities, self.page = unit, list(identities), None

    def fmt_of(self, r, ci):
        return (r.fmts or self.fmts)[ci]

    def truth(self):
        rows = []
        for r in self.rows:
            vals = [None if v is None else show(v, self.fmt_of(r, i))[1] for i, v in enumerate(r.values)]
            if all(x is None for x in vals):
                continue
            e = {"label": r.label, "values": vals}
            if r.group:
                e["group"] = r.group
            rows.append(e)
        tr = {"id": self.id, "page": self.page, "caption": self.caption, "columns": self.columns,
              "unit": self.unit, "rows": rows}
        if self.identities:
            tr["identities"] = self.identities
        return tr


# ----------------------------------------------------------------- drawing operations

class Ops:
    """Drawing operations of one page region, each tagged (row, col) for the content-stream order."""

    def __init__(self):
        self.ops = []

    def text(self, x, y, s, font, size, align="l", angle=0, key=(0, 0)):
        self.ops.append(("t", key, x, y, s, font, size, align, angle))

    def line(self, x1, y1, x2, y2, w=0.4, key=(-1, -1)):
        self.ops.append(("l", key, x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, gray, key=(-2, -2)):
        self.ops.append(("r", key, x, y, w, h, gray))

    def emit(self, cv, order="rows", rng=None):
        ops = sorted(self.ops, key=lambda o: o[0] != "r")     # fills under everything
        if order == "columns":      # DTP: each column (label column first) top to bottom
            ops.sort(key=lambda o: (o[0] != "r", o[0] != "l", o[1][1], o[1][0]))
        elif order == "scrambled":  # DTP: text frames in creation order, unrelated to reading order
            head = [o for o in ops if o[0] != "t"]
            body = [o for o in ops if o[0] == "t"]
            rng.shuffle(body)
            ops = head + body
        for o in ops:
            if o[0] == "r":
                _, _, x, y, w, h, g = o
                cv.setFillGray(g)
                cv.rect(x, y, w, h, stroke=0, fill=1)
                cv.setFillGray(0)
            elif o[0] == "l":
                _, _, x1, y1, x2, y2, w = o
                cv.setLineWidth(w)
                cv.line(x1, y1, x2, y2)
            else:
                _, _, x, y, s, font, size, align, angle = o
                cv.setFont(font, size)
                w = pdfmetrics.stringWidth(s, font, size)
                if angle:
                    cv.saveState()
                    cv.translate(x, y)
                    cv.rotate(angle)
                    dx = {"l": 0, "r": -w, "c": -w / 2}[align]
                    cv.drawString(dx, 0, s)
                    cv.restoreState()
                else:
                    dx = {"l": 0, "r": -w, "c": -w / 2}[align]
                    cv.drawString(x + dx, y, s)


class L:
    """Table layout settings."""

    def __init__(self, **kw):
        self.font, self.size, self.lead = "DejaVuSans", 8.0, None
        self.label_w, self.col_w, self.col_ws = 190, 62, None
        self.group_w = 0             # >0: a left column with the group name in a vertically merged cell
        self.grid = "none"           # none | full | hlines
        self.bands = []              # header band rows above the column headers: [[(text, first, last)], ...]
        self.header_angle = 0        # 90: column headers rotated (Excel)
        self.header_h = None         # height of a rotated header row
        self.unit_row = None         # per-column unit row printed under the headers
        self.header_fill = None
        self.indent_pt = 10
        self.caption_size = 10
        self.hyphen_wrap = None
        for k, v in kw.items():
            if not hasattr(self, k):
                raise KeyError(k)
            setattr(self, k, v)
        if self.lead is None:
            self.lead = self.size * 1.45

    def fb(self, bold):
        return self.font + ("-Bold" if bold else "")


def layout_table(t, lay, x0, ytop, ops, headers, caption=True, cols=None):
    """Lay table t out at (x0, ytop) into ops. headers: printed header lines per column (list of
    lists). cols: which value columns to draw (a column split). Returns the y below the table."""
    cols = list(range(len(t.columns))) if cols is None else cols
    ws = lay.col_ws or [lay.col_w] * len(t.columns)
    xs, x = {}, x0 + lay.group_w + lay.label_w
    for ci in cols:
        xs[ci] = (x, x + ws[ci])
        x += ws[ci]
    x1 = x
    y = ytop
    if caption:
        ops.text(x0, y - lay.caption_size, t.caption, lay.font + "-Bold", lay.caption_size, key=(-5, 0))
        y -= lay.caption_size + 8
    top = y
    # bands: each band row spans columns; a rule under the band
    for bi, band in enumerate(lay.bands):
        for text, a, b in band:
            if a not in xs or b not in xs:
                continue
            cx = (xs[a][0] + xs[b][1]) / 2
            ops.text(cx, y - lay.size - 1, text, lay.fb(True), lay.size, "c", key=(-4, a))
            ops.line(xs[a][0] + 3, y - lay.lead + 1, xs[b][1] - 3, y - lay.lead + 1, 0.4)
        y -= lay.lead
    if lay.header_angle:
        hh = lay.header_h
        for ci in cols:
            l, r = xs[ci]
            for i, s in enumerate(headers[ci]):
                n = len(headers[ci])
                xx = (l + r) / 2 + (i - (n - 1) / 2) * lay.lead + lay.size / 3
                ops.text(xx, y - hh + 3, s, lay.fb(True), lay.size, "l", angle=90, key=(-3, ci))
        y -= hh
    else:
        nl = max(len(headers[ci]) for ci in cols)
        for ci in cols:
            l, r = xs[ci]
            for i, s in enumerate(headers[ci]):
                yy = y - (nl - len(headers[ci]) + i + 1) * lay.lead + 2
                ops.text(r - 3, yy, s, lay.fb(True), lay.size, "r", key=(-3, ci))
        y -= nl * lay.lead + 3
    if lay.header_fill is not None:
        ops.rect(x0, y, x1 - x0, top - y, lay.header_fill)
    if lay.unit_row:
        for ci in cols:
            l, r = xs[ci]
            ops.text(r - 3, y - lay.size - 1, lay.unit_row[ci], lay.font, lay.size, "r", key=(-2, ci))
        y -= lay.lead
    ops.line(x0, y, x1, y, 0.6)
    if lay.grid == "full":
        ops.line(x0, top, x1, top, 0.6)
        for ci in cols:
            ops.line(xs[ci][0], top, xs[ci][0], y, 0.3)
        ops.line(x0, top, x0, y, 0.3)
        ops.line(x1, top, x1, y, 0.3)
    # body
    group_spans = []          # (group, ytop, ybottom) for merged group cells
    for ri, r in enumerate(t.rows):
        need = lay.lead * len(r.lines)
        if any(v is not None for v in r.values) and t.page is None:
            t.page = CURRENT_PAGE[0]
        base = y - lay.size - (lay.lead - lay.size) / 2 + 1
        lx = x0 + lay.group_w + 3 + r.indent * lay.indent_pt
        for i, s in enumerate(r.lines):
            ops.text(lx, base - i * lay.lead, s, lay.fb(r.bold), lay.size, key=(ri, -1))
        yv = base - (len(r.lines) - 1) * lay.lead
        for ci in cols:
            v = r.values[ci]
            if v is None:
                continue
            s, _ = show(v, t.fmt_of(r, ci))
            ops.text(xs[ci][1] - 3, yv, s, lay.fb(r.bold), lay.size, "r", key=(ri, ci))
        if lay.group_w:
            if group_spans and group_spans[-1][0] == r.group:
                group_spans[-1][2] = y - need
            else:
                group_spans.append([r.group, y, y - need])
        if lay.grid == "full":
            ops.line(x0 + lay.group_w, y - need, x1, y - need, 0.3)
            for ci in cols:
                ops.line(xs[ci][0], y, xs[ci][0], y - need, 0.3)
            ops.line(x0 + lay.group_w, y, x0 + lay.group_w, y - need, 0.3)
            ops.line(x0, y, x0, y - need, 0.3)
            ops.line(x1, y, x1, y - need, 0.3)
        elif lay.grid == "hlines" and r.bold:
            ops.line(x0, y, x1, y, 0.3)
        y -= need
    for g, gt, gb in group_spans:
        # the group name once, vertically centred in its merged cell; a rule under the cell
        lines = g.split("\n") if "\n" in g else wrap(g, lay.fb(True), lay.size, lay.group_w - 6)
        mid = (gt + gb) / 2 + (len(lines) - 1) * lay.lead / 2 - lay.size / 3
        gi = next(i for i, r in enumerate(t.rows) if r.group == g)
        for i, s in enumerate(lines):
            ops.text(x0 + 3, mid - i * lay.lead, s, lay.fb(True), lay.size, key=(gi, -2))
        ops.line(x0, gb, x0 + lay.group_w, gb, 0.3)
    ops.line(x0, y, x1, y, 0.6)
    return y


def wrap(s, font, size, width):
    words, lines, line = s.split(), [], ""
    for w in words:
        tt = (line + " " + w).strip()
        if line and pdfmetrics.stringWidth(tt, font, size) > width:
            lines.append(line)
            line = w
        else:
            line = tt
    lines.append(line)
    return lines


CURRENT_PAGE = [1]


class Doc:
    def __init__(self, path, land=False, pageno=None, running=None):
        self.cv = canvas.Canvas(path, pagesize=landscape(A4) if land else A4, invariant=1)
        self.cv.setAuthor("Luku hold-out generator 2")
        self.pageno, self.running, self.tables, self.page = pageno, running, [], 1
        self.W, self.H = landscape(A4) if land else A4
        CURRENT_PAGE[0] = 1
        self.decorate()

    def decorate(self):
        if self.running:
            self.cv.setFont("DejaVuSans", 7.5)
            self.cv.drawString(50, self.H - 30, self.running)
        if self.pageno:
            self.cv.setFont("DejaVuSans", 8)
            self.cv.drawRightString(self.W - 50, 28, self.pageno.format(n=self.page))

    def new_page(self, land=None):
        self.cv.showPage()
        if land is not None:
            self.cv.setPageSize(landscape(A4) if land else A4)
            self.W, self.H = landscape(A4) if land else A4
        self.page += 1
        CURRENT_PAGE[0] = self.page
        self.decorate()

    def para(self, x, y, s, width, size=9, font="DejaVuSerif", lead=None):
        lead = lead or size * 1.35
        self.cv.setFont(font, size)
        for ln in wrap(s, font, size, width):
            self.cv.drawString(x, y - size, ln)
            y -= lead
        return y - 4

    def heading(self, x, y, s, size=13):
        self.cv.setFont("DejaVuSans-Bold", size)
        self.cv.drawString(x, y - size, s)
        return y - size - 8

    def save(self):
        self.cv.showPage()
        self.cv.save()


PROSE = ("Kunnan talous kehittyi tilikaudella ennakoitua vakaammin. Verotulot kasvoivat, ja toimintakulujen "
         "kasvu jäi talousarviossa arvioitua pienemmäksi. Investoinnit toteutuivat pääosin suunnitellusti, "
         "ja lainakanta pysyi ennallaan. Palvelutarpeen kasvu näkyi erityisesti ikääntyneiden palveluissa "
         "ja varhaiskasvatuksessa, joissa henkilöstömenot ylittivät arvion.")

INCOME = ["Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Vuokratuotot", "Muut toimintatuotot"]
COSTS = ["Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet ja tavarat", "Avustukset", "Vuokrat",
         "Muut toimintakulut"]
BOARDS = ["Keskusvaalilautakunta", "Tarkastuslautakunta", "Kaupunginhallitus", "Sivistyslautakunta",
          "Tekninen lautakunta", "Ympäristölautakunta", "Rakennus- ja ympäristö-\nlautakunta", "Vapaa-aikalautakunta"]


def kaytto_rows(rng, scale, with_tp=True):
    """Käyttötalous rows: TP 2023, TP 2024, TA, Muutokset, TA+muutokset, Toteutuma, Poikkeama."""
    rows, heads = [], {}
    for kind, items, sign in (("TOIMINTATUOTOT", INCOME, 1), ("TOIMINTAKULUT", COSTS, -1)):
        its = []
        for it in items:
            ta = rnd(rng, 0.02 * scale, scale) * sign
            a = float(abs(ta))
            mu = rnd(rng, -0.1 * a, 0.15 * a) * sign if rng.random() < 0.5 else D(0)
            tot = ta + mu + rnd(rng, -0.12 * a, 0.12 * a) * sign
            tp = [ta + rnd(rng, -0.2 * a, 0.1 * a) * sign for _ in range(2)] if with_tp else []
            its.append(tp + [ta, mu, ta + mu, tot, tot - (ta + mu)])
        s = [sum(r[i] for r in its) for i in range(len(its[0]))]
        heads[kind] = s
        rows.append(Row(kind, s, bold=True))
        rows.extend(Row(lab, v, indent=1) for lab, v in zip(items, its))
    rows.append(Row("TOIMINTAKATE", [a + b for a, b in zip(heads["TOIMINTATUOTOT"], heads["TOIMINTAKULUT"])], bold=True))
    return rows


# ----------------------------------------------------------------- documents

def doc01(out):
    """Two-level spanning header bands: `Tilinpäätös` over 2023 | 2024 and `Talousarvio 2025` over
    TA | Muutokset | TA+muutokset, then Toteutuma and Poikkeama under a `2025` band; two boards on a
    portrait page, € integers, `-` negatives, thin rules."""
    rng = random.Random(201)
    name = "hold2-01-spanning-bands"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "4.3 Lautakuntien käyttötalous")
    heads = [["2023"], ["2024"], ["TA"], ["Muutokset"], ["TA+muutokset"], ["Toteutuma"], ["Poikkeama"]]
    cols = ["Tilinpäätös 2023", "Tilinpäätös 2024", "Talousarvio 2025 TA", "Talousarvio 2025 Muutokset",
            "Talousarvio 2025 TA+muutokset", "2025 Toteutuma", "2025 Poikkeama"]
    f = NF()
    for i, board in enumerate(["Sivistyslautakunta", "Tekninen lautakunta"]):
        t = Table("kaytto-%d" % (i + 1), board, cols, kaytto_rows(rng, 3_000_000 if i == 0 else 900_000),
                  [f] * 7, unit="€", identities=["TA+muutokset = TA + Muutokset", "Poikkeama = Toteutuma - TA+muutokset",
                                                  "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT"])
        lay = L(font="DejaVuCond", size=7.5, label_w=125, col_ws=[52, 52, 52, 52, 60, 56, 52],
                bands=[[("Tilinpäätös", 0, 1), ("Talousarvio 2025", 2, 4), ("2025", 5, 6)]], grid="hlines")
        ops = Ops()
        y = layout_table(t, lay, 50, y, ops, heads)
        ops.emit(d.cv)
        d.tables.append(t)
        y -= 22
    d.save()
    return name, d


def doc02(out):
    """Vertically merged group cells: the board name once in a left column, centred over its rows
    (long names wrapped in the cell), MENOT / TULOT / NETTOMENO in a second label column; full grid;
    TP 2024 … TS 2028; a total group at the end."""
    rng = random.Random(202)
    name = "hold2-02-merged-group-cells"
    d = Doc(os.path.join(out, name + ".pdf"), land=True, pageno="Sivu {n}")
    y = d.heading(50, d.H - 45, "Määrärahat toimielimittäin 2026–2028")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    rows, acc = [], None
    for b in BOARDS[:7]:
        m = [-rnd(rng, 50_000, 4_000_000) for _ in cols]
        tl = [rnd(rng, 0, 1_500_000) if rng.random() < 0.85 else D(0) for _ in cols]
        n = [a + c for a, c in zip(m, tl)]
        blk = [m, tl, n]
        acc = blk if acc is None else [[x + z for x, z in zip(A, B)] for A, B in zip(acc, blk)]
        g = b.replace("-\n", "")
        for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), blk):
            rows.append(Row(lab, v, group=g))
    for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), acc):
        rows.append(Row(lab, v, group="Yhteensä", bold=True))
    t = Table("maararahat", "Määrärahat ja tuloarviot", cols, rows, [NF()] * 5, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups"])
    # group names as printed (with their manual line break) for the merged cells
    printed = {b.replace("-\n", ""): b.replace("-\n", "-\n") for b in BOARDS[:7]}
    for r in rows:
        r.group_print = printed.get(r.group, r.group)
    lay = L(font="DejaVuSans", size=8, group_w=120, label_w=80, col_w=72, grid="full", header_fill=0.85)
    ops = Ops()
    # the merged cells print the group with its own line break
    saved = [r.group for r in rows]
    for r in rows:
        r.group = r.group_print
    layout_table(t, lay, 50, y, ops, [[c.split()[0], c.split()[1]] for c in cols])
    for r, g in zip(rows, saved):
        r.group = g
    ops.emit(d.cv)
    d.tables.append(t)
    d.save()
    return name, d


def doc03(out):
    """A table drawn rotated 90° (text running bottom to top) on an unrotated portrait page, as a
    landscape table pasted into a portrait report: tuloslaskelma over six periods in 1 000 € with one
    decimal; an upright heading and paragraph on the same page."""
    rng = random.Random(203)
    name = "hold2-03-rotated-table"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "Liite 2. Tuloslaskelma ja suunnitelmavuodet")
    d.para(50, y, "Taulukko on esitetty vaakasuunnassa. Luvut tuhansina euroina.", 330)
    t = statement_table(rng, "tuloslaskelma", "TULOSLASKELMA", ["TP 2023", "TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"],
                        NF(ndec=1), 80_000)
    lay = L(font="DejaVuSans", size=8, label_w=230, col_w=80, grid="hlines")
    ops = Ops()
    layout_table(t, lay, 0, 0, ops, [c.split() for c in t.columns])
    d.cv.saveState()
    d.cv.translate(400, 60)     # table's x axis runs up the page, its y axis to the right
    d.cv.rotate(90)
    ops.emit(d.cv)
    d.cv.restoreState()
    d.tables.append(t)
    d.save()
    return name, d


def statement_table(rng, tid, caption, periods, f, scale):
    cols = []
    for _ in periods:
        v = {}
        v["Toimintatuotot"] = rnd(rng, 0.15 * scale, 0.25 * scale, f.ndec)
        v["Toimintakulut"] = -rnd(rng, 0.9 * scale, scale, f.ndec)
        v["Toimintakate"] = v["Toimintatuotot"] + v["Toimintakulut"]
        v["Verotulot"] = rnd(rng, 0.55 * scale, 0.65 * scale, f.ndec)
        v["Valtionosuudet"] = rnd(rng, 0.2 * scale, 0.3 * scale, f.ndec)
        v["Rahoitustuotot ja -kulut"] = rnd(rng, -0.01 * scale, 0.004 * scale, f.ndec)
        v["Vuosikate"] = v["Toimintakate"] + v["Verotulot"] + v["Valtionosuudet"] + v["Rahoitustuotot ja -kulut"]
        v["Poistot ja arvonalentumiset"] = -rnd(rng, 0.03 * scale, 0.05 * scale, f.ndec)
        v["Tilikauden tulos"] = v["Vuosikate"] + v["Poistot ja arvonalentumiset"]
        v["Poistoeron muutos"] = rnd(rng, 0, 0.002 * scale, f.ndec)
        v["Tilikauden ylijäämä (alijäämä)"] = v["Tilikauden tulos"] + v["Poistoeron muutos"]
        cols.append(v)
    bold = {"Toimintakate", "Vuosikate", "Tilikauden tulos", "Tilikauden ylijäämä (alijäämä)"}
    rows = [Row(k, [c[k] for c in cols], bold=k in bold) for k in cols[0]]
    return Table(tid, caption, periods, rows, [f] * len(periods), unit="1 000 €",
                 identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                             "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                             "Tilikauden tulos = Vuosikate + Poistot ja arvonalentumiset"])


def doc04(out):
    """DTP content order: the määrärahat table's content stream draws the label column top to bottom,
    then each value column top to bottom (InDesign threads); the tase below draws its text runs in a
    scrambled order. Both look ordinary on the page."""
    rng = random.Random(204)
    name = "hold2-04-stream-order"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "Talousarvion toteutuminen 1.1.–31.8.2025")
    cols = ["TA 2025", "TA+muutokset", "TOT 1–8/2025", "Poikkeama"]
    rows = []
    for b in ["Kaupunginhallitus", "Sivistyslautakunta", "Perusturvalautakunta", "Tekninen lautakunta"]:
        m = -rnd(rng, 2_000_000, 40_000_000)
        mm = m - rnd(rng, 0, 1_000_000)
        tm = q(mm * D("0.66") + rnd(rng, -300_000, 300_000), 0)
        tu = rnd(rng, 100_000, 6_000_000)
        tt = tu
        ttot = q(tt * D("0.64") + rnd(rng, -100_000, 100_000), 0)
        me = [m, mm, tm, tm - mm]
        tl = [tu, tt, ttot, ttot - tt]
        rows.append(Row("Menot", me, group=b, indent=1))
        rows.append(Row("Tulot", tl, group=b, indent=1))
        rows.append(Row("Netto", [a + c for a, c in zip(me, tl)], group=b, indent=1, bold=True))
    t = Table("toteutuminen", "Käyttötalous toimielimittäin", cols, [], [NF()] * 4, unit="€",
              identities=["Netto = Menot + Tulot", "Poikkeama = TOT - TA+muutokset"])
    # group heading rows (no values) printed above each block
    body = []
    for i in range(0, len(rows), 3):
        body.append(Row(rows[i].group, [None] * 4, bold=True))
        body.extend(rows[i:i + 3])
    t.rows = body
    lay = L(font="DejaVuSans", size=8, label_w=170, col_w=78, grid="hlines")
    ops = Ops()
    y = layout_table(t, lay, 50, y, ops, [["TA", "2025"], ["TA+", "muutokset"], ["TOT", "1–8/2025"], ["Poikkeama", ""]])
    ops.emit(d.cv, "columns")
    d.tables.append(t)
    y -= 26
    # tase, scrambled
    sides = []
    tc = ["31.8.2025", "31.12.2024"]
    items = [("PYSYVÄT VASTAAVAT", True), ("Aineettomat hyödykkeet", False), ("Aineelliset hyödykkeet", False),
             ("Sijoitukset", False), ("VAIHTUVAT VASTAAVAT", True), ("Saamiset", False), ("Rahat ja pankkisaamiset", False)]
    vals = {k: [rnd(rng, 100_000, 30_000_000, 2) for _ in tc] for k, b in items if not b}
    vals["PYSYVÄT VASTAAVAT"] = [sum(vals[k][i] for k in ("Aineettomat hyödykkeet", "Aineelliset hyödykkeet", "Sijoitukset")) for i in range(2)]
    vals["VAIHTUVAT VASTAAVAT"] = [sum(vals[k][i] for k in ("Saamiset", "Rahat ja pankkisaamiset")) for i in range(2)]
    vals["VASTAAVAA YHTEENSÄ"] = [vals["PYSYVÄT VASTAAVAT"][i] + vals["VAIHTUVAT VASTAAVAT"][i] for i in range(2)]
    items.append(("VASTAAVAA YHTEENSÄ", True))
    t2 = Table("tase-vastaavaa", "Tase, vastaavaa", tc, [Row(k, vals[k], bold=b, indent=0 if b else 1) for k, b in items],
               [NF(ndec=2)] * 2, unit="€", identities=["VASTAAVAA YHTEENSÄ = PYSYVÄT + VAIHTUVAT"])
    lay2 = L(font="DejaVuSerifCond", size=9, label_w=230, col_w=100)
    ops2 = Ops()
    layout_table(t2, lay2, 50, y, ops2, [[c] for c in tc])
    ops2.emit(d.cv, "scrambled", random.Random(2041))
    d.tables.append(t2)
    d.save()
    return name, d


def doc05(out):
    """Excel export: full grid, zero printed as `–` (en dash) in one table and `-` in the other,
    right-aligned numbers, column headers rotated 90° in a tall header row, condensed sans."""
    rng = random.Random(205)
    name = "hold2-05-excel-dash-rotated-headers"
    d = Doc(os.path.join(out, name + ".pdf"))
    y = d.heading(40, d.H - 40, "Investointiosa, talousarvio 2026", 11)
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    projects = ["Koulukeskuksen peruskorjaus", "Päiväkoti Tähtösen uudisrakennus", "Katuvalaistuksen saneeraus",
                "Uimahallin ilmanvaihto", "Kirjaston esteettömyys", "Teollisuusalueen kunnallistekniikka",
                "Kevyen liikenteen väylät", "Jätevedenpuhdistamo", "Urheilukentän tekonurmi", "Paloaseman laajennus"]
    rows = []
    for p in projects:
        rows.append(Row(p, [(-rnd(rng, 20_000, 3_000_000)) if rng.random() < 0.6 else D(0) for _ in cols]))
    rows.append(Row("Investoinnit yhteensä", [sum(r.values[i] for r in rows) for i in range(5)], bold=True))
    t = Table("investoinnit", "Investoinnit hankkeittain", cols, rows, [NF(zero="–")] * 5, unit="€",
              identities=["Investoinnit yhteensä = sum of the projects"])
    lay = L(font="DejaVuCond", size=8, label_w=190, col_w=64, grid="full", header_angle=90, header_h=48)
    ops = Ops()
    y = layout_table(t, lay, 40, y, ops, [[c] for c in cols])
    ops.emit(d.cv)
    d.tables.append(t)
    y -= 24
    cols2 = ["Menot TA 2026", "Tulot TA 2026", "Netto TA 2026", "Menot TS 2027", "Tulot TS 2027", "Netto TS 2027"]
    rows2 = []
    for b in ["Hallintopalvelut", "Sivistyspalvelut", "Tekniset palvelut", "Ympäristöpalvelut", "Vapaa-aikapalvelut"]:
        v = []
        for _ in range(2):
            m = -rnd(rng, 100_000, 9_000_000)
            tu = rnd(rng, 10_000, 2_000_000) if rng.random() < 0.6 else D(0)
            v += [m, tu, m + tu]
        rows2.append(Row(b, v))
    rows2.append(Row("Yhteensä", [sum(r.values[i] for r in rows2) for i in range(6)], bold=True))
    t2 = Table("kayttotalous", "Käyttötalous palvelualueittain", cols2, rows2, [NF(zero="-")] * 6, unit="€",
               identities=["Netto = Menot + Tulot", "Yhteensä = sum of rows"])
    lay2 = L(font="DejaVuCond", size=8, label_w=150, col_w=58, grid="full", header_angle=90, header_h=62)
    ops2 = Ops()
    layout_table(t2, lay2, 40, y, ops2, [c.split(" ", 1) for c in cols2])
    ops2.emit(d.cv)
    d.tables.append(t2)
    d.save()
    return name, d


def doc06(out):
    """Row labels with numbers, years and account ranges in them (`2.1 Toimintatuotot`,
    `3000–3999 Myyntituotot`, `Lainat 31.12.2024`, `Asukasluku 2024`) and Muutos-% printed with an
    explicit plus `+12,5 %`."""
    rng = random.Random(206)
    name = "hold2-06-numbered-labels-plus"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "2 Tuloslaskelmaosa tililuokittain")
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%"]
    accts = [("3000–3199 Myyntituotot", 1), ("3200–3399 Maksutuotot", 1), ("3400–3599 Tuet ja avustukset", 1),
             ("3600–3999 Muut toimintatuotot", 1), ("4000–4399 Henkilöstökulut", -1), ("4400–4799 Palvelujen ostot", -1),
             ("4800–4999 Aineet, tarvikkeet ja tavarat", -1), ("5000–5499 Avustukset", -1), ("5500–5999 Muut toimintakulut", -1)]
    rows = []
    vals = {}
    for lab, s in accts:
        v = [rnd(rng, 100_000, 20_000_000) * s for _ in range(3)]
        vals[lab] = v
    inc = [sum(vals[l][i] for l, s in accts if s > 0) for i in range(3)]
    cst = [sum(vals[l][i] for l, s in accts if s < 0) for i in range(3)]
    def r4(lab, v, **kw):
        return Row(lab, v + [pct(v[2] - v[1], abs(v[1]))], **kw)
    rows.append(r4("2.1 Toimintatuotot", inc, bold=True))
    rows += [r4(l, vals[l], indent=1) for l, s in accts if s > 0]
    rows.append(r4("2.2 Toimintakulut", cst, bold=True))
    rows += [r4(l, vals[l], indent=1) for l, s in accts if s < 0]
    rows.append(r4("2.3 Toimintakate", [a + b for a, b in zip(inc, cst)], bold=True))
    t = Table("tuloslaskelmaosa", "Tuloslaskelmaosa", cols, rows, [NF()] * 3 + [NF(ndec=1, suffix=" %", plus=True)],
              unit="€", identities=["2.3 Toimintakate = 2.1 + 2.2", "Muutos-% = (TA 2026 - TA 2025) / |TA 2025|"])
    lay = L(font="DejaVuSans", size=8, label_w=200, col_ws=[72, 72, 72, 60], grid="hlines")
    ops = Ops()
    y = layout_table(t, lay, 50, y, ops, [c.split() for c in cols])
    ops.emit(d.cv)
    d.tables.append(t)
    y -= 26
    cols2 = ["2023", "2024", "Muutos"]
    kf = []
    pop = [rnd(rng, 8000, 30000), None]
    pop[1] = pop[0] + rnd(rng, -400, 300)
    loans = [rnd(rng, 20_000, 90_000, 1), None]
    loans[1] = loans[0] + rnd(rng, -5000, 9000, 1)
    kf.append(Row("Asukasluku 31.12.", pop + [pop[1] - pop[0]], fmts=[NF(), NF(), NF(plus=True)]))
    kf.append(Row("Lainat 31.12.2024, 1 000 €", loans + [loans[1] - loans[0]], fmts=[NF(ndec=1)] * 2 + [NF(ndec=1, plus=True)]))
    per = [q(loans[i] * 1000 / pop[i], 0) for i in range(2)]
    kf.append(Row("Lainat 2024 €/asukas", per + [per[1] - per[0]], fmts=[NF(), NF(), NF(plus=True)]))
    tax = [D("21.50"), D("22.00")]
    kf.append(Row("Tuloveroprosentti 2024", tax + [tax[1] - tax[0]], fmts=[NF(ndec=2)] * 2 + [NF(ndec=2, plus=True)]))
    vk = [rnd(rng, -200, 600), rnd(rng, -200, 600)]
    kf.append(Row("Vuosikate 1 000 €", vk + [vk[1] - vk[0]], fmts=[NF(), NF(), NF(plus=True)]))
    t2 = Table("tunnusluvut", "Tunnuslukuja", cols2, kf, [NF()] * 3, unit=None, identities=["Muutos = 2024 - 2023"])
    lay2 = L(font="DejaVuSans", size=8, label_w=200, col_w=70, grid="none")
    ops2 = Ops()
    layout_table(t2, lay2, 50, y, ops2, [[c] for c in cols2])
    ops2.emit(d.cv)
    d.tables.append(t2)
    d.save()
    return name, d


def doc07(out):
    """A total row printed ABOVE its items (`Investoinnit yhteensä` first, each group's total on the
    group's first line), and a key-figure table with a per-column unit row (1 000 € | € | %)."""
    rng = random.Random(207)
    name = "hold2-07-total-above-unit-row"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "Investoinnit ja palvelujen kustannukset")
    cols = ["TA 2025", "Toteutuma", "Poikkeama"]
    groups = {"Talonrakennus": ["Koulukeskus", "Päiväkoti Tähtönen", "Paloasema"],
              "Kunnallistekniikka": ["Kadut", "Vesihuolto", "Puistot", "Satama"],
              "Irtain omaisuus": ["ICT-hankinnat", "Koneet ja kalusto"]}
    body, tot = [], [D(0)] * 3
    for g, its in groups.items():
        vs = []
        for it in its:
            ta = rnd(rng, 50_000, 3_000_000)
            tt = ta + rnd(rng, -300_000, 200_000)
            vs.append(Row(it, [ta, tt, tt - ta], indent=1, group=g + " yhteensä"))
        s = [sum(r.values[i] for r in vs) for i in range(3)]
        tot = [a + b for a, b in zip(tot, s)]
        body.append(Row(g + " yhteensä", s, bold=True))
        body += vs
    rows = [Row("Investoinnit yhteensä", tot, bold=True)] + body
    t = Table("investoinnit", "Investointien toteutuminen", cols, rows, [NF()] * 3, unit="€",
              identities=["Investoinnit yhteensä (first row) = sum of the group totals",
                          "each group total (first row of the group) = sum of its items", "Poikkeama = Toteutuma - TA"])
    for r in t.rows:
        if r.indent:
            r.group = None
    lay = L(font="DejaVuSerif", size=8.5, label_w=200, col_w=80, grid="hlines")
    ops = Ops()
    y = layout_table(t, lay, 50, y, ops, [[c] for c in cols])
    ops.emit(d.cv)
    d.tables.append(t)
    y -= 26
    cols2 = ["Kustannukset", "Asukasta kohden", "Osuus"]
    svc = ["Perusopetus", "Varhaiskasvatus", "Lukiokoulutus", "Kirjastopalvelut", "Liikuntapalvelut", "Nuorisopalvelut"]
    pop = 21_400
    costs = [rnd(rng, 500, 40_000, 1) for _ in svc]
    total = sum(costs)
    rows2 = [Row("Palvelut yhteensä", [total, q(total * 1000 / pop, 0), D("100.0")], bold=True)]
    for s, c in zip(svc, costs):
        rows2.append(Row(s, [c, q(c * 1000 / pop, 0), q(c / total * 100, 1)], indent=1))
    t2 = Table("kustannukset", "Palvelujen nettokustannukset 2024", cols2, rows2,
               [NF(ndec=1), NF(), NF(ndec=1)], unit=None, identities=["Palvelut yhteensä = sum of the services (1 000 €)"])
    lay2 = L(font="DejaVuSerif", size=8.5, label_w=200, col_w=90, grid="hlines", unit_row=["1 000 €", "€", "%"])
    ops2 = Ops()
    layout_table(t2, lay2, 50, y, ops2, [["Kustannukset"], ["Asukasta", "kohden"], ["Osuus"]])
    ops2.emit(d.cv)
    d.tables.append(t2)
    d.save()
    return name, d


def doc08(out):
    """A wide table split across two pages BY COLUMNS: page 1 has the labels and TP 2022 … TA 2025,
    page 2 repeats the labels with TA 2026 … TS 2029 under `Tuloslaskelma (jatkuu)`; one table in
    the truth, all eight periods."""
    rng = random.Random(208)
    name = "hold2-08-split-by-columns"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}", running="Ruskealan kunta – Talousarvio 2026")
    per = ["TP 2022", "TP 2023", "TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    t = statement_table(rng, "tuloslaskelma", "Tuloslaskelma", per, NF(ndec=1), 120_000)
    lay = L(font="DejaVuSans", size=8, label_w=190, col_w=76, grid="hlines")
    y = d.heading(50, d.H - 60, "5 Tuloslaskelma 2022–2029")
    ops = Ops()
    layout_table(t, lay, 50, y, ops, [c.split() for c in per], cols=[0, 1, 2, 3])
    ops.emit(d.cv)
    d.new_page()
    y = d.H - 60
    ops = Ops()
    cap = t.caption
    t.caption = "Tuloslaskelma (jatkuu)"
    layout_table(t, lay, 50, y, ops, [c.split() for c in per], cols=[4, 5, 6, 7])
    t.caption = cap
    ops.emit(d.cv)
    d.tables.append(t)
    d.save()
    return name, d


def doc09(out):
    """A two-column prose page with a table spanning both columns between the prose blocks
    (määrärahat: TA 2025, TA+muutokset, TOT, Poikkeama, Käyttö-%), and prose continuing in two
    columns below it."""
    rng = random.Random(209)
    name = "hold2-09-two-column-prose-table"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "3 Perusturvalautakunta")
    colw = 235
    y1 = d.para(50, y, PROSE + " " + PROSE[:180], colw)
    y2 = d.para(50 + colw + 25, y, PROSE[::-1][:0] + PROSE.replace("Kunnan", "Lautakunnan") + " Tavoitteet toteutuivat.", colw)
    y = min(y1, y2) - 10
    cols = ["TA 2025", "TA+muutokset", "TOT 2025", "Poikkeama", "Käyttö-%"]
    rows = []
    for b in ["Hallinto", "Vanhuspalvelut", "Vammaispalvelut", "Sosiaalityö"]:
        m = -rnd(rng, 300_000, 20_000_000)
        mm = m - (rnd(rng, 0, 500_000) if rng.random() < 0.5 else 0)
        tm = mm + rnd(rng, -400_000, 500_000)
        tu = rnd(rng, 20_000, 3_000_000)
        tt = tu + rnd(rng, -100_000, 100_000)
        for lab, v in (("Menot", [m, mm, tm]), ("Tulot", [tu, tu, tt])):
            rows.append(Row(lab, v + [v[2] - v[1], pct(v[2], v[1])], group=b, indent=1))
        n = [m + tu, mm + tu, tm + tt]
        rows.append(Row("Netto", n + [n[2] - n[1], pct(n[2], n[1])], group=b, indent=1, bold=True))
    body = []
    for i in range(0, len(rows), 3):
        body.append(Row(rows[i].group, [None] * 5, bold=True))
        body += rows[i:i + 3]
    t = Table("maararahat", "Määrärahojen toteutuminen", cols, body, [NF()] * 4 + [NF(ndec=1)], unit="€",
              identities=["Netto = Menot + Tulot", "Poikkeama = TOT - TA+muutokset"])
    lay = L(font="DejaVuSans", size=8, label_w=150, col_ws=[70, 78, 70, 70, 52], grid="hlines")
    ops = Ops()
    y = layout_table(t, lay, 50, y, ops, [["TA", "2025"], ["TA+", "muutokset"], ["TOT", "2025"], ["Poikkeama", ""], ["Käyttö-", "%"]])
    ops.emit(d.cv)
    d.tables.append(t)
    y -= 16
    d.para(50, y, PROSE, colw)
    d.para(50 + colw + 25, y, PROSE.replace("Kunnan", "Kaupungin"), colw)
    d.save()
    return name, d


def doc10(out):
    """Hyphenated labels: names wrapped in a narrow label column with a hyphen at the break
    (`Ympäristöterveyden-` / `huolto`), a soft hyphen U+00AD drawn at the break (`Elinvoima\u00ad` /
    `palvelut`), a real hyphen kept (`Konserni-` / `ja tukipalvelut`); values on the last line."""
    rng = random.Random(210)
    name = "hold2-10-hyphenated-labels"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    y = d.heading(50, d.H - 50, "Käyttötalous palvelualueittain")
    items = [("Konserni- ja tukipalvelut", ["Konserni-", "ja tukipalvelut"]),
             ("Elinvoimapalvelut", ["Elinvoima\u00ad", "palvelut"]),
             ("Ympäristöterveydenhuolto", ["Ympäristöterveyden-", "huolto"]),
             ("Kirjasto", ["Kirjasto"]),
             ("Varhaiskasvatuspalvelut", ["Varhaiskasvatus-", "palvelut"]),
             ("Maaseutu- ja lomituspalvelut", ["Maaseutu- ja", "lomituspalvelut"]),
             ("Rakennusvalvonta", ["Rakennus\u00ad", "valvonta"]),
             ("Liikuntapalvelut", ["Liikuntapalvelut"])]
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos"]
    rows = []
    for lab, lines in items:
        v = [-rnd(rng, 100_000, 9_000_000) for _ in range(3)]
        rows.append(Row(lab, v + [v[2] - v[1]], lines=lines))
    rows.append(Row("Yhteensä", [sum(r.values[i] for r in rows) for i in range(4)], bold=True))
    t = Table("palvelualueet", "Nettomenot palvelualueittain", cols, rows, [NF()] * 4, unit="€",
              identities=["Yhteensä = sum of rows", "Muutos = TA 2026 - TA 2025"])
    lay = L(font="DejaVuSans", size=8.5, label_w=110, col_w=78, grid="hlines")
    ops = Ops()
    layout_table(t, lay, 50, y, ops, [c.split() for c in cols])
    ops.emit(d.cv)
    d.tables.append(t)
    d.save()
    return name, d


def doc11(out):
    """Three-level header: `Talousarvio 2025` over everything, `Menot` / `Tulot` / `Netto` bands
    each over TA | TOT; one row per board (no group rows); landscape, condensed font."""
    rng = random.Random(211)
    name = "hold2-11-three-level-header"
    d = Doc(os.path.join(out, name + ".pdf"), land=True, pageno="{n}")
    y = d.heading(50, d.H - 45, "Toimielinten määrärahat ja toteutuma 1–6/2025")
    cols = ["Menot TA", "Menot TOT", "Tulot TA", "Tulot TOT", "Netto TA", "Netto TOT"]
    rows = []
    for b in ["Keskusvaalilautakunta", "Tarkastuslautakunta", "Kaupunginhallitus", "Sivistyslautakunta",
              "Perusturvalautakunta", "Tekninen lautakunta", "Ympäristölautakunta"]:
        m = -rnd(rng, 20_000, 30_000_000)
        mt = q(m * D("0.5") + rnd(rng, -50_000, 50_000), 0)
        tu = rnd(rng, 0, 4_000_000)
        tt = q(tu * D("0.45"), 0)
        rows.append(Row(b, [m, mt, tu, tt, m + tu, mt + tt]))
    rows.append(Row("Yhteensä", [sum(r.values[i] for r in rows) for i in range(6)], bold=True))
    t = Table("maararahat", "Määrärahat", ["Talousarvio 2025 " + c for c in cols], rows, [NF(thou="\u00a0")] * 6,
              unit="€", identities=["Netto = Menot + Tulot (TA and TOT)", "Yhteensä = sum of rows"])
    lay = L(font="DejaVuCond", size=8, label_w=170, col_w=78, grid="hlines",
            bands=[[("Talousarvio 2025", 0, 5)], [("Menot", 0, 1), ("Tulot", 2, 3), ("Netto", 4, 5)]])
    ops = Ops()
    layout_table(t, lay, 50, y, ops, [["TA"], ["TOT"]] * 3)
    ops.emit(d.cv)
    d.tables.append(t)
    d.save()
    return name, d


def doc12(out):
    """A table rotated the other way (-90°, text running top to bottom) on a portrait page, its
    content stream in column order: rahoituslaskelma, € with cents, two years."""
    rng = random.Random(212)
    name = "hold2-12-rotated-270-columns"
    d = Doc(os.path.join(out, name + ".pdf"), pageno="{n}")
    c = []
    for _ in range(2):
        v = {}
        v["Vuosikate"] = rnd(rng, -2_000_000, 6_000_000, 2)
        v["Tulorahoituksen korjauserät"] = -rnd(rng, 0, 400_000, 2)
        v["Investointimenot"] = -rnd(rng, 2_000_000, 9_000_000, 2)
        v["Rahoitusosuudet investointimenoihin"] = rnd(rng, 0, 900_000, 2)
        v["Toiminnan ja investointien rahavirta"] = sum(v.values())
        v["Pitkäaikaisten lainojen lisäys"] = rnd(rng, 0, 6_000_000, 2)
        v["Pitkäaikaisten lainojen vähennys"] = -rnd(rng, 1_000_000, 4_000_000, 2)
        v["Rahoituksen rahavirta"] = v["Pitkäaikaisten lainojen lisäys"] + v["Pitkäaikaisten lainojen vähennys"]
        v["Rahavarojen muutos"] = v["Toiminnan ja investointien rahavirta"] + v["Rahoituksen rahavirta"]
        c.append(v)
    bold = {"Toiminnan ja investointien rahavirta", "Rahoituksen rahavirta", "Rahavarojen muutos"}
    t = Table("rahoituslaskelma", "RAHOITUSLASKELMA", ["2025", "2024"],
              [Row(k, [x[k] for x in c], bold=k in bold) for k in c[0]], [NF(ndec=2)] * 2, unit="€",
              identities=["Rahavarojen muutos = both rahavirrat"])
    y = d.heading(50, d.H - 50, "Liite 4")
    lay = L(font="DejaVuCond", size=9, label_w=260, col_w=100, grid="hlines")
    ops = Ops()
    layout_table(t, lay, 0, 0, ops, [["2025"], ["2024"]])
    d.cv.saveState()
    d.cv.translate(400, 720)       # table's x axis runs down the page, its y axis to the left
    d.cv.rotate(-90)
    ops.emit(d.cv, "columns")
    d.cv.restoreState()
    d.tables.append(t)
    d.save()
    return name, d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def page_digits(pdf):
    """Digits of every page from pdftotext -layout and -raw (rotated text comes out in one of them)."""
    out = []
    for mode in ("-layout", "-raw"):
        pages = subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True).stdout.split("\f")
        for i, pg in enumerate(pages):
            dg = re.sub(r"[^0-9\n]", "", pg).replace("\n", "|")
            if i < len(out):
                out[i] += "#" + dg
            else:
                out.append(dg)
    return out


def selfcheck(out, names):
    """Every truth number's digits are printed on its table's pages; NETTO(MENOT) identities hold."""
    bad = 0
    for name in names:
        tf = os.path.join(out, name + ".truth.json")
        t = json.load(open(tf, encoding="utf-8"))
        digits = page_digits(tf[: -len(".truth.json")] + ".pdf")
        for tb in t["tables"]:
            near = digits[tb["page"] - 1: tb["page"] + 1]
            lab = {}
            for r in tb["rows"]:
                assert len(r["values"]) == len(tb["columns"]), (name, tb["id"], r["label"])
                lab[(r.get("group"), r["label"].lower())] = r["values"]
                for v in r["values"]:
                    if isinstance(v, str) and not any(v.replace("-", "").replace(".", "") in pg for pg in near):
                        bad += 1
                        print("selfcheck: %s %s %r: %s not on its page" % (name, tb["id"], r["label"], v))
            for (g, l), v in lab.items():
                if l in ("netto", "nettomeno") and (g, "menot") in lab and (g, "tulot") in lab:
                    for a, b, n, cn in zip(lab[(g, "menot")], lab[(g, "tulot")], v, tb["columns"]):
                        if all(isinstance(x, str) for x in (a, b, n)) and "%" not in cn and D(a) + D(b) != D(n):
                            bad += 1
                            print("selfcheck: %s %s %s %s: NETTO != MENOT + TULOT" % (name, tb["id"], g, cn))
    return bad


def main():
    args = sys.argv[1:]
    only = None
    if args and args[0] == "--only":
        only = set(args[1].split(","))
        args = args[2:]
    out = args[0] if args else ".build-holdout/docs2"
    os.makedirs(out, exist_ok=True)
    register_fonts()
    names = []
    for mk in DOCS:
        if only and mk.__name__[3:] not in only:
            continue
        name, d = mk(out)
        truth = {"document": name + ".pdf",
                 "notes": "Hold-out set 2, truth by construction (tools/holdout/make_holdout2.py, %s): %s Every value "
                          "is the canonical decimal of the digits printed; a dash printed for zero is a text "
                          "placeholder; identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split())),
                 "tables": [t.truth() for t in d.tables]}
        with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        names.append(name)
        print("%-42s %d tables, %d pages" % (name, len(d.tables), d.page))
    bad = selfcheck(out, names)
    print("selfcheck: %d problems" % bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
