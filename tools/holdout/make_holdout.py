#!/usr/bin/env python3
"""Independent hold-out set for Luku: ~12 PDFs with truth by construction.

    make_holdout.py [OUTDIR]            (default .build-holdout/docs)

Needs reportlab (make holdout installs it into .build-holdout/venv). Deterministic: one fixed
seed per document; reportlab's invariant mode pins the creation date and document id.

The documents draw their content from shared/design/DOMAIN.md (operating budget follow-up,
unit tables MENOT/TULOT/NETTOMENO, tuloslaskelma, tase, investments, key figures) but their
LAYOUTS are chosen to differ from shared/synth (LibreOffice/WeasyPrint): every table is drawn
glyph run by glyph run on a reportlab canvas, as report engines and DTP tools do, with dotted
leaders, parenthesised / trailing-minus / U+2212 negatives, NBSP / thin / narrow / apostrophe
thousands, € with cents or 1 000 € with one decimal, decimal-aligned columns, multi-line
headers, zebra rows, full grids, side-by-side tables, continued tables, landscape and /Rotate 90
pages, small fonts, footnote marks after numbers, running headers and page numbers, a tase with
subtotals in a second column, digit groups placed as separate runs (no space glyph) and
per-glyph positioning.

Each NAME.pdf gets NAME.truth.json (shared/truth/FORMAT.md): every value is the canonical
decimal of the digits printed; identities are computed on the printed (rounded) values.
"""
import json
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

from reportlab import rl_config
rl_config.invariant = 1          # fixed dates / ids: byte-identical output on every run
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype"
FONTS = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
}


def register_fonts():
    for name, (reg, bold) in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, reg)))
        pdfmetrics.registerFont(TTFont(name + "-Bold", os.path.join(FONTDIR, bold)))


D = Decimal
ABLATE = {}      # attribute overrides for diagnostic variants: {"fmt.neg": "-", "layout.leaders": False, ...}

# ----------------------------------------------------------------- number formats


class Fmt:
    """How one column prints its numbers."""

    def __init__(self, thou=" ", ndec=0, neg="-", suffix="", zero=None, dec=","):
        self.thou, self.ndec, self.neg, self.suffix, self.zero, self.dec = thou, ndec, neg, suffix, zero, dec

        for k, v in ABLATE.items():          # --ablate: diagnostic variants, never in the hold-out set
            if k.startswith("fmt.") and hasattr(self, k[4:]):
                setattr(self, k[4:], v)

    def but(self, **kw):
        f = Fmt(self.thou, self.ndec, self.neg, self.suffix, self.zero, self.dec)
        for k, v in kw.items():
            setattr(f, k, v)
        return f


def q(v, ndec):
    return D(v).quantize(D(1).scaleb(-ndec), rounding=ROUND_HALF_UP)


def group_digits(intpart, sep):
    s = intpart
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return out if sep is None else sep.join(out)


def fmt_parts(v, f):
    """Decimal -> (sign_prefix, [digit groups], decimals_suffix, sign_suffix, canonical).

    The caller joins the groups with f.thou (or draws them as separate runs)."""
    v = q(v, f.ndec)
    neg = v < 0
    a = -v if neg else v
    s = "%.*f" % (f.ndec, a) if f.ndec else "%d" % a
    ip, _, dp = s.partition(".")
    groups = group_digits(ip, None)
    frac = (f.dec + dp) if f.ndec else ""
    pre = post = ""
    if neg:
        if f.neg == "paren":
            pre, post = "(", ")"
        elif f.neg == "trail":
            post = "-"
        else:
            pre = f.neg
    canon = ("-" if neg else "") + s
    return pre, groups, frac + post + f.suffix, canon


def fmt(v, f):
    pre, groups, post, canon = fmt_parts(v, f)
    return pre + f.thou.join(groups) + post, canon


# ----------------------------------------------------------------- model

class Row:
    def __init__(self, label, values, bold=False, indent=0, group=None, marks=None):
        self.label, self.values, self.bold, self.indent, self.group = label, values, bold, indent, group
        self.marks = marks or {}          # column index -> footnote mark printed after the number


class Table:
    def __init__(self, tid, caption, columns, rows, fmts, unit=None, identities=(), span=None):
        self.id, self.caption, self.columns, self.rows = tid, caption, columns, rows
        self.fmts, self.unit, self.identities = fmts, unit, list(identities)
        self.span = span                  # (text, first col, last col): a header over several columns
        self.page = None

    def truth(self):
        rows = []
        for r in self.rows:
            vals = []
            for v, f in zip(r.values, self.fmts):
                if v is None:
                    vals.append(None)
                elif isinstance(v, str):
                    vals.append({"text": v})
                else:
                    vals.append(fmt(v, f)[1])
            if all(x is None for x in vals):
                continue
            e = {"label": r.label, "values": vals}
            if r.group:
                e["group"] = r.group
            rows.append(e)
        return {"id": self.id, "page": self.page, "caption": self.caption,
                "columns": [" ".join(c) for c in self.columns], "unit": self.unit,
                "rows": rows, "identities": self.identities}


def rnd(rng, lo, hi, ndec=0):
    """Random value in [lo, hi] with ndec decimals, as a Decimal."""
    if ndec:
        return q(D(rng.randint(int(lo * 10 ** ndec), int(hi * 10 ** ndec))) / (10 ** ndec), ndec)
    return D(rng.randint(int(lo), int(hi)))


INCOME = ["Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Vuokratuotot", "Muut toimintatuotot"]
COSTS = ["Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet ja tavarat", "Avustukset",
         "Vuokrat", "Muut toimintakulut"]


def pct(a, b):
    if b == 0:
        return None
    return q(D(a) / D(b) * 100, 1)


def budget_followup(rng, tid, caption, scale, ndec, year, headers, upper=True, with_pct=True,
                    poik="tp-ta", fmt_main=None, fmt_pct=None, unit=None, marks=None):
    """Käyttötalous: TA, muutokset, TA+m, toteutuma, poikkeama (, tot-%)."""
    rows, sums = [], {}
    def line(label, ta, mu, tot, **kw):
        tam = ta + mu
        pk = (tot - tam) if poik == "tp-ta" else (tam - tot)
        vals = [ta, mu, tam, tot, pk]
        if with_pct:
            vals.append(pct(tot, tam))
        return Row(label, vals, **kw)
    for kind, items, sign in (("TOIMINTATUOTOT", INCOME, 1), ("TOIMINTAKULUT", COSTS, -1)):
        its = []
        for it in items:
            ta = rnd(rng, 0.02 * scale, scale, ndec) * sign
            a = float(abs(ta))
            mu = (rnd(rng, -0.1 * a, 0.15 * a, ndec) * sign) if rng.random() < 0.5 else D(0)
            mu = q(mu, ndec)
            tot = q(ta + mu + rnd(rng, -0.12 * a, 0.12 * a, ndec) * sign, ndec)
            its.append(line(it, ta, mu, tot, indent=1))
        tot = [sum(r.values[i] for r in its) for i in range(4)]
        head = line(kind if upper else kind.capitalize(), *[tot[0], tot[1], tot[3]], bold=True)
        sums[kind] = head
        rows.append(head)
        rows.extend(its)
    a, b = sums["TOIMINTATUOTOT"].values, sums["TOIMINTAKULUT"].values
    rows.append(line("TOIMINTAKATE" if upper else "Toimintakate", a[0] + b[0], a[1] + b[1], a[3] + b[3], bold=True))
    fm = fmt_main or Fmt(ndec=ndec)
    fmts = [fm] * 5 + ([fmt_pct or Fmt(ndec=1)] if with_pct else [])
    for i, r in enumerate(rows):
        if marks and r.label in marks:
            r.marks = marks[r.label]
    kate = "TOIMINTAKATE" if upper else "Toimintakate"
    tt, tk = ("TOIMINTATUOTOT", "TOIMINTAKULUT") if upper else ("Toimintatuotot", "Toimintakulut")
    ids = ["%s = %s + %s (every column but %%)" % (kate, tt, tk),
           "%s = sum of its items; %s = sum of its items" % (tt, tk),
           "%s = %s + %s" % (" ".join(headers[2]), " ".join(headers[0]), " ".join(headers[1])),
           "%s = %s" % (" ".join(headers[4]), ("Toteutuma - TA+muutokset" if poik == "tp-ta" else "TA+muutokset - Toteutuma"))]
    return Table(tid, caption, headers[: len(fmts)], rows, fmts, unit=unit, identities=ids)


