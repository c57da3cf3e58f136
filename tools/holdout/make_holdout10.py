#!/usr/bin/env python3
"""Tenth independent hold-out set for Luku: 10 PDFs laid out in Scribus (desktop publishing, as
InDesign lays out the printed budget books and annual reports of larger municipalities).

    make_holdout10.py [--only 03,05] [--seed N] OUTDIR   (default .build-holdout/docs10)

--seed N (N != 0) draws other numbers for variants that test a rule beyond the set's own pages
(never part of the set).

Needs Scribus 1.5 (Debian `scribus`) and a virtual X server (`xvfb-run`, Debian `xvfb`): the
documents are drawn by Scribus's own Python scripter (tools/holdout/scribus_draw10.py, run headless
as `xvfb-run -a scribus -g -ns -py`) from a JSON spec this program writes, and exported by Scribus's
own PDF writer; fonts Liberation and DejaVu (fonts-liberation, fonts-dejavu-core); pdftotext.

Sets 1-2 come from reportlab, 3 Chromium, 4 FOP, 5 TeX, 6 iText 5, 7 wkhtmltopdf, 8 fpdf2. This set
comes from a DTP program: text frames placed on the page and threaded (a story flowing from one
frame into the next, across columns and pages), tables set as tabbed paragraphs (right tabs,
decimal tabs aligned on the comma, dot leaders from the label to the first figure), tables drawn
with the program's table tool (cells left-aligned unless styled), paragraph and character styles
(tracking), running heads on facing pages (drawn per page: see Doc.running), body text in two or three columns,
prose beside a table, captions and pull quotes.

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the
canonical decimal of the digits printed, identities hold on the printed values; a group name row is
the `group` of the rows under it. A table's `page` is read back from the PDF (the first page, at or
after its caption's, whose `pdftotext -layout` text holds its first row's label). Deterministic: a
fixed seed per document; Scribus writes the export time into /CreationDate, /ModDate and /ID, which
are pinned afterwards (same lengths, so the xref offsets hold): the PDFs are byte-identical on every
run (md5sum). Self-check as in set 3, and a frame whose story overflows is an error.
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
import make_holdout4 as h4  # noqa: E402  (shared: tuloslaskelma, rahoituslaskelma, tase, investment rows)
import make_holdout7 as h7  # noqa: E402  (shared: key-figure rows)
from make_holdout3 import NF, Row, Table, rnd  # noqa: E402

ABLATE = set()
SEED = 0
HERE = os.path.dirname(os.path.abspath(__file__))
PT = 25.4 / 72.0                       # one point in mm
MINUS, NBSP, NNBSP = "\u2212", "\u00a0", "\u202f"
FONTS = {"serif": ("Liberation Serif Regular", "Liberation Serif Bold"),
         "sans": ("Liberation Sans Regular", "Liberation Sans Bold"),
         "narrow": ("Liberation Sans Narrow Regular", "Liberation Sans Narrow Bold"),
         "dejavu": ("DejaVu Sans Book", "DejaVu Sans Bold"),
         "cond": ("DejaVu Sans Condensed", "DejaVu Sans Condensed Bold")}
BOLD = ("b", "tot")


class Doc:
    """One DTP document: pages, styles and the frames drawn (a spec for
    scribus_draw10.py), and the truth tables printed in it."""

    def __init__(self, name, pages=1, facing=False, landscape=False, margins=(20, 20, 20, 20)):
        self.name, self.tables, self.n = name, [], 0
        self.spec = {"pages": pages, "facing": facing, "landscape": landscape, "margins": list(margins),
                     "cstyles": [], "pstyles": [], "items": []}

    def style(self, name, face, size, leading, bold=False, align=0, tabs=(), tracking=0, left=0, first=0,
              before=0, after=0):
        """A paragraph style with its own character style; `tabs`: [(mm from the frame's left, type,
        fill)], type 1 right, 3 comma (decimal), fill "." a dot leader."""
        cs = name + "-c"
        self.spec["cstyles"].append({"name": cs, "font": FONTS[face][1 if bold else 0], "size": size,
                                     "tracking": tracking})
        self.spec["pstyles"].append({"name": name, "cstyle": cs, "leading": leading, "align": align,
                                     "tabs": [list(t) for t in tabs], "left": left, "first": first,
                                     "before": before, "after": after})

    def frame(self, page, x, y, w, h, paras, cols=1, gap=5, link=None, name=None):
        self.n += 1
        nm = name or "f%d" % self.n
        it = {"t": "text", "page": page, "x": x, "y": y, "w": w, "h": h, "cols": cols, "gap": gap, "name": nm}
        if paras is not None:
            it["paras"] = [list(p) for p in paras]
        if link:
            it["link"] = link
        self.spec["items"].append(it)
        return nm

    def item(self, **kw):
        self.spec["items"].append(kw)

    def running(self, page, x, text, y=10, w=170):
        """A running head on `page` with a rule under it. Drawn on each page, not on a master page:
        Scribus names a master page's PDF XObject after a memory address, which would make the
        output differ from run to run."""
        self.frame(page, x, y, w, 6, [("run", text)])
        self.item(t="line", page=page, x1=x, y1=y + 6, x2=x + w, y2=y + 6, w=0.4)


def tab_paras(t, head, body="row", bold="rowb", group="grp", head_style="head", indent_style=None):
    """A table set as tabbed paragraphs, as DTP budget books set them: a head paragraph
    (`head`: its texts, tab-separated), then per row the label, a tab and the figures separated by
    tabs; bold rows in the bold style, a group name paragraph before each new group."""
    out = [(head_style, "\t".join(head))] if head else []
    last = object()
    for r in t.rows:
        if r.group != last:
            if r.group is not None:
                out.append((group, r.group))
            last = r.group
        st = bold if r.cls in BOLD else (indent_style or body) if r.cls == "i1" else body
        out.append((st, "\t".join([r.label] + [t.cell(r, i) for i in range(len(t.columns))])))
    return out


def right_tabs(first, step, n, leader=""):
    """`n` right tabs, the first at `first` mm (with the dot leader `leader`), then every `step` mm."""
    return [(first + i * step, 1, leader if i == 0 else "") for i in range(n)]


def stack_tables(d, y, tables, label_head, leading, gap, indent_style=None):
    """Each table set as tabbed paragraphs under its caption, in a frame of its own on page 1 (the
    full 170 mm measure), one under the other from `y`; the y under the last."""
    for t in tables:
        paras = [("h2", t.caption)] + tab_paras(t, [label_head] + t.columns, indent_style=indent_style)
        hh = height(paras, leading, 4)
        d.frame(1, 20, y, 170, hh, paras)
        d.tables.append(t)
        y += hh + gap
    return y


def height(paras, leading, extra=2.0):
    return len(paras) * leading * PT + extra


def prose(d, page, x, y, w, n, style="body", cols=1, gap=5, k=0, h=None):
    paras = [(style, h3.PROSE[(k + i) % 4]) for i in range(n)]
    colw = (w - gap * (cols - 1)) / cols
    lines = sum(math.ceil(len(s) * 1.9 / colw) for _, s in paras)   # ~1.9 mm a character at 9.5 pt
    return d.frame(page, x, y, w, h or (lines / cols + 1) * 4.6 + 4, paras, cols=cols, gap=gap)


def basic_styles(d, face="serif", size=8.5, leading=11, tabs=(), tracking=0, body=9.5):
    d.style("title", face, 16, 20, bold=True)
    d.style("h2", face, 11, 14, bold=True)
    d.style("body", face, body, body * 1.3, align=3)
    d.style("head", face, size, leading, bold=True, tabs=[(x, k, "") for x, k, _ in tabs], tracking=tracking)   # no leader
    d.style("row", face, size, leading, tabs=tabs, tracking=tracking)
    d.style("rowi", face, size, leading, tabs=tabs, tracking=tracking, left=3)
    d.style("rowb", face, size, leading, bold=True, tabs=tabs, tracking=tracking)
    d.style("grp", face, size, leading, bold=True)
    d.style("run", face, 7.5, 9)


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups set as tabbed paragraphs: six right tabs (TA 2025 | Muutokset |
    TA+muutokset | Toteutuma | Poikkeama | Käyttö-%), a dot leader from the label to the first figure,
    items indented by the paragraph style, bold TOIMINTATUOTOT / TOIMINTAKULUT / TOIMINTAKATE; a
    running head with a rule; Liberation Serif 8.5 pt, thousands NBSP, minus U+2212."""
    rng = random.Random(1001 + SEED)
    d = Doc("hold10-01-tab-leaders-kaytto")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    basic_styles(d, tabs=right_tabs(82, 17.2, 6, "."))
    d.running(1, 20, "Esimerkkikunta · Tilinpäätös 2025 · Käyttötalous")
    f = NF(thou=NBSP, neg=MINUS)
    y = 22
    d.frame(1, 20, y, 170, 10, [("title", "Käyttötalouden toteutuminen 2025")])
    tables = [Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [f] * 5 + [NF(ndec=1, neg=MINUS)],
                    unit="€", identities=h3.KAYTTO_IDS)
              for i, (cap, scale) in enumerate((("Sivistyslautakunta", 6_000_000), ("Tekninen lautakunta", 1_500_000)))]
    y = stack_tables(d, y + 11, tables, "€", 11, 4, indent_style="rowi")
    prose(d, 1, 20, y, 170, 1, k=1)
    return d


