#!/usr/bin/env python3
"""Fourth independent hold-out set for Luku: 12 PDFs typeset by Apache FOP from XSL-FO.

    make_holdout4.py [--only 03,05] [--keep-fo] [--ablate NAME ...] [--seed N] OUTDIR   (default .build-holdout/docs4)

--keep-fo keeps each NAME.fo beside its PDF. --ablate NAME (repeatable) switches one layout feature
off, for diagnostic variants that isolate a failure's cause (never part of the set): no-leader
(hold4-04: space leaders instead of dots), no-marks (hold4-05: no footnote markers on figures), no-hyphen (hold4-07:
no hyphenation), one-column (hold4-08: the region in one column), upright (hold4-09: the page not
turned), no-split-dec (hold4-06: one cell per value, right-aligned), no-running (every document: no
running header). --seed N (N != 0) draws other numbers for variants that test a rule beyond the set's
own pages (never part of the set).

Needs only Python's standard library, `fop` (Debian package fop; measured with Apache FOP 2.8) and
pdftotext; the documents use FOP's own base-14 fonts (Helvetica, Times: not embedded, WinAnsi) and
the DejaVu and Liberation TrueType fonts (embedded subsets, configured in a generated fop.xconf).

Sets 1 and 2 are drawn with reportlab, set 3 printed by Chromium from HTML, and rules have been
written against all three. This set comes from a different producer: XSL-FO laid out by Apache FOP,
which is how XML publishing chains (DocBook, DITA, XSLT reports from ERP and case-management systems)
make their PDFs. Its layouts are typical of FO output and are not in sets 1-3: fo:table with
border-collapse grids and rules, table-header repeated at page breaks, table-footer totals,
number-columns-spanned band headers, row groups kept together across a page break, dot leaders
between label and amount, markers retrieved into running headers, footnote markers on figures,
decimal alignment (FOP lacks text-align="."; XSL stylesheets split each amount into an integer cell
aligned right and a decimals cell aligned left), hyphenated labels, a two-column region, and a
landscape page (reference-orientation 90) with a wide table.

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the
canonical decimal of the digits printed, and every identity is computed on the printed (rounded)
values; a footnote marker printed after a figure is not part of the value. A table's `page` is where
FOP put its first row (pdftotext -layout: the first page at or after the caption's that has the
row's label). Deterministic: fixed seed per document; FOP's PDF differs between runs only in
/CreationDate, the XMP dates and /ID, which are pinned after typesetting (same length, so no offset
moves): the PDFs are byte-identical on every run (md5sum). Self-check as in set 3.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True   # no __pycache__ in the source tree from importing set 3's generator
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

ABLATE = set()
SEED = 0          # --seed N: other numbers (and so other line breaks), for variants; the set is N = 0
FOP = os.environ.get("FOP", "fop")
FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]


def x(s):
    return escape(s, {'"': "&quot;"})


class FoDoc:
    """One XSL-FO document: flow parts appended in order, then typeset by FOP."""

    def __init__(self, name, font="Helvetica", size="9pt", columns=1, turned=False, running=None):
        self.name, self.font, self.size, self.columns, self.turned = name, font, size, columns, turned
        self.running = None if "no-running" in ABLATE else running   # title left of the marker
        self.parts, self.tables = [], []

    def add(self, s):
        self.parts.append(s)

    def fo(self):
        w, h = ("210mm", "297mm")
        orient = ' reference-orientation="90"' if self.turned and "upright" not in ABLATE else ""
        cols = ' column-count="%d" column-gap="8mm"' % self.columns if self.columns > 1 else ""
        before = ""
        if self.running:
            before = ('<fo:static-content flow-name="xsl-region-before"><fo:block font-size="7.5pt" '
                      'border-bottom="0.4pt solid #777" text-align-last="justify">%s<fo:leader/>'
                      '<fo:retrieve-marker retrieve-class-name="sec" retrieve-position="first-including-carryover"/>'
                      '</fo:block></fo:static-content>' % x(self.running))
        after = ('<fo:static-content flow-name="xsl-region-after"><fo:block font-size="7.5pt" text-align="center">'
                 '<fo:page-number/></fo:block></fo:static-content>')
        return ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="%s" font-size="%s" language="fi">\n'
                '<fo:layout-master-set><fo:simple-page-master master-name="p" page-width="%s" page-height="%s" '
                'margin="12mm 15mm 10mm 15mm"%s><fo:region-body margin-top="12mm" margin-bottom="10mm"%s/>'
                '<fo:region-before extent="9mm"/><fo:region-after extent="7mm"/></fo:simple-page-master>'
                '</fo:layout-master-set>\n<fo:page-sequence master-reference="p">%s%s\n'
                '<fo:flow flow-name="xsl-region-body">\n%s\n</fo:flow></fo:page-sequence></fo:root>\n'
                % (self.font, self.size, w, h, orient, cols, before, after, "\n".join(self.parts)))


def heading(text, size="13pt", marker=None):
    m = '<fo:marker marker-class-name="sec">%s</fo:marker>' % x(marker) if marker else ""
    return ('<fo:block font-size="%s" font-weight="bold" space-before="8pt" space-after="4pt" keep-with-next="always">'
            '%s%s</fo:block>' % (size, m, x(text)))


def para(text):
    return '<fo:block space-after="5pt" text-align="justify">%s</fo:block>' % x(text)


def sup(mark):
    return '<fo:inline baseline-shift="super" font-size="6pt">%s</fo:inline>' % x(mark)


STYLE = {"b": ' font-weight="bold"', "s": ' font-style="italic"', "tot": ' font-weight="bold"', "": "", "i1": ""}


class Look:
    """How one fo:table is drawn (each a layout feature of FO output)."""

    def __init__(self, border="rules", footer=0, keep_groups=False, leader=False, marks=None,
                 split_dec=False, group_rows=True, header_bg="#dfe6ee", pad="1.6pt 3pt", width=None):
        self.border, self.footer, self.keep_groups, self.leader = border, footer, keep_groups, leader
        self.marks = marks or {}           # (label, column) -> footnote marker printed after the figure
        self.split_dec, self.group_rows, self.header_bg, self.pad, self.width = (
            split_dec, group_rows, header_bg, pad, width)


def cell(text, look, align="end", extra="", span=1, rows=1, head=False):
    b = ""
    if look.border == "grid":
        b = ' border="0.5pt solid #444"'
    elif look.border == "separate" and not head:
        b = ' background-color="#f2f4f7"'
    sp = (' number-columns-spanned="%d"' % span if span > 1 else "") + (
        ' number-rows-spanned="%d"' % rows if rows > 1 else "")
    bg = ' background-color="%s"' % look.header_bg if head and look.header_bg else ""
    return ('<fo:table-cell padding="%s"%s%s%s display-align="%s"><fo:block text-align="%s"%s>%s</fo:block>'
            '</fo:table-cell>' % (look.pad, b, sp, bg, "after" if head else "before", align, extra, text))


def fo_table(t, heads, widths, look, caption=True, unit_line=None):
    """An fo:table: caption block, header rows [[(text, colspan, rowspan, align)]] in fo:table-header
    (FOP repeats it after every page break), body rows, the last `look.footer` rows in fo:table-footer
    (printed once, at the end: table-omit-footer-at-break)."""
    out = [heading(t.caption, "11pt")] if caption else []
    if unit_line:
        out.append('<fo:block font-size="8pt" text-align="end" keep-with-next="always">%s</fo:block>' % x(unit_line))
    coll = "collapse" if look.border in ("grid", "rules") else "separate"
    sep = ' border-separation="1.2pt"' if coll == "separate" else ""
    out.append('<fo:table table-layout="fixed" width="%s" border-collapse="%s"%s table-omit-footer-at-break="true">'
               % (look.width or "100%", coll, sep))
    out += ['<fo:table-column column-width="%s"/>' % w for w in widths]
    rule = ' border-bottom="0.9pt solid #000"' if look.border == "rules" else ""
    out.append("<fo:table-header>")
    for hr in heads:
        out.append("<fo:table-row%s>%s</fo:table-row>" % (rule, "".join(
            cell(x(tx), look, al, ' font-weight="bold"', cs, rs, head=True) for tx, cs, rs, al in hr)))
    out.append("</fo:table-header>")
    body_rows = t.rows[:len(t.rows) - look.footer] if look.footer else t.rows
    if look.footer:
        out.append("<fo:table-footer>%s</fo:table-footer>" % "".join(
            body_row(t, r, look, ' border-top="0.9pt solid #000"') for r in t.rows[len(t.rows) - look.footer:]))
    ncols = len(widths)
    last, groups = object(), []
    for r in body_rows:
        if r.group != last:
            groups.append([])
            if look.group_rows and r.group is not None:
                groups[-1].append('<fo:table-row keep-with-next="always">%s</fo:table-row>' % cell(
                    x(r.group), look, "start", ' font-weight="bold"', ncols))
            last = r.group
        groups[-1].append(r)
    keep = ' keep-with-next.within-page="always"'
    for g in groups:   # one fo:table-body per group; keep_groups: each row kept with the next, so FOP
        # moves a group that does not fit to the next page whole (FOP ignores keep-together on a body)
        out.append("<fo:table-body>%s</fo:table-body>" % "".join(
            r if isinstance(r, str) else body_row(t, r, look, keep if look.keep_groups and i < len(g) - 1 else "")
            for i, r in enumerate(g)))
    out.append("</fo:table>")
    return "\n".join(out)


def body_row(t, r, look, attrs):
    st = STYLE.get(r.cls, "")
    lab = x(r.label)
    lab_extra = st
    if look.leader:        # dot leader from the label to the end of the label cell
        lab += '<fo:leader leader-pattern="dots"/>'
        lab_extra += ' text-align-last="justify"'
    if r.cls == "i1":
        lab_extra += ' start-indent="8pt"'
    cells = [cell(lab, look, "start", lab_extra)]
    for ci in range(len(t.columns)):
        txt = t.cell(r, ci)
        mark = look.marks.get((r.label, ci))
        if look.split_dec:  # decimal alignment: integer part right, ",decimals" left in the next cell
            ip, comma, dp = txt.partition(",")
            cells.append(cell(x(ip), look, "end", st))
            cells.append(cell(x(comma + dp) + (sup(mark) if mark else ""), look, "start", st))
        else:
            cells.append(cell(x(txt) + (sup(mark) if mark else ""), look, "end", st))
    return "<fo:table-row%s>%s</fo:table-row>" % (attrs, "".join(cells))


def plain_heads(label_head, cols, align="end"):
    return [[(label_head, 1, 1, "start")] + [(c, 1, 1, align) for c in cols]]


# ----------------------------------------------------------------- documents

def investment_rows(rng):
    """An investment programme, five groups of ~100 projects, Kustannusarvio | TA 2026 | TS 2027-2029,
    drawn from `rng`: each group closed by its `… yhteensä`, then Investoinnit yhteensä (set 5 too)."""
    groups = [("Talonrakennus", [a + " " + b for a in h3.PROJ_A for b in h3.PROJ_B[:3]]),
              ("Kadut ja liikenneväylät", [a + " " + b for a in h3.STREETS for b in h3.STREET_B[:2]]),
              ("Vesihuolto", ["Vesijohtoverkoston saneeraus, alue %d" % i for i in range(1, 21)]),
              ("Liikunta- ja ulkoilualueet", ["Lähiliikuntapaikka %s" % s for s in
                                              ("Kirkonkylä", "Asemanseutu", "Harju", "Niittymäki", "Ranta",
                                               "Koivisto", "Pelto", "Kallio")]),
              ("Irtain omaisuus", ["Kalusto ja laitteet, %s" % s for s in
                                   ("sivistystoimi", "tekninen toimi", "hallinto", "vapaa-aikatoimi",
                                    "ympäristötoimi", "ruokapalvelut")])]
    rows, grand = [], [D(0)] * 5
    for g, names in groups:
        acc = [D(0)] * 5
        for nm in names:
            ka = rnd(rng, 50_000, 3_000_000)
            vals = [ka] + [-(rnd(rng, 0, int(ka) // 2) if rng.random() < 0.8 else D(0)) for _ in range(4)]
            rows.append(Row(nm, vals, "", group=g))
            acc = [a + b for a, b in zip(acc, vals)]
        rows.append(Row(g + " yhteensä", acc, "b", group=g))
        grand = [a + b for a, b in zip(grand, acc)]
    rows.append(Row("Investoinnit yhteensä", grand, "tot"))
    return groups, rows


def tulos_rows(rng):
    """A tuloslaskelma in 1 000 € with one decimal, TP 2025 | TP 2024, drawn from `rng`: the results
    (Toimintakate, Vuosikate, Tilikauden tulos, … ylijäämä) bold and the sums of the lines above (set 5 too)."""
    val = {}
    def v(lo, hi):
        return [rnd(rng, lo, hi, 1) for _ in range(2)]
    val["Toimintatuotot"] = v(18_000, 26_000)
    val["Toimintakulut"] = [-a for a in v(120_000, 160_000)]
    val["Toimintakate"] = [a + b for a, b in zip(val["Toimintatuotot"], val["Toimintakulut"])]
    val["Verotulot"] = v(70_000, 90_000)
    val["Valtionosuudet"] = v(35_000, 60_000)
    val["Rahoitustuotot ja -kulut"] = [a - D(900) for a in v(0, 1_500)]
    val["Vuosikate"] = [sum(z) for z in zip(val["Toimintakate"], val["Verotulot"], val["Valtionosuudet"],
                                             val["Rahoitustuotot ja -kulut"])]
    val["Poistot ja arvonalentumiset"] = [-a for a in v(4_000, 7_000)]
    val["Tilikauden tulos"] = [a + b for a, b in zip(val["Vuosikate"], val["Poistot ja arvonalentumiset"])]
    val["Poistoeron muutos"] = v(0, 300)
    val["Tilikauden ylijäämä (alijäämä)"] = [a + b for a, b in zip(val["Tilikauden tulos"], val["Poistoeron muutos"])]
    bold = {"Toimintakate", "Vuosikate", "Tilikauden tulos", "Tilikauden ylijäämä (alijäämä)"}
    rows = [Row(k, a, "b" if k in bold else "") for k, a in val.items()]
    return rows


def rahoitus_rows(rng):
    """A rahoituslaskelma in €, TP 2025 | TP 2024, drawn from `rng`: three groups, each closed by its
    bold `… yhteensä`, and Rahavarojen muutos, their sum (set 5 too)."""
    def two(lo, hi):
        return [rnd(rng, lo, hi) for _ in range(2)]
    rows = []
    def grp(g, items, total):
        vals = [v for _, v in items]
        s = [sum(z[i] for z in vals) for i in range(2)]
        rows.extend(Row(lab, v, "", group=g) for lab, v in items)
        rows.append(Row(total, s, "b", group=g))
        return s
    a = grp("Toiminnan rahavirta", [("Vuosikate", two(2e6, 9e6)), ("Satunnaiset erät", two(0, 2e5)),
                                    ("Tulorahoituksen korjauserät", [-z for z in two(0, 9e5)])], "Toiminnan rahavirta yhteensä")
    b = grp("Investointien rahavirta", [("Investointimenot", [-z for z in two(5e6, 1.4e7)]),
                                         ("Rahoitusosuudet investointimenoihin", two(0, 2e6)),
                                         ("Pysyvien vastaavien hyödykkeiden luovutustulot", two(0, 1.5e6))],
            "Investointien rahavirta yhteensä")
    c = grp("Rahoituksen rahavirta", [("Antolainasaamisten lisäykset", [-z for z in two(0, 5e5)]),
                                       ("Antolainasaamisten vähennykset", two(0, 5e5)),
                                       ("Pitkäaikaisten lainojen lisäys", two(2e6, 8e6)),
                                       ("Pitkäaikaisten lainojen vähennys", [-z for z in two(1e6, 5e6)]),
                                       ("Lyhytaikaisten lainojen muutos", [z - D(1_000_000) for z in two(0, 2e6)]),
                                       ("Muut maksuvalmiuden muutokset", [z - D(300_000) for z in two(0, 6e5)])],
            "Rahoituksen rahavirta yhteensä")
    rows.append(Row("Rahavarojen muutos", [a[i] + b[i] + c[i] for i in range(2)], "tot"))
    return rows


def doc01():
    """Two käyttötalous follow-ups in an fo:table with border-collapse="collapse" and a 0.5 pt grid
    on every cell (the usual look of FO reports), shaded header cells, FOP's base-14 Helvetica (not
    embedded), space thousands; a running header whose right end is the section's marker."""
    rng = random.Random(401 + SEED)
    d = FoDoc("hold4-01-collapse-grid-kaytto", running="Tekninen lautakunta · Käyttötalouden toteutuminen")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    f, p = NF(thou=" "), NF(thou=" ", ndec=1)
    d.add(heading("Tekninen lautakunta", marker="Tekninen lautakunta"))
    d.add(para(h3.PROSE[0]))
    for i, (cap, scale) in enumerate((("Käyttötalous, €", 5_000_000), ("Ruokapalvelut, €", 1_200_000))):
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [f] * 5 + [p], unit="€",
                  identities=h3.KAYTTO_IDS)
        d.add(fo_table(t, plain_heads("", cols), ["52mm"] + ["21mm"] * 6, Look(border="grid")))
        d.tables.append(t)
        d.add(para(h3.PROSE[1 + i]))
    return d