def unit_table(rng, tid, caption, units, headers, ndec, scale, fmt_main, unit=None, total="Toimiala yhteensä",
               labels=("Menot", "Tulot", "Nettomenot"), pct_last=False, fmt_pct=None):
    """Cost centres, each MENOT / TULOT / NETTOMENO, then a total group."""
    rows, acc = [], None
    ncol = len(headers) - (1 if pct_last else 0)
    for u in units:
        m = [-rnd(rng, 0.05 * scale, scale, ndec) for _ in range(ncol)]
        t = [rnd(rng, 0, 0.4 * scale, ndec) if rng.random() < 0.8 else D(0) for _ in range(ncol)]
        n = [a + b for a, b in zip(m, t)]
        block = [m, t, n]
        acc = block if acc is None else [[x + y for x, y in zip(A, B)] for A, B in zip(acc, block)]
        rows.append(Row(u, [None] * len(headers), bold=True))
        for lab, vals in zip(labels, block):
            if pct_last:
                vals = vals + [pct(vals[-1], vals[-2])]
            rows.append(Row(lab, vals, indent=1, group=u))
    rows.append(Row(total, [None] * len(headers), bold=True))
    for lab, vals in zip(labels, acc):
        if pct_last:
            vals = vals + [pct(vals[-1], vals[-2])]
        rows.append(Row(lab, vals, indent=1, group=total, bold=True))
    fmts = [fmt_main] * ncol + ([fmt_pct or Fmt(ndec=1)] if pct_last else [])
    ids = ["%s = %s + %s in every group and column" % (labels[2], labels[0], labels[1]),
           "%s = sum of the groups above, row by row" % total]
    return Table(tid, caption, headers, rows, fmts, unit=unit, identities=ids)


def tuloslaskelma(rng, tid, caption, years, ndec, scale, fmt_main, unit=None, upper=True):
    """Two years of the municipal income statement; every subtotal by construction."""
    cols = []
    for _ in years:
        v = {}
        v["Toimintatuotot"] = rnd(rng, 0.15 * scale, 0.25 * scale, ndec)
        v["Toimintakulut"] = -rnd(rng, 0.9 * scale, scale, ndec)
        v["TOIMINTAKATE"] = v["Toimintatuotot"] + v["Toimintakulut"]
        v["Verotulot"] = rnd(rng, 0.55 * scale, 0.65 * scale, ndec)
        v["Valtionosuudet"] = rnd(rng, 0.2 * scale, 0.3 * scale, ndec)
        v["Korkotuotot"] = rnd(rng, 0.0005 * scale, 0.002 * scale, ndec)
        v["Muut rahoitustuotot"] = rnd(rng, 0.001 * scale, 0.01 * scale, ndec)
        v["Korkokulut"] = -rnd(rng, 0.002 * scale, 0.01 * scale, ndec)
        v["Muut rahoituskulut"] = -rnd(rng, 0, 0.001 * scale, ndec)
        v["Rahoitustuotot ja -kulut"] = sum(v[k] for k in ("Korkotuotot", "Muut rahoitustuotot", "Korkokulut", "Muut rahoituskulut"))
        v["VUOSIKATE"] = v["TOIMINTAKATE"] + v["Verotulot"] + v["Valtionosuudet"] + v["Rahoitustuotot ja -kulut"]
        v["Suunnitelman mukaiset poistot"] = -rnd(rng, 0.03 * scale, 0.05 * scale, ndec)
        v["Arvonalentumiset"] = -rnd(rng, 0, 0.004 * scale, ndec)
        v["Poistot ja arvonalentumiset"] = v["Suunnitelman mukaiset poistot"] + v["Arvonalentumiset"]
        v["TILIKAUDEN TULOS"] = v["VUOSIKATE"] + v["Poistot ja arvonalentumiset"]
        v["Poistoeron muutos"] = rnd(rng, 0, 0.002 * scale, ndec)
        v["Rahastojen muutos"] = -rnd(rng, 0, 0.002 * scale, ndec)
        v["TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)"] = v["TILIKAUDEN TULOS"] + v["Poistoeron muutos"] + v["Rahastojen muutos"]
        cols.append(v)
    order = [("Toimintatuotot", 0, False), ("Toimintakulut", 0, False), ("TOIMINTAKATE", 0, True),
             ("Verotulot", 0, False), ("Valtionosuudet", 0, False), ("Rahoitustuotot ja -kulut", 0, False),
             ("Korkotuotot", 1, False), ("Muut rahoitustuotot", 1, False), ("Korkokulut", 1, False),
             ("Muut rahoituskulut", 1, False), ("VUOSIKATE", 0, True), ("Poistot ja arvonalentumiset", 0, False),
             ("Suunnitelman mukaiset poistot", 1, False), ("Arvonalentumiset", 1, False),
             ("TILIKAUDEN TULOS", 0, True), ("Poistoeron muutos", 0, False), ("Rahastojen muutos", 0, False),
             ("TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)", 0, True)]
    rows = []
    for k, ind, bold in order:
        lab = k if upper else (k[0] + k[1:].lower() if k.isupper() or "(" in k else k)
        rows.append(Row(lab, [c[k] for c in cols], bold=bold, indent=ind))
    ids = ["Toimintakate = Toimintatuotot + Toimintakulut", "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
           "Rahoitustuotot ja -kulut = sum of its four items", "Tilikauden tulos = Vuosikate + Poistot ja arvonalentumiset",
           "Tilikauden ylijäämä = Tilikauden tulos + Poistoeron muutos + Rahastojen muutos"]
    return Table(tid, caption, [[y] if isinstance(y, str) else y for y in years], rows, [fmt_main] * len(years),
                 unit=unit, identities=ids)


# tase: (label, level, children); level-0 rows are headline groups, leaves are items
VASTAAVAA = [
    ("A PYSYVÄT VASTAAVAT", [
        ("I Aineettomat hyödykkeet", ["Aineettomat oikeudet", "Muut pitkävaikutteiset menot"]),
        ("II Aineelliset hyödykkeet", ["Maa- ja vesialueet", "Rakennukset", "Kiinteät rakenteet ja laitteet", "Koneet ja kalusto"]),
        ("III Sijoitukset", ["Osakkeet ja osuudet", "Muut lainasaamiset"]),
    ]),
    ("B TOIMEKSIANTOJEN VARAT", [("", ["Valtion toimeksiannot", "Lahjoitusrahastojen erityiskatteet"])]),
    ("C VAIHTUVAT VASTAAVAT", [
        ("I Vaihto-omaisuus", ["Aineet ja tarvikkeet"]),
        ("II Saamiset", ["Myyntisaamiset", "Muut saamiset", "Siirtosaamiset"]),
        ("III Rahat ja pankkisaamiset", []),
    ]),
]
VASTATTAVAA = [
    ("A OMA PÄÄOMA", [("", ["I Peruspääoma", "II Muut omat rahastot", "III Edellisten tilikausien ylijäämä (alijäämä)",
                             "IV Tilikauden ylijäämä (alijäämä)"])]),
    ("B POISTOERO JA VAPAAEHTOISET VARAUKSET", [("", ["Poistoero"])]),
    ("C PAKOLLISET VARAUKSET", [("", ["Muut pakolliset varaukset"])]),
    ("D TOIMEKSIANTOJEN PÄÄOMAT", [("", ["Lahjoitusrahastojen pääomat"])]),
    ("E VIERAS PÄÄOMA", [
        ("I Pitkäaikainen", ["Lainat rahoitus- ja vakuutuslaitoksilta", "Liittymismaksut ja muut velat"]),
        ("II Lyhytaikainen", ["Lainat rahoitus- ja vakuutuslaitoksilta", "Ostovelat", "Muut velat", "Siirtovelat"]),
    ]),
]


def tase_values(rng, spec, ndec, scale, plug=None, target=None):
    vals = {}
    for top, subs in spec:
        for sub, items in subs:
            for it in items:
                vals[(top, sub, it)] = rnd(rng, 0.001 * scale, 0.2 * scale, ndec)
            if not items:
                vals[(top, sub, None)] = rnd(rng, 0.001 * scale, 0.05 * scale, ndec)
    if plug is not None:
        rest = sum(v for k, v in vals.items() if k != plug)
        vals[plug] = target - rest
    return vals


def tase_rows(spec, cols, second_col=False):
    """Rows of one side. Normal: headline and sub-group rows carry their sums, items indented.
    second_col: items in the 1st column of each year, the group's sum in the 2nd column on the
    group's last item line; headline rows have no values."""
    rows = []
    ny = len(cols)
    def vsum(pred):
        return [sum(v for k, v in c.items() if pred(k)) for c in cols]
    for top, subs in spec:
        tv = vsum(lambda k: k[0] == top)
        if not second_col:
            rows.append(Row(top, tv, bold=True))
        else:
            rows.append(Row(top, [None] * (2 * ny), bold=True))
        for sub, items in subs:
            grp = sub or top
            if sub:
                sv = vsum(lambda k: k[0] == top and k[1] == sub)
                if not second_col:
                    rows.append(Row(sub, sv, bold=bool(items), indent=1, group=top))
                elif not items:
                    rows.append(Row(sub, [x for v in sv for x in (None, v)], indent=1, group=top))
                else:
                    rows.append(Row(sub, [None] * (2 * ny), indent=1, bold=True, group=top))
            for i, it in enumerate(items):
                iv = [c[(top, sub, it)] for c in cols]
                if not second_col:
                    rows.append(Row(it, iv, indent=2 if sub else 1, group=grp))
                else:
                    last = i == len(items) - 1
                    gv = vsum(lambda k: k[0] == top and k[1] == sub)
                    cells = []
                    for y in range(ny):
                        cells += [iv[y], gv[y] if last else None]
                    rows.append(Row(it, cells, indent=2 if sub else 1, group=grp))
    return rows


