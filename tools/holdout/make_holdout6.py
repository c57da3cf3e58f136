#!/usr/bin/env python3
"""Sixth independent hold-out set for Luku: 12 PDFs written by iText 5 the way report engines write them.

    make_holdout6.py [--only 03,05] [--keep-ops] [--ablate NAME ...] [--seed N] OUTDIR   (default .build-holdout/docs6)

--keep-ops keeps each NAME.ops (the renderer's input) beside its PDF. --ablate NAME (repeatable)
switches one layout feature off, for diagnostic variants that isolate a failure's cause (never part
of the set): no-shade (every document: no alternating row shading, no shaded header band),
no-furniture (every document: no page header/footer bands: title, run date, "Sivu n / N"),
no-grid (hold6-02: no cell borders), no-wrap (hold6-07: labels on one line in a wide box),
no-groupband (hold6-03, -05, -08: group headings in regular weight, no band shading).
--seed N (N != 0) draws other numbers for variants that test a rule beyond the set's own pages.

Needs Python's standard library, a JDK (javac, java), iText 5 (Debian: libitext5-java,
/usr/share/java/itext5.jar), fonts-liberation and fonts-dejavu-core, and pdftotext.

Sets 1-2 come from reportlab, set 3 from Chromium, set 4 from Apache FOP, set 5 from TeX. This set
comes from **iText 5**, the PDF library under JasperReports and many ERP and financial systems'
report writers (and the way Crystal Reports and SSRS paginated reports lay out a page): the report
engine does its own layout and places **every cell as a text box at an absolute position** — a
number right-aligned by computing its start from the box's right edge, each number **its own text
object** (BT … ET) — with page header and footer bands repeated on every page (municipality, report
title, run date `Ajopäivä 15.01.2026 08:12`, `Sivu 1 / 3`), the column header band repeated on each
page, group header bands (a bold group name on a shaded band) and group footer bands with
subtotals, alternating row shading, thin cell borders drawn as rectangles (or none), labels wrapped
in fixed-width boxes; fonts the standard-14 Helvetica and Times with WinAnsi encoding (not embedded,
no ToUnicode), Liberation Sans ("Arial") embedded with WinAnsi, DejaVu Sans (JasperReports' default)
or Liberation Sans embedded as Identity-H; landscape pages (a wide MediaBox, no /Rotate). Numbers:
thousands by space, NBSP (U+00A0), narrow NBSP (U+202F) or none; minus as hyphen, U+2212 or en dash;
negatives in parentheses on one document. Two documents use iText's own table layout (PdfPTable,
header rows repeated after a page break, page events for the head and the `Sivu n / N` foot).

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the
canonical decimal of the digits printed, identities hold on the printed values; a group heading
band names the group of the rows under it; a group footer's subtotal row is a row; the repeated
column header band and the page bands are not rows; a label wrapped over two lines in its box is
the two lines joined by a space. A table's `page` is read back from the PDF (the first page, at or
after its caption's, whose `pdftotext -layout` text holds its first row's label).
Deterministic: a fixed seed per document; iText's /CreationDate, /ModDate, /ID and the six-letter
subset prefixes of embedded fonts (random in iText) are pinned after rendering (same length, no
offset moves): the PDFs are byte-identical on every run (md5sum). Self-check as in set 3.
"""
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
import make_holdout4 as h4  # noqa: E402  (shared: investment, tulos, rahoitus and tase lines)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

ABLATE = set()
SEED = 0
HERE = os.path.dirname(os.path.abspath(__file__))
ITEXT = os.environ.get("ITEXT_JAR", "/usr/share/java/itext5.jar")
LIB = "/usr/share/fonts/truetype/liberation/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
A4 = (595.0, 842.0)
A4L = (842.0, 595.0)
RUN = "Ajopäivä 15.01.2026 08:12"
TOWN = "Järvelän kaupunki"
NBSP, NNBSP, MINUS, EN = "\u00a0", "\u202f", "\u2212", "\u2013"

# font sets: (regular, bold) op definitions; std = standard-14 WinAnsi, ttf = Identity-H, ttfw = WinAnsi embedded
HELV = [("F", "std", "Helvetica"), ("B", "std", "Helvetica-Bold")]
TIMES = [("F", "std", "Times-Roman"), ("B", "std", "Times-Bold")]
ARIAL_W = [("F", "ttfw", LIB + "LiberationSans-Regular.ttf"), ("B", "ttfw", LIB + "LiberationSans-Bold.ttf")]
ARIAL_U = [("F", "ttf", LIB + "LiberationSans-Regular.ttf"), ("B", "ttf", LIB + "LiberationSans-Bold.ttf")]
DEJA_U = [("F", "ttf", DEJAVU + "DejaVuSans.ttf"), ("B", "ttf", DEJAVU + "DejaVuSans-Bold.ttf")]


