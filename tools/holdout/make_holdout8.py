#!/usr/bin/env python3
"""Eighth independent hold-out set for Luku: 12 PDFs drawn by fpdf2 (the FPDF / TCPDF family of report writers).

    make_holdout8.py [--only 03,05] [--ablate NAME ...] [--seed N] OUTDIR   (default .build-holdout/docs8)

--ablate NAME (repeatable) switches one layout feature off, for diagnostic variants that isolate a
failure's cause (never part of the set): no-zebra (hold8-01: no filled rows), no-rotate (hold8-08: the
column heads written level), no-trailing (hold8-09: leading minus instead of the ERP's trailing one),
no-header (hold8-11: no header()/footer() lines). --seed N (N != 0) draws other numbers for variants
that test a rule beyond the set's own pages (never part of the set).

Needs Python with fpdf2 (PyPI; `make holdout8` installs it into .build-holdout/venv8) and pdftotext; the
documents with an embedded font use DejaVu and Liberation (fonts-dejavu-core, fonts-liberation).

Sets 1-2 come from reportlab, 3 from Chromium, 4 from Apache FOP, 5 from TeX, 6 from iText 5, 7 from
wkhtmltopdf. This set comes from fpdf2, the Python heir of PHP's FPDF (and a cousin of TCPDF and mPDF):
the report writers behind countless ERP, case-management and municipal web systems. No layout engine:
the program moves the writer's cursor and draws each table cell by cell with cell() / multi_cell(),
a border rectangle (or only some sides: "LR", "TB", "B") per cell, row heights set by hand, `fill=True`
zebra rows, ln() spacing instead of rules, numbers right-aligned in their cell's width; page heads
and feet from header() / footer() ("Sivu 1/{nb}"); the table() API of fpdf2 >= 2.7 (col_widths,
text_align, headings repeated on page breaks); rotated column heads via rotation(). Fonts: the core
fonts (Helvetica, Times, Courier: WinAnsi, nothing embedded, no ToUnicode) or embedded TrueType
subsets (DejaVu, Liberation). Core-font documents cannot print U+2212 (not in cp1252): their minus is
the hyphen-minus, as in every FPDF report.

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the canonical
decimal of the digits printed, identities hold on the printed values; a group name row is the `group`
of the rows under it; a repeated head is not a row. A table's `page` is read back from the PDF (the
first page, at or after its caption's, whose `pdftotext -layout` text holds its first row's label).
Deterministic: a fixed seed per document, the creation date pinned (set_creation_date); fpdf2 writes
the same bytes on every run (md5sum). Self-check as in set 3.
"""
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
import make_holdout4 as h4  # noqa: E402  (shared: tuloslaskelma, rahoituslaskelma, tase, investment rows)
import make_holdout7 as h7  # noqa: E402  (shared: key-figure rows)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

import fpdf  # noqa: E402
from fpdf import FPDF, FontFace  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402

ABLATE = set()
SEED = 0
PINNED = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
FONT_FILES = {("DejaVu", ""): "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              ("DejaVu", "B"): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
              ("DejaVuCond", ""): "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
              ("DejaVuCond", "B"): "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
              ("Liberation", ""): "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              ("Liberation", "B"): "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}
BOLD = ("b", "tot")
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