def doc02():
    """Määrärahat of six boards under number-columns-spanned band headers: `Talousarvio 2026` over
    MENOT | TULOT | NETTOMENO and `Taloussuunnitelma 2027` over the same three; the boards are rows,
    and the Yhteensä row is the fo:table-footer; rules (border-collapse) under the header rows;
    embedded DejaVu Sans, U+2212 minus, NBSP thousands."""
    rng = random.Random(402 + SEED)
    d = FoDoc("hold4-02-band-spanned-footer", font="DejaVu Sans", size="8.5pt",
              running="Talousarvio 2026 · Määrärahat")
    kinds = ["MENOT", "TULOT", "NETTOMENO"]
    cols = ["Talousarvio 2026 " + k for k in kinds] + ["Taloussuunnitelma 2027 " + k for k in kinds]
    f = NF(neg="\u2212")
    rows, acc = [], [D(0)] * 6
    for b in h3.BOARDS[1:]:
        v = []
        for _ in range(2):
            m = -rnd(rng, 90_000, 7_000_000)
            tl = rnd(rng, 0, 1_600_000)
            v += [m, tl, m + tl]
        rows.append(Row(b, v))
        acc = [a + b2 for a, b2 in zip(acc, v)]
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("maararahat", "Määrärahat ja tuloarviot lautakunnittain", cols, rows, [f] * 6, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the boards"])
    d.add(heading("Määrärahat ja tuloarviot", marker="Määrärahat"))
    d.add(para(h3.PROSE[2]))
    heads = [[("€", 1, 2, "start"), ("Talousarvio 2026", 3, 1, "center"), ("Taloussuunnitelma 2027", 3, 1, "center")],
             [(k, 1, 1, "end") for k in kinds] * 2]
    d.add(fo_table(t, heads, ["38mm"] + ["23.6mm"] * 6, Look(footer=1)))
    d.tables.append(t)
    d.add(para(h3.PROSE[3]))
    return d


def doc03():
    """A long investment programme (five groups, ~100 projects) over three pages: its two header
    rows (Kustannusarvio spanning both, a band `Taloussuunnitelma` over TS 2027-2029) in
    fo:table-header, repeated by FOP after every page break; a group heading row kept with its first
    project; `Investoinnit yhteensä` in fo:table-footer, printed once at the end; the running header
    carries the group (fo:marker on each group heading, retrieved first-including-carryover);
    embedded Liberation Serif."""
    rng = random.Random(403 + SEED)
    d = FoDoc("hold4-03-long-header-footer", font="Liberation Serif", size="8.5pt",
              running="Investointiosa 2026–2029")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    f = NF(thou=" ")
    groups, rows = investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.add(heading("7 Investointiosa", marker="Investoinnit"))
    d.add(para(h3.PROSE[3]))
    heads = [[("€", 1, 2, "start"), ("Kustannusarvio", 1, 2, "end"), ("TA 2026", 1, 2, "end"),
              ("Taloussuunnitelma", 3, 1, "center")], [(c, 1, 1, "end") for c in cols[2:]]]
    # each group heading row sets the marker the running header shows
    body = fo_table(t, heads, ["70mm"] + ["22mm"] * 5, Look(footer=1))
    for g, _ in groups:
        body = body.replace('font-weight="bold">%s</fo:block>' % x(g),
                            'font-weight="bold"><fo:marker marker-class-name="sec">%s</fo:marker>%s</fo:block>'
                            % (x(g), x(g)), 1)
    d.add(body)
    d.tables.append(t)
    return d


def doc04():
    """Key figures with dot leaders: each label cell is justified to its end with a dotted
    fo:leader (`Asukasluku 31.12. ........`) before the TP 2024 | TA 2025 | TA 2026 values, a format
    per row; then a second list of one-value lines `label ....... value` (blocks, no table) under
    the heading `Tilinpäätös 2025`; Times (base 14)."""
    rng = random.Random(404 + SEED)
    d = FoDoc("hold4-04-dot-leaders", font="Times", size="10pt", running="Talousarvio 2026 · Yleisperustelut")
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    nf0, pc2, nf1 = NF(thou=" "), NF(ndec=2), NF(thou=" ", ndec=1)
    base = rnd(rng, 8_000, 40_000)
    specs = [("Asukasluku 31.12.", lambda i: base - 110 * i + rng.randint(-40, 40), nf0),
             ("Tuloveroprosentti", lambda i: D("8.90") + D("0.10") * (i // 2), pc2),
             ("Verotulot, €/asukas", lambda i: rnd(rng, 3_900, 4_700), nf0),
             ("Valtionosuudet, €/asukas", lambda i: rnd(rng, 1_500, 2_600), nf0),
             ("Vuosikate, €/asukas", lambda i: rnd(rng, -150, 480), nf0),
             ("Lainakanta, €/asukas", lambda i: rnd(rng, 2_100, 5_600), nf0),
             ("Henkilöstö, htv", lambda i: rnd(rng, 400, 1_400, 1), nf1),
             ("Investoinnit, 1 000 €", lambda i: rnd(rng, 2_000, 18_000, 1), nf1)]
    rows = [Row(lab, [fn(i) for i in range(3)], fmts=[fm] * 3) for lab, fn, fm in specs]
    t = Table("tunnusluvut", "Keskeiset tunnusluvut", cols, rows, [nf0] * 3)
    d.add(heading("1 Yleisperustelut", marker="Yleisperustelut"))
    d.add(para(h3.PROSE[0]))
    look = Look(border="none", leader="no-leader" not in ABLATE, header_bg=None, pad="1.4pt 2pt", width="150mm")
    d.add(fo_table(t, plain_heads("", cols), ["84mm", "22mm", "22mm", "22mm"], look))
    d.tables.append(t)
    d.add(para(h3.PROSE[1]))
    items = [("Toimintatuotot", rnd(rng, 18_000, 26_000, 1)), ("Toimintakulut", -rnd(rng, 120_000, 160_000, 1))]
    items.append(("Toimintakate", items[0][1] + items[1][1]))
    items += [("Verotulot", rnd(rng, 70_000, 90_000, 1)), ("Valtionosuudet", rnd(rng, 35_000, 60_000, 1))]
    items.append(("Vuosikate", items[2][1] + items[3][1] + items[4][1]))
    t2 = Table("tilinpaatos", "Tilinpäätös 2025", ["TP 2025"], [Row(a, [v]) for a, v in items], [nf1],
               unit="1 000 €", identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                                            "Vuosikate = Toimintakate + Verotulot + Valtionosuudet"])
    d.add(heading(t2.caption, "11pt"))
    d.add('<fo:block font-size="8pt" keep-with-next="always">1 000 €</fo:block>')
    for r in t2.rows:
        lead = '<fo:leader leader-pattern="%s"/>' % ("space" if "no-leader" in ABLATE else "dots")
        d.add('<fo:block text-align-last="justify" end-indent="60mm">%s%s %s</fo:block>'
              % (x(r.label), lead, x(t2.cell(r, 0))))
    d.tables.append(t2)
    return d


def doc05():
    """Tuloslaskelma TP 2024 | TP 2025 in 1 000 € with one decimal, with **footnote markers on
    figures**: a superscript `1)`, `2)` or `*` printed right after some amounts, the notes as
    fo:footnote bodies at the foot of the page; rules under the header; Helvetica (base 14)."""
    rng = random.Random(405 + SEED)
    d = FoDoc("hold4-05-footnote-markers", running="Tilinpäätös 2025 · Tuloslaskelma")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou=" ", ndec=1)
    rows = tulos_rows(rng)
    t = Table("tuloslaskelma", "Tuloslaskelma", cols, rows, [f, f], unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot"])
    marks = {} if "no-marks" in ABLATE else {("Toimintatuotot", 0): "1)", ("Valtionosuudet", 0): "2)",
                                              ("Poistot ja arvonalentumiset", 1): "*", ("Vuosikate", 0): "1)"}
    notes = {"1)": "Sisältää liikelaitoksen sisäiset erät, jotka on eliminoitu konsernitasolla.",
             "2)": "Valtionosuuksien tasauserät on esitetty oikaistuina.",
             "*": "Vertailuvuoden luku oikaistu poistosuunnitelman muutoksen vuoksi."}
    d.add(heading("Tuloslaskelma", marker="Tuloslaskelma"))
    d.add(para(h3.PROSE[3]))
    body = fo_table(t, plain_heads("", cols), ["95mm", "30mm", "30mm"],
                    Look(border="rules", marks=marks, header_bg=None, width="155mm"), caption=False,
                    unit_line="1 000 €")
    d.add(body)
    d.tables.append(t)
    if marks:   # the notes, as fo:footnote bodies anchored on an empty inline after the table
        for m, txt in notes.items():
            d.add('<fo:block><fo:footnote><fo:inline/><fo:footnote-body><fo:block font-size="7pt">%s %s</fo:block>'
                  '</fo:footnote-body></fo:footnote></fo:block>' % (x(m), x(txt)))
    d.add(para(h3.PROSE[0]))
    return d


def doc06():
    """Decimal-aligned key figures, a format per row (0, 1 or 2 decimals): FOP has no text-align=".",
    so, as XSL stylesheets do, each amount is split into an integer cell aligned right and a
    `,decimals` cell aligned left against it (two fo:table-columns per value under one spanned
    header); TP 2024 | TA 2025 | TA 2026 | TS 2027; embedded Liberation Sans."""
    rng = random.Random(406 + SEED)
    d = FoDoc("hold4-06-decimal-split", font="Liberation Sans", size="9pt", running="Sivistystoimi · Tunnusluvut")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027"]
    specs = [("Oppilaita perusopetuksessa", 0, 1_200, 3_900), ("Opetustunteja / oppilas", 2, 1, 2),
             ("Kustannukset, €/oppilas", 0, 9_000, 13_000), ("Lapsia varhaiskasvatuksessa", 0, 500, 1_800),
             ("Käyttöaste, %", 1, 80, 99), ("Henkilöstö, htv", 1, 300, 900),
             ("Kirjaston lainat / asukas", 2, 8, 16), ("Nettokustannus, €/asukas", 0, 1_500, 2_600),
             ("Kansalaisopiston opetustunnit", 0, 6_000, 14_000), ("Opiskelijoita / kurssi", 1, 8, 20)]
    rows = []
    for lab, nd, lo, hi in specs:
        fm = NF(thou=" ", ndec=nd)
        rows.append(Row(lab, [rnd(rng, lo, hi, nd) for _ in range(4)], fmts=[fm] * 4))
    t = Table("tunnusluvut", "Sivistystoimen tunnusluvut", cols, rows, [NF()] * 4)
    d.add(heading("Sivistystoimi", marker="Tunnusluvut"))
    d.add(para(h3.PROSE[1]))
    split = "no-split-dec" not in ABLATE
    if split:
        heads = [[("", 1, 1, "start")] + [(c, 2, 1, "center") for c in cols]]
        widths = ["70mm"] + ["18mm", "8mm"] * 4
    else:
        heads, widths = plain_heads("", cols), ["70mm"] + ["26mm"] * 4
    d.add(fo_table(t, heads, widths, Look(border="rules", split_dec=split, pad="1.6pt 0pt", header_bg="#e8e8e8")))
    d.tables.append(t)
    d.add(para(h3.PROSE[2]))
    return d


LONG_UNITS = ["Perusterveydenhuollon avohoitopalvelut", "Ympäristöterveydenhuolto",
              "Vanhustenhuollon ympärivuorokautinen palveluasuminen", "Lastensuojelun avohuollon tukitoimet",
              "Työllisyydenhoitopalvelut", "Erikoissairaanhoitopalvelujen ostot",
              "Kehitysvammahuollon asumispalvelut", "Mielenterveyskuntoutujien palveluasuminen",
              "Suun terveydenhuolto", "Toimeentulotukiasiakkaiden aktivointi"]


def nettomenot_table(rng, cols, fmts):
    """Nettomenot of the LONG_UNITS (TP 2024 | TA 2025 | TA 2026 | Muutos-%) and their Yhteensä,
    drawn from `rng` (set 11 too)."""
    rows, acc = [], [D(0)] * 3
    for u in LONG_UNITS:
        base = rnd(rng, 200_000, 9_000_000)
        v = [-(base + rnd(rng, -int(base) // 8, int(base) // 8)) for _ in range(3)]
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(u, v + [pct(v[2] - v[1], abs(v[1]))]))
    rows.append(Row("Yhteensä", acc + [pct(acc[2] - acc[1], abs(acc[1]))], "tot"))
    return Table("nettomenot", "Nettomenot tulosalueittain", cols, rows, fmts, unit="€",
                 identities=["Yhteensä = sum of the units", "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])


def doc07():
    """A käyttötalous by unit with long Finnish compound labels in a narrow label column (30 mm),
    hyphenated by FOP (hyphenate="true", language fi: `Ympäristötervey-` / `denhuolto`), the values
    on the label's first line (FO's default display-align before); TP 2024 | TA 2025 | TA 2026 |
    Muutos-%; a Yhteensä row; embedded DejaVu Serif."""
    rng = random.Random(407 + SEED)
    d = FoDoc("hold4-07-hyphenated-labels", font="DejaVu Serif", size="8.5pt", running="Sosiaali- ja terveystoimi")
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%"]
    f, p = NF(thou=" "), NF(ndec=1)
    t = nettomenot_table(rng, cols, [f, f, f, p])
    d.add(heading("Sosiaali- ja terveystoimi", marker="Nettomenot"))
    d.add(para(h3.PROSE[1]))
    hy = "false" if "no-hyphen" in ABLATE else "true"
    body = fo_table(t, plain_heads("€", cols), ["30mm", "24mm", "24mm", "24mm", "16mm"],
                    Look(border="rules", header_bg=None, width="118mm"))
    body = body.replace('<fo:table ', '<fo:table hyphenate="%s" ' % hy, 1)
    d.add(body)
    d.tables.append(t)
    d.add(para(h3.PROSE[2]))
    return d


def doc08():
    """A two-column region (fo:region-body column-count="2"): prose, then a small table of
    määrärahojen toteutuminen (TA | TOT | Käyttö-%) in the left column, more prose, and a second
    small table (henkilöstö, htv) at the top of the right column, level with the prose of the
    left one; Helvetica (base 14)."""
    rng = random.Random(408 + SEED)
    d = FoDoc("hold4-08-two-column-region", size="8.5pt", columns=1 if "one-column" in ABLATE else 2,
              running="Talousarvio lyhyesti")
    cols = ["TA", "TOT", "Käyttö-%"]
    f, p = NF(thou=" "), NF(ndec=1)
    rows = []
    for b in h3.BOARDS[1:5]:
        ta = rnd(rng, 200_000, 4_000_000)
        tot = ta + rnd(rng, -int(ta) // 10, int(ta) // 10)
        rows.append(Row(b, [ta, tot, pct(tot, ta)]))
    t = Table("toteutuminen", "Määrärahojen toteutuminen", cols, rows, [f, f, p], unit="€")
    rows2 = []
    for b in h3.BOARDS[2:6]:
        rows2.append(Row(b, [rnd(rng, 5, 400, 1) for _ in range(2)]))
    t2 = Table("henkilosto", "Henkilöstö, htv", ["2024", "2025"], rows2, [NF(ndec=1)] * 2)
    d.add(heading("Talousarvio lyhyesti", marker="Lyhyesti"))
    d.add(para(h3.PROSE[0]))
    d.add(para(h3.PROSE[2]))
    d.add(fo_table(t, plain_heads("", cols), ["37mm", "15mm", "15mm", "14mm"], Look(border="rules", pad="1.4pt 1.5pt")))
    d.tables.append(t)
    for s in h3.PROSE[1:] + h3.PROSE[:2]:
        d.add(para(s))
    d.add('<fo:block break-before="column"/>' if d.columns > 1 else "")
    d.add(fo_table(t2, plain_heads("", t2.columns), ["45mm", "18mm", "18mm"], Look(border="rules", width="81mm")))
    d.tables.append(t2)
    for s in h3.PROSE:
        d.add(para(s))
    return d


def doc09():
    """A landscape page made the FO way: simple-page-master reference-orientation="90" (the PDF page
    stays portrait, its content turned), holding a wide cross-tab of toimintakulut, 10 cost centres ×
    6 cost kinds + Yhteensä, with a grid (border-collapse) and a Yhteensä footer row; DejaVu Sans."""
    rng = random.Random(409 + SEED)
    d = FoDoc("hold4-09-landscape-turned", font="DejaVu Sans", size="8pt", turned=True,
              running="Toimintakulut kustannuspaikoittain")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    f = NF(thou=" ")
    centres = ["Hallinto", "Talous", "Henkilöstö", "Tietohallinto", "Ruokapalvelut", "Siivous", "Kiinteistöt",
               "Kadut", "Vesihuolto", "Liikunta"]
    rows, acc = [], [D(0)] * 7
    for c in centres:
        v = [rnd(rng, 0, 2_500_000) if rng.random() < 0.9 else D(0) for _ in kinds]
        v.append(sum(v))
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(c, v))
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [f] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.add(heading("Toimintakulut 2025", marker="Toimintakulut"))
    d.add(para(h3.PROSE[1]))
    d.add(fo_table(t, plain_heads("€", cols), ["40mm"] + ["31mm"] * 7, Look(border="grid", footer=1)))
    d.tables.append(t)
    return d


def tase_lines(rng):
    """A tase's two sides in € with cents, drawn from `rng`: [(label, class, [31.12.2025, 31.12.2024])],
    group rows (A, B, C) the sums of their items, both sides' YHTEENSÄ equal (set 5 uses it too)."""
    def two(lo, hi):
        return [rnd(rng, lo, hi, 2) for _ in range(2)]
    va = [("A PYSYVÄT VASTAAVAT", "b", None), ("I Aineettomat hyödykkeet", "i1", two(50_000, 900_000)),
          ("II Aineelliset hyödykkeet", "i1", two(40_000_000, 90_000_000)), ("III Sijoitukset", "i1", two(5e6, 2e7)),
          ("B VAIHTUVAT VASTAAVAT", "b", None), ("I Saamiset", "i1", two(2e6, 9e6)),
          ("II Rahat ja pankkisaamiset", "i1", two(1e6, 1.2e7))]
    va[0] = (va[0][0], "b", [sum(z[2][i] for z in va[1:4]) for i in range(2)])
    va[4] = (va[4][0], "b", [sum(z[2][i] for z in va[5:7]) for i in range(2)])
    tot = [va[0][2][i] + va[4][2][i] for i in range(2)]
    va.append(("VASTAAVAA YHTEENSÄ", "tot", tot))
    vt = [("A OMA PÄÄOMA", "b", None), ("I Peruspääoma", "i1", two(2e7, 4e7)),
          ("II Edellisten tilikausien ylijäämä", "i1", two(1e6, 1.5e7)),
          ("III Tilikauden ylijäämä", "i1", two(0, 3e6)), ("B POISTOERO", "b", two(0, 2e6))]
    vt[0] = (vt[0][0], "b", [sum(z[2][i] for z in vt[1:4]) for i in range(2)])
    rest = [tot[i] - vt[0][2][i] - vt[4][2][i] for i in range(2)]
    lyh = [rnd(rng, 2e6, 8e6, 2) for _ in range(2)]
    vt += [("C VIERAS PÄÄOMA", "b", rest), ("I Pitkäaikainen", "i1", [rest[i] - lyh[i] for i in range(2)]),
           ("II Lyhytaikainen", "i1", lyh), ("VASTATTAVAA YHTEENSÄ", "tot", tot)]
    return va, vt


def doc10():
    """A tase (vastaavaa, vastattavaa) in € with cents, fo:table border-collapse="separate" with
    border-separation and shaded cells (the default look of many FO templates), the YHTEENSÄ rows in
    fo:table-footer; outline markers A, I, II; 31.12.2025 | 31.12.2024; Times (base 14)."""
    rng = random.Random(410 + SEED)
    d = FoDoc("hold4-10-separate-borders-tase", font="Times", size="9pt", running="Tilinpäätös 2025 · Tase")
    f = NF(thou=" ", ndec=2)
    va, vt = tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    d.add(heading("Tase", marker="Tase"))
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        d.add(fo_table(t, plain_heads("€", cols), ["90mm", "35mm", "35mm"],
                       Look(border="separate", footer=1, width="160mm")))
        d.tables.append(t)
    return d


BREAK_PARAS = 20   # prose before the rahoituslaskelma: enough that its Rahoituksen rahavirta group moves to page 2


def doc11():
    """A rahoituslaskelma whose row groups (Toiminnan rahavirta, Investointien rahavirta, Rahoituksen
    rahavirta …) are separate fo:table-bodies with keep-together.within-page: FOP moves a group that
    does not fit to the next page whole, repeating the header there; prose before it so the break
    falls inside the table; TP 2025 | TP 2024 in €; Liberation Sans."""
    rng = random.Random(411 + SEED)
    d = FoDoc("hold4-11-kept-groups-rahoitus", font="Liberation Sans", size="9pt",
              running="Tilinpäätös 2025 · Rahoituslaskelma")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou=" ")
    rows = rahoitus_rows(rng)
    t = Table("rahoituslaskelma", "Rahoituslaskelma", cols, rows, [f, f], unit="€",
              identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.add(heading("Rahoituslaskelma", marker="Rahoituslaskelma"))
    for k in range(BREAK_PARAS):
        d.add(para(h3.PROSE[k % 4]))
    d.add(fo_table(t, plain_heads("€", cols), ["105mm", "30mm", "30mm"],
                   Look(border="rules", keep_groups=True, header_bg=None, width="165mm")))
    d.tables.append(t)
    return d


def doc12():
    """Budget sections of five boards, each starting with a heading that sets an fo:marker, so the
    running header names the board on top of each page (first-including-carryover: the board
    continued from the last page); under each a MENOT / TULOT / NETTOMENO table over TP 2024 |
    TA 2025 | TA 2026 | TS 2027 | TS 2028, some of which break over a page (header repeated); prose
    between; DejaVu Sans Condensed, embedded."""
    rng = random.Random(412 + SEED)
    d = FoDoc("hold4-12-marker-sections", font="DejaVu Sans Condensed", size="9pt", running="Talousarvio 2026")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    f = NF(thou=" ")
    for i, b in enumerate(h3.BOARDS[2:7]):
        m = [-rnd(rng, 300_000, 9_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 2_000_000) for _ in range(5)]
        rows = [Row("MENOT", m), Row("TULOT", tl), Row("NETTOMENO", [a + c for a, c in zip(m, tl)], "b")]
        t = Table("kaytto-%d" % (i + 1), b, cols, rows, [f] * 5, unit="€", identities=["NETTOMENO = MENOT + TULOT"])
        d.add(heading("%d.%d %s" % (3, i + 1, b), "12pt", marker=b))
        for k in range(2 + i % 2):
            d.add(para(h3.PROSE[(i + k) % 4]))
        d.add(fo_table(t, plain_heads("€", cols), ["50mm"] + ["24mm"] * 5, Look(border="rules", header_bg="#eeeeee"),
                       caption=False))
        d.tables.append(t)
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def fop_config(path):
    with open(path, "w") as fh:
        fh.write('<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts>%s</fonts></renderer>'
                 '</renderers></fop>\n' % "".join("<directory>%s</directory>" % p for p in FONT_DIRS))


PINS = [(rb"D:\d{14}Z", b"D:20260101000000Z"),
        (rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z"),
        (rb"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]", b"/ID [<" + b"0" * 32 + b"> <" + b"0" * 32 + b">]")]


def typeset(fo_path, pdf_path, conf):
    """FOP's PDF; then pin /CreationDate, the XMP dates and /ID (same length) so runs agree."""
    subprocess.run([FOP, "-c", conf, "-fo", fo_path, "-pdf", pdf_path], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    data = open(pdf_path, "rb").read()
    for pat, rep in PINS:
        data = re.sub(pat, rep, data)
    open(pdf_path, "wb").write(data)


def main():
    args = sys.argv[1:]
    only, keep = None, False
    while args and args[0].startswith("--"):
        if args[0] == "--only":
            only, args = set(args[1].split(",")), args[2:]
        elif args[0] == "--ablate":
            ABLATE.add(args[1])
            args = args[2:]
        elif args[0] == "--seed":
            global SEED
            SEED, args = int(args[1]), args[2:]
        elif args[0] == "--keep-fo":
            keep, args = True, args[1:]
        else:
            sys.exit("unknown option %s" % args[0])
    out = args[0] if args else ".build-holdout/docs4"
    os.makedirs(out, exist_ok=True)
    done = []
    with tempfile.TemporaryDirectory() as tmp:
        conf = os.path.join(tmp, "fop.xconf")
        fop_config(conf)
        for mk in DOCS:
            if only and mk.__name__[3:] not in only:
                continue
            d = mk()
            fp = os.path.join(out, d.name + ".fo")
            with open(fp, "w", encoding="utf-8") as fh:
                fh.write(d.fo())
            pdf = os.path.join(out, d.name + ".pdf")
            typeset(fp, pdf, conf)
            pages = h3.pages_text(pdf)
            h3.place_tables(d, pages)
            truth = {"document": d.name + ".pdf",
                     "notes": "Hold-out set 4, truth by construction (tools/holdout/make_holdout4.py, %s; XSL-FO "
                              "typeset by Apache FOP): %s Every value is the canonical decimal of the digits printed; "
                              "identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split())),
                     "tables": [t.truth() for t in d.tables]}
            with open(os.path.join(out, d.name + ".truth.json"), "w", encoding="utf-8") as fh:
                json.dump(truth, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            if not keep:
                os.remove(fp)
            done.append(d)
            print("%-40s %d tables, %d pages" % (d.name, len(d.tables), len([p for p in pages if p.strip()])))
    bad = h3.selfcheck(out, done)
    print("selfcheck: %d problems" % bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