class Num:
    """How a document prints its numbers: thousands separator, minus (a character or "()")."""

    def __init__(self, thou=NBSP, minus="-"):
        self.thou, self.minus = thou, minus

    def text(self, v, ndec=0):
        if v is None:
            return ""
        s = h3.show(v, NF(thou=self.thou, ndec=ndec))[0]
        if s.startswith("-"):
            return "(" + s[1:] + ")" if self.minus == "()" else self.minus + s[1:]
        return s


class Report:
    """One report: the engine's layout pass. Pages of ops; a page header band (town, title, run
    date), the column header band repeated on each page, rows placed top-down, a page footer band
    with `Sivu n / N` written once the page count is known."""

    def __init__(self, name, title, fonts, page=A4, margin=36.0, size=8.0, row_h=13.0):
        self.name, self.title, self.fonts, self.page, self.margin = name, title, fonts, page, margin
        self.size, self.row_h = size, row_h
        self.pages, self.tables = [], []
        self.header = None      # (draw function) the column header band, repeated on every page
        self.y = 0.0
        self.shade_next = False
        self.flow = None        # a flow (PdfPTable) document's ops instead of pages

    # -- ops
    def op(self, *f):
        self.pages[-1].append("\t".join(str(x) for x in f))

    def text(self, s, x, y, align="L", bold=False, size=None):
        if s:
            self.op("T", "B" if bold else "F", "%.1f" % (size or self.size), align, "%.2f" % x, "%.2f" % y, s)

    def rect(self, x, y, w, h, gray, mode="F", lw=0.5):
        self.op("R", "%.2f" % x, "%.2f" % y, "%.2f" % w, "%.2f" % h, "%.2f" % gray, mode, "%.2f" % lw)

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.op("L", "%.2f" % x1, "%.2f" % y1, "%.2f" % x2, "%.2f" % y2, "%.2f" % lw)

    # -- pages and bands
    def new_page(self):
        self.pages.append(["PAGE\t%.0f\t%.0f" % self.page])
        w, h = self.page
        self.y = h - self.margin
        if "no-furniture" not in ABLATE:
            self.text(TOWN, self.margin, self.y - 9, bold=True, size=9)
            self.text(self.title, w / 2, self.y - 9, "C", bold=True, size=10)
            self.text(RUN, w - self.margin, self.y - 9, "R", size=7)
            self.line(self.margin, self.y - 14, w - self.margin, self.y - 14, 0.75)
        self.y -= 30
        if self.header:
            self.header()
        self.shade_next = False

    def need(self, h):
        if not self.pages or self.y - h < self.margin + 24:
            self.new_page()

    def finish(self):
        n = len(self.pages)
        w = self.page[0]
        for i, pg in enumerate(self.pages):
            if "no-furniture" not in ABLATE:
                pg.append("\t".join(["L", "%.2f" % self.margin, "%.2f" % (self.margin + 12), "%.2f" % (w - self.margin),
                                     "%.2f" % (self.margin + 12), "0.50"]))
                pg.append("\t".join(["T", "F", "7.0", "L", "%.2f" % self.margin, "%.2f" % (self.margin + 3),
                                     "Talousraportointi / " + self.name.split("-")[0].upper()]))
                pg.append("\t".join(["T", "F", "7.0", "R", "%.2f" % (w - self.margin), "%.2f" % (self.margin + 3),
                                     "Sivu %d / %d" % (i + 1, n)]))

    def ops(self):
        head = ["FONT\t%s\t%s\t%s" % f for f in self.fonts]
        if self.flow is not None:
            return "\n".join(head + self.flow) + "\n"
        return "\n".join(head + [o for pg in self.pages for o in pg]) + "\n"