class Doc(FPDF):
    """One report: an FPDF with the report writer's page head and foot (`head`: the report's name, or
    None for none) and the truth tables drawn on it."""

    def __init__(self, name, font="Helvetica", orientation="P", head=None, foot=None):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.name, self.tables, self.face, self.app_head, self.app_foot = name, [], font, head, foot
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(PINNED)
        self.set_title(name)
        self.set_author("Talousraportointi")
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)
        for (fam, st), path in FONT_FILES.items():
            if fam == font:
                self.add_font(fam, st, path)
        self.add_page()

    def header(self):
        if self.app_head and "no-header" not in ABLATE:
            self.set_font(self.face, "", 7.5)
            self.cell(0, 4, self.app_head, new_x=XPos.LMARGIN, new_y=YPos.TOP)
            self.cell(0, 4, "Sivu %d/{nb}" % self.page_no(), align="R", **NL)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(4)

    def footer(self):
        if self.app_foot and "no-header" not in ABLATE:
            self.set_y(-13)
            self.set_font(self.face, "", 7)
            self.cell(0, 4, self.app_foot, align="C")

    def h1(self, s, size=14):
        self.set_font(self.face, "B", size)
        self.cell(0, 8, s, **NL)

    def h2(self, s, size=10.5):
        self.ln(2)
        self.set_font(self.face, "B", size)
        self.cell(0, 6, s, **NL)

    def para(self, s, size=9, w=0):
        self.set_font(self.face, "", size)
        self.multi_cell(w, 4.4, s, align="J", **NL)
        self.ln(2)


def draw_rows(d, t, widths, head, h=5.0, size=8, border=1, head_border=1, zebra=None, head_fill=None,
              group_rows=True, indent=3.0, label_align="L", row_border=None):
    """A table drawn cell by cell, as FPDF programs do: a head row (`head`: [(text, align)]), then for
    each row a label cell and a right-aligned number cell per column, all of height `h`; bold rows in
    the bold face; a group name row across the table before each new group; `zebra`: the fill colour
    of every other row; `row_border(r)`: a row's own border sides."""
    if head:
        d.set_font(d.face, "B", size)
        if head_fill:
            d.set_fill_color(*head_fill)
        for (tx, al), w in zip(head, widths):
            d.cell(w, h + 0.5, tx, border=head_border, align=al, fill=bool(head_fill))
        d.ln(h + 0.5)
    last, k = object(), 0
    for r in t.rows:
        if group_rows and r.group != last:
            if r.group is not None:
                d.set_font(d.face, "B", size)
                d.cell(sum(widths), h, r.group, border=border, **NL)
            last = r.group
        d.set_font(d.face, "B" if r.cls in BOLD else "", size)
        fill = bool(zebra) and k % 2 == 1
        if zebra:
            d.set_fill_color(*zebra)
        k += 1
        b = row_border(r) if row_border else border
        lab = (" " * 3 + r.label) if (r.cls == "i1" and indent) else r.label
        d.cell(widths[0], h, lab, border=b, align=label_align, fill=fill)
        for ci, w in enumerate(widths[1:]):
            d.cell(w, h, t.cell(r, ci), border=b, align="R", fill=fill)
        d.ln(h)
    d.tables.append(t)


def api_rows(tb, t):
    """The rows of `t` into an fpdf2 table() `tb`: the heading row (`€` and the columns), a group
    name row (one cell spanning the table, bold) before each new group, bold rows bold."""
    hr = tb.row()
    for c in ["€"] + t.columns:
        hr.cell(c)
    last = None
    for r in t.rows:
        if r.group != last and r.group is not None:
            tb.row().cell(r.group, colspan=len(t.columns) + 1, style=FontFace(emphasis="BOLD"))
        last = r.group
        tr = tb.row()
        st = FontFace(emphasis="BOLD") if r.cls in BOLD else None
        tr.cell(r.label, style=st)
        for ci in range(len(t.columns)):
            tr.cell(t.cell(r, ci), style=st)


