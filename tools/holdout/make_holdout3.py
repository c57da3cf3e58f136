#!/usr/bin/env python3
"""Third independent hold-out set for Luku: 12 PDFs printed by headless Chromium from HTML.

    make_holdout3.py [--only 03,05] [--keep-html] [--ablate NAME ...] OUTDIR   (default .build-holdout/docs3)

--keep-html keeps each NAME.html beside its PDF. --ablate NAME (repeatable) switches one layout
feature off, for diagnostic variants that isolate a failure's cause (never part of the set):
unit-left (hold3-04, -09: the unit in the label column's header cell set flush left), no-band and
no-repeat (hold3-05: one header row; the header printed once), no-float (hold3-03: the key-figures
box as a block above the prose), one-column (hold3-06: the page in one column).

Needs only Python's standard library, /usr/bin/chromium (or $CHROMIUM) and pdftotext; the pages
use the DejaVu and Liberation fonts (fonts-dejavu-core, fonts-liberation).

Sets 1 and 2 are drawn glyph run by glyph run with reportlab, and rules have been written against
them. This set comes from a different producer: HTML and CSS laid out by Blink and written by Skia
(headless Chromium's print-to-PDF, as HTML-to-PDF services and many municipal web publishing
systems make their PDFs), and its layouts are ones that neither set 1, set 2, shared/synth nor the
corpus show: CSS grid and flexbox "tables" that are not <table>, a key-figures box floated beside
prose, a plan header with a Muutos-% column, italic subtotals, a long <table> whose <thead> Chromium
repeats on every page, a two-column (CSS columns) page with a small table in one column, a notes
column (Liite), a cross-tab of units × cost kinds under wrapped headers, labels wrapped in the cell
with the values vertically centred or top-aligned, letter-spaced capitals, "%" in every cell,
and a unit column (Yksikkö) between the label and the values.

Truth by construction: every value is the canonical decimal of the digits printed, and every
identity is computed on the printed (rounded) values. A table's `page` is where Chromium put its
first row (found in `pdftotext -layout` of the result: the first page at or after the caption's
page that has the row's label). Deterministic: fixed seed per document; Chromium's PDF differs
between runs only in /CreationDate and /ModDate, which are pinned to a fixed date after printing
(same length, so no offset moves): the PDFs are byte-identical on every run (checked with md5sum).
Self-check after generation: every truth number's digits are on its table's pages in
`pdftotext -layout`, every row has one value per column, and the identities hold on the truth.
"""
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
ABLATE = set()   # --ablate NAME: switch one layout feature off (diagnostic variants, never part of the set)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PINNED_DATE = b"D:20260101000000+00'00'"


def q(v, ndec):
    return D(v).quantize(D(1).scaleb(-ndec), rounding=ROUND_HALF_UP)


def rnd(rng, lo, hi, ndec=0):
    if ndec:
        return q(D(rng.randint(int(lo * 10 ** ndec), int(hi * 10 ** ndec))) / (10 ** ndec), ndec)
    return D(rng.randint(int(lo), int(hi)))


def pct(a, b):
    return None if b == 0 else q(D(a) / D(b) * 100, 1)


class NF:
    """How one column prints its numbers: thousands separator, decimals, minus, suffix, plus sign."""

    def __init__(self, thou="\u00a0", ndec=0, neg="-", suffix="", plus=False):
        self.thou, self.ndec, self.neg, self.suffix, self.plus = thou, ndec, neg, suffix, plus


def show(v, f):
    """value -> (printed text, truth value). A str is printed as is and is a text cell."""
    if isinstance(v, str):
        return v, {"text": v}
    v = q(v, f.ndec)
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
    def __init__(self, label, values, cls="", group=None, fmts=None, extra=None):
        self.label, self.values, self.cls, self.group = label, values, cls, group
        self.fmts = fmts            # per-row formats (key figures), else the table's
        self.extra = extra or {}    # layout-specific printed bits (unit text, note reference…)


class Table:
    def __init__(self, tid, caption, columns, rows, fmts, unit=None, identities=()):
        self.id, self.caption, self.columns, self.rows, self.fmts = tid, caption, columns, rows, fmts
        self.unit, self.identities = unit, list(identities)
        self.page = None

    def fmt_of(self, r, ci):
        return (r.fmts or self.fmts)[ci]

    def cell(self, r, ci):
        v = r.values[ci]
        return "" if v is None else show(v, self.fmt_of(r, ci))[0]

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


def e(s):
    return html.escape(s, quote=True)


BASE_CSS = """
@page { size: %(page)s; margin: %(margin)s; }
body { font-family: %(font)s; font-size: %(size)s; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; line-height: 1.35; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
"""


class Doc:
    """One HTML document: body parts appended in order, then printed by Chromium."""

    def __init__(self, name, page="A4", margin="16mm 15mm", font='"Liberation Sans"', size="9pt", css=""):
        self.name, self.parts, self.tables = name, [], []
        self.css = BASE_CSS % {"page": page, "margin": margin, "font": font, "size": size} + css

    def add(self, s):
        self.parts.append(s)

    def html(self):
        return ('<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style>'
                '</head>\n<body>\n%s\n</body></html>\n' % (e(self.name), self.css, "\n".join(self.parts)))


PROSE = [
    "Kunnan talous kehittyi tilikaudella ennakoitua vakaammin. Verotulot kasvoivat, ja toimintakulujen "
    "kasvu jäi talousarviossa arvioitua pienemmäksi. Investoinnit toteutuivat pääosin suunnitellusti.",
    "Palvelutarpeen kasvu näkyi erityisesti ikääntyneiden palveluissa ja varhaiskasvatuksessa, joissa "
    "henkilöstömenot ylittivät arvion. Hankintojen keskittäminen alensi aineiden ja tarvikkeiden menoja.",
    "Valtuusto hyväksyi talousarviomuutokset kesäkuussa ja marraskuussa. Muutokset kohdistuivat "
    "pääosin sivistystoimeen ja teknisiin palveluihin, ja ne on esitetty sarakkeessa TA-muutokset.",
    "Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti "
    "kattamaan poistot, mutta investointien omahankintamenosta vain osan.",
]

INCOME = ["Myyntituotot", "Maksutuotot", "Tuet ja avustukset", "Vuokratuotot", "Muut toimintatuotot"]
COSTS = ["Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet ja tavarat", "Avustukset", "Vuokrat",
         "Muut toimintakulut"]
BOARDS = ["Keskusvaalilautakunta", "Tarkastuslautakunta", "Kaupunginhallitus", "Sivistyslautakunta",
          "Tekninen lautakunta", "Ympäristölautakunta", "Vapaa-aikalautakunta"]