# ----------------------------------------------------------------- drawing

class Layout:
    def __init__(self, **kw):
        self.font = "DejaVuSans"
        self.size = 8.0
        self.lead = None
        self.label_w = 200
        self.col_w = 62
        self.col_ws = None
        self.leaders = False           # dotted leader from label to first value column
        self.leader_style = "dots"     # dots: spaced single-dot runs | run: one string of dots
        self.grid = "none"             # none | full | hlines | frame
        self.zebra = False
        self.align = "right"           # right | decimal
        self.header_align = "right"    # right | center
        self.header_fill = None
        self.header_bold = True
        self.repeat_header = True
        self.cont_caption = None       # caption printed above a continued part, e.g. "(jatkuu)"
        self.indent_pt = 10
        self.gap_groups = False        # digit groups drawn as separate runs, no space glyph
        self.per_glyph = False         # every glyph positioned on its own
        self.unit_place = "header"     # header (a line under the column headers) | caption | above
        self.caption_size = 10
        self.mark_style = "inline"     # inline "1 234 1)" | super (smaller, raised)
        self.wrap_labels = False
        self.bold_font = None
        for k, v in kw.items():
            if not hasattr(self, k):
                raise KeyError(k)
            setattr(self, k, v)
        for k, v in ABLATE.items():
            if k.startswith("layout.") and hasattr(self, k[7:]):
                setattr(self, k[7:], v)
        if self.lead is None:
            self.lead = self.size * 1.45

    def fb(self, bold):
        return self.font + ("-Bold" if bold else "")


class Doc:
    def __init__(self, path, pagesize=A4, land=False, running=None, pageno=None, margin=50, title=None):
        self.path = path
        self.cv = canvas.Canvas(path, pagesize=A4, invariant=1)
        if title:
            self.cv.setTitle(title)
        self.cv.setAuthor("Luku hold-out generator")
        self.running, self.pageno, self.margin = running, pageno, margin
        for k, v in ABLATE.items():
            if k.startswith("doc."):
                setattr(self, k[4:], None if v in ("", "None") else v)
        self.intro_pages = 0           # --ablate doc.intro_pages=N: N prose pages first (a longer document)
        for k, v in ABLATE.items():
            if k == "doc.intro_pages":
                self.intro_pages = int(v)
        self.page = 0
        self.tables = []
        self.footnotes = []
        self.rotate = False
        self.start_page(land)
        for i in range(self.intro_pages):
            self.text("%d Toimintakertomus" % (i + 1), 13, bold=True, gap=8)
            for _ in range(6):
                self.paragraph("Kunnan talous kehittyi tilikaudella ennakoitua vakaammin. Verotulot kasvoivat, "
                               "ja toimintakulujen kasvu jäi talousarviossa arvioitua pienemmäksi. Investoinnit "
                               "toteutuivat pääosin suunnitellusti, ja lainakanta pysyi ennallaan.")
            self.new_page()

    def start_page(self, land=False, rotate=False):
        self.page += 1
        self.land, self.rotate = land, rotate
        if rotate:
            # portrait MediaBox with /Rotate 90: content drawn turned so that it reads upright
            # (reportlab swaps the MediaBox of a rotated page: ask for landscape to get a portrait MediaBox)
            self.cv.setPageSize(_landscape(A4))
            self.cv.setPageRotation(90)
            self.W, self.H = A4[1], A4[0]
            self.cv.saveState()
            self.cv.transform(0, 1, -1, 0, A4[0], 0)
        else:
            self.cv.setPageRotation(0)
            self.cv.setPageSize(_landscape(A4) if land else A4)
            self.W, self.H = (_landscape(A4) if land else A4)
        self.y = self.H - self.margin
        self.decorate()

    def decorate(self):
        cv = self.cv
        if self.running:
            cv.setFont("DejaVuSans", 7.5)
            cv.drawString(self.margin, self.H - 28, self.running)
            cv.setLineWidth(0.4)
            cv.line(self.margin, self.H - 32, self.W - self.margin, self.H - 32)
        if self.pageno:
            cv.setFont("DejaVuSans", 8)
            txt = self.pageno.format(n=self.page)
            if self.pageno.startswith("R"):
                cv.drawRightString(self.W - self.margin, self.H - 28, txt[1:])
            else:
                cv.drawCentredString(self.W / 2, 25, txt)

    def end_page(self):
        if self.footnotes:
            cv = self.cv
            cv.setFont("DejaVuSans", 6.5)
            y = 42
            cv.line(self.margin, y + 10, self.margin + 120, y + 10)
            for fn in self.footnotes:
                cv.drawString(self.margin, y, fn)
                y -= 9
            self.footnotes = []
        if self.rotate:
            self.cv.restoreState()
        self.cv.showPage()

    def new_page(self, land=None, rotate=False):
        self.end_page()
        self.start_page(self.land if land is None else land, rotate)

    def text(self, s, size=9, bold=False, gap=4, font="DejaVuSans", x=None):
        self.cv.setFont(font + ("-Bold" if bold else ""), size)
        self.cv.drawString(self.margin if x is None else x, self.y - size, s)
        self.y -= size + gap

    def paragraph(self, s, size=9, width=None, font="DejaVuSerif"):
        width = width or (self.W - 2 * self.margin)
        words, line = s.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width:
                self.text(line, size, gap=3, font=font)
                line = w
            else:
                line = t
        if line:
            self.text(line, size, gap=3, font=font)
        self.y -= 4

    def save(self):
        self.end_page()
        self.cv.save()


def draw_str(cv, x, y, s, font, size, per_glyph=False):
    if not per_glyph:
        cv.drawString(x, y, s)
        return
    for ch in s:
        cv.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size)


def draw_number(cv, L, x_right, y, v, f, bold, mark=None, anchor=None, dry=False):
    """Draw a number ending at x_right (or with its decimal comma at anchor when decimal-aligned);
    returns its left x (dry: only that, nothing drawn)."""
    font = L.fb(bold)
    size = L.size
    pre, groups, post, _ = fmt_parts(v, f)
    sw = lambda s: pdfmetrics.stringWidth(s, font, size)
    if L.gap_groups:
        gap = sw(" ") * 0.9
        intw = sw(pre) + sum(sw(g) for g in groups) + gap * (len(groups) - 1)
    else:
        intw = sw(pre + f.thou.join(groups))
    postw = sw(post)
    if anchor is not None:
        # decimal alignment: integer part ends at the anchor, decimals / ) / - hang right of it
        x = anchor - intw
    else:
        x = x_right - intw - postw
    if dry:
        return x
    cv.setFont(font, size)
    x0 = x
    if L.gap_groups:
        if pre:
            cv.drawString(x, y, pre)
            x += sw(pre)
        for i, g in enumerate(groups):
            draw_str(cv, x, y, g + (post if i == len(groups) - 1 else ""), font, size, L.per_glyph)
            x += sw(g) + gap
        end = x - gap + postw
    else:
        s = pre + f.thou.join(groups) + post
        draw_str(cv, x, y, s, font, size, L.per_glyph)
        end = x + sw(s)
    if mark:
        if L.mark_style == "super":
            cv.setFont(L.font, size * 0.65)
            cv.drawString(end + 0.8, y + size * 0.4, mark)
        else:
            cv.drawString(end + sw(" "), y, mark)
    return x0


def col_positions(L, x0, ncols):
    ws = L.col_ws or [L.col_w] * ncols
    xs, x = [], x0 + L.label_w
    for w in ws:
        xs.append((x, x + w))
        x += w
    return xs


def table_width(L, ncols):
    ws = L.col_ws or [L.col_w] * ncols
    return L.label_w + sum(ws)


def draw_header(doc, t, L, x0, xs):
    cv = doc.cv
    nl = max(len(c) for c in t.columns)
    top = doc.y
    span_h = L.lead if t.span else 0
    h = nl * L.lead + span_h + 4
    if L.header_fill:
        cv.setFillColorRGB(*L.header_fill)
        cv.rect(x0, top - h, table_width(L, len(t.columns)), h, stroke=0, fill=1)
        cv.setFillColorRGB(0, 0, 0)
    cv.setFont(L.fb(L.header_bold), L.size)
    if t.span:
        text, a, b = t.span
        cx = (xs[a][0] + xs[b][1]) / 2
        cv.drawCentredString(cx, top - L.size - 1, text)
        cv.setLineWidth(0.4)
        cv.line(xs[a][0] + 4, top - L.lead + 1, xs[b][1] - 2, top - L.lead + 1)
    for (l, r), lines in zip(xs, t.columns):
        # bottom-aligned header lines
        for i, s in enumerate(lines):
            y = top - span_h - (nl - len(lines) + i + 1) * L.lead + 2
            if L.header_align == "center":
                cv.drawCentredString((l + r) / 2, y, s)
            else:
                cv.drawRightString(r - 3, y, s)
    if L.grid in ("full", "hlines", "frame"):
        cv.setLineWidth(0.6)
        cv.line(x0, top - h, x0 + table_width(L, len(t.columns)), top - h)
        if L.grid == "full":
            cv.line(x0, top, x0 + table_width(L, len(t.columns)), top)
            for l, r in xs:
                cv.line(l, top, l, top - h)
            cv.line(x0, top, x0, top - h)
            cv.line(xs[-1][1], top, xs[-1][1], top - h)
    doc.y = top - h
    if t.unit and L.unit_place == "header":
        cv.setFont(L.font, L.size)
        for (l, r), c in zip(xs, t.columns):
            if not any("%" in h for h in c):       # no money unit over a percent column
                cv.drawRightString(r - 3, doc.y - L.size - 1, t.unit)
        doc.y -= L.lead


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


