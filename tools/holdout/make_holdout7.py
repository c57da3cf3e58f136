#!/usr/bin/env python3
"""Seventh independent hold-out set for Luku: 12 PDFs printed by wkhtmltopdf (Qt WebKit + QPdfEngine).

    make_holdout7.py [--only 03,05] [--keep-html] [--ablate NAME ...] [--seed N] OUTDIR   (default .build-holdout/docs7)

--keep-html keeps each NAME.html beside its PDF. --ablate NAME (repeatable) switches one layout
feature off, for diagnostic variants that isolate a failure's cause (never part of the set):
no-zebra (hold7-01: no striped row backgrounds), no-zoom (hold7-09: printed at --zoom 1),
portrait (hold7-08: the wide table on a portrait page), no-band (hold7-02: one header row),
no-apphead (hold7-11: no web-app page header and footer blocks), no-float (hold7-07: the key-figure
boxes one under the other). --seed N (N != 0) draws other numbers for variants that test a rule beyond
the set's own pages (never part of the set).

Needs Python's standard library, wkhtmltopdf (Debian 12: 0.12.6 with unpatched Qt 5.15; it runs
without a display here, Qt's offscreen platform is forced by QT_QPA_PLATFORM=offscreen) and pdftotext;
the pages use the DejaVu and Liberation fonts (fonts-dejavu-core, fonts-liberation).

Sets 1-2 come from reportlab, set 3 from Chromium, set 4 from Apache FOP, set 5 from TeX. This set comes
from wkhtmltopdf, the HTML-to-PDF tool behind countless web applications, intranets and case-management
systems (PHP/Ruby/Python wrappers: snappy, wicked_pdf, pdfkit): HTML and CSS laid out by Qt WebKit (2012)
and written by Qt's own PDF engine (QPdfEngine: CID TrueType subsets, Identity-H, text per glyph run).
The unpatched Qt of Debian has no --header-html/--footer-html, so web-app page heads and feet are
written into the body as the applications that print this way do (a header block per printed page
with page-break-before). Layouts typical of web apps: CSS tables with zebra rows, a `thead` that
WebKit 2012 does not repeat on page breaks (the head printed once), `colspan` band headers, numbers right-aligned with `&nbsp;` / `&#8239;` separators and
`&minus;`, bold total rows, nested tables (a report "card" table holding the data table), float
two-column key-figure boxes, `display: table` <div> grids, a landscape page (-O Landscape), a page
printed at --zoom 0.8 and one at --dpi 300.

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the canonical
decimal of the digits printed, identities hold on the printed values; a band joins its columns' names;
a repeated head is not a row. A table's `page` is read back from the PDF (the first page, at or after
its caption's, whose `pdftotext -layout` text holds its first row's label).
Deterministic: a fixed seed per document; QPdfEngine's PDF differs between runs only in /CreationDate,
pinned to a fixed date after printing (same length, no offset moves), and in the order of its font
objects (thread timing): each document is printed again until its fonts come in alphabetical order.
The PDFs are byte-identical on every run (md5sum). Self-check as in set 3.
"""
import html
import os
import random
import re
import subprocess
import sys
import tempfile
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
import make_holdout4 as h4  # noqa: E402  (shared: tuloslaskelma, rahoituslaskelma, tase, investment rows)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

ABLATE = set()
SEED = 0
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF", "wkhtmltopdf")
PINNED_DATE = b"D:20260101000000Z"
ENTITIES = {"\u00a0": "&nbsp;", "\u202f": "&#8239;", "\u2212": "&minus;", "\u2009": "&thinsp;"}


def e(s):
    """Text -> HTML, the separators and the minus written as the entities web templates use."""
    out = html.escape(s, quote=True)
    for ch, ent in ENTITIES.items():
        out = out.replace(ch, ent)
    return out