class Grid:
    """A report's columns: the label box and the value boxes (left edge, width) across the page."""

    def __init__(self, rep, label_w, ncols, col_w, gap=0.0):
        self.rep = rep
        x = rep.margin
        self.label = (x, label_w)
        x += label_w
        self.cols = []
        for _ in range(ncols):
            self.cols.append((x, col_w))
            x += col_w + gap
        self.right = x - gap

    def row(self, label, cells, bold=False, shade=None, indent=0.0, border=False, rule_above=False, h=None,
            label_lines=None):
        """One detail (or group footer) band: the shading, the label box, each cell its own text object
        right-aligned 3 pt inside its box's right edge."""
        rep = self.rep
        lines = label_lines or [label]
        h = h or rep.row_h * len(lines)
        rep.need(h)
        top = rep.y
        if shade is None:
            shade = rep.shade_next
            rep.shade_next = not rep.shade_next
        if shade and "no-shade" not in ABLATE:
            rep.rect(rep.margin, top - h, self.right - rep.margin, h, 0.92)
        if border:
            rep.rect(self.label[0], top - h, self.label[1], h, 0.0, "S", 0.3)
            for x, w in self.cols:
                rep.rect(x, top - h, w, h, 0.0, "S", 0.3)
        if rule_above:
            rep.line(rep.margin, top, self.right, top, 0.5)
        base = top - rep.row_h + 3.5
        for i, ln in enumerate(lines):
            rep.text(ln, self.label[0] + 2 + indent, base - i * rep.row_h, bold=bold)
        for (x, w), c in zip(self.cols, cells):
            rep.text(c, x + w - 3, base - (len(lines) - 1) * rep.row_h, "R", bold=bold)
        rep.y -= h

    def grouped(self, rows, num, band_gray, gap, indent):
        """Rows under group header bands, each group closed by its bold footer (`… yhteensä`) under
        a rule and `gap` points of space; the items indented by `indent`."""
        last = None
        for r in rows:
            if r.group != last and r.group is not None:
                self.band(r.group, gray=band_gray)
                last = r.group
            cells = [num.text(v) for v in r.values]
            if r.cls in ("b", "tot"):
                self.row(r.label, cells, bold=True, shade=False, rule_above=True)
                self.rep.y -= gap
            else:
                self.row(r.label, cells, indent=indent)

    def band(self, text, gray=0.82, bold=True):
        """A group header band: the group's name on a shaded strip across the table."""
        rep = self.rep
        rep.need(rep.row_h * 2)
        if "no-groupband" in ABLATE:
            bold, gray = False, None
        if gray is not None and "no-shade" not in ABLATE:
            rep.rect(rep.margin, rep.y - rep.row_h, self.right - rep.margin, rep.row_h, gray)
        rep.text(text, self.label[0] + 2, rep.y - rep.row_h + 3.5, bold=bold)
        rep.y -= rep.row_h
        rep.shade_next = False

    def head(self, names, label_head="", bands=None, gray=0.75, border=False):
        """The column header band: one or two lines per column (a list of strings each), right-aligned,
        on a shaded strip; `bands` [(text, first, last)] centred over a run of columns above."""
        rep = self.rep
        nl = max(len(n) for n in names)
        top = rep.y
        h = rep.row_h * (nl + (1 if bands else 0)) + 2
        if "no-shade" not in ABLATE and gray is not None:
            rep.rect(rep.margin, top - h, self.right - rep.margin, h, gray)
        if border:
            rep.rect(rep.margin, top - h, self.right - rep.margin, h, 0.0, "S", 0.3)
        y = top - rep.row_h + 3.5
        if bands:
            for txt, a, b in bands:
                x0, x1 = self.cols[a][0], self.cols[b][0] + self.cols[b][1]
                rep.text(txt, (x0 + x1) / 2, y, "C", bold=True)
                rep.line(x0 + 4, y - 3, x1 - 4, y - 3, 0.5)
            y -= rep.row_h
        rep.text(label_head, self.label[0] + 2, y - (nl - 1) * rep.row_h, bold=True)
        for (x, w), n in zip(self.cols, names):
            for k, part in enumerate(n):
                rep.text(part, x + w - 3, y - (nl - len(n) + k) * rep.row_h, "R", bold=True)
        rep.y = top - h - 2


