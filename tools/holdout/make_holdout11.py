#!/usr/bin/env python3
"""Eleventh independent hold-out set for Luku: 10 PDFs printed by WeasyPrint (HTML/CSS -> PDF with its
own layout engine and its own PDF writer, pydyf), as municipal case-management and web publishing
systems print their reports.

    make_holdout11.py [--only 03,05] [--keep-html] [--ablate caption-top] [--seed N] OUTDIR   (default .build-holdout/docs11)

--keep-html keeps each NAME.html beside its PDF. --ablate caption-top (hold11-05: each chart's caption
over the chart instead of under it) makes a diagnostic variant (never part of the set). --seed N (N != 0) draws other numbers (and so other
line and page breaks) for variants that test a rule beyond the set's own pages (never part of the set).

Run with a Python that has WeasyPrint (`make holdout11` makes .build-holdout/venv11 with pip's
weasyprint; it needs Pango >= 1.44, Debian 12's libpango-1.0-0); fonts Liberation and DejaVu
(fonts-liberation, fonts-dejavu-core); pdftotext for the read-back and the self-check.

Sets 1-2 come from reportlab, 3 Chromium, 4 FOP, 5 TeX, 6 iText 5, 7 wkhtmltopdf, 8 fpdf2, 9 second
producers (gs, cairo), 10 Scribus. WeasyPrint is none of them: its CSS layout engine is its own (not a
browser's), it implements CSS Paged Media (`@page` margin boxes with `counter(page)` /
`counter(pages)` running heads and feet, `float: footnote`), repeats a table's `thead` and `tfoot`
on every page the table breaks over, balances CSS multi-column layout, hyphenates at soft hyphens
(Pyphen, behind `hyphens: auto`, has no Finnish), and writes the PDF with pydyf (fonts subset by fontTools, text per
line box). Layouts: bordered and zebra CSS tables, repeated `thead` over a page break inside a table,
`rowspan` group cells and `colspan` band headers, right-aligned `tabular-nums`, a table beside an
SVG figure, a table floated in prose, a two-column CSS multi-column section, hyphenated labels,
footnote calls in labels, running heads and feet with page counters.

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the
canonical decimal of the digits printed, identities hold on the printed values; a band joins its
columns' names; a repeated head is not a row; a rowspan group cell is the `group` of its rows; a
footnote call is not part of the label. A table's `page` is read back from the PDF (the first page,
at or after its caption's, whose `pdftotext -layout` text holds its first row's label).
Deterministic: a fixed seed per document, no dates in the metadata (WeasyPrint writes /CreationDate
only from a `dcterms.created` meta), the PDF /ID from a fixed identifier: the PDFs are byte-identical
on every run (md5sum). Self-check as in set 3.
"""
import html
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
import make_holdout4 as h4  # noqa: E402  (shared: tuloslaskelma, rahoituslaskelma, tase, investment rows)
import make_holdout7 as h7  # noqa: E402  (shared: key-figure rows)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

ABLATE = set()
SEED = 0
MINUS, NBSP, NNBSP, NDASH = "\u2212", "\u00a0", "\u202f", "\u2013"


def e(s):
    return html.escape(s, quote=True)


BASE_CSS = """
@page { size: %(page)s; margin: 22mm 16mm 20mm 16mm;
  @top-left { content: "Esimerkkikunta"; font-size: 7.5pt; color: #444; }
  @top-right { content: "%(running)s"; font-size: 7.5pt; color: #444; }
  @bottom-right { content: "Sivu " counter(page) " / " counter(pages); font-size: 7.5pt; }
  @bottom-left { content: "Julkaistu 1.3.2026"; font-size: 7.5pt; color: #444; } }
body { font-family: %(font)s; font-size: %(size)s; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 6pt 0; }
h2 { font-size: 11.5pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; line-height: 1.35; }
table { border-collapse: collapse; }
td, th { padding: 2pt 4pt; vertical-align: top; }
th { text-align: right; }
th.lab, td.lab { text-align: left; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.b td, tr.tot td { font-weight: bold; }
tr.i1 td.lab { padding-left: 12pt; }
tr.grp td { font-weight: bold; padding-top: 5pt; }
"""