def doc02():
    """Määrärahat of six boards in Scribus's table tool (one cell per figure in the tool's default 12 pt,
    rules under every row, cells left-aligned as the tool sets them unless a cell style says otherwise; landscape): TP 2024 |
    TA 2025 | TA 2026 | TS 2027 | TS 2028, each board's name in a row of its own above MENOT / TULOT /
    NETTOMENO, Yhteensä; the tool's default face (DejaVu Sans), thousands NBSP, minus en dash."""
    rng = random.Random(1002 + SEED)
    d = Doc("hold10-02-table-tool-maararahat", landscape=True)
    basic_styles(d, face="sans")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    f = NF(thou=NBSP, neg="\u2013")
    rows = h3.maararahat_rows(rng, h3.BOARDS[2:6])
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [f] * 5, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups"])
    d.frame(1, 20, 15, 257, 10, [("title", "Talousarvio 2026")])
    prose(d, 1, 20, 26, 257, 1, k=2, h=10)
    d.frame(1, 20, 37, 257, 7, [("h2", t.caption)])
    cells, last, fills = [["€"] + cols], object(), {"0": [215, 222, 232]}
    for r in rows:
        if r.group != last:
            cells.append([r.group] + [""] * 5)
            last = r.group
        cells.append([r.label] + [t.cell(r, i) for i in range(5)])
    d.item(t="table", page=1, x=20, y=45, colw=[62, 34, 34, 34, 34, 34], rowh=6.2, rows=cells, fills=fills,
           name="tb1", rule=0.4)
    d.tables.append(t)
    return d