def caption(rep, text, sub=None):
    rep.need(60)
    rep.text(text, rep.margin, rep.y - 11, bold=True, size=11)
    rep.y -= 16
    if sub:
        rep.text(sub, rep.margin, rep.y - 9, size=8)
        rep.y -= 13
    rep.y -= 4


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups as JasperReports draws them: every cell an absolutely placed text
    box, numbers right-aligned from the box's right edge, each its own text object; a shaded column
    header band, alternating row shading, no borders; page header band (town, title, run date) and
    `Sivu 1 / 1` footer; standard-14 Helvetica, WinAnsi, not embedded; thousands NBSP, minus hyphen."""
    rng = random.Random(601 + SEED)
    rep = Report("hold6-01-jasper-kaytto", "Käyttötalouden toteutumisvertailu", HELV, page=A4L)
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    num = Num(NBSP, "-")
    g = Grid(rep, 210, 6, 90)
    rep.new_page()
    for i, (cap, scale) in enumerate((("Tekninen lautakunta", 5_000_000), ("Ruokapalvelut", 1_200_000))):
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [NF()] * 5 + [NF(ndec=1)], unit="€",
                  identities=h3.KAYTTO_IDS)
        caption(rep, cap, "Euroa, 1.1.–31.12.2025")
        g.head([[c] for c in cols])
        for r in t.rows:
            cells = [num.text(v, 1 if ci == 5 else 0) for ci, v in enumerate(r.values)]
            g.row(r.label, cells, bold=r.cls == "b", indent=8 if r.cls == "i1" else 0)
        rep.y -= 16
        rep.tables.append(t)
    rep.finish()
    return rep


def doc02():
    """A tuloslaskelma in 1 000 € with one decimal, TP 2025 | TP 2024, every cell in a thin box
    (0.3 pt stroked rectangles, the grid a report designer draws around each text field); DejaVu
    Sans (JasperReports' default font) embedded as Identity-H; thousands U+202F (narrow NBSP), minus
    U+2212."""
    rng = random.Random(602 + SEED)
    rep = Report("hold6-02-dejavu-grid-tuloslaskelma", "Tuloslaskelma", DEJA_U)
    num = Num(NNBSP, MINUS)
    rows = h4.tulos_rows(rng)
    t = Table("tuloslaskelma", "Tuloslaskelma 1.1.–31.12.2025", ["TP 2025", "TP 2024"], rows, [NF(ndec=1)] * 2,
              unit="1 000 €", identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                                          "Tilikauden tulos = Vuosikate + Poistot"])
    g = Grid(rep, 260, 2, 95)
    rep.new_page()
    caption(rep, t.caption, "1 000 €")
    grid = "no-grid" not in ABLATE
    g.head([["TP 2025"], ["TP 2024"]], border=grid, gray=0.88)
    for r in rows:
        g.row(r.label, [num.text(v, 1) for v in r.values], bold=r.cls == "b", shade=False, border=grid, h=15)
    rep.tables.append(t)
    rep.finish()
    return rep


def doc03():
    """A long investment programme (five groups, ~100 projects) over several landscape pages: a
    group header band per group (bold name on a shaded strip), a group footer band with the bold
    `… yhteensä` subtotal under a rule, the column header band repeated on every page, page header
    and `Sivu n / N` footer bands; standard-14 Helvetica; thousands a space (U+0020), minus hyphen."""
    rng = random.Random(603 + SEED)
    rep = Report("hold6-03-groupbands-investoinnit", "Investointiohjelma 2026–2029", HELV, page=A4L, row_h=12.5)
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    num = Num(" ", "-")
    _, rows = h4.investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [NF()] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    g = Grid(rep, 300, 5, 92)
    rep.header = lambda: g.head([["Kustannus-", "arvio"], ["TA 2026"], ["TS 2027"], ["TS 2028"], ["TS 2029"]],
                                label_head="Hanke, €")
    rep.new_page()
    g.grouped(rows, num, band_gray=0.82, gap=4, indent=6)
    rep.tables.append(t)
    rep.finish()
    return rep


def doc04():
    """Talousarvion toteutuminen by board with Käyttö-% and Muutos-% (TP 2024 | TA 2025 | Muutokset |
    TA+muutokset | Toteutuma | Käyttö-% | Muutos-%), a hairline under every row (a report's bottom
    border), no shading; standard-14 Times-Roman; thousands NBSP, minus en dash (WinAnsi 0x96)."""
    rng = random.Random(604 + SEED)
    rep = Report("hold6-04-times-toteutuminen", "Talousarvion toteutuminen", TIMES, page=A4L, size=9, row_h=14)
    cols, rows = h3.toteutuminen_board_rows(rng)
    num = Num(NBSP, EN)
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows,
              [NF()] * 5 + [NF(ndec=1)] * 2, unit="€",
              identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                          "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    g = Grid(rep, 180, 7, 82)
    rep.new_page()
    caption(rep, t.caption, "Euroa")
    g.head([[c] for c in cols], gray=None)
    rep.line(rep.margin, rep.y + 2, g.right, rep.y + 2, 0.75)
    for r in rows:
        g.row(r.label, [num.text(v, 1 if ci >= 5 else 0) for ci, v in enumerate(r.values)], bold=r.cls == "tot",
              shade=False, rule_above=r.cls == "tot")
        rep.line(rep.margin, rep.y, g.right, rep.y, 0.25)
    rep.tables.append(t)
    rep.finish()
    return rep


def doc05():
    """A rahoituslaskelma, TP 2025 | TP 2024, **negatives in parentheses** (`(1 234 567)`, an
    accountant's format), each group under a bold header band and closed by its bold `… yhteensä`;
    Liberation Sans ("Arial") embedded as a WinAnsi TrueType subset; thousands a space."""
    rng = random.Random(605 + SEED)
    rep = Report("hold6-05-parens-rahoitus", "Rahoituslaskelma", ARIAL_W)
    num = Num(" ", "()")
    rows = h4.rahoitus_rows(rng)
    t = Table("rahoituslaskelma", "Rahoituslaskelma 1.1.–31.12.2025", ["TP 2025", "TP 2024"], rows, [NF()] * 2,
              unit="€", identities=["… yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    g = Grid(rep, 300, 2, 100)
    rep.new_page()
    caption(rep, t.caption, "Euroa")
    g.head([["TP 2025"], ["TP 2024"]])
    g.grouped(rows, num, band_gray=0.9, gap=6, indent=8)
    rep.tables.append(t)
    rep.finish()
    return rep


def flow_cell(font, size, align, gray, border, span, text):
    return "\t".join(["C", font, "%.1f" % size, align, "%.2f" % gray, "1" if border else "0", str(span), text])


def doc06():
    """A tase in € with cents by iText's own table layout (PdfPTable: every cell a 0.5 pt box, a
    shaded header row repeated after a page break, page events writing the head and the
    `Sivu n / N` foot); vastaavaa and vastattavaa as two tables; standard-14 Helvetica; thousands
    NBSP, minus hyphen."""
    rng = random.Random(606 + SEED)
    rep = Report("hold6-06-pdfptable-tase", "Tase", HELV)
    num = Num(NBSP, "-")
    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    fl = ["FLOW\t595\t842\t40\t%s – Tase 31.12.2025\tTalousraportointi / %s" % (TOWN, RUN)]
    fl.append("P\tB\t13\t0\tTase 31.12.2025")
    fl.append("P\tF\t9\t2\t" + h3.PROSE[3])
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        rows = [Row(lab, vals, cls) for lab, cls, vals in lines]
        t = Table(tid, cap, cols, rows, [NF(ndec=2)] * 2, unit="€",
                  identities=["group = sum of its items", "YHTEENSÄ equal on both sides"])
        fl.append("P\tB\t11\t10\t" + cap)
        fl.append("TABLE\t3,1.2,1.2\t1")
        fl.append(flow_cell("B", 9, "L", 0.85, True, 1, "€"))
        fl += [flow_cell("B", 9, "R", 0.85, True, 1, c) for c in cols]
        for r in rows:
            b = r.cls in ("b", "tot")
            lab = ("    " if r.cls == "i1" else "") + r.label
            fl.append(flow_cell("B" if b else "F", 9, "L", 1, True, 1, lab))
            fl += [flow_cell("B" if b else "F", 9, "R", 1, True, 1, num.text(v, 2)) for v in r.values]
        fl.append("ENDTABLE")
        rep.tables.append(t)
    rep.flow = fl
    return rep


def doc07():
    """Keskeiset tunnusluvut (TP 2024 | TA 2025 | TA 2026 | Muutos-%), a format per row, the labels in a
    narrow fixed-width text box that **wraps** long labels onto a second line (the box grows, the
    numbers sit on the box's last line, as a report field with stretch-with-overflow); alternating
    shading; standard-14 Helvetica; thousands a space, minus hyphen."""
    rng = random.Random(607 + SEED)
    rep = Report("hold6-07-wrapped-tunnusluvut", "Keskeiset tunnusluvut", HELV)
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%"]
    num = Num(" ", "-")
    base = rnd(rng, 8_000, 40_000)
    specs = [(("Asukasluku 31.12.",), lambda i: base - 110 * i + rng.randint(-40, 40), 0),
             (("Tuloveroprosentti",), lambda i: D("8.90") + D("0.10") * (i // 2), 2),
             (("Verotulot yhteensä,", "euroa asukasta kohden"), lambda i: rnd(rng, 3_900, 4_700), 0),
             (("Valtionosuudet yhteensä,", "euroa asukasta kohden"), lambda i: rnd(rng, 1_500, 2_600), 0),
             (("Vuosikate,", "euroa asukasta kohden"), lambda i: rnd(rng, -150, 480), 0),
             (("Lainakanta 31.12.,", "euroa asukasta kohden"), lambda i: rnd(rng, 2_100, 5_600), 0),
             (("Henkilöstö,", "henkilötyövuotta"), lambda i: rnd(rng, 400, 1_400, 1), 1),
             (("Investointien omahankintameno,", "tuhatta euroa"), lambda i: rnd(rng, 2_000, 18_000, 1), 1)]
    rows, lines = [], []
    for parts, fn, nd in specs:
        v = [fn(i) for i in range(3)]
        v.append(pct(v[2] - v[1], abs(v[1])))
        label = " ".join(parts)
        rows.append(Row(label, v, fmts=[NF(ndec=nd)] * 3 + [NF(ndec=1)]))
        lines.append([label] if "no-wrap" in ABLATE else list(parts))
    t = Table("tunnusluvut", "Keskeiset tunnusluvut", cols, rows, [NF()] * 4,
              identities=["Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    g = Grid(rep, 250 if "no-wrap" in ABLATE else 120, 4, 78)
    rep.new_page()
    caption(rep, t.caption)
    g.head([[c] for c in cols])
    for r, ls in zip(rows, lines):
        g.row(r.label, [num.text(v, t.fmt_of(r, ci).ndec) for ci, v in enumerate(r.values)], label_lines=ls)
    rep.tables.append(t)
    rep.finish()
    return rep


def doc08():
    """Määrärahat of six boards, each a group header band (the board's bold name on a shaded strip)
    over MENOT | TULOT | NETTOMENO, then Yhteensä's three rows; TP 2024 | TA 2025 | TA 2026 | Muutos-% |
    TS 2027 | TS 2028; landscape, two pages, the column header band repeated on page 2, alternating
    shading; standard-14 Helvetica; thousands NBSP, minus hyphen."""
    rng = random.Random(608 + SEED)
    rep = Report("hold6-08-board-groups-maararahat", "Määrärahat ja tuloarviot 2026–2028", HELV, page=A4L,
                 row_h=15)
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%", "TS 2027", "TS 2028"]
    num = Num(NBSP, "-")
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
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [NF(), NF(), NF(), NF(ndec=1), NF(), NF()],
              unit="€", identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups",
                                    "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    g = Grid(rep, 220, 6, 85)
    rep.header = lambda: g.head([[c] for c in cols], label_head="€")
    rep.new_page()
    caption(rep, t.caption, "Sitovuustaso: nettomeno")
    rep.y -= 0
    last = None
    for r in rows:
        if r.group != last:
            rep.need(rep.row_h * 4)
            g.band(r.group)
            last = r.group
        g.row(r.label, [num.text(v, 1 if ci == 3 else 0) for ci, v in enumerate(r.values)], bold=r.cls == "b",
              indent=10)
    rep.tables.append(t)
    rep.finish()
    return rep


def doc09():
    """A cross-tab of toimintakulut, 10 cost centres × 6 cost kinds + Yhteensä, by PdfPTable on a
    landscape page (a wide MediaBox), header cells wrapping inside their cells, no cell borders, a
    shaded header row, the total row shaded; standard-14 Helvetica; thousands a space."""
    rng = random.Random(609 + SEED)
    rep = Report("hold6-09-pdfptable-crosstab", "Toimintakulut", HELV, page=A4L)
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    num = Num(" ", "-")
    centres = ["Hallinto", "Talous", "Henkilöstö", "Tietohallinto", "Ruokapalvelut", "Siivous", "Kiinteistöt",
               "Kadut", "Vesihuolto", "Liikunta"]
    rows, acc = [], [D(0)] * 7
    for c in centres:
        v = [rnd(rng, 0, 2_500_000) if rng.random() < 0.9 else D(0) for _ in kinds]
        v.append(sum(v))
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(c, v))
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [NF()] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    fl = ["FLOW\t842\t595\t36\t%s – Toimintakulut 2025\tTalousraportointi / %s" % (TOWN, RUN),
          "P\tB\t13\t0\t" + t.caption, "P\tF\t9\t2\tEuroa, tilikausi 1.1.–31.12.2025",
          "TABLE\t2.2," + ",".join(["1.3"] * 7) + "\t1"]
    fl.append(flow_cell("B", 8, "L", 0.8, False, 1, "Kustannuspaikka"))
    fl += [flow_cell("B", 8, "R", 0.8, False, 1, c) for c in cols]
    for r in rows:
        b = r.cls == "tot"
        fl.append(flow_cell("B" if b else "F", 8, "L", 0.9 if b else 1, False, 1, r.label))
        fl += [flow_cell("B" if b else "F", 8, "R", 0.9 if b else 1, False, 1, num.text(v)) for v in r.values]
    fl.append("ENDTABLE")
    rep.tables.append(t)
    rep.flow = fl
    return rep


def doc10():
    """Määrärahat of six boards under centred band headers `Talousarvio 2026` and
    `Taloussuunnitelma 2027` (a rule under each band), each over MENOT | TULOT | NETTOMENO, as an
    SSRS / Power BI paginated report's matrix; a Yhteensä row under a rule; Liberation Sans
    ("Arial") embedded as Identity-H; thousands NBSP, minus U+2212."""
    rng = random.Random(610 + SEED)
    rep = Report("hold6-10-bands-identity-maararahat", "Määrärahat ja tuloarviot", ARIAL_U, page=A4L)
    kinds = ["MENOT", "TULOT", "NETTOMENO"]
    cols = ["Talousarvio 2026 " + k for k in kinds] + ["Taloussuunnitelma 2027 " + k for k in kinds]
    num = Num(NBSP, MINUS)
    rows, acc = [], [D(0)] * 6
    for bd in h3.BOARDS[1:]:
        v = []
        for _ in range(2):
            m = -rnd(rng, 90_000, 7_000_000)
            tl = rnd(rng, 0, 1_600_000)
            v += [m, tl, m + tl]
        rows.append(Row(bd, v))
        acc = [a + b2 for a, b2 in zip(acc, v)]
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("maararahat", "Määrärahat ja tuloarviot lautakunnittain", cols, rows, [NF()] * 6, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the boards"])
    g = Grid(rep, 190, 6, 88)
    rep.new_page()
    caption(rep, t.caption, "Euroa")
    g.head([[k] for k in kinds * 2], label_head="Lautakunta",
           bands=[("Talousarvio 2026", 0, 2), ("Taloussuunnitelma 2027", 3, 5)], gray=0.9)
    for r in rows:
        g.row(r.label, [num.text(v) for v in r.values], bold=r.cls == "tot", rule_above=r.cls == "tot")
    rep.tables.append(t)
    rep.finish()
    return rep


def doc11():
    """Budget sections of five boards, one per page (a report grouped by board with "start each
    group on a new page"): the board's name in the group header band under the page header, MENOT |
    TULOT | NETTOMENO over TP 2024 | TA 2025 | TA 2026 | TS 2027 | TS 2028, numbers **unspaced**
    (no thousands separator, as ERP exports print them), `Sivu n / 5`; standard-14 Helvetica."""
    rng = random.Random(611 + SEED)
    rep = Report("hold6-11-group-per-page", "Talousarvio 2026 – käyttötalous", HELV)
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    num = Num("", "-")
    g = Grid(rep, 180, 5, 62)
    for i, bd in enumerate(h3.BOARDS[2:7]):
        m = [-rnd(rng, 300_000, 9_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 2_000_000) for _ in range(5)]
        rows = [Row("MENOT", m), Row("TULOT", tl), Row("NETTOMENO", [a + c for a, c in zip(m, tl)], "b")]
        t = Table("kaytto-%d" % (i + 1), bd, cols, rows, [NF()] * 5, unit="€", identities=["NETTOMENO = MENOT + TULOT"])
        rep.new_page()
        caption(rep, bd, "Toimielin %d, euroa" % (i + 1))
        rep.text(h3.PROSE[i % 4][:95], rep.margin, rep.y - 9, size=8)
        rep.y -= 20
        g.head([[c] for c in cols], label_head="Tililuokka")
        for r in rows:
            g.row(r.label, [num.text(v) for v in r.values], bold=r.cls == "b")
        rep.tables.append(t)
    rep.finish()
    return rep


ACCOUNTS = [("3000", "Myyntituotot", 1), ("3200", "Maksutuotot", 1), ("3500", "Tuet ja avustukset", 1),
            ("4000", "Palkat ja palkkiot", -1), ("4300", "Palvelujen ostot", -1),
            ("4500", "Aineet, tarvikkeet ja tavarat", -1), ("4700", "Avustukset", -1), ("4900", "Vuokrat", -1)]


def doc12():
    """An ERP account report (tiliraportti): the cost centre's code and name printed only on the
    first line of its group, **in a column left of the rows, on the same line** (a report field with
    "print repeated values" off, printed again at the top of a new page), then each account's
    **code in its own narrow column** and its name, TA 2025 | Toteutuma | Käyttö-%, a bold
    `Yhteensä` group footer under a rule, `Kaikki yhteensä` at the end; € with cents; two portrait
    pages, the column header band repeated; standard-14 Helvetica; thousands NBSP, minus hyphen."""
    rng = random.Random(612 + SEED)
    rep = Report("hold6-12-erp-tiliraportti", "Tiliraportti 1–12/2025", HELV, row_h=14)
    cols = ["TA 2025", "Toteutuma", "Käyttö-%"]
    num = Num(NBSP, "-")
    centres = ["110 Hallinto", "210 Varhaiskasvatus", "220 Perusopetus", "310 Kirjasto", "410 Kadut ja tiet",
               "420 Jätehuolto", "510 Liikuntapaikat", "520 Nuorisotyö"]
    rows, grand = [], [D(0)] * 2
    for c in centres:
        acc = [D(0)] * 2
        for code, name, sign in sorted(rng.sample(ACCOUNTS, 6)):
            ta = rnd(rng, 5_000, 900_000, 2) * sign
            tot = q2(ta * D(rng.randint(800, 1180)) / 1000)
            rows.append(Row(code + " " + name, [ta, tot, pct(tot, ta)], "", group=c, extra={"code": code, "name": name}))
            acc = [acc[0] + ta, acc[1] + tot]
        rows.append(Row("Yhteensä", acc + [pct(acc[1], acc[0])], "b", group=c))
        grand = [grand[0] + acc[0], grand[1] + acc[1]]
    rows.append(Row("Kaikki yhteensä", grand + [pct(grand[1], grand[0])], "tot"))
    t = Table("tiliraportti", "Tiliraportti 1–12/2025", cols, rows, [NF(ndec=2), NF(ndec=2), NF(ndec=1)], unit="€",
              identities=["Yhteensä = sum of the centre's accounts", "Kaikki yhteensä = sum of the centres",
                          "Käyttö-% = Toteutuma / TA 2025 × 100"])
    m = rep.margin
    xs = {"centre": m + 2, "code": m + 112, "name": m + 146}
    g = Grid(rep, 330, 3, 70)
    header = lambda: (rep.text("Kustannuspaikka", xs["centre"], rep.y - 10, bold=True),
                          rep.text("Tili", xs["code"], rep.y - 10, bold=True),
                          rep.text("Tilin nimi", xs["name"], rep.y - 10, bold=True),
                          [rep.text(c, x + w - 3, rep.y - 10, "R", bold=True) for (x, w), c in zip(g.cols, cols)],
                          rep.line(m, rep.y - 14, g.right, rep.y - 14, 0.75), setattr(rep, "y", rep.y - 18))
    rep.new_page()
    caption(rep, t.caption, "Euroa, sitovuustaso kustannuspaikka")
    header()
    rep.header = header   # the column header band, repeated on every later page
    last = None
    for r in rows:
        cells = [num.text(v, 1 if ci == 2 else 2) for ci, v in enumerate(r.values)]
        fresh = not rep.pages or rep.y - rep.row_h < rep.margin + 24
        rep.need(rep.row_h + (6 if r.cls else 0))
        base = rep.y - rep.row_h + 3.5
        if r.cls:
            rep.line(xs["code"] - 2, rep.y - 1, g.right, rep.y - 1, 0.5)
            rep.text(r.label, xs["code"], base - 2, bold=True)
            for (x, w), c in zip(g.cols, cells):
                rep.text(c, x + w - 3, base - 2, "R", bold=True)
            rep.y -= rep.row_h + 8
            continue
        if r.group != last or fresh:
            rep.text(r.group, xs["centre"], base, bold=True)
            last = r.group
        rep.text(r.extra["code"], xs["code"], base)
        rep.text(r.extra["name"], xs["name"], base)
        for (x, w), c in zip(g.cols, cells):
            rep.text(c, x + w - 3, base, "R")
        rep.y -= rep.row_h
    rep.tables.append(t)
    rep.finish()
    return rep


def q2(v):
    return h3.q(v, 2)


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def compile_renderer(tmp):
    src = os.path.join(HERE, "Holdout6Report.java")
    r = subprocess.run(["javac", "-encoding", "UTF-8", "-cp", ITEXT, "-d", tmp, src], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("javac failed:\n" + r.stderr)


def pin(data):
    """iText's run-dependent bytes, same length: dates, /ID, the random subset prefixes."""
    data = re.sub(rb"\(D:\d{14}Z\)", b"(D:20260101000000Z)", data)
    data = re.sub(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]", lambda m: re.sub(rb"[0-9a-f]{32}", b"0" * 32, m.group(0)), data)
    names = list(dict.fromkeys(re.findall(rb"/([A-Z]{6})\+", data)))   # in order of first appearance
    for i, n in enumerate(names):
        data = data.replace(b"/" + n + b"+", b"/" + (b"AAAAA" + bytes([65 + i])) + b"+")
    return data


def render(tmp, rep, ops_path, pdf_path):
    env = dict(os.environ, TZ="UTC")
    r = subprocess.run(["java", "-Duser.timezone=UTC", "-cp", ITEXT + ":" + tmp, "Holdout6Report", ops_path, pdf_path],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("renderer failed on %s:\n%s" % (rep.name, r.stderr[-3000:]))
    data = pin(open(pdf_path, "rb").read())
    with open(pdf_path, "wb") as fh:
        fh.write(data)


def main():
    global SEED
    only, keep, seed, out = h3.parse_options(sys.argv[1:], ABLATE, "--keep-ops", ".build-holdout/docs6", seed=True)
    SEED = SEED if seed is None else seed
    done = []
    with tempfile.TemporaryDirectory() as tmp:
        compile_renderer(tmp)
        for mk in DOCS:
            if only and mk.__name__[3:] not in only:
                continue
            d = mk()
            op = os.path.join(out, d.name + ".ops")
            with open(op, "w", encoding="utf-8") as fh:
                fh.write(d.ops())
            pdf = os.path.join(out, d.name + ".pdf")
            render(tmp, d, op, pdf)
            pages = h3.pages_text(pdf)
            h3.place_tables(d, pages)
            h3.write_truth(out, d, "Hold-out set 6, truth by construction (tools/holdout/make_holdout6.py, %s; drawn "
                                   "by iText 5): %s Every value is the canonical decimal of the digits printed; "
                                   "identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split())))
            if not keep:
                os.remove(op)
            done.append(d)
            h3.report(d, pages)
    h3.selfcheck_or_exit(out, done)

if __name__ == "__main__":
    main()