def draw_caption(doc, t, L, x0, tw):
    cv = doc.cv
    cv.setFont(L.font + "-Bold", L.caption_size)
    cap = t.caption
    cv.drawString(x0, doc.y - L.caption_size, cap)
    if t.unit and L.unit_place in ("caption", "above"):
        cv.setFont(L.font, L.size)
        if L.unit_place == "caption":
            cv.drawRightString(x0 + tw, doc.y - L.caption_size, t.unit)
        else:
            cv.drawString(x0, doc.y - L.caption_size - L.lead - 2, t.unit)
            doc.y -= L.lead
    doc.y -= L.caption_size + 6


def draw_table(doc, t, L, x0=None, bottom=60, keep_y=False):
    cv = doc.cv
    x0 = doc.margin if x0 is None else x0
    n = len(t.columns)
    xs = col_positions(L, x0, n)
    tw = table_width(L, n)
    y_start = doc.y
    draw_caption(doc, t, L, x0, tw)
    draw_header(doc, t, L, x0, xs)
    zi = 0
    for r in t.rows:
        font = L.fb(r.bold)
        lx = x0 + 3 + r.indent * L.indent_pt
        lines = wrap(r.label, font, L.size, L.label_w - (lx - x0) - 8) if L.wrap_labels else [r.label]
        need = L.lead * len(lines)
        if doc.y - need < bottom:
            doc.new_page()
            if L.cont_caption:
                doc.cv.setFont(L.font + "-Bold", L.caption_size)
                doc.cv.drawString(x0, doc.y - L.caption_size, L.cont_caption.format(caption=t.caption))
                doc.y -= L.caption_size + 6
            if L.repeat_header:
                draw_header(doc, t, L, x0, xs)
            cv = doc.cv
        has_vals = any(v is not None for v in r.values)
        if has_vals and t.page is None:
            t.page = doc.page
        ytop = doc.y
        if L.zebra and zi % 2 == 1:
            cv.setFillColorRGB(0.88, 0.92, 0.96)
            cv.rect(x0, ytop - need, tw, need, stroke=0, fill=1)
            cv.setFillColorRGB(0, 0, 0)
        zi += 1
        base = ytop - L.size - (L.lead - L.size) / 2 + 1
        cv.setFont(font, L.size)
        for i, s in enumerate(lines):
            draw_str(cv, lx, base - i * L.lead, s, font, L.size, L.per_glyph)
        yv = base - (len(lines) - 1) * L.lead
        maxdec = max(ff.ndec for ff in t.fmts)
        def anchor_of(rgt):
            if L.align != "decimal":
                return None
            return rgt - 3 - pdfmetrics.stringWidth("," + "0" * maxdec + ")", font, L.size)
        first_left = None
        for ci, ((l, rgt), v) in enumerate(zip(xs, r.values)):
            if v is not None and not isinstance(v, str):
                first_left = draw_number(cv, L, rgt - 3, yv, v, t.fmts[ci], r.bold, anchor=anchor_of(rgt), dry=True)
                break
        if L.leaders and first_left is not None:
            # dotted leader from the label to just before the first number (drawn in reading order,
            # between the label and the numbers, as a word processor's tab leader is)
            end = lx + pdfmetrics.stringWidth(lines[-1], font, L.size) + 3
            dw = pdfmetrics.stringWidth(".", L.font, L.size) * 1.6
            cv.setFont(L.font, L.size)
            if L.leader_style == "run":       # one string of dots, as LibreOffice/Word write a tab leader
                k = int((first_left - 4 - end) / pdfmetrics.stringWidth(".", L.font, L.size))
                if k > 0:
                    cv.drawString(end, yv, "." * k)
            else:                             # spaced dots, one glyph run each (report engines)
                xx = end
                while xx + dw < first_left - 4:
                    cv.drawString(xx, yv, ".")
                    xx += dw
        for ci, ((l, rgt), v) in enumerate(zip(xs, r.values)):
            if v is None:
                continue
            f = t.fmts[ci]
            if isinstance(v, str):
                cv.setFont(font, L.size)
                cv.drawRightString(rgt - 3, yv, v)
                continue
            draw_number(cv, L, rgt - 3, yv, v, f, r.bold, mark=r.marks.get(ci), anchor=anchor_of(rgt))
        if L.grid == "full":
            cv.setLineWidth(0.3)
            cv.line(x0, ytop - need, x0 + tw, ytop - need)
            cv.line(x0, ytop, x0, ytop - need)
            for l, rgt in xs:
                cv.line(l, ytop, l, ytop - need)
            cv.line(xs[-1][1], ytop, xs[-1][1], ytop - need)
        elif L.grid == "hlines" and r.bold:
            cv.setLineWidth(0.3)
            cv.line(x0, ytop, x0 + tw, ytop)
        doc.y = ytop - need
    if L.grid == "frame":
        cv.setLineWidth(0.6)
        cv.line(x0, doc.y, x0 + tw, doc.y)
    end_y = doc.y
    doc.tables.append(t)
    if keep_y:
        doc.y = y_start
    else:
        doc.y -= 14
    return end_y


# ----------------------------------------------------------------- documents

PLACES = ["Kalliojärvi", "Haapavirta", "Ruskeala", "Koivuniemi", "Lehtoranta", "Myllykoski", "Tervalampi",
          "Susiluoto", "Vaskiniemi", "Hirvikangas", "Rantasalmi", "Jokikylä", "Peltosalo", "Honkajärvi"]
UNITS = ["Keskusvaalilautakunta", "Tarkastuslautakunta", "Kunnanhallitus", "Elinvoimapalvelut", "Joukkoliikenne",
         "Ympäristöterveydenhuolto", "Varhaiskasvatus", "Perusopetus", "Lukiokoulutus", "Kirjasto- ja kulttuuripalvelut",
         "Liikuntapalvelut", "Nuorisopalvelut", "Kadut ja liikenneväylät", "Puistot ja viheralueet", "Tilapalvelut",
         "Ruokapalvelut", "Maaseutuhallinto", "Rakennusvalvonta"]
PROJECTS = ["Koulukeskuksen peruskorjaus", "Päiväkoti Tähtösen uudisrakennus", "Katuvalaistuksen LED-saneeraus",
            "Uimahallin ilmanvaihdon uusiminen", "Kirjaston esteettömyysparannukset", "Teollisuusalueen kunnallistekniikka",
            "Kevyen liikenteen väylä Kirkonkylä–Asema", "Jätevedenpuhdistamon saneeraus", "Urheilukentän tekonurmi",
            "Terveysaseman vesikaton uusiminen", "Vanhustenkeskuksen keittiö", "Satama-alueen laiturit",
            "Kaavateiden rakentaminen, Rantapuisto", "Koneet ja kalusto, tekninen toimi", "ICT-hankinnat",
            "Paloaseman laajennus", "Puistojen leikkivälineet", "Maa-alueiden osto"]


def doc01(out):
    """Dotted leaders, negatives in parentheses, € with cents, NBSP thousands, portrait Word-like."""
    rng = random.Random(101)
    name = "hold-01-leaders-parens"
    d = Doc(os.path.join(out, name + ".pdf"), running="Kalliojärven kunta · Talousarvion toteutuminen 2025", pageno="R{n}")
    d.text("3.2 Käyttötalouden toteutuminen", 13, bold=True, gap=8)
    d.paragraph("Sivistyslautakunnan käyttötalous toteutui kokonaisuutena arvioitua paremmin. Taulukossa "
                "negatiiviset luvut on merkitty sulkeisiin. Poikkeama on toteutuma vähennettynä muutetulla talousarviolla.")
    f = Fmt(thou="\u00a0", ndec=2, neg="paren")
    t = budget_followup(rng, "sivistys-kayttotalous", "Sivistyslautakunta", 900000, 2, 2025,
                        [["Talousarvio", "2025"], ["Muutokset"], ["TA+muutokset"], ["Toteutuma"], ["Poikkeama"], ["Tot-%"]],
                        upper=False, fmt_main=f, fmt_pct=Fmt(ndec=1, neg="paren"), unit="€")
    L = Layout(font="LiberationSerif", size=8, label_w=150, col_w=68, col_ws=[70, 62, 70, 70, 64, 34], leaders=True,
               grid="hlines", unit_place="caption", header_align="right")
    draw_table(d, t, L)
    d.paragraph("Henkilöstökulut alittivat talousarvion, koska useita tehtäviä oli täyttämättä. Palvelujen ostoissa "
                "kustannukset nousivat erityisesti koulukuljetusten osalta.")
    t2 = budget_followup(rng, "tekninen-kayttotalous", "Tekninen lautakunta", 700000, 2, 2025,
                         [["Talousarvio", "2025"], ["Muutokset"], ["TA+muutokset"], ["Toteutuma"], ["Poikkeama"], ["Tot-%"]],
                         upper=False, fmt_main=f, fmt_pct=Fmt(ndec=1, neg="paren"), unit="€")
    draw_table(d, t2, L)
    d.save()
    return name, d