class Doc(h3.Doc):
    """One HTML document (set 3's, with this set's stylesheet), printed by WeasyPrint; `running` is
    the head's right-hand text."""

    def __init__(self, name, running, page="A4", font='"Liberation Sans"', size="8.5pt", css=""):
        h3.Doc.__init__(self, name)
        self.css = BASE_CSS % {"page": page, "font": font, "size": size, "running": running} + css


def para(s):
    return "<p>%s</p>" % e(s)


def head_html(head_rows):
    """Header rows [[(text, colspan, rowspan, cls)]] -> <thead>."""
    out = ["<thead>"]
    for hr in head_rows:
        out.append("<tr>%s</tr>" % "".join('<th colspan="%d" rowspan="%d" class="%s">%s</th>' % (cs, rs, c, e(tx))
                                           for tx, cs, rs, c in hr))
    out.append("</thead>")
    return "".join(out)


def plain_head(label, cols):
    return [[(label, 1, 1, "lab")] + [(c, 1, 1, "") for c in cols]]


def data_table(t, head_rows, cls="data", group_rows=True, label_html=None, colgroup=None):
    """A <table> with a <thead> and one <tr> per row; a group row (its name across the table) before
    each new group; `label_html(r)`: the label cell's HTML (footnote calls)."""
    out = ['<table class="%s">' % cls]
    if colgroup:
        out.append("<colgroup>%s</colgroup>" % "".join('<col style="width:%s">' % w for w in colgroup))
    out.append(head_html(head_rows) + "<tbody>")
    last = object()
    for r in t.rows:
        if group_rows and r.group != last:
            if r.group is not None:
                out.append('<tr class="grp"><td class="lab" colspan="%d">%s</td></tr>' % (len(t.columns) + 1, e(r.group)))
            last = r.group
        lab = label_html(r) if label_html else e(r.label)
        tds = ['<td class="lab">%s</td>' % lab]
        tds += ['<td class="num">%s</td>' % e(t.cell(r, ci)) for ci in range(len(t.columns))]
        out.append('<tr class="%s">%s</tr>' % (r.cls, "".join(tds)))
    out.append("</tbody></table>")
    return "\n".join(out)


VOWELS = set("aeiouyäöAEIOUYÄÖ")


def soft_hyphens(word):
    """Finnish hyphenation points as soft hyphens (U+00AD), the main rule: a consonant followed by a
    vowel starts a syllable (`Ym-pä-ris-tö-ter-vey-den-huol-to`), at least two letters either side.
    Pyphen has no Finnish dictionary, so a CMS's long labels carry soft hyphens and WeasyPrint breaks
    them as `hyphens: manual` (its default) does: at a soft hyphen, printing a hyphen."""
    out = []
    for i, ch in enumerate(word):
        if (2 <= i <= len(word) - 2 and ch.isalpha() and ch not in VOWELS and word[i + 1] in VOWELS
                and word[i - 1].isalpha() and word[i - 2].isalpha()):
            out.append("\u00ad")
        out.append(ch)
    return "".join(out)


def hyphenated(s):
    return " ".join(soft_hyphens(w) for w in s.split(" "))


KAYTTO_COLS = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups in bordered CSS tables with zebra rows (tbody tr:nth-child(even)
    shaded), a shaded head, every cell ruled 0.5 pt, right-aligned tabular-nums, TA 2025 | Muutokset |
    TA+muutokset | Toteutuma | Poikkeama | Käyttö-%; running head and a foot `Sivu 1 / 1` from @page
    margin boxes; thousands NBSP, minus U+2212; Liberation Sans 8.5 pt."""
    rng = random.Random(1101 + SEED)
    d = Doc("hold11-01-zebra-bordered-kaytto", "Käyttötalouden toteutuminen 2025", css="""