def kaytto_rows(rng, scale):
    """Käyttötalous: TA, Muutokset, TA+muutokset, Toteutuma, Poikkeama (TOT − TA+m), Käyttö-%."""
    rows, heads = [], {}
    for kind, items, sign in (("TOIMINTATUOTOT", INCOME, 1), ("TOIMINTAKULUT", COSTS, -1)):
        its = []
        for it in items:
            ta = rnd(rng, 0.02 * scale, scale) * sign
            a = float(abs(ta))
            mu = rnd(rng, -0.1 * a, 0.15 * a) * sign if rng.random() < 0.5 else D(0)
            tot = ta + mu + rnd(rng, -0.12 * a, 0.12 * a) * sign
            its.append([ta, mu, ta + mu, tot, tot - (ta + mu)])
        s = [sum(r[i] for r in its) for i in range(5)]
        heads[kind] = s
        rows.append(Row(kind, s + [pct(s[3], s[2])], "b"))
        rows.extend(Row(lab, v + [pct(v[3], v[2])], "i1") for lab, v in zip(items, its))
    k = [a + b for a, b in zip(heads["TOIMINTATUOTOT"], heads["TOIMINTAKULUT"])]
    rows.append(Row("TOIMINTAKATE", k + [pct(k[3], k[2])], "b"))
    return rows


KAYTTO_IDS = ["TA+muutokset = TA + Muutokset", "Poikkeama = Toteutuma - TA+muutokset",
              "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT", "Käyttö-% = Toteutuma / TA+muutokset × 100"]