def doc02(out):
    """Landscape unit table, trailing minus, 1 000 € with one decimal, full grid, continued with repeated header."""
    rng = random.Random(202)
    name = "hold-02-trailing-minus-grid"
    d = Doc(os.path.join(out, name + ".pdf"), land=True, running="Haapavirran kaupunki – Talousarvio 2026 ja taloussuunnitelma 2026–2028",
            pageno="Sivu {n}")
    d.text("5 Käyttötalous tulosalueittain", 13, bold=True, gap=8)
    f = Fmt(thou=" ", ndec=1, neg="trail")
    hdr = [["TP", "2024"], ["TA", "2025"], ["TA", "2026"], ["TS", "2027"], ["TS", "2028"], ["Muutos-%", "TA26/TA25"]]
    units = rng.sample(UNITS, 12)
    t = unit_table(rng, "tulosalueet", "Tulosalueiden määrärahat ja tuloarviot", units, hdr, 1, 9000, f,
                   unit="1 000 €", labels=("Menot", "Tulot", "Netto"), pct_last=False)
    # Muutos-% column: TA26 vs TA25, computed on printed values
    t.fmts = [f] * 5 + [Fmt(ndec=1, neg="trail")]
    for r in t.rows:
        if r.values[0] is None and len(r.values) == 6:
            continue
        vals = r.values[:5]
        r.values = vals + [pct(vals[2] - vals[1], abs(vals[1])) if vals[1] != 0 else None]
    t.identities.append("Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100, one decimal")
    L = Layout(font="DejaVuSans", size=8, label_w=210, col_w=72, grid="full", header_align="center",
               header_fill=(0.85, 0.85, 0.85), repeat_header=True, unit_place="header", indent_pt=12)
    draw_table(d, t, L, bottom=50)
    d.save()
    return name, d


def doc03(out):
    """U+2212 minus, zebra rows, thin-space thousands, decimal-aligned euro-cent and percent columns, page number "n (N)"."""
    rng = random.Random(303)
    name = "hold-03-u2212-zebra-decimal"
    d = Doc(os.path.join(out, name + ".pdf"), running=None, pageno="{n} (1)")
    d.text("TULOSLASKELMA", 14, bold=True, gap=2)
    d.text("Ruskealan kunta 1.1.–31.12.2025", 9, gap=10)
    f = Fmt(thou="\u2009", ndec=2, neg="\u2212")
    t = tuloslaskelma(rng, "tuloslaskelma", "Tuloslaskelma", [["1.1.–31.12.2025"], ["1.1.–31.12.2024"]], 2, 60_000_000, f,
                      unit="€", upper=False)
    L = Layout(font="DejaVuSerif", size=8.5, label_w=240, col_w=105, zebra=True, align="decimal",
               header_align="right", unit_place="header", grid="none")
    draw_table(d, t, L)
    f2 = Fmt(thou="\u2009", ndec=1, neg="\u2212")
    t2 = budget_followup(rng, "tuloslaskelmaosa", "Talousarvion toteutuminen: tuloslaskelmaosa", 40000, 1, 2025,
                         [["Alkuperäinen", "TA"], ["TA-", "muutokset"], ["TA muutosten", "jälkeen"], ["Toteutuma"], ["Poikkeama"], ["Käyttö-%"]],
                         upper=True, fmt_main=f2, fmt_pct=Fmt(ndec=1, neg="\u2212", suffix=" %"), unit="1 000 €")
    L2 = Layout(font="DejaVuSerif", size=8, label_w=150, col_w=62, zebra=True, align="decimal", header_align="right",
                unit_place="caption", grid="none")
    draw_table(d, t2, L2)
    d.save()
    return name, d


def doc04(out):
    """Apostrophe thousands, bold group rows with indented items, no rules, narrow font."""
    rng = random.Random(404)
    name = "hold-04-apostrophe-indent"
    d = Doc(os.path.join(out, name + ".pdf"), running="Koivuniemi | Tilinpäätös 2025", pageno="{n} (1)")
    d.text("Käyttötalousosan toteutuminen toimielimittäin", 12, bold=True, gap=8)
    f = Fmt(thou="'", ndec=0, neg="-")
    units = rng.sample(UNITS, 6)
    t = unit_table(rng, "toimielimet", "Toimielinten määrärahat", units,
                   [["Alkuper.", "TA 2025"], ["TA", "muutokset"], ["TA muutosten", "jälkeen"], ["Toteutuma", "2025"]],
                   0, 3_000_000, f, unit=None, total="Kunta yhteensä", labels=("MENOT", "TULOT", "NETTOMENO"))
    # make column 3 = col1 + col2 by construction
    for r in t.rows:
        if r.values[0] is not None:
            r.values[2] = r.values[0] + r.values[1]
    # recompute net = menot + tulot after the change (menot/tulot lines changed independently)
    for i, r in enumerate(t.rows):
        if r.label == "NETTOMENO":
            r.values = [a + b for a, b in zip(t.rows[i - 2].values, t.rows[i - 1].values)]
    tot = [r for r in t.rows if r.group == "Kunta yhteensä"]
    for lab, tr in zip(("MENOT", "TULOT", "NETTOMENO"), tot):
        tr.values = [sum(r.values[c] for r in t.rows if r.label == lab and r.group != "Kunta yhteensä") for c in range(4)]
    t.identities.append("TA muutosten jälkeen = Alkuper. TA 2025 + TA muutokset")
    L = Layout(font="LiberationNarrow", size=8.5, label_w=180, col_w=80, grid="none", header_align="right", indent_pt=16)
    draw_table(d, t, L)
    d.save()
    return name, d


def doc05(out):
    """Tase: vastaavaa and vastattavaa side by side on one landscape page, 1 000 € one decimal."""
    rng = random.Random(505)
    name = "hold-05-tase-side-by-side"
    d = Doc(os.path.join(out, name + ".pdf"), land=True, running="Lehtorannan kaupunki – Tilinpäätös 2025", pageno="R{n}")
    d.text("TASE 31.12.", 13, bold=True, gap=8)
    f = Fmt(thou=" ", ndec=1, neg="-")
    ya, yb = [], []
    for _ in range(2):
        va = tase_values(rng, VASTAAVAA, 1, 100000)
        tot = sum(va.values())
        vb = tase_values(rng, VASTATTAVAA, 1, 100000, plug=("A OMA PÄÄOMA", "", "III Edellisten tilikausien ylijäämä (alijäämä)"), target=tot)
        ya.append(va)
        yb.append(vb)
    def side(spec, cols, tid, cap, total):
        rows = tase_rows(spec, cols)
        rows.append(Row(total, [sum(c.values()) for c in cols], bold=True))
        return Table(tid, cap, [["2025"], ["2024"]], rows, [f, f], unit="1 000 €",
                     identities=["each headline = sum of its items; %s = sum of the headlines" % total,
                                 "VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ"])
    ta = side(VASTAAVAA, ya, "vastaavaa", "VASTAAVAA", "VASTAAVAA YHTEENSÄ")
    tb = side(VASTATTAVAA, yb, "vastattavaa", "VASTATTAVAA", "VASTATTAVAA YHTEENSÄ")
    L = Layout(font="DejaVuCond", size=7.5, label_w=215, col_w=58, grid="hlines", header_align="right",
               unit_place="header", indent_pt=9, caption_size=9)
    y0 = d.y
    e1 = draw_table(d, ta, L, x0=d.margin, keep_y=True)
    d.y = y0
    draw_table(d, tb, L, x0=d.W / 2 + 8)
    d.save()
    return name, d