table.data { width: 100%; }
table.data th, table.data td { border: 0.5pt solid #999; }
table.data th { background: #dfe6ee; }
table.data tbody tr:nth-child(even) td { background: #f3f3f3; }
""")
    f, p = NF(thou=NBSP, neg=MINUS), NF(ndec=1, neg=MINUS)
    d.add("<h1>Käyttötalouden toteutuminen 2025</h1>")
    d.add(para(h3.PROSE[0]))
    for i, (cap, scale) in enumerate((("Sivistyslautakunta", 7_000_000), ("Tekninen lautakunta", 2_000_000))):
        t = Table("kaytto-%d" % (i + 1), cap, KAYTTO_COLS, h3.kaytto_rows(rng, scale), [f] * 5 + [p], unit="€",
                  identities=h3.KAYTTO_IDS)
        d.add("<h2>%s</h2>" % e(cap))
        d.add(data_table(t, plain_head("€", KAYTTO_COLS)))
        d.tables.append(t)
    d.add(para(h3.PROSE[1]))
    return d


def doc02():
    """Määrärahat of five boards, each board's name in a `rowspan=3` cell at the left of its MENOT /
    TULOT / NETTOMENO rows (a group cell, not a group row), under `colspan` band headers `Talousarvio`
    (TA 2025, TA 2026) and `Taloussuunnitelma` (TS 2027, TS 2028, TS 2029) with `rowspan=2` label
    heads; horizontal rules only, a thick rule over each board; thousands NNBSP, minus en dash; DejaVu
    Sans 8 pt."""
    rng = random.Random(1102 + SEED)
    d = Doc("hold11-02-rowspan-bands-maararahat", "Talousarvio 2026", font='"DejaVu Sans"', size="8pt", css="""
table.data { width: 100%; font-size: 7.5pt; }
table.data th { border-bottom: 0.6pt solid #000; text-align: center; }
table.data th.y { text-align: right; }
table.data td { border-bottom: 0.3pt solid #bbb; }
table.data td.bd { font-weight: bold; border-top: 1.2pt solid #000; vertical-align: middle; }
table.data tr.first td { border-top: 1.2pt solid #000; }
table.data tr.b td { font-weight: bold; }
""")
    years = ["TA 2025", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    cols = ["Talousarvio " + y for y in years[:2]] + ["Taloussuunnitelma " + y for y in years[2:]]
    f = NF(thou=NNBSP, neg=NDASH)
    rows = h3.maararahat_rows(rng, h3.BOARDS[2:7])
    t = Table("maararahat", "Määrärahat ja tuloarviot 2025–2029", cols, rows, [f] * 5, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups"])
    d.add("<h1>Talousarvio 2026</h1>")
    d.add(para(h3.PROSE[2]))
    d.add("<h2>%s</h2>" % e(t.caption))
    out = ['<table class="data">', head_html([
        [("Toimielin", 1, 2, "lab"), ("€", 1, 2, "lab"), ("Talousarvio", 2, 1, ""), ("Taloussuunnitelma", 3, 1, "")],
        [(y, 1, 1, "y") for y in years]]), "<tbody>"]
    for k, r in enumerate(rows):
        first = k == 0 or rows[k - 1].group != r.group
        tds = ['<td class="bd" rowspan="3">%s</td>' % e(r.group)] if first else []
        tds += ['<td class="lab">%s</td>' % e(r.label)] + ['<td class="num">%s</td>' % e(t.cell(r, i)) for i in range(5)]
        out.append('<tr class="%s%s">%s</tr>' % (r.cls, " first" if first else "", "".join(tds)))
    out.append("</tbody></table>")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc03():
    """A long investment programme (five groups, ~100 projects) in one table breaking over three
    pages, its `thead` repeated by WeasyPrint at the top of every page (and a `tfoot` `Jatkuu…` line
    repeated at every break), group name rows, bold `… yhteensä` rows; a foot `Sivu N / M`; thousands
    NBSP, minus U+2212; Liberation Sans 8 pt."""
    rng = random.Random(1103 + SEED)
    d = Doc("hold11-03-repeated-thead-investoinnit", "Investointiosa", size="8pt", css="""
table.data { width: 100%; font-size: 8pt; }
table.data th { border-bottom: 1pt solid #000; background: #e4e9ef; }
table.data td { padding: 1.5pt 4pt; border-bottom: 0.3pt solid #ccc; }
table.data tfoot td { border: none; font-style: italic; color: #555; text-align: right; }
tr.b td, tr.tot td { border-top: 0.8pt solid #000; }
""")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    f = NF(thou=NBSP, neg=MINUS)
    _, rows = h4.investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.add("<h1>Investointiosa</h1>")
    d.add(para(h3.PROSE[3]))
    d.add("<h2>%s</h2>" % e(t.caption))
    tb = data_table(t, plain_head("€", cols))
    tb = tb.replace("<tbody>", '<tfoot><tr><td colspan="6">Taulukko jatkuu seuraavalla sivulla</td></tr></tfoot><tbody>', 1)
    d.add(tb)
    d.tables.append(t)
    return d


def doc04():
    """A tuloslaskelma (1 000 €, one decimal) and a rahoituslaskelma (€) in a two-column CSS
    multi-column sections (`columns: 2`, balanced by WeasyPrint): the tuloslaskelma in the left
    column with prose in the right one, then the rahoituslaskelma alone in a two-column section,
    breaking from the foot of the left column to the top of the right one (its thead repeated there); thousands plain space, minus U+2212; Liberation Serif 8 pt."""
    rng = random.Random(1104 + SEED)
    d = Doc("hold11-04-multicol-tulos-rahoitus", "Tilinpäätös 2025", font='"Liberation Serif"', size="8pt", css="""
div.cols { columns: 2; column-gap: 8mm; }
table.data { width: 100%; }
table.data th { border-bottom: 0.8pt solid #000; }
table.data td { padding: 1.2pt 3pt; }
tr.b td, tr.tot td { border-top: 0.5pt solid #000; }
""")
    tf = NF(thou=" ", ndec=1, neg=MINUS)
    rf = NF(thou=" ", neg=MINUS)
    tul = Table("tuloslaskelma", "Tuloslaskelma (1 000 €)", ["TP 2025", "TP 2024"], h4.tulos_rows(rng), [tf] * 2,
                unit="1 000 €", identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                                            "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                                            "Tilikauden tulos = Vuosikate + Poistot"])
    rah = Table("rahoituslaskelma", "Rahoituslaskelma (€)", ["TP 2025", "TP 2024"], h4.rahoitus_rows(rng), [rf] * 2,
                unit="€", identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.add("<h1>Tilinpäätös 2025</h1>")
    d.add('<div class="cols">')
    d.add("<h2>%s</h2>" % e(tul.caption))
    d.add(data_table(tul, plain_head("", tul.columns)))
    for k in (0, 3):
        d.add(para(h3.PROSE[k]))
    d.add("</div>")
    d.add("<h2>%s</h2>" % e(rah.caption))
    d.add('<div class="cols">%s</div>' % data_table(rah, plain_head("", rah.columns)))
    d.tables += [tul, rah]
    return d


def bar_svg(vals, labels):
    """A small bar chart as inline SVG (the figure beside a table): bars, year labels under them and
    the values in € millions above them, as report systems draw them."""
    w, h, top = 180, 120, max(vals)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%dpt" height="%dpt" viewBox="0 0 %d %d">' % (w, h, w, h),
             '<line x1="10" y1="100" x2="175" y2="100" stroke="#000" stroke-width="0.6"/>']
    for i, (v, lab) in enumerate(zip(vals, labels)):
        bh = float(v) / float(top) * 80
        x = 18 + i * 32
        parts.append('<rect x="%d" y="%.1f" width="20" height="%.1f" fill="#6b8fb5"/>' % (x, 100 - bh, bh))
        parts.append('<text x="%d" y="112" font-size="7" font-family="Liberation Sans" text-anchor="middle">%s</text>' % (x + 10, lab))
        parts.append('<text x="%d" y="%.1f" font-size="7" font-family="Liberation Sans" text-anchor="middle">%s</text>'
                     % (x + 10, 96 - bh, str(v).replace(".", ",")))
    parts.append("</svg>")
    return "".join(parts)


def doc05():
    """A tase (€ with cents, 31.12.2025 | 31.12.2024): VASTAAVAA and VASTATTAVAA, each a table in a
    flex row **beside a figure** (an inline SVG bar chart of the lainakanta with its own figures
    `12,4` … and years under the bars) and its caption `Kuvio 1.`; items indented; thousands NBSP,
    minus U+2212; DejaVu Sans 8 pt."""
    rng = random.Random(1105 + SEED)
    d = Doc("hold11-05-table-beside-figure-tase", "Tase 31.12.2025", font='"DejaVu Sans"', size="8pt", css="""
div.row { display: flex; gap: 8mm; align-items: flex-start; margin-bottom: 6mm; }
div.row table { flex: 0 0 60%; }
div.fig { flex: 1; font-size: 7pt; }
table.data th { border-bottom: 0.8pt solid #000; }
table.data td { border-bottom: 0.3pt dotted #999; }
""")
    f = NF(thou=NBSP, ndec=2, neg=MINUS)
    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    d.add("<h1>Tase</h1>")
    d.add(para(h3.PROSE[3]))
    years = ["2021", "2022", "2023", "2024", "2025"]
    for k, (tid, cap, lines) in enumerate((("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt))):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        d.add("<h2>%s</h2>" % e(cap))
        vals = [rnd(rng, 8, 30, 1) for _ in years]
        cap = "<p>Kuvio %d. %s, milj. €</p>" % (k + 1, "Lainakanta" if k else "Taseen loppusumma")
        svg = bar_svg(vals, years)
        fig = '<div class="fig">%s</div>' % (cap + svg if "caption-top" in ABLATE else svg + cap)
        d.add('<div class="row">%s%s</div>' % (data_table(t, plain_head("", cols)), fig))
        d.tables.append(t)
    return d


def doc06():
    """Nettomenot by unit with long Finnish compound labels in a narrow label column (24 mm),
    **hyphenated** by WeasyPrint at the soft hyphens a CMS puts in long words (`hyphens: manual`;
    Pyphen has no Finnish: `Perustervey-` / `denhuollon`), the figures on the label's last line (`vertical-align: bottom`); TP 2024 | TA 2025 |
    TA 2026 | Muutos-%; a Yhteensä row; thousands plain space, minus hyphen; Liberation Serif 9 pt."""
    rng = random.Random(1106 + SEED)
    d = Doc("hold11-06-hyphenated-labels", "Sosiaali- ja terveystoimi", font='"Liberation Serif"', size="9pt", css="""
table.data { width: 130mm; table-layout: fixed; }
table.data td { vertical-align: bottom; border-bottom: 0.3pt solid #aaa; }
table.data th { border-bottom: 0.8pt solid #000; }
""")
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%"]
    f, p = NF(thou=" ", neg="-"), NF(ndec=1, neg="-")
    t = h4.nettomenot_table(rng, cols, [f, f, f, p])
    d.add("<h1>Sosiaali- ja terveystoimi</h1>")
    d.add(para(h3.PROSE[1]))
    d.add("<h2>%s</h2>" % e(t.caption))
    d.add(data_table(t, plain_head("€", cols), colgroup=["24mm", "26mm", "26mm", "26mm", "20mm"],
                     label_html=lambda r: e(hyphenated(r.label))))
    d.tables.append(t)
    d.add(para(h3.PROSE[2]))
    return d


def doc07():
    """Talousarvion toteutuminen by board on a landscape page, each amount with its unit in the cell
    (`1 234 567 €`) and each percentage with `%` (`98,4 %`), right-aligned tabular-nums, a bold
    Yhteensä row with a double rule; TP 2024 | TA 2025 | Muutokset | TA+muutokset | Toteutuma |
    Käyttö-% | Muutos-%; thousands plain space, minus U+2212; Liberation Sans 9 pt."""
    rng = random.Random(1107 + SEED)
    d = Doc("hold11-07-unit-in-cell-toteutuminen", "Talousarvion toteutuminen 2025", page="A4 landscape", size="9pt",
            css="""
table.data { width: 100%; }
table.data th { border-bottom: 0.8pt solid #000; }
table.data td { border-bottom: 0.3pt solid #ccc; padding: 3pt 5pt; }
tr.tot td { border-top: 2.4pt double #000; }
""")
    cols, rows = h3.toteutuminen_board_rows(rng)
    f, p = NF(thou=" ", neg=MINUS, suffix=NBSP + "€"), NF(ndec=1, neg=MINUS, suffix=NBSP + "%")
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows, [f] * 5 + [p] * 2,
              unit="€", identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                                    "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    d.add("<h1>Talousarvion toteutuminen 2025</h1>")
    d.add(para(h3.PROSE[2]))
    d.add("<h2>%s</h2>" % e(t.caption))
    d.add(data_table(t, plain_head("Toimielin", cols)))
    d.tables.append(t)
    d.add(para(h3.PROSE[0]))
    return d


def doc08():
    """Key figures (TP 2024 | TA 2025 | TA 2026, a format per row) in a small bordered table **floated
    right** inside the prose (`float: right; width: 55%`), the text wrapping at its left; a second
    paragraph flowing under it; thousands NBSP, minus U+2212; DejaVu Sans Condensed 8 pt."""
    rng = random.Random(1108 + SEED)
    d = Doc("hold11-08-float-keyfigures", "Toimintakertomus", font='"DejaVu Sans Condensed"', size="8pt", css="""
table.data { float: right; width: 60%; margin: 0 0 4mm 5mm; font-size: 7.5pt; }
table.data caption { font-weight: bold; text-align: left; padding-bottom: 3pt; }
table.data th { border-bottom: 0.8pt solid #000; }
table.data td, table.data th { border-left: 0.3pt solid #bbb; }
p { text-align: justify; }
""")
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    t = Table("tunnusluvut", "Keskeiset tunnusluvut", cols, h7.keyfig_rows(rng), [NF(thou=NBSP)] * 3)
    d.add("<h1>Toimintakertomus</h1>")
    d.add("<h2>Talouden kehitys</h2>")
    tb = data_table(t, plain_head("", cols)).replace("<thead>", "<caption>%s</caption><thead>" % e(t.caption), 1)
    d.add(tb)
    for k in (0, 1, 2, 3, 0, 2):
        d.add(para(h3.PROSE[k]))
    d.tables.append(t)
    return d


def doc09():
    """Toimintakulut of ten cost centres × six cost kinds + Yhteensä at 7 pt, the cost kinds' long
    heads **hyphenated** over two or three lines in narrow columns (soft hyphens, as doc06), a grey zebra
    (`nth-child(odd)`), vertical rules between the columns; thousands NNBSP; Liberation Sans Narrow."""
    rng = random.Random(1109 + SEED)
    d = Doc("hold11-09-crosstab-hyphen-heads", "Toimintakulut 2025", font='"Liberation Sans Narrow"', size="8pt", css="""
table.data { width: 100%; font-size: 7pt; table-layout: fixed; }
table.data th { vertical-align: bottom; border-bottom: 0.8pt solid #000; }
table.data td + td, table.data th + th { border-left: 0.3pt solid #999; }
table.data tbody tr:nth-child(odd) td { background: #eeeeee; }
""")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    rows = h3.crosstab_rows(rng, ["Hallinto", "Talous", "Henkilöstöhallinto", "Tietohallinto", "Ruokapalvelut",
                                  "Siivous", "Kiinteistöpalvelut", "Kadut", "Vesihuolto", "Liikuntapalvelut"], 1_200_000)
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [NF(thou=NNBSP)] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.add("<h1>Toimintakulut 2025</h1>")
    d.add(para(h3.PROSE[1]))
    d.add("<h2>%s</h2>" % e(t.caption))
    d.add(data_table(t, plain_head("€", [hyphenated(c) for c in cols]), colgroup=["19%"] + ["11.5%"] * 7))
    d.tables.append(t)
    return d


def doc10():
    """Käyttötalous by tehtävä (TA 2025 | TA 2026 | TS 2027 | TS 2028 | Muutos-%), labels carrying
    **footnote calls** (CSS Paged Media `float: footnote`: a superscript call glued to the label,
    the note at the page's foot), NETTOMENOT of each tehtävä bold; thousands NBSP, minus U+2212;
    Liberation Serif 9 pt."""
    rng = random.Random(1110 + SEED)
    d = Doc("hold11-10-footnotes-tehtavat", "Talousarvio 2026 · Käyttötalous", font='"Liberation Serif"', size="9pt",
            css="""
.fn { float: footnote; font-size: 7pt; }
::footnote-call { font-size: 6pt; vertical-align: super; line-height: 0; }
::footnote-marker { font-size: 6pt; }
table.data { width: 100%; }
table.data th { border-bottom: 0.8pt solid #000; border-top: 0.8pt solid #000; }
tr.b td { border-bottom: 0.4pt solid #000; }
""")
    cols = ["TA 2025", "TA 2026", "TS 2027", "TS 2028", "Muutos-%"]
    f, p = NF(thou=NBSP, neg=MINUS), NF(ndec=1, neg=MINUS)
    tasks = [("Yleishallinto", None), ("Varhaiskasvatus", "Sisältää palvelusetelit."),
             ("Perusopetus", None), ("Lukiokoulutus", "Yhteistyössä naapurikunnan kanssa."),
             ("Kulttuuripalvelut", None), ("Liikuntapalvelut", "Uimahalli suljettu remontin ajan 2026.")]
    rows, notes = [], {}
    for task, note in tasks:
        tl = [rnd(rng, 20_000, 900_000) for _ in range(4)]
        mn = [-rnd(rng, 400_000, 9_000_000) for _ in range(4)]
        nt = [a + b for a, b in zip(tl, mn)]
        for lab, v, cls in (("Toimintatuotot", tl, ""), ("Toimintakulut", mn, ""), ("Nettomenot", nt, "b")):
            rows.append(Row(lab, v + [pct(v[1] - v[0], abs(v[0]))], cls, group=task))
        if note:
            notes[task] = note
    t = Table("tehtavat", "Käyttötalous tehtävittäin", cols, rows, [f] * 4 + [p], unit="€",
              identities=["Nettomenot = Toimintatuotot + Toimintakulut", "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    d.add("<h1>Käyttötalous</h1>")
    d.add(para(h3.PROSE[2]))
    d.add("<h2>%s</h2>" % e(t.caption))
    out = ['<table class="data">', head_html(plain_head("€", cols)), "<tbody>"]
    last = None
    for r in rows:
        if r.group != last:
            fn = '<span class="fn">%s</span>' % e(notes[r.group]) if r.group in notes else ""
            out.append('<tr class="grp"><td class="lab" colspan="6">%s%s</td></tr>' % (e(r.group), fn))
            last = r.group
        tds = ['<td class="lab">%s</td>' % e(r.label)] + ['<td class="num">%s</td>' % e(t.cell(r, i)) for i in range(5)]
        out.append('<tr class="%s">%s</tr>' % (r.cls, "".join(tds)))
    out.append("</tbody></table>")
    d.add("\n".join(out))
    d.tables.append(t)
    d.add(para(h3.PROSE[3]))
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10]


def print_pdf(d, html_path, pdf_path):
    """WeasyPrint from the HTML file, a fixed PDF identifier (else pydyf draws it from the content
    and the time) and no dates in the metadata."""
    from weasyprint import HTML   # noqa: E402  (only the venv has it)
    doc = HTML(filename=html_path).render()
    doc.write_pdf(pdf_path, pdf_identifier=b"hold11-" + d.name.encode("ascii")[:9], uncompressed_pdf=False)


def main():
    global SEED
    only, keep, seed, out = h3.parse_options(sys.argv[1:], ABLATE, "--keep-html", ".build-holdout/docs11", seed=True)
    SEED = SEED if seed is None else seed
    done = h3.print_html_docs(DOCS, only, out, keep, print_pdf, lambda mk, d: (
        "Hold-out set 11, truth by construction (tools/holdout/make_holdout11.py, %s; HTML printed by "
        "WeasyPrint): %s Every value is the canonical decimal of the digits printed; identities hold on "
        "the printed values." % (mk.__name__, " ".join(mk.__doc__.split()))))
    h3.selfcheck_or_exit(out, done)


if __name__ == "__main__":
    main()