def plain_head(label, cols, align="R"):
    return [(label, "L")] + [(c, align) for c in cols]


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups drawn cell by cell with border=1 on every cell and `fill=True`
    zebra rows (light grey every other row), a grey head row, TA 2025 | Muutokset | TA+muutokset |
    Toteutuma | Poikkeama | Käyttö-%; core font Helvetica (WinAnsi), thousands NBSP, minus hyphen,
    bold TOIMINTATUOTOT / TOIMINTAKULUT / TOIMINTAKATE rows, items indented by spaces."""
    rng = random.Random(801 + SEED)
    d = Doc("hold8-01-cell-zebra-kaytto")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    d.h1("Käyttötalouden toteutuminen 1.1.–31.12.2025")
    d.para(h3.PROSE[0])
    for i, (cap, scale) in enumerate((("Sivistyslautakunta", 6_000_000), ("Tekninen lautakunta", 1_500_000))):
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [NF(thou="\u00a0")] * 5 + [NF(ndec=1)],
                  unit="€", identities=h3.KAYTTO_IDS)
        d.h2(cap)
        draw_rows(d, t, [50, 24, 22, 26, 24, 20, 14], plain_head("€", cols), h=5, size=7.5,
                  zebra=None if "no-zebra" in ABLATE else (235, 235, 235), head_fill=(200, 200, 200))
        d.ln(3)
        d.para(h3.PROSE[1 + i])
    return d


def doc02():
    """Määrärahat of six boards with fpdf2's table() API (col_widths, text_align, a bold heading row,
    cell borders everywhere): TP 2024 | TA 2025 | TA 2026 | TS 2027 | TS 2028, each board's MENOT /
    TULOT / NETTOMENO rows under its name (a row whose first cell spans the table), a bold Yhteensä;
    embedded DejaVu Sans, thousands U+202F (narrow no-break space), minus U+2212."""
    rng = random.Random(802 + SEED)
    d = Doc("hold8-02-table-api-maararahat", font="DejaVu")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    f = NF(thou="\u202f", neg="\u2212")
    rows = h3.maararahat_rows(rng, h3.BOARDS[1:])
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [f] * 5, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups"])
    d.h1("Talousarvio 2026 ja taloussuunnitelma 2027–2028")
    d.para(h3.PROSE[2])
    d.h2(t.caption)
    d.set_font("DejaVu", "", 7.5)
    with d.table(col_widths=(40, 28, 28, 28, 28, 28), text_align=("LEFT",) + ("RIGHT",) * 5, line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(220, 226, 236))) as tb:
        api_rows(tb, t)
    d.tables.append(t)
    d.ln(3)
    d.para(h3.PROSE[3])
    return d


def doc03():
    """A long investment programme (five groups, ~100 projects) with fpdf2's table() API over two
    pages under a header() band `Investointiohjelma 2026–2029 · Talousarvio 2026 … Sivu 2/2`: the
    heading row repeated at the top of page 2, horizontal rules only (borders_layout=
    "HORIZONTAL_LINES"), zebra rows (cell_fill_mode="ROWS"), group name rows spanning the table, bold
    `… yhteensä` rows, Investoinnit yhteensä; core font Helvetica 7.5 pt, thousands NBSP, minus hyphen."""
    rng = random.Random(803 + SEED)
    d = Doc("hold8-03-table-api-investoinnit", head="Investointiohjelma 2026–2029 · Talousarvio 2026")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    f = NF(thou="\u00a0")
    _, rows = h4.investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.h1("Investointiosa")
    d.para(h3.PROSE[3])
    d.h2(t.caption)
    d.set_font("Helvetica", "", 7.5)
    with d.table(col_widths=(62, 24, 22, 22, 22, 22), text_align=("LEFT",) + ("RIGHT",) * 5, line_height=4.2,
                 borders_layout="HORIZONTAL_LINES", headings_style=FontFace(emphasis="BOLD"),
                 cell_fill_color=(244, 244, 244), cell_fill_mode="ROWS") as tb:
        api_rows(tb, t)
    d.tables.append(t)
    return d


def doc04():
    """A tuloslaskelma in 1 000 € with one decimal (TP 2025 | TP 2024) drawn with side borders only:
    every cell `border="LR"`, the head `"LTRB"`, the last row `"LRB"` (an open box with no rules between
    rows), the result rows bold, an empty ln() before each result; core font Times, minus hyphen,
    thousands plain space."""
    rng = random.Random(804 + SEED)
    d = Doc("hold8-04-lr-borders-tuloslaskelma", font="Times")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou=" ", ndec=1)
    rows = h4.tulos_rows(rng)
    t = Table("tuloslaskelma", "Tuloslaskelma", cols, rows, [f] * 2, unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot"])
    d.h1("Tilinpäätös 2025")
    d.para(h3.PROSE[3])
    d.h2("Tuloslaskelma (1 000 €)")
    last = rows[-1]
    draw_rows(d, t, [80, 30, 30], plain_head("", cols), h=5.5, size=10, border="LR", head_border="LTRB",
              row_border=lambda r: "LRB" if r is last else "LR")
    d.ln(4)
    d.para(h3.PROSE[0])
    return d


def doc05():
    """A rahoituslaskelma (TP 2025 | TP 2024, €) in the core font Courier (every glyph 0.6 em wide, numbers
    right-aligned by width in 35 mm cells), a rule under the head and under each `… yhteensä` (border="B"),
    group name rows, long prose first so that the table breaks over a page (the head not repeated:
    no header() in this program); thousands plain space, minus hyphen."""
    rng = random.Random(805 + SEED)
    d = Doc("hold8-05-courier-rahoitus-break", font="Courier")
    cols = ["TP 2025", "TP 2024"]
    f = NF(thou=" ")
    t = Table("rahoituslaskelma", "Rahoituslaskelma", cols, h4.rahoitus_rows(rng), [f] * 2, unit="€",
              identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.h1("Rahoituslaskelma", 13)
    for k in range(17):
        d.para(h3.PROSE[k % 4], size=9.5)
    d.h2(t.caption)
    draw_rows(d, t, [105, 35, 35], plain_head("€", cols), h=5, size=8.5, border=0, head_border="B",
              row_border=lambda r: "B" if r.cls in BOLD else 0)
    return d


def doc06():
    """A tase (vastaavaa, vastattavaa) in € with cents, border=1 on every cell, the labels in a narrow
    column written with multi_cell() so that the long ones wrap over two lines (the row as tall as its
    label, the numbers in cells of that height, vertically centred); group rows bold; YHTEENSÄ bold;
    31.12.2025 | 31.12.2024; embedded Liberation Sans, thousands NBSP, minus U+2212."""
    rng = random.Random(806 + SEED)
    d = Doc("hold8-06-multicell-tase", font="Liberation")
    f = NF(thou="\u00a0", ndec=2, neg="\u2212")
    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    d.h1("Tase")
    widths = [46, 32, 32]
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        d.h2(cap)
        d.set_font(d.face, "B", 9)
        for (tx, al), w in zip(plain_head("€", cols), widths):
            d.cell(w, 6, tx, border=1, align=al)
        d.ln(6)
        for r in t.rows:
            d.set_font(d.face, "B" if r.cls in BOLD else "", 9)
            x, y = d.get_x(), d.get_y()
            d.multi_cell(widths[0], 4.5, r.label, border=1, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            hgt = 4.5 * len(d.multi_cell(widths[0], 4.5, r.label, dry_run=True, output="LINES"))
            d.set_xy(x + widths[0], y)
            for ci, w in enumerate(widths[1:]):
                d.cell(w, hgt, t.cell(r, ci), border=1, align="R")
            d.set_xy(x, y + hgt)
        d.tables.append(t)
        d.ln(4)
    return d


def doc07():
    """Two key-figure boxes side by side, each drawn at its own cursor (set_xy) as dashboard reports
    do: `Talouden tunnusluvut` at the left margin, `Palvelujen tunnusluvut` at x = 108 mm, both from
    the same y, a filled title cell and a small table TP 2024 | TA 2025 | TA 2026 with a format per row
    and border="B" under each row; prose under both; core font Helvetica."""
    rng = random.Random(807 + SEED)
    d = Doc("hold8-07-side-by-side-keyfigures")
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    n0, n1 = NF(thou="\u00a0"), NF(ndec=1)
    rows = h7.keyfig_rows(rng)
    for r in rows:   # core fonts: the hyphen is the only minus
        r.fmts = [NF(thou=f.thou, ndec=f.ndec) for f in r.fmts]
    prows = [Row("Lapsia varhaiskasvatuksessa", [rnd(rng, 300, 1_400) for _ in range(3)], fmts=[n0] * 3),
             Row("Perusopetuksen oppilaat", [rnd(rng, 900, 3_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Kirjaston lainaukset", [rnd(rng, 90_000, 260_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Kotihoidon asiakkaat", [rnd(rng, 150, 700) for _ in range(3)], fmts=[n0] * 3),
             Row("Sairauspoissaolot, pv/htv", [rnd(rng, 8, 19, 1) for _ in range(3)], fmts=[n1] * 3),
             Row("Kattavuus, %", [rnd(rng, 5, 25, 1) for _ in range(3)], fmts=[n1] * 3)]
    t1 = Table("talous", "Talouden tunnusluvut", cols, rows, [n0] * 3)
    t2 = Table("palvelut", "Palvelujen tunnusluvut", cols, prows, [n0] * 3)
    d.h1("Kunnanjohtajan katsaus")
    d.para(h3.PROSE[1])
    y0 = d.get_y() + 2
    bottom = y0
    widths = [39, 14, 14, 14]
    for x0, t in ((15, t1), (108, t2)):
        d.set_xy(x0, y0)
        d.set_font(d.face, "B", 9)
        d.set_fill_color(225, 232, 240)
        d.cell(sum(widths), 6, t.caption, fill=True, new_x=XPos.LEFT, new_y=YPos.NEXT)
        d.set_font(d.face, "B", 7.5)
        for (tx, al), w in zip(plain_head("", cols), widths):
            d.cell(w, 5, tx, border="B", align=al)
        d.set_xy(x0, d.get_y() + 5)
        for r in t.rows:
            d.set_font(d.face, "", 7.5)
            d.cell(widths[0], 4.6, r.label, border="B")
            for ci, w in enumerate(widths[1:]):
                d.cell(w, 4.6, t.cell(r, ci), border="B", align="R")
            d.set_xy(x0, d.get_y() + 4.6)
        bottom = max(bottom, d.get_y())
        d.tables.append(t)
    d.set_xy(15, bottom + 6)
    for s in h3.PROSE:
        d.para(s)
    return d


def doc08():
    """Talousarvion toteutuminen by board on a landscape page: TP 2024 | TA 2025 | Muutokset |
    TA+muutokset | Toteutuma | Käyttö-% | Muutos-%, the column heads written rotated by 90° (rotation())
    in a tall head row, as narrow-column ERP reports do; a bold Yhteensä row over a filled cell;
    percentages with one decimal; embedded DejaVu Sans Condensed, thousands NBSP, minus U+2212."""
    rng = random.Random(808 + SEED)
    d = Doc("hold8-08-landscape-rotated-heads", font="DejaVuCond", orientation="L")
    cols, rows = h3.toteutuminen_board_rows(rng)
    f, p = NF(thou="\u00a0", neg="\u2212"), NF(ndec=1, neg="\u2212")
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows,
              [f] * 5 + [p] * 2, unit="€",
              identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                          "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    d.h1("Talousarvion toteutuminen 2025")
    d.para(h3.PROSE[2])
    d.h2(t.caption)
    widths = [62, 30, 30, 26, 30, 30, 20, 20]
    size = 9
    if "no-rotate" in ABLATE:
        draw_rows(d, t, widths, plain_head("€", cols), h=6, size=size)
    else:
        x0, y0, hh = d.get_x(), d.get_y(), 24
        d.set_font(d.face, "B", size)
        d.cell(widths[0], hh, "€", border=1, align="L")
        x = x0 + widths[0]
        for c, w in zip(cols, widths[1:]):
            d.rect(x, y0, w, hh)
            tx, ty = x + w / 2 + 1.2, y0 + hh - 1.5
            with d.rotation(90, tx, ty):
                d.text(tx, ty, c)
            x += w
        d.set_xy(x0, y0 + hh)
        draw_rows(d, t, widths, None, h=6, size=size)
    d.ln(3)
    d.para(h3.PROSE[0])
    return d


def doc09():
    """An ERP listing (Raportti KP-220, core font Courier 8 pt, header() with the report's name and
    `Sivu 1/{nb}`): käyttötalous by account, TA 2025 | Toteutuma | Erotus | Käyttö-%, every amount with the
    ERP's **trailing minus** (`1 234 567-`), thousands plain space, no borders at all: the head
    underlined with a row of `=` and each subtotal preceded by a row of `-` (text, not rules); group
    name rows (TOIMINTATUOTOT, TOIMINTAKULUT) and a TOIMINTAKATE row."""
    rng = random.Random(809 + SEED)
    d = Doc("hold8-09-erp-trailing-minus", font="Courier",
            head="KUNTA 001  Raportti KP-220  Talousarvion toteutuminen tileittäin  Ajettu 15.1.2026")
    trail = "no-trailing" not in ABLATE
    f = NF(thou=" ", neg="-", suffix="")
    cols = ["TA 2025", "Toteutuma", "Erotus", "Käyttö-%"]
    rows, heads = [], {}
    for kind, items, sign in (("TOIMINTATUOTOT", h3.INCOME, 1), ("TOIMINTAKULUT", h3.COSTS, -1)):
        its = []
        for it in items:
            ta = rnd(rng, 20_000, 2_000_000) * sign
            tot = ta + rnd(rng, -0.12 * float(abs(ta)), 0.12 * float(abs(ta))) * sign
            its.append([ta, tot, tot - ta])
        for lab, v in zip(items, its):
            rows.append(Row(lab, v + [pct(v[1], v[0])], "", group=kind))
        s = [sum(r[i] for r in its) for i in range(3)]
        heads[kind] = s
        rows.append(Row(kind.capitalize() + " yhteensä", s + [pct(s[1], s[0])], "b", group=kind))
    k = [a + b for a, b in zip(heads["TOIMINTATUOTOT"], heads["TOIMINTAKULUT"])]
    rows.append(Row("Toimintakate", k + [pct(k[1], k[0])], "tot"))
    t = Table("kaytto", "Sivistystoimi, käyttötalous tileittäin", cols, rows, [f] * 3 + [NF(ndec=1)], unit="€",
              identities=["Erotus = Toteutuma - TA 2025", "… yhteensä = sum of its items",
                          "Toimintakate = Toimintatuotot yhteensä + Toimintakulut yhteensä",
                          "Käyttö-% = Toteutuma / TA 2025 × 100"])
    widths = [66, 30, 30, 30, 22]

    def amount(r, ci):
        v = r.values[ci]
        s = t.cell(r, ci)
        if trail and ci < 3 and v < 0:
            return s[1:] + "-"
        if trail and ci < 3:
            return s + " "
        return s

    d.set_font("Courier", "B", 10)
    d.cell(0, 6, "SIVISTYSTOIMI, KÄYTTÖTALOUS TILEITTÄIN 1.1.-31.12.2025", **NL)
    d.set_font("Courier", "", 8)
    d.cell(0, 4, "Yksikkö: euroa", **NL)
    d.ln(2)
    d.cell(widths[0], 4, "Tili / nimike")
    for c, w in zip(cols, widths[1:]):
        d.cell(w, 4, c + (" " if trail and c != "Käyttö-%" else ""), align="R")
    d.ln(4)
    d.cell(sum(widths), 4, "=" * 98, **NL)
    last = None
    for r in rows:
        if r.group != last and r.group is not None:
            d.ln(1.5)
            d.set_font("Courier", "B", 8)
            d.cell(sum(widths), 4, r.group, **NL)
        last = r.group
        if r.cls in BOLD:
            d.set_font("Courier", "", 8)
            d.cell(widths[0], 4, "")
            d.cell(sum(widths[1:]), 4, "-" * 60, align="R", **NL)
        d.set_font("Courier", "B" if r.cls in BOLD else "", 8)
        d.cell(widths[0], 4, ("  " + r.label) if not r.cls else r.label)
        for ci, w in enumerate(widths[1:]):
            d.cell(w, 4, amount(r, ci), align="R")
        d.ln(4)
    d.tables.append(t)
    return d


def doc10():
    """A cross-tab of toimintakulut (10 cost centres × 6 cost kinds + Yhteensä) drawn cell by cell in a
    7 pt font with cells so narrow that the head texts are written with multi_cell() over two or three
    lines (the head row as tall as its tallest head) and the cost-centre labels overflow their 20 mm
    cell into the empty left part of the first number cell (cell() does not clip); a bold Yhteensä
    row with border="T"; core font Helvetica, thousands NBSP."""
    rng = random.Random(810 + SEED)
    d = Doc("hold8-10-narrow-crosstab")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    f = NF(thou="\u00a0")
    rows = h3.crosstab_rows(rng, ["Hallinto", "Talous", "Henkilöstöhallinto", "Tietohallinto", "Ruokapalvelut",
                                  "Siivous", "Kiinteistöpalvelut", "Kadut", "Vesihuolto", "Liikuntapalvelut"], 900_000)
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [f] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.h1("Toimintakulut 2025")
    d.para(h3.PROSE[1])
    d.h2(t.caption)
    widths = [20] + [21] * 6 + [24]
    d.set_font("Helvetica", "B", 7)
    x0, y0 = d.get_x(), d.get_y()
    heads = ["€"] + cols
    lines = [len(d.multi_cell(w - 1, 3.4, h, dry_run=True, output="LINES")) for h, w in zip(heads, widths)]
    hh = 3.4 * max(lines)
    x = x0
    for h, w, n in zip(heads, widths, lines):
        d.set_xy(x, y0 + hh - 3.4 * n)
        d.multi_cell(w, 3.4, h, align="L" if h == "€" else "R", new_x=XPos.RIGHT, new_y=YPos.TOP)
        x += w
    d.set_xy(x0, y0 + hh)
    d.line(x0, y0 + hh, x0 + sum(widths), y0 + hh)
    for r in rows:
        d.set_font("Helvetica", "B" if r.cls in BOLD else "", 7)
        b = "T" if r.cls in BOLD else 0
        d.cell(widths[0], 4.2, r.label, border=b)
        for ci, w in enumerate(widths[1:]):
            d.cell(w, 4.2, t.cell(r, ci), border=b, align="R")
        d.ln(4.2)
    d.tables.append(t)
    return d


def doc11():
    """A case-management system's budget report: header() prints `Talousraportointi · Raportti KT-104`
    and `Sivu 2/5` on every page, footer() a line with a phone number; one board per page (add_page()),
    each a numbered heading, prose and a MENOT / TULOT / NETTOMENO table over TP 2024 | TA 2025 |
    TA 2026 | TS 2027 | TS 2028 drawn with border="TB" (rules above and below each row, no verticals),
    NETTOMENO bold; embedded DejaVu Sans, thousands NBSP, minus U+2212."""
    rng = random.Random(811 + SEED)
    d = Doc("hold8-11-app-report-pages", font="DejaVu", head="Talousraportointi · Raportti KT-104 · Tulostettu 15.1.2026 klo 9.42",
            foot="Esimerkkikunta · Taloushallinto · puh. 040 123 4567")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    f = NF(thou="\u00a0", neg="\u2212")
    boards = h3.BOARDS[2:7]
    for i, bd in enumerate(boards):
        if i:
            d.add_page()
        m = [-rnd(rng, 300_000, 9_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 2_000_000) for _ in range(5)]
        rows = [Row("MENOT", m), Row("TULOT", tl), Row("NETTOMENO", [a + c for a, c in zip(m, tl)], "b")]
        t = Table("kaytto-%d" % (i + 1), bd, cols, rows, [f] * 5, unit="€", identities=["NETTOMENO = MENOT + TULOT"])
        d.h2("3.%d %s" % (i + 1, bd), 12)
        for k in range(2 + i % 2):
            d.para(h3.PROSE[(i + k) % 4])
        draw_rows(d, t, [40, 28, 28, 28, 28, 28], plain_head("€", cols), h=6, size=8.5, border="TB",
                  head_border="TB", head_fill=(233, 238, 246))
    return d


def doc12():
    """Two käyttötalous follow-ups whose head cells are written with multi_cell() over two lines
    (`TA+` / `muutokset`, `Käyttö-` / `%`), the rows drawn with border="LR" and a fill on the bold rows;
    Käyttö-% with `%` in every cell, Poikkeama with a plus sign; embedded Liberation Sans, thousands
    NBSP, minus hyphen-minus, decimal comma."""
    rng = random.Random(812 + SEED)
    d = Doc("hold8-12-wrapped-head-kaytto", font="Liberation")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    heads = ["€", "TA 2025", "Muutokset", "TA+\nmuutokset", "Toteutuma", "Poikkeama", "Käyttö-\n%"]
    widths = [56, 22, 22, 22, 22, 22, 14]
    d.h1("Ympäristöpalvelut")
    d.para(h3.PROSE[1])
    for i, (cap, scale) in enumerate((("Ympäristölautakunta", 1_800_000), ("Rakennusvalvonta", 700_000))):
        f = NF(thou="\u00a0")
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale),
                  [f] * 4 + [NF(thou="\u00a0", plus=True), NF(ndec=1, suffix="\u00a0%")], unit="€",
                  identities=h3.KAYTTO_IDS)
        d.h2(cap)
        d.set_font(d.face, "B", 8)
        x0, y0 = d.get_x(), d.get_y()
        x = x0
        for h, w in zip(heads, widths):
            n = h.count("\n") + 1
            d.set_xy(x, y0)
            d.multi_cell(w, 8 / n, h, border=1, align="L" if h == "€" else "R", new_x=XPos.RIGHT, new_y=YPos.TOP)
            x += w
        d.set_xy(x0, y0 + 8)
        d.set_fill_color(238, 238, 238)
        for r in t.rows:
            bold = r.cls in BOLD
            d.set_font(d.face, "B" if bold else "", 8)
            b = "LR"
            d.cell(widths[0], 4.8, ("   " + r.label) if r.cls == "i1" else r.label, border=b, fill=bold)
            for ci, w in enumerate(widths[1:]):
                d.cell(w, 4.8, t.cell(r, ci), border=b, align="R", fill=bold)
            d.ln(4.8)
        d.line(x0, d.get_y(), x0 + sum(widths), d.get_y())
        d.tables.append(t)
        d.ln(3)
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def main():
    global SEED
    only, _, seed, out = h3.parse_options(sys.argv[1:], ABLATE, "--keep", ".build-holdout/docs8", seed=True)
    SEED = SEED if seed is None else seed
    done = []
    for mk in DOCS:
        if only and mk.__name__[3:] not in only:
            continue
        d = mk()
        pdf = os.path.join(out, d.name + ".pdf")
        d.output(pdf)
        pages = h3.pages_text(pdf)
        h3.place_tables(d, pages)
        h3.write_truth(out, d, "Hold-out set 8, truth by construction (tools/holdout/make_holdout8.py, %s; drawn by "
                               "fpdf2 %s): %s Every value is the canonical decimal of the digits printed; identities "
                               "hold on the printed values." % (mk.__name__, fpdf.__version__, " ".join(mk.__doc__.split())))
        done.append(d)
        h3.report(d, pages)
    h3.selfcheck_or_exit(out, done)


if __name__ == "__main__":
    main()