def doc06(out):
    """A wide budget table on a /Rotate 90 page (portrait MediaBox, content turned)."""
    rng = random.Random(606)
    name = "hold-06-rotate90"
    d = Doc(os.path.join(out, name + ".pdf"), running=None, pageno=None)
    d.text("Liite 2. Talousarvion toteutumisvertailu", 13, bold=True, gap=8)
    d.paragraph("Seuraavalla sivulla on vaakasuuntainen taulukko, joka on tallennettu pystysivulle kierrettynä.")
    d.new_page(rotate=True)
    f = Fmt(thou=" ", ndec=0, neg="-")
    hdr = [["TP 2024"], ["TA 2025"], ["TA-muutokset", "2025"], ["TA+muutokset", "2025"], ["Toteutuma", "2025"],
           ["Poikkeama"], ["Tot-%"]]
    rows = []
    groups = rng.sample(UNITS, 7)
    acc = None
    for g in groups:
        rows.append(Row(g, [None] * 7, bold=True))
        blk = []
        for lab, sign in (("Toimintatuotot", 1), ("Toimintakulut", -1)):
            tp = rnd(rng, 10000, 2_000_000) * sign
            ta = rnd(rng, 10000, 2_000_000) * sign
            mu = rnd(rng, -50000, 80000) * sign if rng.random() < 0.6 else D(0)
            tot = ta + mu + rnd(rng, -90000, 90000) * sign
            blk.append([tp, ta, mu, ta + mu, tot])
        blk.append([a + b for a, b in zip(*blk)])
        for lab, v in zip(("Toimintatuotot", "Toimintakulut", "Toimintakate"), blk):
            rows.append(Row(lab, v + [v[4] - v[3], pct(v[4], v[3])], indent=1, group=g, bold=lab == "Toimintakate"))
        acc = blk if acc is None else [[x + y for x, y in zip(A, B)] for A, B in zip(acc, blk)]
    rows.append(Row("Yhteensä", [None] * 7, bold=True))
    for lab, v in zip(("Toimintatuotot", "Toimintakulut", "Toimintakate"), acc):
        rows.append(Row(lab, v + [v[4] - v[3], pct(v[4], v[3])], indent=1, group="Yhteensä", bold=True))
    t = Table("toteutumisvertailu", "Toteutumisvertailu toimielimittäin", hdr, rows, [f] * 6 + [Fmt(ndec=1)], unit="€",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut", "TA+muutokset = TA + TA-muutokset",
                          "Poikkeama = Toteutuma - TA+muutokset", "Yhteensä = sum of the groups"])
    L = Layout(font="LiberationSans", size=7.5, label_w=190, col_w=78, grid="hlines", header_align="center",
               unit_place="above", indent_pt=10)
    draw_table(d, t, L, bottom=40)
    d.save()
    return name, d


def doc07(out):
    """Small font (6 pt), eight period columns of a financial plan, narrow columns, no rules."""
    rng = random.Random(707)
    name = "hold-07-small-font-plan"
    d = Doc(os.path.join(out, name + ".pdf"), land=True, running="Myllykosken kunta · Talousarvio 2026", pageno="{n}")
    d.text("Tuloslaskelma ja taloussuunnitelma 2026–2028", 11, bold=True, gap=6)
    f = Fmt(thou="\u202f", ndec=0, neg="-")
    years = [["TP", "2023"], ["TP", "2024"], ["TA", "2025"], ["TPE", "2025"], ["TA", "2026"], ["TS", "2027"], ["TS", "2028"]]
    t = tuloslaskelma(rng, "tuloslaskelma-ts", "TULOSLASKELMA", years, 0, 45000, f, unit="1 000 €", upper=True)
    L = Layout(font="DejaVuSans", size=6, lead=8.2, label_w=170, col_w=48, grid="none", header_align="right",
               unit_place="caption", caption_size=8)
    draw_table(d, t, L)
    # key figures below, also small
    rows = []
    kf = Fmt(thou="\u202f", ndec=0)
    rows.append(Row("Asukasmäärä 31.12.", [rnd(rng, 9000, 9400) for _ in years]))
    rows.append(Row("Tuloveroprosentti", [D("8.40"), D("8.40"), D("8.40"), D("8.40"), D("8.65"), D("8.65"), D("8.65")]))
    rows.append(Row("Vuosikate, €/asukas", [rnd(rng, -200, 600) for _ in years]))
    rows.append(Row("Lainakanta, €/asukas", [rnd(rng, 2500, 5200) for _ in years]))
    rows.append(Row("Henkilöstö, htv", [rnd(rng, 300, 420, 1) for _ in years]))
    t2 = Table("tunnusluvut", "TUNNUSLUKUJA", years, rows, [kf] * 7)
    t2.row_fmts = True
    # per-row formats: store as column formats is not enough: render per row
    t2.fmts = [kf] * 7
    t2.rowfmt = {1: Fmt(ndec=2), 4: Fmt(ndec=1)}
    draw_row_fmt_table(d, t2, L)
    d.save()
    return name, d


def draw_row_fmt_table(d, t, L):
    """A table whose number format changes by row (key figures): split into one Table per format run."""
    saved = t.fmts
    orig_rows = t.rows
    # draw with per-row formats by temporarily swapping fmts row by row via subclass
    t.fmts_by_row = [t.rowfmt.get(i) for i in range(len(orig_rows))]
    _draw_rowwise(d, t, L)


def _draw_rowwise(d, t, L):
    class RT(Table):
        pass
    # reuse draw_table by drawing header once then each row as its own 1-row table without caption/header
    x0 = d.margin
    xs = col_positions(L, x0, len(t.columns))
    draw_caption(d, t, L, x0, table_width(L, len(t.columns)))
    draw_header(d, t, L, x0, xs)
    cv = d.cv
    for i, r in enumerate(t.rows):
        f = t.fmts_by_row[i]
        if t.page is None:
            t.page = d.page
        base = d.y - L.size - (L.lead - L.size) / 2 + 1
        cv.setFont(L.fb(r.bold), L.size)
        cv.drawString(x0 + 3, base, r.label)
        for ci, ((l, rgt), v) in enumerate(zip(xs, r.values)):
            draw_number(cv, L, rgt - 3, base, v, f or t.fmts[ci], r.bold)
        d.y -= L.lead
    d.tables.append(t)
    d.y -= 14
    # truth formats per row
    t.truth_fmts = t.fmts_by_row


def doc08(out):
    """Footnote marks after numbers ("1 234 1)"), superscript marks, a page number inside the table area."""
    rng = random.Random(808)
    name = "hold-08-footnote-marks"
    d = Doc(os.path.join(out, name + ".pdf"), running="Tervalammen kunta", pageno="{n}")
    d.text("Määrärahojen toteutuminen", 12, bold=True, gap=8)
    f = Fmt(thou=" ", ndec=0, neg="–")
    units = rng.sample(UNITS, 4)
    t = unit_table(rng, "maararahat", "Käyttötalous, sitovuustaso toimielin", units,
                   [["TA 2025"], ["TA+muutos", "2025"], ["TOT", "2025"], ["POIKKEAMA", "€"]], 0, 1_500_000, f,
                   unit="€", total="YHTEENSÄ", labels=("MENOT", "TULOT", "NETTOMENO"))
    for r in t.rows:
        if r.values[0] is not None:
            r.values[3] = r.values[2] - r.values[1]
    t.identities.append("POIKKEAMA € = TOT 2025 - TA+muutos 2025")
    # footnote marks on some numbers: inline "1)" on two, superscript "*" style on others
    marked = [r for r in t.rows if r.values[0] is not None and r.label == "NETTOMENO"]
    marked[0].marks = {1: "1)"}
    marked[1].marks = {2: "2)"}
    d.footnotes = ["1) Sisältää valtuuston 14.6.2025 myöntämän lisämäärärahan 120 000 €.",
                   "2) Toteutumaan sisältyy kertaluonteinen 85 000 €:n avustus."]
    L = Layout(font="LiberationSans", size=8.5, label_w=190, col_w=72, grid="hlines", header_align="right",
               unit_place="caption")
    draw_table(d, t, L)
    t2 = budget_followup(rng, "ymparisto-kayttotalous", "Ympäristölautakunta", 300000, 0, 2025,
                         [["TA 2025"], ["TA-muutokset"], ["TA+muutos"], ["TOT 2025"], ["Poikkeama"], ["Tot-%"]],
                         upper=True, fmt_main=f, fmt_pct=Fmt(ndec=1, neg="–"), unit="€",
                         marks={"Tuet ja avustukset": {3: "3)"}, "Henkilöstökulut": {4: "*"}, "TOIMINTAKATE": {3: "4)"}})
    L2 = Layout(font="LiberationSans", size=8.5, label_w=170, col_w=62, grid="hlines", header_align="right",
                unit_place="caption", mark_style="super")
    d.new_page()
    draw_table(d, t2, L2)
    d.footnotes = ["3) Kertaluonteinen hankeavustus.", "4) Ei sisällä sisäisiä eriä.", "* Sisältää lomapalkkajaksotuksen muutoksen."]
    d.save()
    return name, d