BASE_CSS = """
body { font-family: %(font)s; font-size: %(size)s; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; line-height: 1.35; }
table { border-collapse: collapse; }
.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


class Doc:
    """One HTML document: body parts appended in order, then printed by wkhtmltopdf with `opts`."""

    def __init__(self, name, font='"Liberation Sans"', size="9pt", css="", opts=()):
        self.name, self.parts, self.tables, self.opts = name, [], [], list(opts)
        self.css = BASE_CSS % {"font": font, "size": size} + css

    def add(self, s):
        self.parts.append(s)

    def html(self):
        return ('<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>%s</title>\n<style>%s</style>'
                '</head>\n<body>\n%s\n</body></html>\n' % (e(self.name), self.css, "\n".join(self.parts)))


def para(s):
    return "<p>%s</p>" % e(s)


def data_table(t, head_rows, cls="data", label_head="€", group_rows=True, row_cls=None):
    """A <table> with a <thead> (header rows as [[(text, colspan, rowspan, align)]]) and one <tr> per
    row; a group row (its name in bold across the table) before each new group."""
    out = ['<table class="%s"><thead>' % cls]
    for hr in head_rows:
        out.append("<tr>%s</tr>" % "".join('<th colspan="%d" rowspan="%d" style="text-align:%s">%s</th>'
                                           % (cs, rs, al, tx) for tx, cs, rs, al in hr))
    out.append("</thead><tbody>")
    last = object()
    for r in t.rows:
        if group_rows and r.group != last:
            if r.group is not None:
                out.append('<tr class="grp"><td colspan="%d">%s</td></tr>' % (len(t.columns) + 1, e(r.group)))
            last = r.group
        tds = ['<td class="lab">%s</td>' % e(r.label)]
        tds += ['<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(len(t.columns))]
        out.append('<tr class="%s">%s</tr>' % (row_cls(r) if row_cls else r.cls, "".join(tds)))
    out.append("</tbody></table>")
    return "\n".join(out)


def plain_head(label, cols):
    return [[(label, 1, 1, "left")] + [(e(c), 1, 1, "right") for c in cols]]


def add_titled(d, title, prose, t, head=None):
    """A page title, a paragraph, the table's caption as a heading and the table (a plain head
    with `€` over the labels unless `head` is given)."""
    d.add("<h1>%s</h1>" % e(title))
    d.add(para(prose))
    d.add("<h2>%s</h2>" % e(t.caption))
    d.add(data_table(t, head or plain_head("€", t.columns)))
    d.tables.append(t)


def add_kaytto_pair(d, rng, title, intro, boards, f, p, after=()):
    """A page title and paragraph, then two käyttötalous follow-ups (TA 2025 … Käyttö-%), each under
    its board's name as a heading, amounts in format `f` and Käyttö-% in `p`; `after`: a paragraph
    after each table."""
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    d.add("<h1>%s</h1>" % e(title))
    d.add(para(intro))
    for i, (cap, scale) in enumerate(boards):
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [f] * 5 + [p], unit="€",
                  identities=h3.KAYTTO_IDS)
        d.add("<h2>%s</h2>" % e(cap))
        d.add(data_table(t, plain_head("€", cols)))
        d.tables.append(t)
        if after:
            d.add(para(after[i]))


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups in a Bootstrap-like striped table: zebra rows (tbody
    tr:nth-child(odd) shaded), a dark header row, TA 2025 | Muutokset | TA+muutokset | Toteutuma |
    Poikkeama | Käyttö-%; thousands `&nbsp;`, minus `&minus;`, bold TOIMINTATUOTOT / TOIMINTAKULUT /
    TOIMINTAKATE rows, items indented; Liberation Sans."""
    rng = random.Random(701 + SEED)
    zebra = "" if "no-zebra" in ABLATE else "table.data tbody tr:nth-child(odd) td { background: #f2f2f2; }"
    d = Doc("hold7-01-zebra-kaytto", css="""
table.data { width: 100%%; font-size: 8.5pt; }
table.data th { background: #343a40; color: #fff; padding: 4pt 4pt; font-weight: bold; }
table.data td { padding: 3pt 4pt; border-top: 0.5pt solid #dee2e6; }
%s
tr.b td { font-weight: bold; }
tr.i1 td.lab { padding-left: 14pt; }
""" % zebra)
    add_kaytto_pair(d, rng, "Käyttötalouden toteutuminen 1.1.–31.12.2025", h3.PROSE[0],
                    (("Sivistyslautakunta", 6_000_000), ("Tekninen lautakunta", 1_500_000)),
                    NF(thou="\u00a0", neg="\u2212"), NF(ndec=1, neg="\u2212"), after=h3.PROSE[1:3])
    return d