def html_table(t, head_rows, cls="", colgroup=None, caption_tag="h2", body_attr=None, label_head=""):
    """A plain <table>: caption as a heading, header rows given as [[(text, colspan, rowspan)]],
    one <tr> per row with the row's class."""
    out = ["<%s>%s</%s>" % (caption_tag, e(t.caption), caption_tag)] if caption_tag else []
    out.append('<table class="%s">' % cls)
    if colgroup:
        out.append("<colgroup>%s</colgroup>" % "".join('<col style="width:%s">' % w for w in colgroup))
    out.append("<thead>")
    if "unit-left" in ABLATE:      # the unit in the label column's header cell set flush left
        head_rows = [[('<span style="display:block;text-align:left">%s</span>' % head_rows[0][0][0],) + head_rows[0][0][1:]]
                     + head_rows[0][1:]] + head_rows[1:]
    for hr in head_rows:
        out.append("<tr>%s</tr>" % "".join('<th colspan="%d" rowspan="%d">%s</th>' % (cs, rs, tx)
                                           for tx, cs, rs in hr))
    out.append("</thead><tbody>")
    for r in t.rows:
        tds = ['<td class="lab">%s</td>' % e(r.label)]
        tds += ['<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(len(t.columns))]
        out.append('<tr class="%s"%s>%s</tr>' % (r.cls, (" " + body_attr) if body_attr else "", "".join(tds)))
    out.append("</tbody></table>")
    return "\n".join(out)


# ----------------------------------------------------------------- documents

def doc01():
    """CSS grid "table" (display:grid of <div>s, no <table>): a käyttötalous follow-up, TA 2025,
    Muutokset, TA+muutokset, Toteutuma, Poikkeama, Käyttö-% with "%" in each cell; headers over two
    lines in their grid cells, hairline rules as cell borders, NBSP thousands, € integers."""
    rng = random.Random(301)
    d = Doc("hold3-01-css-grid-kaytto", css="""
.grid { display: grid; grid-template-columns: 62mm repeat(6, 19mm); font-size: 8.5pt; }
.grid > div { padding: 2.2pt 3pt; border-bottom: 0.5pt solid #bbb; }
.grid > .h { font-weight: bold; text-align: right; border-bottom: 1pt solid #333; align-self: end; }
.grid > .h.l { text-align: left; }
.grid > .b { font-weight: bold; }
.grid > .i1.lab { padding-left: 12pt; }
""")
    d.add("<h1>Sivistyslautakunta</h1>")
    d.add("<p>%s</p>" % e(PROSE[0]))
    heads = ["TA<br>2025", "Muutokset<br>2025", "TA+muutokset<br>2025", "Toteutuma<br>2025", "Poikkeama<br>€",
             "Käyttö-%<br>&nbsp;"]
    cols = ["TA 2025", "Muutokset 2025", "TA+muutokset 2025", "Toteutuma 2025", "Poikkeama €", "Käyttö-%"]
    f, p = NF(), NF(ndec=1, suffix="\u00a0%")
    for i, (cap, scale) in enumerate((("Käyttötalous, €", 4_000_000), ("Varhaiskasvatus, €", 900_000))):
        t = Table("kaytto-%d" % (i + 1), cap, cols, kaytto_rows(rng, scale), [f] * 5 + [p], unit="€",
                  identities=KAYTTO_IDS)
        out = ["<h2>%s</h2>" % e(cap), '<div class="grid">', '<div class="h l">&nbsp;</div>']
        out += ['<div class="h">%s</div>' % h for h in heads]
        for r in t.rows:
            out.append('<div class="%s lab">%s</div>' % (r.cls, e(r.label)))
            out += ['<div class="%s num">%s</div>' % (r.cls, e(t.cell(r, ci))) for ci in range(6)]
        out.append("</div>")
        d.add("\n".join(out))
        d.tables.append(t)
        d.add("<p>%s</p>" % e(PROSE[1 + i]))
    return d


def doc02():
    """Flexbox rows (each row a flex container of <span>s, no <table>): määrärahat of six boards,
    MENOT / TULOT / NETTOMENO under a board-name row, and a Yhteensä group; the plan header
    TP 2024 | TA 2025 | TA 2026 | Muutos-% | TS 2027 | TS 2028, the Muutos-% (TA 2026 against TA 2025)
    between the budget and the plan years; landscape; space thousands."""
    rng = random.Random(302)
    d = Doc("hold3-02-flex-plan-muutos", page="A4 landscape", font='"DejaVu Sans"', size="8.5pt", css="""
.row { display: flex; border-bottom: 0.4pt solid #ccc; }
.row > span { padding: 1.5pt 4pt; }
.row > .lab { flex: 0 0 70mm; }
.row > .num { flex: 0 0 27mm; }
.row.hd { font-weight: bold; border-bottom: 1pt solid #000; border-top: 1pt solid #000; background: #e6eef5; }
.row.hd > .num { text-align: right; }
.row.grp { font-weight: bold; border-bottom: none; padding-top: 4pt; }
.row.it > .lab { padding-left: 14pt; }
.row.tot { font-weight: bold; }
""")
    d.add("<h1>Määrärahat ja tuloarviot 2026–2028</h1>")
    d.add("<p>%s</p>" % e(PROSE[2]))
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%", "TS 2027", "TS 2028"]
    f, p = NF(thou=" "), NF(thou=" ", ndec=1)
    rows, acc = [], None
    for b in BOARDS[1:]:
        m = [-rnd(rng, 80_000, 6_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 1_500_000) if rng.random() < 0.85 else D(0) for _ in range(5)]
        n = [a + c for a, c in zip(m, tl)]
        blk = [m, tl, n]
        acc = blk if acc is None else [[x + z for x, z in zip(A, B)] for A, B in zip(acc, blk)]
        for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), blk):
            rows.append(Row(lab, v[:3] + [pct(v[2] - v[1], v[1])] + v[3:], "it", group=b))
    for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), acc):
        rows.append(Row(lab, v[:3] + [pct(v[2] - v[1], v[1])] + v[3:], "it tot", group="Yhteensä"))
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [f, f, f, p, f, f], unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups",
                          "Muutos-% = (TA 2026 - TA 2025) / TA 2025 × 100"])
    out = ['<div class="flex-table">', '<div class="row hd"><span class="lab">€</span>%s</div>'
           % "".join('<span class="num">%s</span>' % e(c) for c in cols)]
    last = None
    for r in rows:
        if r.group != last:
            out.append('<div class="row grp"><span class="lab">%s</span></div>' % e(r.group))
            last = r.group
        out.append('<div class="row %s"><span class="lab">%s</span>%s</div>' % (
            r.cls, e(r.label), "".join('<span class="num">%s</span>' % e(t.cell(r, ci)) for ci in range(6))))
    out.append("</div>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc03():
    """A key-figures box floated right beside prose (an <aside> with float:right, 75 mm wide, shaded,
    its own small <table>): TP 2024 | TA 2025 | TA 2026, a format per row (inhabitants, tax rate with
    two decimals and no "%", € per inhabitant, staff in htv with one decimal); the prose runs down its
    left side and on under it."""
    rng = random.Random(303)
    d = Doc("hold3-03-keyfigures-aside", font='"Liberation Serif"', size="10pt", css="""
aside { FLOAT width: 78mm; margin: 0 0 6pt 10pt; background: #eef2f6; padding: 5pt 6pt;
        font-family: "Liberation Sans"; font-size: 8pt; }
aside h3 { font-size: 9pt; margin: 0 0 3pt 0; }
aside table { border-collapse: collapse; width: 100%; }
aside th { text-align: right; border-bottom: 0.8pt solid #333; padding: 1pt 2pt; }
aside td { padding: 1.5pt 2pt; border-bottom: 0.3pt solid #bbb; }
aside td.lab { text-align: left; }
""".replace("FLOAT", "" if "no-float" in ABLATE else "float: right;"))
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    nf0, pc2, nf1 = NF(), NF(ndec=2), NF(ndec=1)
    base = rnd(rng, 8_000, 40_000)
    specs = [("Asukasluku 31.12.", lambda i: base - 120 * i + rng.randint(-40, 40), nf0),
             ("Tuloveroprosentti", lambda i: D("8.40") + D("0.10") * (i // 2), pc2),
             ("Verotulot, €/asukas", lambda i: rnd(rng, 3_900, 4_600), nf0),
             ("Valtionosuudet, €/asukas", lambda i: rnd(rng, 1_500, 2_600), nf0),
             ("Vuosikate, €/asukas", lambda i: rnd(rng, -150, 480), nf0),
             ("Lainakanta, €/asukas", lambda i: rnd(rng, 2_100, 5_600), nf0),
             ("Henkilöstö, htv", lambda i: rnd(rng, 400, 1_400, 1), nf1),
             ("Investoinnit, 1 000 €", lambda i: rnd(rng, 2_000, 18_000, 1), nf1)]
    rows = [Row(lab, [fn(i) for i in range(3)], fmts=[fm] * 3) for lab, fn, fm in specs]
    t = Table("tunnusluvut", "Keskeiset tunnusluvut", cols, rows, [nf0] * 3)
    d.add("<h1>1 Kunnanjohtajan katsaus</h1>")
    box = ['<aside><h3>%s</h3><table><thead><tr><th></th>%s</tr></thead><tbody>' % (
        e(t.caption), "".join("<th>%s</th>" % c for c in cols))]
    for r in rows:
        box.append('<tr><td class="lab">%s</td>%s</tr>' % (
            e(r.label), "".join('<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(3))))
    box.append("</tbody></table></aside>")
    d.add("\n".join(box))
    for k in range(3):
        for s in PROSE:
            d.add("<p>%s</p>" % e(s))
    d.tables.append(t)
    return d


def doc04():
    """Tuloslaskelma over a plan (TP 2024 | TA 2025 | TA 2026 | Muutos-% | TS 2027 | TS 2028), 1 000 €
    with one decimal, U+2212 minus; the computed lines (Toimintakate, Vuosikate, Tilikauden tulos,
    Tilikauden yli-/alijäämä) are set in italics as subtotals, with no bold and no rule of their own,
    items and subtotals at the same indent."""
    rng = random.Random(304)
    d = Doc("hold3-04-italic-subtotals", font='"DejaVu Serif"', size="9pt", css="""
table { border-collapse: collapse; font-size: 8.5pt; }
th { text-align: right; font-weight: normal; border-bottom: 0.8pt solid #000; padding: 2pt 5pt; }
td { padding: 1.6pt 5pt; }
tr.s td { font-style: italic; }
td.lab { width: 68mm; }
""")
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%", "TS 2027", "TS 2028"]
    f, p = NF(thou=" ", ndec=1, neg="\u2212"), NF(thou=" ", ndec=1, neg="\u2212")
    per = 5
    def v(lo, hi):
        return [rnd(rng, lo, hi, 1) for _ in range(per)]
    rows, val = [], {}
    val["Toimintatuotot"] = v(18_000, 26_000)
    val["Toimintakulut"] = [-x for x in v(120_000, 160_000)]
    val["Toimintakate"] = [a + b for a, b in zip(val["Toimintatuotot"], val["Toimintakulut"])]
    val["Verotulot"] = v(70_000, 90_000)
    val["Valtionosuudet"] = v(35_000, 60_000)
    val["Rahoitustuotot ja -kulut"] = [x - D(900) for x in v(0, 1_500)]
    val["Vuosikate"] = [sum(x) for x in zip(val["Toimintakate"], val["Verotulot"], val["Valtionosuudet"],
                                            val["Rahoitustuotot ja -kulut"])]
    val["Poistot ja arvonalentumiset"] = [-x for x in v(4_000, 7_000)]
    val["Tilikauden tulos"] = [a + b for a, b in zip(val["Vuosikate"], val["Poistot ja arvonalentumiset"])]
    val["Poistoeron muutos"] = v(0, 300)
    val["Tilikauden yli-/alijäämä"] = [a + b for a, b in zip(val["Tilikauden tulos"], val["Poistoeron muutos"])]
    subt = {"Toimintakate", "Vuosikate", "Tilikauden tulos", "Tilikauden yli-/alijäämä"}
    for k, x in val.items():
        rows.append(Row(k, x[:3] + [pct(x[2] - x[1], abs(x[1]))] + x[3:], "s" if k in subt else ""))
    t = Table("tuloslaskelma", "Tuloslaskelma", cols, rows, [f, f, f, p, f, f], unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot", "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    d.add("<h1>5 Tuloslaskelmaosa</h1>")
    d.add("<p>%s</p>" % e(PROSE[3]))
    d.add(html_table(t, [[("1 000 €", 1, 1)] + [(c, 1, 1) for c in cols]]))
    d.tables.append(t)
    d.add("<p>Muutos-% kuvaa talousarvion 2026 muutosta talousarvioon 2025 verrattuna.</p>")
    return d


PROJ_A = ["Koulukeskuksen", "Päiväkoti Tähkän", "Uimahallin", "Kirjaston", "Terveysaseman", "Palolaitoksen",
          "Liikuntahallin", "Nuorisotalon", "Vanhustentalon", "Kaupungintalon", "Varikon", "Seurakuntatalon"]
PROJ_B = ["peruskorjaus", "laajennus", "ilmanvaihdon uusiminen", "katon uusiminen", "esteettömyyskorjaukset",
          "energiatehokkuusinvestoinnit", "piha-alueen kunnostus", "sisätilojen muutostyöt"]
STREETS = ["Koivukujan", "Rantatien", "Myllytien", "Asemakadun", "Kirkkotien", "Teollisuustien", "Puistotien",
           "Harjun", "Peltotien", "Niittytien", "Kalliokadun", "Salmentien"]
STREET_B = ["saneeraus", "päällystys", "katuvalaistus", "vesihuollon saneeraus", "kevyen liikenteen väylä",
            "liikenneturvallisuuden parantaminen"]


def doc05():
    """A long investment <table> over three pages whose <thead> (two header rows: a band `Talousarvio
    ja taloussuunnitelma` over the plan years) Chromium repeats at the top of every page; five
    project groups with a `… yhteensä` row each and `Investoinnit yhteensä` at the end; the caption
    is printed once; no running header."""
    rng = random.Random(305)
    d = Doc("hold3-05-long-thead-repeat", font='"Liberation Sans"', size="8.5pt", css="""
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
thead th { text-align: right; padding: 2pt 4pt; background: #dde3ea; }
thead th.band { text-align: center; border-bottom: 0.5pt solid #555; }
thead tr:last-child th { border-bottom: 1pt solid #000; }
td { padding: 1.8pt 4pt; border-bottom: 0.3pt solid #ccc; }
tr.sub td { font-weight: bold; border-top: 0.8pt solid #000; }
tr.grp td { font-weight: bold; padding-top: 6pt; border-bottom: none; }
tr { break-inside: avoid; }
""")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    f = NF()
    groups = [("Talonrakennus", [a + " " + b for a in PROJ_A for b in PROJ_B[:3]]),
              ("Kadut ja liikenneväylät", [a + " " + b for a in STREETS for b in STREET_B[:2]]),
              ("Vesihuolto", ["Vesijohtoverkoston saneeraus, alue %d" % i for i in range(1, 27)]),
              ("Liikunta- ja ulkoilualueet", ["Lähiliikuntapaikka %s" % s for s in
                                              ("Kirkonkylä", "Asemanseutu", "Harju", "Niittymäki", "Ranta",
                                               "Koivisto", "Pelto", "Kallio", "Salmi", "Mylly")]),
              ("Irtain omaisuus", ["Kalusto ja laitteet, %s" % s for s in
                                   ("sivistystoimi", "tekninen toimi", "hallinto", "vapaa-aikatoimi",
                                    "ympäristötoimi", "ruokapalvelut", "siivouspalvelut", "tietohallinto")])]
    rows, grand = [], [D(0)] * 5
    for g, names in groups:
        names = names[:30]
        acc = [D(0)] * 5
        for nm in names:
            ka = rnd(rng, 50_000, 3_000_000)
            share = [rnd(rng, 0, int(ka) // 2) if rng.random() < 0.8 else D(0) for _ in range(4)]
            vals = [ka] + [-x for x in share]
            rows.append(Row(nm, vals, "", group=g))
            acc = [a + b for a, b in zip(acc, vals)]
        rows.append(Row(g + " yhteensä", acc, "sub", group=g))
        grand = [a + b for a, b in zip(grand, acc)]
    rows.append(Row("Investoinnit yhteensä", grand, "sub"))
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.add("<h1>7 Investointiosa</h1>")
    d.add("<p>%s</p>" % e(PROSE[3]))
    d.add("<h2>%s</h2>" % e(t.caption))
    out = ['<table><thead>', '<tr><th rowspan="2" style="text-align:left">€</th><th rowspan="2">Kustannusarvio</th>'
           '<th class="band" colspan="4">Talousarvio ja taloussuunnitelma</th></tr>',
           "<tr>%s</tr>" % "".join("<th>%s</th>" % c for c in cols[1:]), "</thead><tbody>"]
    if "no-band" in ABLATE:        # one header row, no band over the plan years
        out[1:3] = ['<tr><th style="text-align:left">€</th>%s</tr>' % "".join("<th>%s</th>" % c for c in cols)]
    if "no-repeat" in ABLATE:      # the header printed once (thead as an ordinary row group)
        out[0] = '<table><thead style="display:table-row-group">'

    last = None
    for r in rows:
        if r.group != last and r.group is not None:
            out.append('<tr class="grp"><td colspan="6">%s</td></tr>' % e(r.group))
            last = r.group
        out.append('<tr class="%s"><td>%s</td>%s</tr>' % (r.cls, e(r.label), "".join(
            '<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(5))))
    out.append("</tbody></table>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc06():
    """A two-column page (CSS column-count: 2): prose in both columns, and in the left column a small
    määrärahat table (TA 2025 | TOT 2025 | Käyttö-%) of three boards with MENOT / TULOT / NETTOMENO
    under group rows, 8 pt; the right column's prose lines stand level with the table's rows."""
    rng = random.Random(306)
    d = Doc("hold3-06-two-column-small-table", font='"DejaVu Serif"', size="9pt", css="""
.cols { column-count: COLUMNS; column-gap: 9mm; }
.cols table { border-collapse: collapse; width: 100%; font-family: "DejaVu Sans Condensed", "DejaVu Sans";
              font-size: 7.5pt; margin: 4pt 0 8pt 0; break-inside: avoid; }
.cols th { text-align: right; border-bottom: 0.8pt solid #000; padding: 1pt 2pt; }
.cols td { padding: 1.2pt 2pt; }
.cols tr.grp td { font-weight: bold; padding-top: 3pt; }
.cols h3 { font-size: 9pt; margin: 6pt 0 2pt 0; font-family: "DejaVu Sans"; }
""".replace("COLUMNS", "1" if "one-column" in ABLATE else "2"))
    cols = ["TA 2025", "TOT 2025", "Käyttö-%"]
    f, p = NF(), NF(ndec=1)
    rows = []
    for b in BOARDS[:3]:
        m_ta, t_ta = -rnd(rng, 40_000, 900_000), rnd(rng, 0, 60_000)
        m_to = m_ta + rnd(rng, -0.1 * float(-m_ta), 0.1 * float(-m_ta))
        t_to = t_ta + rnd(rng, -5_000, 5_000)
        for lab, a, b2 in (("MENOT", m_ta, m_to), ("TULOT", t_ta, t_to), ("NETTOMENO", m_ta + t_ta, m_to + t_to)):
            rows.append(Row(lab, [a, b2, pct(b2, a)], "", group=b))
    t = Table("maararahat", "Määrärahojen toteutuminen", cols, rows, [f, f, p], unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Käyttö-% = TOT / TA × 100"])
    tab = ['<h3>%s</h3>' % e(t.caption), "<table><thead><tr><th style=\"text-align:left\">€</th>%s</tr></thead><tbody>"
           % "".join("<th>%s</th>" % c for c in cols)]
    last = None
    for r in rows:
        if r.group != last:
            tab.append('<tr class="grp"><td colspan="4">%s</td></tr>' % e(r.group))
            last = r.group
        tab.append("<tr><td>%s</td>%s</tr>" % (e(r.label), "".join('<td class="num">%s</td>' % e(t.cell(r, ci))
                                                                     for ci in range(3))))
    tab.append("</tbody></table>")
    d.add("<h1>2 Yleishallinto</h1>")
    d.add('<div class="cols">')
    d.add("<p>%s</p><p>%s</p>" % (e(PROSE[0]), e(PROSE[2])))
    d.add("\n".join(tab))
    for s in PROSE + PROSE[:3]:
        d.add("<p>%s</p>" % e(s))
    d.add("</div>")
    d.tables.append(t)
    return d


def doc07():
    """A tase (vastaavaa, then vastattavaa) in € with cents with a notes column `Liite` between the
    label and the years: the note reference (a small integer) printed on some rows, the column
    otherwise empty; outline markers A, I, II in the labels; 31.12.2025 | 31.12.2024."""
    rng = random.Random(307)
    d = Doc("hold3-07-liite-column", font='"Liberation Sans"', size="9pt", css="""
table { border-collapse: collapse; font-size: 8.5pt; }
th { text-align: right; border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
th.liite, td.liite { text-align: center; width: 14mm; }
td { padding: 1.6pt 6pt; }
td.lab { width: 80mm; }
tr.b td { font-weight: bold; }
tr.i1 td.lab { padding-left: 14pt; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #000; border-bottom: 1.6pt double #000; }
""")
    f = NF(ndec=2)
    def two(lo, hi):
        return [rnd(rng, lo, hi, 2) for _ in range(2)]
    va = [("A PYSYVÄT VASTAAVAT", None, "b", None), ("I Aineettomat hyödykkeet", "2", "i1", two(50_000, 900_000)),
          ("II Aineelliset hyödykkeet", "3", "i1", two(40_000_000, 90_000_000)),
          ("III Sijoitukset", "4", "i1", two(5_000_000, 20_000_000)),
          ("B TOIMEKSIANTOJEN VARAT", None, "b", two(0, 400_000)),
          ("C VAIHTUVAT VASTAAVAT", None, "b", None), ("I Vaihto-omaisuus", None, "i1", two(10_000, 300_000)),
          ("II Saamiset", "5", "i1", two(2_000_000, 9_000_000)),
          ("III Rahoitusarvopaperit", "6", "i1", two(0, 3_000_000)),
          ("IV Rahat ja pankkisaamiset", None, "i1", two(1_000_000, 12_000_000))]
    va[0] = (va[0][0], None, "b", [va[1][3][i] + va[2][3][i] + va[3][3][i] for i in range(2)])
    va[5] = (va[5][0], None, "b", [sum(x[3][i] for x in va[6:]) for i in range(2)])
    tot = [va[0][3][i] + va[4][3][i] + va[5][3][i] for i in range(2)]
    va.append(("VASTAAVAA YHTEENSÄ", None, "tot", tot))
    vt = [("A OMA PÄÄOMA", None, "b", None), ("I Peruspääoma", "7", "i1", two(20_000_000, 40_000_000)),
          ("II Muut omat rahastot", None, "i1", two(0, 2_000_000)),
          ("III Edellisten tilikausien ylijäämä", None, "i1", two(1_000_000, 15_000_000)),
          ("IV Tilikauden yli-/alijäämä", None, "i1", [rnd(rng, -2_000_000, 3_000_000, 2) for _ in range(2)]),
          ("B POISTOERO JA VAPAAEHTOISET VARAUKSET", "8", "b", two(0, 2_000_000)),
          ("C PAKOLLISET VARAUKSET", "9", "b", two(0, 800_000)),
          ("D TOIMEKSIANTOJEN PÄÄOMAT", None, "b", two(0, 500_000))]
    vt[0] = (vt[0][0], None, "b", [sum(x[3][i] for x in vt[1:5]) for i in range(2)])
    rest = [tot[i] - vt[0][3][i] - vt[5][3][i] - vt[6][3][i] - vt[7][3][i] for i in range(2)]
    lyh = [rnd(rng, 2_000_000, 8_000_000, 2) for _ in range(2)]
    vt += [("E VIERAS PÄÄOMA", "10", "b", rest), ("I Pitkäaikainen", None, "i1", [rest[i] - lyh[i] for i in range(2)]),
           ("II Lyhytaikainen", None, "i1", lyh), ("VASTATTAVAA YHTEENSÄ", None, "tot", tot)]
    cols = ["Liite", "31.12.2025", "31.12.2024"]
    tabs = []
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        rows = [Row(lab, [None if note is None else note] + vals if vals else [None, None, None], cls)
                for lab, note, cls, vals in lines]
        tabs.append(Table(tid, cap, cols, rows, [f] * 3, unit="€",
                          identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"]))
    d.add("<h1>Tase</h1>")
    for t in tabs:
        out = ["<h2>%s</h2>" % t.caption, '<table><thead><tr><th style="text-align:left">€</th><th class="liite">Liite</th>'
               "<th>31.12.2025</th><th>31.12.2024</th></tr></thead><tbody>"]
        for r in t.rows:
            out.append('<tr class="%s"><td class="lab">%s</td><td class="liite">%s</td>%s</tr>' % (
                r.cls, e(r.label), e(r.values[0] or ""), "".join('<td class="num">%s</td>' % e(t.cell(r, ci))
                                                                 for ci in (1, 2))))
        out.append("</tbody></table>")
        d.add("\n".join(out))
        d.tables.append(t)
    return d


def doc08():
    """A cross-tab: cost centres (rows) × cost kinds (columns: Henkilöstökulut, Palvelujen ostot,
    Aineet, tarvikkeet ja tavarat, Avustukset, Muut toimintakulut, Yhteensä), the long headers
    wrapped by the browser over two or three lines in narrow columns, a Yhteensä column and a
    Yhteensä row; costs printed positive; full grid; landscape."""
    rng = random.Random(308)
    d = Doc("hold3-08-crosstab-costkinds", page="A4 landscape", font='"DejaVu Sans"', size="8.5pt", css="""
table { border-collapse: collapse; font-size: 8pt; }
th, td { border: 0.4pt solid #666; padding: 2pt 4pt; }
th { width: 22mm; text-align: right; vertical-align: bottom; background: #eee; }
th.lab { width: 60mm; text-align: left; }
tr.tot td { font-weight: bold; }
""")
    kinds = ["Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet ja tavarat", "Avustukset", "Muut toimintakulut"]
    cols = kinds + ["Yhteensä"]
    units = ["Hallinto", "Varhaiskasvatus", "Perusopetus", "Lukiokoulutus", "Kirjasto", "Kulttuuripalvelut",
             "Liikuntapalvelut", "Nuorisopalvelut", "Ruokapalvelut", "Siivouspalvelut"]
    f = NF()
    rows, acc = [], [D(0)] * 6
    for u in units:
        v = [rnd(rng, 10_000, 3_000_000), rnd(rng, 5_000, 1_500_000), rnd(rng, 1_000, 400_000),
             rnd(rng, 0, 200_000) if rng.random() < 0.6 else D(0), rnd(rng, 1_000, 300_000)]
        v.append(sum(v))
        rows.append(Row(u, v))
        acc = [a + b for a, b in zip(acc, v)]
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("kustannuslajit", "Toimintakulut tulosyksiköittäin ja kustannuslajeittain 2025", cols, rows, [f] * 6,
              unit="€", identities=["Yhteensä (column) = sum of the kinds", "Yhteensä (row) = sum of the units"])
    d.add("<h1>Sivistystoimi</h1>")
    d.add(html_table(t, [[('<span class="lab">€</span>', 1, 1)] + [(e(c), 1, 1) for c in cols]]).replace(
        '<th colspan="1" rowspan="1"><span class="lab">€</span></th>', '<th class="lab">€</th>'))
    d.tables.append(t)
    return d


def doc09():
    """Labels wrapped inside their table cell by the browser: a rahoituslaskelma (2025 | 2024, € with
    cents) with a narrow label column, whose cells are vertically centred (the HTML default: the
    values stand between the label's lines, or on its middle line), and an investment summary whose
    cells are top-aligned (values on the label's first line)."""
    rng = random.Random(309)
    d = Doc("hold3-09-wrapped-labels-valign", font='"Liberation Sans"', size="9pt", css="""
table { border-collapse: collapse; font-size: 8.5pt; }
th { text-align: right; border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
td { padding: 2pt 6pt; border-bottom: 0.3pt solid #ccc; }
td.lab { width: 45mm; }
table.top td { vertical-align: top; }
tr.b td { font-weight: bold; }
""")
    c = []
    for _ in range(2):
        v = {}
        v["Toiminnan rahavirta: vuosikate"] = rnd(rng, -2_000_000, 6_000_000, 2)
        v["Satunnaiset erät ja tulorahoituksen korjauserät yhteensä"] = -rnd(rng, 0, 400_000, 2)
        v["Investointien rahavirta: investointimenot aineellisiin ja aineettomiin hyödykkeisiin"] = -rnd(rng, 2_000_000, 9_000_000, 2)
        v["Rahoitusosuudet investointimenoihin valtiolta ja muilta"] = rnd(rng, 0, 900_000, 2)
        v["Pysyvien vastaavien hyödykkeiden luovutustulot"] = rnd(rng, 0, 500_000, 2)
        v["Toiminnan ja investointien rahavirta"] = sum(v.values())
        v["Antolainasaamisten muutokset yhteensä"] = rnd(rng, -50_000, 50_000, 2)
        v["Pitkäaikaisten lainojen lisäys rahoituslaitoksilta"] = rnd(rng, 0, 6_000_000, 2)
        v["Pitkäaikaisten lainojen vähennys"] = -rnd(rng, 1_000_000, 4_000_000, 2)
        v["Lyhytaikaisten lainojen muutos"] = rnd(rng, -1_000_000, 1_000_000, 2)
        v["Rahoituksen rahavirta"] = sum(v[k] for k in list(v)[6:10])
        v["Rahavarojen muutos"] = v["Toiminnan ja investointien rahavirta"] + v["Rahoituksen rahavirta"]
        c.append(v)
    bold = {"Toiminnan ja investointien rahavirta", "Rahoituksen rahavirta", "Rahavarojen muutos"}
    t1 = Table("rahoituslaskelma", "Rahoituslaskelma", ["2025", "2024"],
               [Row(k, [x[k] for x in c], "b" if k in bold else "") for k in c[0]], [NF(ndec=2)] * 2, unit="€",
               identities=["Toiminnan ja investointien rahavirta = sum of the lines above",
                           "Rahavarojen muutos = both rahavirrat"])
    f = NF()
    rows, acc = [], [D(0)] * 4
    for nm in ["Yhtenäiskoulun rakentaminen ja vanhan koulurakennuksen purkaminen",
               "Keskustan liikennejärjestelyt, Asemakadun ja Kirkkotien risteysalue",
               "Jätevedenpuhdistamon saneeraus ja kapasiteetin nosto",
               "Päiväkotien ja koulujen piha-alueiden kunnostusohjelma",
               "Vesijohtoverkoston saneeraus"]:
        ta = rnd(rng, 300_000, 6_000_000)
        mu = rnd(rng, -200_000, 400_000) if rng.random() < 0.6 else D(0)
        tot = ta + mu - rnd(rng, 0, int(ta) // 3)
        v = [ta, mu, ta + mu, tot]
        rows.append(Row(nm, v))
        acc = [a + b for a, b in zip(acc, v)]
    rows.append(Row("Yhteensä", acc, "b"))
    t2 = Table("investoinnit", "Investointien toteutuminen", ["TA 2025", "Muutokset", "TA+muutokset", "TOT 2025"],
               rows, [f] * 4, unit="€", identities=["TA+muutokset = TA + Muutokset", "Yhteensä = sum of the projects"])
    d.add("<h1>Rahoitusosa</h1>")
    d.add(html_table(t1, [[("€", 1, 1), ("2025", 1, 1), ("2024", 1, 1)]]))
    d.add(html_table(t2, [[("€", 1, 1)] + [(c, 1, 1) for c in t2.columns]], cls="top"))
    d.tables += [t1, t2]
    return d


def doc10():
    """Letter-spaced capitals (CSS letter-spacing 0.12em on the headers and on the upper-case group
    rows, as web style sheets set them), U+2212 minus and narrow no-break space (U+202F) thousands in
    a käyttötalous follow-up; a caption in small caps (font-variant: small-caps)."""
    rng = random.Random(310)
    d = Doc("hold3-10-letterspaced-caps", font='"DejaVu Sans"', size="8.5pt", css="""
h2 { font-variant: small-caps; letter-spacing: 0.05em; }
table { border-collapse: collapse; font-size: 8pt; }
th { text-align: right; letter-spacing: 0.12em; text-transform: uppercase; font-size: 7pt;
     border-bottom: 0.8pt solid #000; padding: 2pt 4pt; }
td { padding: 1.8pt 4pt; }
tr.b td.lab { letter-spacing: 0.12em; }
tr.b td { font-weight: bold; }
tr.i1 td.lab { padding-left: 12pt; }
""")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    f, p = NF(thou="\u202f", neg="\u2212"), NF(ndec=1, neg="\u2212")
    t = Table("kaytto", "Tekninen lautakunta, käyttötalous", cols, kaytto_rows(rng, 2_500_000), [f] * 5 + [p],
              unit="€", identities=KAYTTO_IDS)
    d.add("<h1>Tekniset palvelut</h1><p>%s</p>" % e(PROSE[1]))
    # headers print upper-case through CSS; the truth keeps them as written in the HTML
    d.add(html_table(t, [[("€", 1, 1)] + [(c, 1, 1) for c in cols]]))
    d.tables.append(t)
    return d


def doc11():
    """Percentages only, with "%" in every cell: each board's budget use after each quarter
    (1–3/2025 | 1–6/2025 | 1–9/2025 | 1–12/2025, period headers) and its share of the total,
    each cell followed by a thin inline bar (a <div> with a background, no text) in a column of its
    own at the right."""
    rng = random.Random(311)
    d = Doc("hold3-11-percent-cells-bars", font='"Liberation Sans"', size="9pt", css="""
table { border-collapse: collapse; font-size: 8.5pt; }
th { text-align: right; border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
td { padding: 2pt 6pt; border-bottom: 0.3pt solid #ddd; }
td.bar div { height: 6pt; background: #4a7bb7; }
td.bar { width: 40mm; }
tr.b td { font-weight: bold; }
""")
    cols = ["1–3/2025", "1–6/2025", "1–9/2025", "1–12/2025", "Osuus"]
    p = NF(ndec=1, suffix=" %")
    rows = []
    shares = [rng.randint(20, 400) for _ in BOARDS]
    tot = sum(shares)
    for b, s in zip(BOARDS, shares):
        q1 = rnd(rng, 18, 28, 1)
        v = [q1, q1 + rnd(rng, 20, 27, 1), None, None]
        v[2] = v[1] + rnd(rng, 20, 27, 1)
        v[3] = v[2] + rnd(rng, 20, 30, 1)
        rows.append(Row(b, v + [pct(s, tot)]))
    t = Table("toteutumisaste", "Talousarvion toteutumisaste toimielimittäin", cols, rows, [p] * 5, unit="%")
    out = ["<h1>Osavuosikatsaus</h1>", "<p>%s</p>" % e(PROSE[2]), "<h2>%s</h2>" % e(t.caption),
           '<table><thead><tr><th style="text-align:left">Toimielin</th>%s<th></th></tr></thead><tbody>'
           % "".join("<th>%s</th>" % c for c in cols)]
    for r in rows:
        out.append('<tr><td>%s</td>%s<td class="bar"><div style="width:%s%%"></div></td></tr>' % (
            e(r.label), "".join('<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(5)),
            min(100, int(r.values[3]))))
    out.append("</tbody></table>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc12():
    """Key figures with a unit column (Mittari | Yksikkö | TP 2024 | TA 2025 | TA 2026): the unit of
    each row (`€`, `htv`, `kpl`, `%`, `€/asukas`, `pv`) printed as text in its own column between
    the label and the values, as performance-indicator tables print it; per-row number formats."""
    rng = random.Random(312)
    d = Doc("hold3-12-unit-column", font='"DejaVu Sans"', size="8.5pt", css="""
table { border-collapse: collapse; font-size: 8pt; }
th { text-align: right; border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
th.u, td.u { text-align: left; }
td { padding: 2pt 6pt; border-bottom: 0.3pt solid #ccc; }
""")
    cols = ["Yksikkö", "TP 2024", "TA 2025", "TA 2026"]
    n0, n1, n2 = NF(thou=" "), NF(thou=" ", ndec=1), NF(thou=" ", ndec=2)
    specs = [("Lapsia varhaiskasvatuksessa", "kpl", n0, lambda: rnd(rng, 300, 1_400)),
             ("Varhaiskasvatuksen nettokustannus", "€/lapsi", n0, lambda: rnd(rng, 9_000, 14_000)),
             ("Henkilöstö", "htv", n1, lambda: rnd(rng, 80, 320, 1)),
             ("Sairauspoissaolot", "pv/htv", n1, lambda: rnd(rng, 8, 19, 1)),
             ("Perusopetuksen oppilaat", "kpl", n0, lambda: rnd(rng, 900, 3_000)),
             ("Opetustunnit", "h/oppilas", n2, lambda: rnd(rng, 1, 2, 2)),
             ("Kirjaston lainaukset", "kpl", n0, lambda: rnd(rng, 90_000, 260_000)),
             ("Toimintakate", "€", n0, lambda: -rnd(rng, 20_000_000, 60_000_000)),
             ("Toimintakate", "€/asukas", n0, lambda: -rnd(rng, 1_500, 3_500)),
             ("Kattavuus", "%", n1, lambda: rnd(rng, 5, 25, 1))]
    rows = [Row(lab, [u] + [fn() for _ in range(3)], fmts=[n0, fm, fm, fm]) for lab, u, fm, fn in specs]
    t = Table("tunnusluvut", "Sivistystoimen tunnusluvut", cols, rows, [n0] * 4)
    d.add("<h1>Sivistystoimi</h1><p>%s</p>" % e(PROSE[0]))
    out = ["<h2>%s</h2>" % e(t.caption), '<table><thead><tr><th style="text-align:left">Mittari</th>'
           '<th class="u">Yksikkö</th>%s</tr></thead><tbody>' % "".join("<th>%s</th>" % c for c in cols[1:])]
    for r in rows:
        out.append('<tr><td>%s</td><td class="u">%s</td>%s</tr>' % (
            e(r.label), e(r.values[0]), "".join('<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in (1, 2, 3))))
    out.append("</tbody></table>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


# ----------------------------------------------------------------- printing and checking

def print_pdf(html_path, pdf_path):
    """Chromium's print-to-PDF; then pin /CreationDate and /ModDate (same length) so runs agree."""
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([CHROMIUM, "--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=" + prof,
                        "--print-to-pdf=" + pdf_path, "--no-pdf-header-footer", "file://" + os.path.abspath(html_path)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    data = open(pdf_path, "rb").read()
    data = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}\+00'00'\)",
                  lambda m: b"/" + m.group(1) + b" (" + PINNED_DATE + b")", data)
    open(pdf_path, "wb").write(data)


def pages_text(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def place_tables(d, pages):
    """Each table's page: the first page, at or after its caption's page, that has its first row's label."""
    sq = [squash(p) for p in pages]
    for t in d.tables:
        start = next((i for i, p in enumerate(sq) if squash(t.caption) in p), 0)
        first = next(r for r in t.rows if any(v is not None for v in r.values))
        t.page = 1 + next((i for i in range(start, len(sq)) if squash(first.label) in sq[i]), start)


def identities_hold(tb):
    """The arithmetic named in the truth holds on the truth values (the ones this set relies on)."""
    bad = []
    cols = tb["columns"]
    num = lambda x: D(x) if isinstance(x, str) else None
    by = {}
    for r in tb["rows"]:
        by.setdefault((r.get("group"), r["label"]), r["values"])
    for (g, l), v in by.items():
        if l == "NETTOMENO" and (g, "MENOT") in by and (g, "TULOT") in by:
            for i, c in enumerate(cols):
                a, b, n = num(by[(g, "MENOT")][i]), num(by[(g, "TULOT")][i]), num(v[i])
                if None not in (a, b, n) and "%" not in c and a + b != n:
                    bad.append("%s %s: NETTOMENO != MENOT + TULOT" % (g, c))
        if l == "TOIMINTAKATE":
            for i, c in enumerate(cols):
                a, b, n = num(by[(g, "TOIMINTATUOTOT")][i]), num(by[(g, "TOIMINTAKULUT")][i]), num(v[i])
                if "%" not in c and a + b != n:
                    bad.append("%s: TOIMINTAKATE != TUOTOT + KULUT" % c)
    ci = {c: i for i, c in enumerate(cols)}
    for ta, mu, tm in (("TA 2025", "Muutokset 2025", "TA+muutokset 2025"), ("TA 2025", "Muutokset", "TA+muutokset")):
        if ta in ci and mu in ci and tm in ci:
            for r in tb["rows"]:
                a, b, n = (num(r["values"][ci[k]]) for k in (ta, mu, tm))
                if None not in (a, b, n) and a + b != n:
                    bad.append("%s: TA+muutokset != TA + Muutokset" % r["label"])
    if "Yhteensä" in ci:   # cross-tab: the Yhteensä column is the sum of the others
        for r in tb["rows"]:
            vals = [num(x) for x in r["values"]]
            if sum(vals[:-1]) != vals[-1]:
                bad.append("%s: Yhteensä column" % r["label"])
    return bad


def selfcheck(out, docs):
    """Every truth number's digits are on its table's pages; one value per column; identities hold."""
    bad = 0
    for d in docs:
        pages = pages_text(os.path.join(out, d.name + ".pdf"))
        digits = [re.sub(r"[^0-9\n]", "", p).replace("\n", "|") for p in pages]
        truth = json.load(open(os.path.join(out, d.name + ".truth.json"), encoding="utf-8"))
        for tb in truth["tables"]:
            near = digits[tb["page"] - 1:]          # a long table runs on over the next pages
            for r in tb["rows"]:
                if len(r["values"]) != len(tb["columns"]):
                    bad += 1
                    print("selfcheck: %s %s %r: %d values for %d columns" % (d.name, tb["id"], r["label"],
                                                                            len(r["values"]), len(tb["columns"])))
                for v in r["values"]:
                    if isinstance(v, str) and not any(v.replace("-", "").replace(".", "") in pg for pg in near):
                        bad += 1
                        print("selfcheck: %s %s %r: %s not on its pages" % (d.name, tb["id"], r["label"], v))
            for msg in identities_hold(tb):
                bad += 1
                print("selfcheck: %s %s %s" % (d.name, tb["id"], msg))
    return bad


def toteutuminen_board_rows(rng):
    """Talousarvion toteutuminen by board (sets 5-7): TP, TA, Muutokset, TA+muutokset, Toteutuma,
    Käyttö-%, Muutos-% for each of BOARDS and their Yhteensä; the columns and the rows."""
    cols = ["TP 2024", "TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Käyttö-%", "Muutos-%"]
    rows, acc = [], [D(0)] * 5
    for bd in BOARDS:
        tp = rnd(rng, 80_000, 8_000_000)
        ta = tp + rnd(rng, -int(tp) // 10, int(tp) // 8)
        mu = rnd(rng, -int(ta) // 20, int(ta) // 10) if rng.random() < 0.6 else D(0)
        tm = ta + mu
        tot = tm + rnd(rng, -int(tm) // 10, int(tm) // 20)
        v = [tp, ta, mu, tm, tot]
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(bd, v + [pct(tot, tm), pct(tot - tp, tp)]))
    rows.append(Row("Yhteensä", acc + [pct(acc[4], acc[3]), pct(acc[4] - acc[0], acc[0])], "tot"))
    return cols, rows


def maararahat_rows(rng, boards):
    """Määrärahat (sets 8 and 10): each board's MENOT, TULOT and NETTOMENO (bold) over five years as
    a group, then the Yhteensä group of the three sums."""
    rows, acc = [], None
    for bd in boards:
        m = [-rnd(rng, 80_000, 6_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 1_500_000) for _ in range(5)]
        blk = [m, tl, [a + c for a, c in zip(m, tl)]]
        acc = blk if acc is None else [[x + z for x, z in zip(A, B)] for A, B in zip(acc, blk)]
        rows += [Row(lab, v, "b" if lab == "NETTOMENO" else "", group=bd) for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), blk)]
    rows += [Row(lab, v, "b", group="Yhteensä") for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), acc)]
    return rows


CENTRES = ["Hallinto", "Talous", "Henkilöstö", "Tietohallinto", "Ruokapalvelut", "Siivous", "Kiinteistöt",
           "Kadut", "Vesihuolto", "Liikunta"]


def crosstab_rows(rng, centres=CENTRES, hi=2_500_000):
    """Toimintakulut by cost centre (sets 7-8): a row per centre over COSTS + its Yhteensä, each kind
    0..`hi` (a tenth of them 0), then the Yhteensä row of the centres."""
    rows, acc = [], [D(0)] * (len(COSTS) + 1)
    for c in centres:
        v = [rnd(rng, 0, hi) if rng.random() < 0.9 else D(0) for _ in COSTS]
        v.append(sum(v))
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(c, v))
    rows.append(Row("Yhteensä", acc, "tot"))
    return rows


def parse_options(argv, ablate, keep_flag, default_out, seed=False):
    """The generators' options: --only a,b, --ablate NAME (into `ablate`), `keep_flag` (keep the
    source beside each PDF), --seed N where the set draws from a seed; then the output folder.
    Returns (only, keep, seed or None, out), the folder made."""
    args, only, keep, seed_value = list(argv), None, False, None
    while args and args[0].startswith("--"):
        if args[0] == "--only":
            only, args = set(args[1].split(",")), args[2:]
        elif args[0] == "--ablate":
            ablate.add(args[1])
            args = args[2:]
        elif seed and args[0] == "--seed":
            seed_value, args = int(args[1]), args[2:]
        elif args[0] == keep_flag:
            keep, args = True, args[1:]
        else:
            sys.exit("unknown option %s" % args[0])
    out = args[0] if args else default_out
    os.makedirs(out, exist_ok=True)
    return only, keep, seed_value, out


def write_truth(out, d, notes):
    """`d`'s truth file beside its PDF (../shared/truth/FORMAT.md), `notes` saying how it was made."""
    truth = {"document": d.name + ".pdf", "notes": notes, "tables": [t.truth() for t in d.tables]}
    with open(os.path.join(out, d.name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def report(d, pages):
    """One line for a finished document."""
    print("%-40s %d tables, %d pages" % (d.name, len(d.tables), len([p for p in pages if p.strip()])))


def print_html_docs(docs, only, out, keep, print_pdf, notes):
    """Sets 7 and 11: each document of `docs` (its maker's name `docNN` among `only`, or all) written as
    HTML into `out`, printed by `print_pdf(d, html_path, pdf_path)`, its tables placed and its truth
    written with `notes(mk, d)`; the HTML removed unless `keep`. Returns the documents made."""
    done = []
    for mk in docs:
        if only and mk.__name__[3:] not in only:
            continue
        d = mk()
        hp = os.path.join(out, d.name + ".html")
        with open(hp, "w", encoding="utf-8") as fh:
            fh.write(d.html())
        pdf = os.path.join(out, d.name + ".pdf")
        print_pdf(d, hp, pdf)
        pages = pages_text(pdf)
        place_tables(d, pages)
        write_truth(out, d, notes(mk, d))
        if not keep:
            os.remove(hp)
        done.append(d)
        report(d, pages)
    return done


def selfcheck_or_exit(out, done):
    """The self-check of every document made; exit 1 on a problem."""
    bad = selfcheck(out, done)
    print("selfcheck: %d problems" % bad)
    if bad:
        sys.exit(1)


def main():
    args = sys.argv[1:]
    only, keep = None, False
    while args and args[0].startswith("--"):
        if args[0] == "--only":
            only = set(args[1].split(","))
            args = args[2:]
        elif args[0] == "--ablate":
            ABLATE.add(args[1])
            args = args[2:]
        elif args[0] == "--keep-html":
            keep, args = True, args[1:]
        else:
            sys.exit("unknown option %s" % args[0])
    out = args[0] if args else ".build-holdout/docs3"
    os.makedirs(out, exist_ok=True)
    done = print_html_docs(DOCS, only, out, keep, lambda d, hp, pdf: print_pdf(hp, pdf), lambda mk, d: (
        "Hold-out set 3, truth by construction (tools/holdout/make_holdout3.py, %s; HTML printed "
        "by headless Chromium): %s Every value is the canonical decimal of the digits printed; "
        "identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split()))))
    selfcheck_or_exit(out, done)


if __name__ == "__main__":
    main()