def doc03():
    """A tuloslaskelma in 1 000 € with one decimal (TP 2025 | TP 2024) set as tabbed paragraphs in a
    110 mm frame at the right of the page, **beside** a 55 mm frame of prose starting at the same
    height (a DTP page of a narrow text column and a wide table column); results bold; Liberation
    Sans 9 pt, thousands plain space, minus U+2212."""
    rng = random.Random(1003 + SEED)
    d = Doc("hold10-03-prose-beside-tuloslaskelma")
    basic_styles(d, face="sans", size=9, leading=13, tabs=right_tabs(82, 25, 2, "."), body=8.5)
    f = NF(thou=" ", ndec=1, neg=MINUS)
    t = Table("tuloslaskelma", "Tuloslaskelma", ["TP 2025", "TP 2024"], h4.tulos_rows(rng), [f] * 2, unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot"])
    d.frame(1, 20, 20, 170, 10, [("title", "Tilinpäätös 2025")])
    d.frame(1, 20, 34, 55, 150, [("body", h3.PROSE[k]) for k in (3, 0, 1, 2)])
    paras = [("h2", "Tuloslaskelma (1 000 €)")] + tab_paras(t, ["", "TP 2025", "TP 2024"])
    d.frame(1, 80, 34, 110, height(paras, 13, 6), paras)
    d.tables.append(t)
    return d


def doc04():
    """A long investment programme (five groups, ~100 projects) set as tabbed paragraphs in one story
    **threaded** from a frame on page 1 into a frame on page 2 (the head is not repeated: the story
    just flows on), on **facing pages** with mirrored margins and running heads whose page numbers
    stand at the outer edges; Liberation Sans Narrow 8 pt, thousands NBSP, minus U+2212."""
    rng = random.Random(1004 + SEED)
    d = Doc("hold10-04-threaded-investoinnit", pages=2, facing=True, margins=(25, 15, 20, 20))
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    basic_styles(d, face="narrow", size=8, leading=10, tabs=right_tabs(90, 19.5, 5))
    f = NF(thou=NBSP, neg=MINUS)
    _, rows = h4.investment_rows(rng)
    t = Table("investoinnit", "Investointiohjelma 2026–2029", cols, rows, [f] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.running(1, 25, "Talousarvio 2026 · Investointiosa\t1")
    d.running(2, 15, "2\tEsimerkkikunta")
    d.frame(1, 25, 20, 170, 10, [("title", "Investointiosa")])
    d.frame(1, 25, 32, 170, 8, [("h2", t.caption)])
    paras = tab_paras(t, ["€"] + cols)
    d.frame(1, 25, 42, 170, 235, paras, link="p2")
    d.frame(2, 15, 22, 170, 255, None, name="p2")
    d.tables.append(t)
    return d


def doc05():
    """Two key-figure tables set with **decimal tabs** (Scribus's comma tab: each figure aligned on its
    decimal comma, integers ending at the tab), TP 2024 | TA 2025 | TA 2026, a format per row (no
    decimals, one, two); DejaVu Sans Condensed 8.5 pt, thousands NBSP, minus U+2212."""
    rng = random.Random(1005 + SEED)
    d = Doc("hold10-05-decimal-tabs-tunnusluvut")
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    basic_styles(d, face="cond", size=8.5, leading=12, tabs=[(95, 3, ""), (125, 3, ""), (155, 3, "")])
    n0, n1 = NF(thou=NBSP), NF(ndec=1)
    rows = h7.keyfig_rows(rng)
    prows = [Row("Lapsia varhaiskasvatuksessa", [rnd(rng, 300, 1_400) for _ in range(3)], fmts=[n0] * 3),
             Row("Perusopetuksen oppilaat", [rnd(rng, 900, 3_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Kirjaston lainaukset", [rnd(rng, 90_000, 260_000) for _ in range(3)], fmts=[n0] * 3),
             Row("Sairauspoissaolot, pv/htv", [rnd(rng, 8, 19, 1) for _ in range(3)], fmts=[n1] * 3),
             Row("Kattavuus, %", [rnd(rng, 5, 25, 1) for _ in range(3)], fmts=[n1] * 3),
             Row("Nettokustannus, €/asukas", [rnd(rng, 1_800, 3_400, 2) for _ in range(3)],
                 fmts=[NF(thou=NBSP, ndec=2)] * 3)]
    d.frame(1, 20, 20, 170, 10, [("title", "Tunnusluvut")])
    y = stack_tables(d, 34, [Table("talous", "Talouden tunnusluvut", cols, rows, [n0] * 3),
                             Table("palvelut", "Palvelujen tunnusluvut", cols, prows, [n0] * 3)], "", 12, 6)
    prose(d, 1, 20, y, 170, 2, k=0)
    return d


def doc06():
    """A rahoituslaskelma (TP 2025 | TP 2024, €) set as tabbed paragraphs in a **two-column frame**:
    the statement flows from the foot of the left column to the top of the right one (no head there),
    as narrow statements are set in budget books; Liberation Serif 8.5 pt, thousands NBSP, minus U+2212."""
    rng = random.Random(1006 + SEED)
    d = Doc("hold10-06-two-column-rahoitus")
    basic_styles(d, tabs=right_tabs(56, 24, 2, "."))
    f = NF(thou=NBSP, neg=MINUS)
    t = Table("rahoituslaskelma", "Rahoituslaskelma", ["TP 2025", "TP 2024"], h4.rahoitus_rows(rng), [f] * 2,
              unit="€", identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.frame(1, 20, 20, 170, 10, [("title", "Rahoituslaskelma")])
    prose(d, 1, 20, 32, 170, 1, k=3, h=16)
    paras = [("h2", t.caption + " (€)")] + tab_paras(t, ["", "TP 2025", "TP 2024"])
    half = (len(paras) + 1) // 2 + 2
    d.frame(1, 20, 52, 170, half * 11 * PT + 1.5, paras, cols=2, gap=6)
    d.tables.append(t)
    return d


def doc07():
    """Talousarvion toteutuminen by board on a landscape page, set as tabbed paragraphs with **negative
    tracking** (−4 %, a character style's tracking, as designers tighten tables to fit): TP 2024 |
    TA 2025 | Muutokset | TA+muutokset | Toteutuma | Käyttö-% | Muutos-%; Liberation Sans 9 pt,
    thousands NBSP (tracked too), minus U+2212."""
    rng = random.Random(1007 + SEED)
    d = Doc("hold10-07-tracked-toteutuminen", landscape=True)
    cols, rows = h3.toteutuminen_board_rows(rng)
    basic_styles(d, face="sans", size=9, leading=13, tabs=right_tabs(95, 24, 7), tracking=-40)
    f, p = NF(thou=NBSP, neg=MINUS), NF(ndec=1, neg=MINUS)
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows, [f] * 5 + [p] * 2,
              unit="€", identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                                    "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    d.frame(1, 20, 20, 257, 10, [("title", "Talousarvion toteutuminen 2025")])
    prose(d, 1, 20, 32, 257, 1, k=2, h=14)
    paras = [("h2", t.caption)] + tab_paras(t, ["€"] + cols)
    d.frame(1, 20, 48, 257, height(paras, 13, 4), paras)
    d.tables.append(t)
    return d


def doc08():
    """A tase on a **facing-pages spread**: VASTAAVAA on the left page (2) and VASTATTAVAA on the right
    (3), margins mirrored, each set as tabbed paragraphs with dot leaders (31.12.2025 | 31.12.2024, €
    with cents), page 1 the title and prose; Liberation Serif 9 pt, thousands NBSP, minus U+2212."""
    rng = random.Random(1008 + SEED)
    d = Doc("hold10-08-facing-tase", pages=3, facing=True, margins=(25, 15, 20, 20))
    basic_styles(d, size=9, leading=14, tabs=right_tabs(118, 32, 2, "."))
    f = NF(thou=NBSP, ndec=2, neg=MINUS)
    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    d.frame(1, 25, 20, 170, 10, [("title", "Tase")])
    prose(d, 1, 25, 34, 170, 3, k=0)
    for page, x, (tid, cap, lines) in ((2, 15, ("vastaavaa", "VASTAAVAA", va)), (3, 25, ("vastattavaa", "VASTATTAVAA", vt))):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        paras = [("h2", cap)] + tab_paras(t, ["", cols[0], cols[1]], indent_style="rowi")
        d.frame(page, x, 25, 170, height(paras, 14, 4), paras)
        d.tables.append(t)
    return d


def doc09():
    """A käyttötalous follow-up in Scribus's table tool with a grid (every cell ruled), a filled head
    row and filled bold rows, figures left-aligned in their cells and 12 pt (the tool's defaults), landscape: TA 2025 |
    Muutokset | TA+muutokset | Toteutuma | Poikkeama | Käyttö-%; thousands U+202F (narrow no-break
    space), minus U+2212."""
    rng = random.Random(1009 + SEED)
    d = Doc("hold10-09-table-tool-grid-kaytto", landscape=True)
    basic_styles(d, face="sans")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    f = NF(thou=NNBSP, neg=MINUS)
    t = Table("kaytto", "Tekninen lautakunta", cols, h3.kaytto_rows(rng, 2_500_000), [f] * 5 + [NF(ndec=1, neg=MINUS)],
              unit="€", identities=h3.KAYTTO_IDS)
    d.frame(1, 20, 15, 257, 10, [("title", "Tekninen toimi")])
    prose(d, 1, 20, 26, 257, 1, k=1, h=10)
    d.frame(1, 20, 37, 257, 7, [("h2", t.caption)])
    cells, fills = [["€"] + cols], {"0": [200, 200, 200]}
    for r in t.rows:
        if r.cls in BOLD:
            fills[str(len(cells))] = [236, 236, 236]
        cells.append([r.label] + [t.cell(r, i) for i in range(6)])
    d.item(t="table", page=1, x=20, y=45, colw=[62, 32, 32, 34, 32, 32, 22], rowh=6.4, rows=cells, fills=fills,
           name="tb1", grid=True, rule=0.3)
    d.tables.append(t)
    return d


def doc10():
    """Toimintakulut of ten cost centres × six cost kinds + Yhteensä set as tabbed paragraphs (7.5 pt),
    under body text in a **three-column frame**, with a **caption** under the table (`Taulukko 4. …`)
    and a **pull quote** in a shaded box beside the prose carrying a figure of its own; Liberation
    Sans, thousands NBSP."""
    rng = random.Random(1010 + SEED)
    d = Doc("hold10-10-threecol-caption-pullquote")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    basic_styles(d, face="sans", size=7.5, leading=10, tabs=right_tabs(52, 17, 7), body=8.5)
    d.style("quote", "serif", 14, 18, bold=True, align=1)
    d.style("cap", "sans", 7.5, 10)
    f = NF(thou=NBSP)
    rows = h3.crosstab_rows(rng, ["Hallinto", "Talous", "Henkilöstöhallinto", "Tietohallinto", "Ruokapalvelut",
                                  "Siivous", "Kiinteistöpalvelut", "Kadut", "Vesihuolto", "Liikuntapalvelut"], 900_000)
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [f] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.frame(1, 20, 20, 170, 10, [("title", "Toimintakulut 2025")])
    d.item(t="rect", page=1, x=134, y=33, w=56, h=40, rgb=[228, 236, 244])
    d.frame(1, 137, 38, 50, 32, [("quote", "Toimintakulut kasvoivat 3,4 % edellisvuodesta.")])
    d.frame(1, 20, 33, 110, 62, [("body", h3.PROSE[k]) for k in (1, 0, 3)], cols=3, gap=4)
    d.frame(1, 20, 99, 170, 7, [("h2", t.caption)])
    paras = tab_paras(t, ["€"] + [c.split(",")[0] for c in cols])
    hh = height(paras, 10, 2)
    d.frame(1, 20, 107, 170, hh, paras)
    d.frame(1, 20, 107 + hh + 2, 170, 6, [("cap", "Taulukko 4. Toimintakulut kustannuspaikoittain ja "
                                                   "kululajeittain, euroa. Lähde: kirjanpito 31.12.2025.")])
    d.tables.append(t)
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10]


def pin(pdf):
    """Scribus writes the export time into /CreationDate, /ModDate and /ID: pinned (same lengths)."""
    data = open(pdf, "rb").read()
    data = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}Z\)", lambda m: b"/" + m.group(1) + b" (D:20260101000000Z)", data)
    data = re.sub(rb"/ID \[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID [<" + b"0" * 32 + b"><" + b"0" * 32 + b">]", data)
    open(pdf, "wb").write(data)


def run_scribus(docs, out):
    """Draw and export every document in one headless Scribus run."""
    spec = [dict(d.spec, pdf=os.path.abspath(os.path.join(out, d.name + ".pdf"))) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "spec.json")
        json.dump(spec, open(path, "w", encoding="utf-8"), ensure_ascii=False)
        subprocess.run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", os.path.join(HERE, "scribus_draw10.py")],
                       env=dict(os.environ, SPEC=path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=900)
        errs = open(path + ".errors", encoding="utf-8").read() if os.path.exists(path + ".errors") else "no report"
    if errs.strip():
        sys.exit("scribus: " + errs)


def main():
    global SEED
    only, _, seed, out = h3.parse_options(sys.argv[1:], ABLATE, "--keep", ".build-holdout/docs10", seed=True)
    SEED = SEED if seed is None else seed
    docs = [mk() for mk in DOCS if not only or mk.__name__[3:] in only]
    run_scribus(docs, out)
    for d in docs:
        pdf = os.path.join(out, d.name + ".pdf")
        pin(pdf)
        pages = h3.pages_text(pdf)
        h3.place_tables(d, pages)
        mk = DOCS[[m.__name__ for m in DOCS].index("doc" + d.name[7:9])]
        h3.write_truth(out, d, "Hold-out set 10, truth by construction (tools/holdout/make_holdout10.py, %s; laid "
                               "out and exported by Scribus 1.5): %s Every value is the canonical decimal of the "
                               "digits printed; identities hold on the printed values." % (mk.__name__, " ".join(mk.__doc__.split())))
        h3.report(d, pages)
    h3.selfcheck_or_exit(out, docs)


if __name__ == "__main__":
    main()