def doc09(out):
    """Tase with the group subtotals in a second column per year, euros with cents, dot leaders off."""
    rng = random.Random(909)
    name = "hold-09-tase-second-column"
    d = Doc(os.path.join(out, name + ".pdf"), running="Susiluodon kaupunki – Tilinpäätös 2025", pageno="{n}")
    f = Fmt(thou=" ", ndec=2, neg="-")
    ya, yb = [], []
    for _ in range(2):
        va = tase_values(rng, VASTAAVAA, 2, 9_000_000)
        tot = sum(va.values())
        vb = tase_values(rng, VASTATTAVAA, 2, 9_000_000, plug=("A OMA PÄÄOMA", "", "III Edellisten tilikausien ylijäämä (alijäämä)"), target=tot)
        ya.append(va)
        yb.append(vb)
    hdr = [["31.12.2025"], ["31.12.2025"], ["31.12.2024"], ["31.12.2024"]]
    L = Layout(font="DejaVuSerif", size=7.5, label_w=195, col_w=82, grid="none", header_align="right", unit_place="caption",
               indent_pt=8, caption_size=10)
    for spec, cols, tid, cap, total in ((VASTAAVAA, ya, "vastaavaa", "VASTAAVAA", "VASTAAVAA YHTEENSÄ"),
                                        (VASTATTAVAA, yb, "vastattavaa", "VASTATTAVAA", "VASTATTAVAA YHTEENSÄ")):
        rows = tase_rows(spec, cols, second_col=True)
        tv = [sum(c.values()) for c in cols]
        rows.append(Row(total, [None, tv[0], None, tv[1]], bold=True))
        t = Table(tid, cap, hdr, rows, [f] * 4, unit="€",
                  identities=["second column of each year = sum of the group's items, on the group's last line",
                              "%s = sum of the second column" % total, "VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ"])
        draw_table(d, t, L)
        if tid == "vastaavaa":
            d.new_page()
    d.save()
    return name, d


def doc10(out):
    """Investment table over three pages, wrapped project names, repeated header, '(jatkuu)' captions, Käyttö-%."""
    rng = random.Random(1010)
    name = "hold-10-continued-wrapped"
    d = Doc(os.path.join(out, name + ".pdf"), running="Vaskiniemen kunta  |  Tilinpäätös 2025  |  Investointiosa",
            pageno="{n}")
    d.text("INVESTOINTIOSAN TOTEUTUMINEN", 12, bold=True, gap=8)
    for _ in range(3):
        d.paragraph("Investointiosassa valtuusto hyväksyy hankkeiden kustannusarviot ja määrärahat. Talonrakennuksen "
                    "hankkeista suurin osa toteutui suunnitellusti; kunnallistekniikan hankkeissa osa töistä siirtyi "
                    "seuraavalle vuodelle urakoitsijoiden aikataulujen vuoksi. Käyttö-% on toteutuman osuus "
                    "muutetusta talousarviosta.")
    f = Fmt(thou="\u00a0", ndec=0, neg="-")
    rows = []
    acc = [D(0)] * 4
    n = 0
    for grp in ("Talonrakennus", "Kunnallistekniikka", "Irtain omaisuus", "Maa- ja vesialueet"):
        rows.append(Row(grp, [None] * 6, bold=True))
        for _ in range(rng.randint(8, 11)):
            n += 1
            p = "%d %s" % (4100 + n * 7, rng.choice(PROJECTS))
            ta = rnd(rng, 20000, 900000)
            mu = rnd(rng, -100000, 200000) if rng.random() < 0.5 else D(0)
            tot = max(D(0), ta + mu - rnd(rng, -80000, 300000))
            v = [ta, mu, ta + mu, tot, ta + mu - tot, pct(tot, ta + mu)]
            rows.append(Row(p, v, indent=1, group=grp))
            acc = [a + b for a, b in zip(acc, v[:4])]
    rows.append(Row("Investoinnit yhteensä", [acc[0], acc[1], acc[2], acc[3], acc[2] - acc[3], pct(acc[3], acc[2])], bold=True))
    # menot are printed positive in this table
    t = Table("investoinnit", "Investointimenot hankkeittain", [["TA", "2025"], ["TA-muutokset", "2025"], ["TA+muutokset", "2025"],
                                                               ["Toteutuma", "2025"], ["Poikkeama", "(TA−TOT)"], ["Käyttö-", "%"]],
              rows, [f] * 5 + [Fmt(ndec=1, suffix=" %")], unit="€",
              identities=["TA+muutokset = TA + TA-muutokset", "Poikkeama = TA+muutokset - Toteutuma", "Investoinnit yhteensä = sum of the projects"])
    L = Layout(font="DejaVuSans", size=8, label_w=150, col_w=62, col_ws=[60, 64, 64, 60, 60, 40], grid="hlines",
               header_align="right", unit_place="caption", wrap_labels=True, repeat_header=True,
               cont_caption="{caption} (jatkuu)", zebra=False, header_bold=False)
    draw_table(d, t, L, bottom=60)    # the table runs over the page foot and continues on page 2
    d.save()
    return name, d


def doc11(out):
    """Euro suffix on every number, percent suffix, centred multi-line headers with a spanning group header,
    digit groups drawn as separate runs (no space glyph between them)."""
    rng = random.Random(1111)
    name = "hold-11-euro-suffix-gapgroups"
    d = Doc(os.path.join(out, name + ".pdf"), running="Hirvikankaan kunta", pageno="R{n}/2")
    d.text("Talousarvion toteutuminen 1.1.–31.12.2025", 12, bold=True, gap=8)
    f = Fmt(thou=" ", ndec=0, neg="-", suffix=" €")
    t = budget_followup(rng, "hyvinvointi", "Hyvinvointilautakunta", 2_000_000, 0, 2025,
                        [["TA"], ["Muutokset"], ["TA+muutokset"], ["Toteutuma"], ["Poikkeama"], ["Tot-%"]],
                        upper=False, fmt_main=f, fmt_pct=Fmt(ndec=1, suffix=" %"), unit=None)
    t.span = ("Talousarvio 2025", 0, 2)
    L = Layout(font="LiberationSans", size=8, label_w=150, col_w=70, col_ws=[70, 64, 72, 70, 66, 44], grid="none",
               header_align="center", gap_groups=True, header_fill=(0.93, 0.93, 0.93))
    draw_table(d, t, L)
    d.new_page()
    f2 = Fmt(thou=" ", ndec=2, neg="-", suffix=" €")
    t2 = budget_followup(rng, "elinvoima", "Elinvoimalautakunta", 500_000, 2, 2025,
                         [["TA"], ["Muutokset"], ["TA+muutokset"], ["Toteutuma"], ["Poikkeama"], ["Tot-%"]],
                         upper=True, fmt_main=f2, fmt_pct=Fmt(ndec=1, suffix=" %"))
    t2.span = ("Talousarvio 2025", 0, 2)
    L2 = Layout(font="LiberationSans", size=7.5, label_w=140, col_ws=[74, 68, 74, 74, 68, 40], grid="none",
                header_align="center", gap_groups=True, per_glyph=True)
    draw_table(d, t2, L2)
    d.save()
    return name, d