def doc02():
    """Määrärahat of six boards under `colspan` band headers `Talousarvio 2026` and
    `Taloussuunnitelma 2027`, each over MENOT | TULOT | NETTOMENO (the label cell `rowspan=2`),
    cell borders on every side (table-bordered), a bold Yhteensä row; thousands `&#8239;` (narrow
    no-break space), minus `&minus;`; DejaVu Sans."""
    rng = random.Random(702 + SEED)
    d = Doc("hold7-02-colspan-bands", font='"DejaVu Sans"', size="8pt", css="""
table.data { font-size: 7.5pt; }
table.data th, table.data td { border: 0.6pt solid #888; padding: 2.5pt 4pt; }
table.data th { background: #e9ecef; }
tr.tot td { font-weight: bold; background: #f6f6f6; }
""")
    kinds = ["MENOT", "TULOT", "NETTOMENO"]
    cols = ["Talousarvio 2026 " + k for k in kinds] + ["Taloussuunnitelma 2027 " + k for k in kinds]
    f = NF(thou="\u202f", neg="\u2212")
    rows, acc = [], [D(0)] * 6
    for bd in h3.BOARDS[1:]:
        v = []
        for _ in range(2):
            m = -rnd(rng, 90_000, 7_000_000)
            tl = rnd(rng, 0, 1_600_000)
            v += [m, tl, m + tl]
        rows.append(Row(bd, v))
        acc = [a + b for a, b in zip(acc, v)]
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("maararahat", "Määrärahat ja tuloarviot lautakunnittain", cols, rows, [f] * 6, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the boards"])
    head = None if "no-band" in ABLATE else [
        [("€", 1, 2, "left"), ("Talousarvio 2026", 3, 1, "center"), ("Taloussuunnitelma 2027", 3, 1, "center")],
        [(k, 1, 1, "right") for k in kinds * 2]]
    add_titled(d, "Talousarvio 2026", h3.PROSE[2], t, head)
    d.add(para(h3.PROSE[3]))
    return d


def doc03():
    """A long investment programme (five groups, ~100 projects) in one <table> over two pages with
    a `thead` (display: table-header-group, which WebKit 2012 does not repeat: the head is printed
    once, the rows run on at the top of the next page with no head), group name rows, bold
    `… yhteensä` rows with a top border, a final `Investoinnit yhteensä`; thousands `&nbsp;`, minus
    `&minus;`; Liberation Sans 8 pt; a body margin set in CSS."""
    rng = random.Random(703 + SEED)
    d = Doc("hold7-03-long-thead-investoinnit", size="8pt", css="""
table.data { width: 100%; font-size: 8pt; }
table.data th { border-bottom: 1pt solid #000; padding: 2pt 4pt; background: #dde3ea; }
table.data td { padding: 1.6pt 4pt; border-bottom: 0.3pt solid #ccc; }
tr.grp td { font-weight: bold; padding-top: 6pt; border-bottom: none; }
tr.b td, tr.tot td { font-weight: bold; border-top: 0.8pt solid #000; }
""")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    f = NF(thou="\u00a0", neg="\u2212")
    _, rows = h4.investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    add_titled(d, "Investointiosa", h3.PROSE[3], t)
    return d


def doc04():
    """A tuloslaskelma in 1 000 € with one decimal (TP 2025 | TP 2024) inside a nested table: an outer
    report "card" table (a header cell with the report name and the unit, a body cell holding the
    data table, a footer cell "Lähde: taloushallinnon järjestelmä"), as report templates of web
    applications nest them; the result rows bold; minus `&minus;`, thousands `&nbsp;`; DejaVu Serif."""
    rng = random.Random(704 + SEED)
    d = Doc("hold7-04-nested-tuloslaskelma", font='"DejaVu Serif"', size="9pt", css="""
table.card { width: 150mm; border: 1pt solid #666; }
table.card > tbody > tr > td.hd { background: #2b5797; color: #fff; font-weight: bold; padding: 4pt 6pt; }
table.card > tbody > tr > td.ft { font-size: 7pt; color: #555; padding: 3pt 6pt; border-top: 0.5pt solid #999; }
table.data { width: 100%; font-size: 8.5pt; }
table.data th { border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
table.data td { padding: 2pt 6pt; }
tr.b td { font-weight: bold; }
""")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou="\u00a0", ndec=1, neg="\u2212")
    t = Table("tuloslaskelma", "Tuloslaskelma", cols, h4.tulos_rows(rng), [f] * 2, unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot"])
    d.add("<h1>Tilinpäätös 2025</h1>")
    d.add(para(h3.PROSE[3]))
    d.add('<table class="card"><tbody><tr><td class="hd">Tuloslaskelma &nbsp; (1 000 €)</td></tr>'
          '<tr><td>%s</td></tr><tr><td class="ft">Lähde: taloushallinnon järjestelmä</td></tr></tbody></table>'
          % data_table(t, plain_head("", cols)))
    d.tables.append(t)
    d.add(para(h3.PROSE[0]))
    return d


BREAK_PARAS = 22   # prose before the rahoituslaskelma: enough that the table breaks over a page


def doc05():
    """A rahoituslaskelma (TP 2025 | TP 2024, €) with group name rows and bold `… yhteensä` rows,
    the whole table in a <div> with a border and rounded corners; number cells `white-space: nowrap`
    with thousands as plain spaces; long prose before it so that the table breaks over a page
    (`tr { page-break-inside: avoid }`; the head is not repeated); Liberation Serif."""
    rng = random.Random(705 + SEED)
    d = Doc("hold7-05-rahoitus-page-break", font='"Liberation Serif"', size="10pt", css="""
div.box { border: 0.8pt solid #999; border-radius: 4pt; padding: 4pt; }
table.data { width: 100%; font-size: 9pt; }
table.data th { border-bottom: 0.8pt solid #000; padding: 2pt 6pt; }
table.data td { padding: 2.4pt 6pt; }
tr.grp td { font-weight: bold; padding-top: 6pt; }
tr.b td, tr.tot td { font-weight: bold; }
tr.tot td { border-top: 1pt solid #000; }
""")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou=" ")
    t = Table("rahoituslaskelma", "Rahoituslaskelma", cols, h4.rahoitus_rows(rng), [f] * 2, unit="€",
              identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.add("<h1>Rahoituslaskelma</h1>")
    for k in range(BREAK_PARAS):
        d.add(para(h3.PROSE[k % 4]))
    d.add("<h2>%s</h2>" % e(t.caption))
    d.add('<div class="box">%s</div>' % data_table(t, plain_head("€", cols)))
    d.tables.append(t)
    return d


def doc06():
    """A tase (vastaavaa, vastattavaa) in € with cents, two tables with every cell bordered
    (table-bordered), outline markers A, I, II in the labels, group rows bold, YHTEENSÄ rows bold with
    a double bottom border; thousands `&nbsp;`; 31.12.2025 | 31.12.2024; Liberation Sans."""
    rng = random.Random(706 + SEED)
    d = Doc("hold7-06-bordered-tase", css="""
table.data { width: 140mm; font-size: 8.5pt; margin-bottom: 10pt; }
table.data th, table.data td { border: 0.5pt solid #aaa; padding: 2.2pt 5pt; }
tr.b td { font-weight: bold; }
tr.i1 td.lab { padding-left: 14pt; }
tr.tot td { font-weight: bold; border-bottom: 2.4pt double #000; }
""")
    f = NF(thou="\u00a0", ndec=2, neg="\u2212")
    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    d.add("<h1>Tase</h1>")
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        d.add("<h2>%s</h2>" % cap)
        d.add(data_table(t, plain_head("€", cols)))
        d.tables.append(t)
    return d


def keyfig_rows(rng):
    base = rnd(rng, 8_000, 40_000)
    nf0, pc2, nf1 = NF(thou="\u00a0"), NF(ndec=2), NF(ndec=1)
    specs = [("Asukasluku 31.12.", lambda i: base - 120 * i + rng.randint(-40, 40), nf0),
             ("Tuloveroprosentti", lambda i: D("8.40") + D("0.10") * (i // 2), pc2),
             ("Verotulot, €/asukas", lambda i: rnd(rng, 3_900, 4_600), nf0),
             ("Valtionosuudet, €/asukas", lambda i: rnd(rng, 1_500, 2_600), nf0),
             ("Vuosikate, €/asukas", lambda i: rnd(rng, -150, 480), NF(thou="\u00a0", neg="\u2212")),
             ("Lainakanta, €/asukas", lambda i: rnd(rng, 2_100, 5_600), nf0),
             ("Henkilöstö, htv", lambda i: rnd(rng, 400, 1_400, 1), nf1),
             ("Investoinnit, 1 000 €", lambda i: rnd(rng, 2_000, 18_000, 1), nf1)]
    return [Row(lab, [fn(i) for i in range(3)], fmts=[fm] * 3) for lab, fn, fm in specs]


def doc07():
    """Two key-figure boxes side by side (each a <div> with float: left, width 45 %, shaded, its own
    small table TP 2024 | TA 2025 | TA 2026 with a format per row), as dashboards of web applications
    print them: `Talous` on the left, `Palvelut` on the right; prose under both (clear: both);
    Liberation Sans."""
    rng = random.Random(707 + SEED)
    fl = "" if "no-float" in ABLATE else "float: left; width: 45%; margin-right: 3%;"
    d = Doc("hold7-07-float-keyfigures", css="""
div.kf { %s background: #eef2f6; padding: 4pt 5pt; margin-bottom: 8pt; }
div.kf h3 { font-size: 9.5pt; margin: 0 0 3pt 0; }
div.kf table { width: 100%%; font-size: 8pt; }
div.kf th { text-align: right; border-bottom: 0.8pt solid #333; padding: 1pt 2pt; }
div.kf td { padding: 1.5pt 2pt; border-bottom: 0.3pt solid #bbb; }
div.clear { clear: both; }
""" % fl)
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    rows = keyfig_rows(rng)
    n0, n1 = NF(thou="\u00a0"), NF(ndec=1)
    prows = [Row("Lapsia varhaiskasvatuksessa", [rnd(rng, 300, 1_400) for _ in range(3)], fmts=[n0] * 3),
             Row("Perusopetuksen oppilaat", [rnd(rng, 900, 3_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Kirjaston lainaukset", [rnd(rng, 90_000, 260_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Kotihoidon asiakkaat", [rnd(rng, 150, 700) for _ in range(3)], fmts=[n0] * 3),
             Row("Sairauspoissaolot, pv/htv", [rnd(rng, 8, 19, 1) for _ in range(3)], fmts=[n1] * 3),
             Row("Kattavuus, %", [rnd(rng, 5, 25, 1) for _ in range(3)], fmts=[n1] * 3)]
    t1 = Table("talous", "Talouden tunnusluvut", cols, rows, [n0] * 3)
    t2 = Table("palvelut", "Palvelujen tunnusluvut", cols, prows, [n0] * 3)
    d.add("<h1>Kunnanjohtajan katsaus</h1>")
    d.add(para(h3.PROSE[1]))
    for t in (t1, t2):
        out = ['<div class="kf"><h3>%s</h3><table><thead><tr><th></th>%s</tr></thead><tbody>'
               % (e(t.caption), "".join("<th>%s</th>" % c for c in cols))]
        for r in t.rows:
            out.append('<tr><td>%s</td>%s</tr>' % (e(r.label), "".join('<td class="num">%s</td>' % e(t.cell(r, ci))
                                                                       for ci in range(3))))
        out.append("</tbody></table></div>")
        d.add("\n".join(out))
        d.tables.append(t)
    d.add('<div class="clear"></div>')
    for s in h3.PROSE:
        d.add(para(s))
    return d


def doc08():
    """Talousarvion toteutuminen by board on a landscape page (-O Landscape): TP 2024 | TA 2025 |
    Muutokset | TA+muutokset | Toteutuma | Käyttö-% | Muutos-% (against TP 2024), a bold Yhteensä
    row; percentages with one decimal, negative with `&minus;`; thousands `&nbsp;`; wrapped header
    cells; DejaVu Sans Condensed."""
    rng = random.Random(708 + SEED)
    opts = [] if "portrait" in ABLATE else ["-O", "Landscape"]
    d = Doc("hold7-08-landscape-toteutuminen", font='"DejaVu Sans Condensed", "DejaVu Sans"', size="9pt", css="""
table.data { width: 100%; font-size: 9pt; }
table.data th { border-bottom: 1pt solid #000; border-top: 1pt solid #000; padding: 3pt 5pt; }
table.data td { padding: 3pt 5pt; border-bottom: 0.3pt solid #ccc; }
tr.tot td { font-weight: bold; border-top: 1pt solid #000; }
""", opts=opts)
    cols, rows = h3.toteutuminen_board_rows(rng)
    f, p = NF(thou="\u00a0", neg="\u2212"), NF(ndec=1, neg="\u2212")
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows,
              [f] * 5 + [p] * 2, unit="€",
              identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                          "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    add_titled(d, "Talousarvion toteutuminen 2025", h3.PROSE[2], t)
    d.add(para(h3.PROSE[0]))
    return d


def doc09():
    """Määrärahat 2026–2028 printed at --zoom 0.8 (the whole page scaled): six boards, each a group
    row over MENOT / TULOT / NETTOMENO, and a bold Yhteensä group; TP 2024 | TA 2025 | TA 2026 |
    Muutos-% | TS 2027 | TS 2028 with Muutos-% between the budget and the plan years; zebra rows;
    thousands plain spaces, minus hyphen-minus; Liberation Sans."""
    rng = random.Random(709 + SEED)
    opts = [] if "no-zoom" in ABLATE else ["--zoom", "0.8"]
    d = Doc("hold7-09-zoom-plan-muutos", css="""
table.data { width: 100%; font-size: 9pt; }
table.data th { border-bottom: 1pt solid #000; padding: 2pt 5pt; }
table.data td { padding: 2pt 5pt; }
table.data tbody tr:nth-child(even) td { background: #f4f4f4; }
tr.grp td { font-weight: bold; padding-top: 5pt; }
tr.b td { font-weight: bold; }
tr td.lab { padding-left: 12pt; }
tr.grp td.lab, tr.grp td { padding-left: 5pt; }
""", opts=opts)
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%", "TS 2027", "TS 2028"]
    f, p = NF(thou=" "), NF(thou=" ", ndec=1)
    rows, acc = [], None
    for bd in h3.BOARDS[1:]:
        m = [-rnd(rng, 80_000, 6_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 1_500_000) if rng.random() < 0.85 else D(0) for _ in range(5)]
        n = [a + c for a, c in zip(m, tl)]
        blk = [m, tl, n]
        acc = blk if acc is None else [[x + z for x, z in zip(A, B)] for A, B in zip(acc, blk)]
        for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), blk):
            rows.append(Row(lab, v[:3] + [pct(v[2] - v[1], abs(v[1]))] + v[3:], "", group=bd))
    for lab, v in zip(("MENOT", "TULOT", "NETTOMENO"), acc):
        rows.append(Row(lab, v[:3] + [pct(v[2] - v[1], abs(v[1]))] + v[3:], "b", group="Yhteensä"))
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [f, f, f, p, f, f], unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups",
                          "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    add_titled(d, "Talousarvio 2026 ja taloussuunnitelma 2027–2028", h3.PROSE[2], t)
    return d


def doc10():
    """A cross-tab of toimintakulut (10 cost centres × 6 cost kinds + Yhteensä) built of <div>s with
    CSS display: table / table-row / table-cell (no <table>), as component libraries render data
    grids; header cells wrap over two or three lines; zebra rows; a bold Yhteensä row; thousands
    `&#8239;`; DejaVu Sans 7 pt."""
    rng = random.Random(710 + SEED)
    d = Doc("hold7-10-div-grid-crosstab", font='"DejaVu Sans"', size="7pt", css="""
div.grid { display: table; width: 100%; font-size: 7pt; }
div.grid > div { display: table-row; }
div.grid > div > span { display: table-cell; padding: 2pt 3pt; border-bottom: 0.3pt solid #ccc; }
div.grid > div.hd > span { font-weight: bold; text-align: right; vertical-align: bottom; border-bottom: 1pt solid #000; }
div.grid > div.hd > span.l { text-align: left; }
div.grid > div.z > span { background: #f3f3f3; }
div.grid > div.tot > span { font-weight: bold; border-top: 1pt solid #000; }
div.grid span.num { text-align: right; white-space: nowrap; }
div.grid span.lab { width: 28mm; }
""")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    f = NF(thou="\u202f")
    rows = h3.crosstab_rows(rng)
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [f] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.add("<h1>Toimintakulut 2025</h1>")
    d.add(para(h3.PROSE[1]))
    d.add("<h2>%s</h2>" % e(t.caption))
    out = ['<div class="grid">', '<div class="hd"><span class="l">€</span>%s</div>'
           % "".join("<span>%s</span>" % e(k) for k in cols)]
    for i, r in enumerate(rows):
        cl = r.cls or ("z" if i % 2 else "")
        out.append('<div class="%s"><span class="lab">%s</span>%s</div>' % (
            cl, e(r.label), "".join('<span class="num">%s</span>' % e(t.cell(r, ci)) for ci in range(7))))
    out.append("</div>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def app_head(page, pages):
    """A web application's page head written into the body (unpatched Qt has no --header-html)."""
    if "no-apphead" in ABLATE:
        return ""
    return ('<div class="apphead"><span class="app">Talousraportointi · Raportti KT-104</span>'
            '<span class="meta">Tulostettu 15.1.2026 klo 9.42 · Sivu %d/%d</span></div>' % (page, pages))


def app_foot():
    if "no-apphead" in ABLATE:
        return ""
    return '<div class="appfoot">Esimerkkikunta · Taloushallinto · puh. 040 123 4567</div>'


def doc11():
    """A case-management system's budget report: one board per printed page (page-break-before), each
    page opening with the application's head block (report name, `Tulostettu 15.1.2026 klo 9.42 ·
    Sivu 2/5`) and closing with a foot line holding a phone number; under each board a MENOT /
    TULOT / NETTOMENO table over TP 2024 | TA 2025 | TA 2026 | TS 2027 | TS 2028, NETTOMENO bold;
    thousands `&nbsp;`, minus `&minus;`; Liberation Sans."""
    rng = random.Random(711 + SEED)
    d = Doc("hold7-11-app-report-pages", css="""
div.apphead { border-bottom: 1pt solid #2b5797; padding-bottom: 3pt; margin-bottom: 10pt; font-size: 8pt; color: #2b5797; }
div.apphead span.meta { float: right; }
div.appfoot { border-top: 0.5pt solid #999; margin-top: 14pt; padding-top: 3pt; font-size: 7pt; color: #555; }
div.page { page-break-before: always; }
div.page.first { page-break-before: auto; }
table.data { width: 100%; font-size: 8.5pt; }
table.data th { border-bottom: 1pt solid #000; padding: 2pt 5pt; background: #e9eef6; }
table.data td { padding: 2.5pt 5pt; border-bottom: 0.3pt solid #ccc; }
tr.b td { font-weight: bold; }
""")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    f = NF(thou="\u00a0", neg="\u2212")
    boards = h3.BOARDS[2:7]
    for i, bd in enumerate(boards):
        m = [-rnd(rng, 300_000, 9_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 2_000_000) for _ in range(5)]
        rows = [Row("MENOT", m), Row("TULOT", tl), Row("NETTOMENO", [a + c for a, c in zip(m, tl)], "b")]
        t = Table("kaytto-%d" % (i + 1), bd, cols, rows, [f] * 5, unit="€", identities=["NETTOMENO = MENOT + TULOT"])
        d.add('<div class="page%s">' % (" first" if i == 0 else ""))
        d.add(app_head(i + 1, len(boards)))
        d.add("<h2>%d.%d %s</h2>" % (3, i + 1, e(bd)))
        for k in range(2 + i % 2):
            d.add(para(h3.PROSE[(i + k) % 4]))
        d.add(data_table(t, plain_head("€", cols)))
        d.tables.append(t)
        d.add(app_foot())
        d.add("</div>")
    return d


def doc12():
    """Two käyttötalous follow-ups printed at --dpi 300 (glyph placement on a finer grid), in a table
    whose number cells are right-aligned with padding and whose header row is light grey; thousands
    `&nbsp;`, minus hyphen-minus, Käyttö-% with `%` in every cell; DejaVu Serif 9 pt."""
    rng = random.Random(712 + SEED)
    d = Doc("hold7-12-dpi300-kaytto", font='"DejaVu Serif"', size="9pt", css="""
table.data { width: 100%; font-size: 8pt; }
table.data th { background: #eee; padding: 2pt 4pt; border-bottom: 0.8pt solid #000; }
table.data td { padding: 1.8pt 4pt; }
tr.b td { font-weight: bold; }
tr.i1 td.lab { padding-left: 12pt; }
""", opts=["--dpi", "300"])
    add_kaytto_pair(d, rng, "Ympäristöpalvelut", h3.PROSE[1],
                    (("Ympäristölautakunta", 1_800_000), ("Rakennusvalvonta", 700_000)),
                    NF(thou="\u00a0"), NF(ndec=1, suffix="\u00a0%"))
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


FONT_NAME = re.compile(rb"/FontName /[A-Z]{6}\+([^\s/>]+)")
TRIES = 80


def fonts_in_order(data):
    """The base names of the embedded fonts in the order QPdfEngine wrote them."""
    return FONT_NAME.findall(data)


def print_pdf(d, html_path, pdf_path):
    """wkhtmltopdf with the document's options, then pin /CreationDate (same length).

    QPdfEngine writes the document's fonts in an order that changes from run to run (their objects,
    resource names and subset tags follow it; nothing else differs): print again until the fonts
    come in alphabetical order, the one canonical choice, so that every run gives the same bytes."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_HASH_SEED="0", TZ="UTC")
    for _ in range(TRIES):
        with tempfile.TemporaryDirectory() as rt:
            env["XDG_RUNTIME_DIR"] = rt
            subprocess.run([WKHTMLTOPDF, "-q", "--encoding", "utf-8", "-s", "A4", "-T", "15mm", "-B", "15mm",
                            "-L", "15mm", "-R", "15mm", "--enable-local-file-access", "--disable-javascript"]
                           + d.opts + [html_path, pdf_path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        data = open(pdf_path, "rb").read()
        names = fonts_in_order(data)
        if names == sorted(names):
            break
    else:
        sys.exit("%s: wkhtmltopdf never wrote the fonts in alphabetical order in %d runs" % (d.name, TRIES))
    data = re.sub(rb"/CreationDate \(D:\d{14}Z\)", b"/CreationDate (" + PINNED_DATE + b")", data)
    open(pdf_path, "wb").write(data)


def main():
    global SEED
    only, keep, seed, out = h3.parse_options(sys.argv[1:], ABLATE, "--keep-html", ".build-holdout/docs7", seed=True)
    SEED = SEED if seed is None else seed
    done = h3.print_html_docs(DOCS, only, out, keep, print_pdf, lambda mk, d: (
        "Hold-out set 7, truth by construction (tools/holdout/make_holdout7.py, %s; HTML printed "
        "by wkhtmltopdf 0.12.6, Qt WebKit%s): %s Every value is the canonical decimal of the digits "
        "printed; identities hold on the printed values."
        % (mk.__name__, (" with " + " ".join(d.opts)) if d.opts else "", " ".join(mk.__doc__.split()))))
    h3.selfcheck_or_exit(out, done)


if __name__ == "__main__":
    main()