def doc12(out):
    """Two small tables side by side (key figures | appropriations), portrait, full grid on one and none on the other,
    then a rahoituslaskelma-like table with dotted leaders and trailing-minus negatives in euros with cents."""
    rng = random.Random(1212)
    name = "hold-12-two-tables-leaders"
    d = Doc(os.path.join(out, name + ".pdf"), running="Peltosalon kaupunki · Osavuosikatsaus 1–6/2025", pageno="{n}")
    d.text("Osavuosikatsaus 30.6.2025", 13, bold=True, gap=8)
    kf = Fmt(thou=" ", ndec=0)
    ka = Table("tunnusluvut", "Tunnusluvut", [["30.6.", "2025"], ["30.6.", "2024"]],
               [Row("Asukasluku", [rnd(rng, 20000, 21000), rnd(rng, 20000, 21000)]),
                Row("Henkilöstö", [rnd(rng, 900, 1100), rnd(rng, 900, 1100)]),
                Row("Lainakanta, M€", [rnd(rng, 60, 90, 1), rnd(rng, 60, 90, 1)]),
                Row("Vuosikate, M€", [rnd(rng, -3, 9, 1), rnd(rng, -3, 9, 1)]),
                Row("Verotulot, M€", [rnd(rng, 40, 50, 1), rnd(rng, 40, 50, 1)])],
               [kf, kf])
    ka.rowfmt = {2: Fmt(ndec=1), 3: Fmt(ndec=1), 4: Fmt(ndec=1)}
    # appropriations: MENOT/TULOT/NETTO, TOT 1-6 vs TA, Käyttö-%
    f = Fmt(thou=" ", ndec=0)
    rows = []
    m = [-rnd(rng, 30_000_000, 40_000_000)]
    m.append(q(m[0] * D("0.48") + rnd(rng, -500000, 500000), 0))
    tl = [rnd(rng, 8_000_000, 10_000_000)]
    tl.append(q(tl[0] * D("0.51") + rnd(rng, -200000, 200000), 0))
    n = [a + b for a, b in zip(m, tl)]
    for lab, v in (("Menot", m), ("Tulot", tl), ("Netto", n)):
        rows.append(Row(lab, v + [pct(v[1], v[0])], bold=lab == "Netto"))
    kb = Table("maararahat-1-6", "Käyttötalous", [["TA", "2025"], ["TOT", "1–6/2025"], ["Käyttö-", "%"]], rows,
               [f, f, Fmt(ndec=1)], unit="€", identities=["Netto = Menot + Tulot"])
    La = Layout(font="DejaVuSans", size=8, label_w=105, col_w=52, grid="full", header_align="center", caption_size=9)
    Lb = Layout(font="DejaVuSans", size=8, label_w=60, col_ws=[72, 72, 40], grid="none", header_align="right",
                unit_place="caption", caption_size=9)
    y0 = d.y
    ka.fmts_by_row = [ka.rowfmt.get(i) for i in range(len(ka.rows))]
    # left table, rowwise formats
    _draw_rowwise_at(d, ka, La, d.margin)
    yl = d.y
    d.y = y0
    draw_table(d, kb, Lb, x0=d.margin + 230)
    d.y = min(yl, d.y) - 10
    d.paragraph("Alkuvuoden toteutuma on talousarvion mukainen. Rahoituslaskelmassa negatiiviset luvut on merkitty "
                "jälkimerkillä (1 234,56-), kuten taloushallinnon raporttipohjassa.")
    # rahoituslaskelma, euros with cents, trailing minus, dotted leaders, decimal-aligned
    ft = Fmt(thou=" ", ndec=2, neg="trail")
    c = []
    for _ in range(2):
        v = {}
        v["Vuosikate"] = rnd(rng, -2_000_000, 6_000_000, 2)
        v["Tulorahoituksen korjauserät"] = -rnd(rng, 0, 400_000, 2)
        v["Investointimenot"] = -rnd(rng, 2_000_000, 9_000_000, 2)
        v["Rahoitusosuudet investointimenoihin"] = rnd(rng, 0, 900_000, 2)
        v["Pysyvien vastaavien hyödykkeiden luovutustulot"] = rnd(rng, 0, 500_000, 2)
        v["Toiminnan ja investointien rahavirta"] = sum(v[k] for k in list(v))
        v["Pitkäaikaisten lainojen lisäys"] = rnd(rng, 0, 6_000_000, 2)
        v["Pitkäaikaisten lainojen vähennys"] = -rnd(rng, 1_000_000, 4_000_000, 2)
        v["Lyhytaikaisten lainojen muutos"] = rnd(rng, -1_000_000, 1_000_000, 2)
        v["Rahoituksen rahavirta"] = v["Pitkäaikaisten lainojen lisäys"] + v["Pitkäaikaisten lainojen vähennys"] + v["Lyhytaikaisten lainojen muutos"]
        v["Rahavarojen muutos"] = v["Toiminnan ja investointien rahavirta"] + v["Rahoituksen rahavirta"]
        c.append(v)
    order = [("Vuosikate", 1, False), ("Tulorahoituksen korjauserät", 1, False), ("Investointimenot", 1, False),
             ("Rahoitusosuudet investointimenoihin", 1, False), ("Pysyvien vastaavien hyödykkeiden luovutustulot", 1, False),
             ("Toiminnan ja investointien rahavirta", 0, True), ("Pitkäaikaisten lainojen lisäys", 1, False),
             ("Pitkäaikaisten lainojen vähennys", 1, False), ("Lyhytaikaisten lainojen muutos", 1, False),
             ("Rahoituksen rahavirta", 0, True), ("Rahavarojen muutos", 0, True)]
    rl = Table("rahoituslaskelma", "RAHOITUSLASKELMA", [["1.1.–30.6.", "2025"], ["1.1.–30.6.", "2024"]],
               [Row(k, [x[k] for x in c], bold=b, indent=i) for k, i, b in order], [ft, ft], unit="€",
               identities=["Toiminnan ja investointien rahavirta = sum of the five items above",
                           "Rahoituksen rahavirta = sum of its three items", "Rahavarojen muutos = both rahavirrat"])
    Lr = Layout(font="LiberationSerif", size=9, label_w=280, col_w=95, leaders=True, leader_style="run", align="decimal", grid="frame",
                header_align="right", unit_place="header", caption_size=11)
    draw_table(d, rl, Lr)
    d.save()
    return name, d


def _draw_rowwise_at(d, t, L, x0):
    xs = col_positions(L, x0, len(t.columns))
    tw = table_width(L, len(t.columns))
    draw_caption(d, t, L, x0, tw)
    draw_header(d, t, L, x0, xs)
    cv = d.cv
    for i, r in enumerate(t.rows):
        f = t.fmts_by_row[i]
        if t.page is None:
            t.page = d.page
        ytop = d.y
        base = ytop - L.size - (L.lead - L.size) / 2 + 1
        cv.setFont(L.fb(r.bold), L.size)
        cv.drawString(x0 + 3, base, r.label)
        for ci, ((l, rgt), v) in enumerate(zip(xs, r.values)):
            draw_number(cv, L, rgt - 3, base, v, f or t.fmts[ci], r.bold)
        if L.grid == "full":
            cv.setLineWidth(0.3)
            cv.line(x0, ytop - L.lead, x0 + tw, ytop - L.lead)
            cv.line(x0, ytop, x0, ytop - L.lead)
            for l, rgt in xs:
                cv.line(l, ytop, l, ytop - L.lead)
            cv.line(xs[-1][1], ytop, xs[-1][1], ytop - L.lead)
        d.y -= L.lead
    d.tables.append(t)
    t.truth_fmts = t.fmts_by_row


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def table_truth(t):
    tr = t.truth()
    rf = getattr(t, "truth_fmts", None)
    if rf:
        rows = []
        for r, f in zip(t.rows, rf):
            rows.append({"label": r.label, "values": [None if v is None else fmt(v, f or t.fmts[i])[1]
                                                      for i, v in enumerate(r.values)]})
        tr["rows"] = rows
    if not tr["identities"]:
        del tr["identities"]
    return tr


def selfcheck(out):
    """Every truth number's digits are printed on its page (pdftotext -layout) and the identities
    NETTO = MENOT + TULOT and TA+muutokset = TA + muutokset hold on the truth. -> number of problems."""
    import glob
    import re
    import subprocess
    bad = 0
    for tf in sorted(glob.glob(os.path.join(out, "*.truth.json"))):
        t = json.load(open(tf, encoding="utf-8"))
        pdf = tf[: -len(".truth.json")] + ".pdf"
        pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
        digits = [re.sub(r"[^0-9\n]", "", pg).replace("\n", "|") for pg in pages]
        for tb in t["tables"]:
            near = digits[tb["page"] - 1: tb["page"] + 2]
            lab = {}
            for r in tb["rows"]:
                lab.setdefault((r.get("group"), r["label"].lower()), r["values"])
                for v in r["values"]:
                    if isinstance(v, str) and not any(v.replace("-", "").replace(".", "") in pg for pg in near):
                        bad += 1
                        print("selfcheck: %s %s %r: %s not on its page" % (os.path.basename(tf), tb["id"], r["label"], v))
                vals = [D(v) if isinstance(v, str) else None for v in r["values"]]
                c = tb["columns"]
                if len(c) >= 5 and "muutokset" in c[1].lower() and None not in vals[:3] and vals[0] + vals[1] != vals[2]:
                    bad += 1
                    print("selfcheck: %s %s %r: TA+muutokset != TA + muutokset" % (os.path.basename(tf), tb["id"], r["label"]))
            for (g, l), v in lab.items():
                if l in ("nettomeno", "netto", "nettomenot") and (g, "menot") in lab and (g, "tulot") in lab:
                    for a, b, n, cn in zip(lab[(g, "menot")], lab[(g, "tulot")], v, tb["columns"]):
                        if None not in (a, b, n) and "%" not in cn and D(a) + D(b) != D(n):
                            bad += 1
                            print("selfcheck: %s %s %s %s: NETTO != MENOT + TULOT" % (os.path.basename(tf), tb["id"], g, cn))
    return bad


def main():
    args = sys.argv[1:]
    only = None
    while args and args[0].startswith("--"):
        opt = args.pop(0)
        if opt == "--ablate":          # --ablate fmt.neg=- / layout.leaders=0 (values: int, 0/1, or text)
            k, _, v = args.pop(0).partition("=")
            ABLATE[k] = (None if v in ("None", "") else
                         int(v) if v.lstrip("-").isdigit() and k.startswith("layout.") else v)
        elif opt == "--only":          # --only 02,10
            only = set(args.pop(0).split(","))
    out = args[0] if args else ".build-holdout/docs"
    os.makedirs(out, exist_ok=True)
    register_fonts()
    for mk in DOCS:
        if only and mk.__name__[3:] not in only:
            continue
        name, d = mk(out)
        truth = {"document": name + ".pdf",
                 "notes": "Hold-out document, truth by construction (tools/holdout/make_holdout.py, %s): %s "
                          "Every value is the canonical decimal of the digits printed; negatives printed in parentheses "
                          "or with a trailing minus are negative; footnote marks after a number are not part of it; "
                          "identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split())),
                 "tables": [table_truth(t) for t in d.tables]}
        with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("%-40s %d tables, %d pages" % (name, len(d.tables), d.page))
    bad = selfcheck(out)
    print("selfcheck: %d problems" % bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
