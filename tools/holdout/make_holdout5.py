#!/usr/bin/env python3
"""Fifth independent hold-out set for Luku: 12 PDFs typeset by TeX (11 by pdfLaTeX, 1 by LuaLaTeX).

    make_holdout5.py [--only 03,05] [--keep-tex] [--ablate NAME ...] [--seed N] OUTDIR   (default .build-holdout/docs5)

--keep-tex keeps each NAME.tex beside its PDF. --ablate NAME (repeatable) switches one layout
feature off, for diagnostic variants that isolate a failure's cause (never part of the set):
no-marks (hold5-05: no footnote marks on figures), no-leader (hold5-04: no \\dotfill), upright
(hold5-09: the wide table on a portrait page, no pdflscape), one-column (hold5-08: no twocolumn),
wide-sep (every document: thousands separated by an interword space `~` instead of `\\,`),
no-running (every document: no fancyhdr running head), no-contnote (hold5-03: no "(jatkoa
edelliseltä sivulta)" / "jatkuu seuraavalla sivulla" lines in the longtable's head and foot),
no-group-bold (hold5-11: group heading rows in regular weight). --seed N (N != 0) draws other numbers for
variants that test a rule beyond the set's own pages (never part of the set).

Needs Python's standard library, pdflatex and lualatex (Debian: texlive-latex-base,
texlive-latex-recommended, texlive-latex-extra, texlive-science, texlive-lang-european; TeX Live
2022) and pdftotext. Fonts are TeX's own Type 1 fonts: Latin Modern and Computer Modern, the URW
clones of Times (mathptmx) and Helvetica (helvet), Charter; one document is set in the OT1 encoding
(Computer Modern, where ä is an `a` with a separate diaeresis glyph placed over it) and one in OT1
with Times; the rest in T1 (ä one glyph).

Sets 1-2 come from reportlab, set 3 from Chromium, set 4 from Apache FOP. This set comes from TeX,
which municipal economists and statisticians use for reports typeset from R/Python (knitr, Sweave,
pandoc's LaTeX route) and which places glyphs with kerning arrays and writes **no space glyphs**:
every word gap and every thousands separator (`\\,` a thin space of 1/6 em, `~` a tie, `{ }`, siunitx
`group-separator={\\,}`) exists only as geometry. Its tables are typical LaTeX: booktabs rules,
siunitx S columns (decimal alignment, output-decimal-marker {,}), longtable with its head repeated
after page breaks and "jatkuu" foot, \\multicolumn band headers with \\cmidrule, \\dotfill leaders,
footnote marks (\\textsuperscript, \\footnotemark), a pdflscape landscape page (/Rotate 90), a
twocolumn document, fancyhdr running heads naming the section, tabular with vertical rules and
\\hline; minus written `$-$`, `\\textminus`, `--` (en dash) or by siunitx (U+2212).

Truth by construction (../shared/truth/FORMAT.md, make_holdout3's helpers): every value is the
canonical decimal of the digits printed, identities hold on the printed values; a footnote mark
after a figure is not part of the value; a band joins its columns' names; a longtable's repeated
head and its "jatkuu" foot are not rows. A table's `page` is read back from the PDF (the first page,
at or after its caption's, whose `pdftotext -layout` text holds its first row's label).
Deterministic: a fixed seed per document; SOURCE_DATE_EPOCH with FORCE_SOURCE_DATE=1 pins the dates,
`\\pdftrailerid{}` drops pdfTeX's /ID; LuaTeX's /ID (a hash that includes the scratch directory) is
pinned to zeros after typesetting (same length, no offset moves): the PDFs are byte-identical on every
run (md5sum). Self-check as in set 3.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
import make_holdout3 as h3  # noqa: E402  (shared: number formats, rows, tables, truth, self-check)
import make_holdout4 as h4  # noqa: E402  (shared: the tase lines)
from make_holdout3 import NF, Row, Table, rnd, pct  # noqa: E402

ABLATE = set()
SEED = 0
THIN = "\u2009"   # the thousands separator of a Python-side NF; replaced by the document's TeX separator
EPOCH = "1767225600"   # 2026-01-01 00:00:00 UTC


def tx(s):
    """Plain text -> LaTeX source."""
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "–": "--"}
    return "".join(rep.get(c, c) for c in s)


class TeXNum:
    """How a document writes its numbers in the source: thousands separator and minus."""

    def __init__(self, sep=r"\,", minus="$-$"):
        self.sep = "~" if "wide-sep" in ABLATE else sep
        self.minus = minus

    def src(self, printed):
        """A printed figure (NF with THIN thousands, '-' minus) -> its LaTeX source."""
        if not printed:
            return ""
        neg = printed.startswith("-")
        body = printed[1:] if neg else printed
        body = body.replace(THIN, self.sep).replace("%", r"\%")
        return (self.minus if neg else "") + body


def nf(ndec=0):
    return NF(thou=THIN, ndec=ndec)


class TeXDoc:
    """One LaTeX document: preamble options and body parts, typeset by pdflatex (or lualatex)."""

    def __init__(self, name, fonts=r"\usepackage[T1]{fontenc}\usepackage{lmodern}", cls="article",
                 opts="10pt,a4paper", geometry="margin=22mm", engine="pdflatex", running=None, extra=""):
        self.name, self.fonts, self.cls, self.opts, self.geometry = name, fonts, cls, opts, geometry
        self.engine, self.extra = engine, extra
        self.running = None if "no-running" in ABLATE else running
        self.parts, self.tables = [], []

    def add(self, s):
        self.parts.append(s)

    def tex(self):
        if self.engine == "pdflatex":
            head = "\\pdftrailerid{}\n\\documentclass[%s]{%s}\n\\usepackage[utf8]{inputenc}\n" % (self.opts, self.cls)
        else:
            head = "\\documentclass[%s]{%s}\n" % (self.opts, self.cls)
        run = ""
        if self.running:
            run = ("\\usepackage{fancyhdr}\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0.4pt}"
                   "\\fancyhead[L]{\\small %s}\\fancyhead[R]{\\small\\rightmark}\\fancyfoot[C]{\\thepage}"
                   "\\renewcommand{\\sectionmark}[1]{\\markright{#1}}\n" % tx(self.running))
        return (head + self.fonts + "\n\\usepackage[finnish]{babel}\n\\usepackage[%s]{geometry}\n"
                "\\usepackage{textcomp}\\usepackage{booktabs}\\usepackage{array}\\usepackage{longtable}"
                "\\usepackage{siunitx}\\usepackage{pdflscape}\\usepackage{multirow}\n%s%s\n"
                "\\begin{document}\n%s\n\\end{document}\n"
                % (self.geometry, run, self.extra, "\n".join(self.parts)))


def sect(title, star=True):
    return "\\section%s{%s}%s" % ("*" if star else "", tx(title), "\\markright{%s}" % tx(title) if star else "")


def para(text):
    return tx(text) + "\n\n"


def label_src(r):
    lab = tx(r.label)
    if r.cls in ("b", "tot"):
        lab = "\\textbf{%s}" % lab
    if r.cls == "i1":
        lab = "\\hspace{1em}" + lab
    return lab


def cells_src(t, r, num, marks=None, bold=None):
    out = []
    for ci in range(len(t.columns)):
        s = num.src(t.cell(r, ci))
        if s and (bold if bold is not None else r.cls in ("b", "tot")):
            s = "\\textbf{%s}" % s
        m = (marks or {}).get((r.label, ci))
        if m:
            s += m
        out.append(s)
    return out


def body_rows(t, num, ncols, group_rule="", marks=None):
    """Body rows `label & v & v \\\\`, a bold \\multicolumn row before each new group."""
    out, last = [], object()
    for r in t.rows:
        if r.group != last:
            if r.group is not None:
                head = tx(r.group) if "no-group-bold" in ABLATE else "\\textbf{%s}" % tx(r.group)
                out.append("%s\\multicolumn{%d}{@{}l}{%s}\\\\" % (group_rule, ncols, head))
            last = r.group
        if r.cls == "tot":
            out.append("\\midrule")
        out.append(" & ".join([label_src(r)] + cells_src(t, r, num, marks)) + " \\\\")
    return out


def booktabs(t, head, spec, num, caption=True, unit=None, marks=None, size=""):
    out = ["\\subsection*{%s}" % tx(t.caption)] if caption else []
    if unit:
        out.append("\\hfill{\\small %s}\\\\[-1ex]" % tx(unit))
    out.append("\\noindent%s\\begin{tabular}{%s}\n\\toprule" % (size, spec))
    out += head
    out.append("\\midrule")
    out += body_rows(t, num, len(t.columns) + 1, marks=marks)
    out.append("\\bottomrule\n\\end{tabular}\n")
    return "\n".join(out)


def plain_head(label, cols):
    """One header row: `label` (LaTeX source: "", "\\texteuro") over the label column, then the columns."""
    return [" & ".join([label] + ["\\multicolumn{1}{r}{%s}" % tx(c) for c in cols]) + " \\\\"]


# ----------------------------------------------------------------- documents

def doc01():
    """Two käyttötalous follow-ups in booktabs tabulars (\\toprule, \\midrule, \\bottomrule, no vertical
    rules), Latin Modern (T1), thousands `\\,` (a thin space of 1/6 em, no glyph), minus `$-$`;
    TA 2025 | Muutokset | TA+muutokset | Toteutuma | Poikkeama | Käyttö-%; a fancyhdr running head
    naming the section."""
    rng = random.Random(501 + SEED)
    d = TeXDoc("hold5-01-booktabs-kaytto", opts="9pt,a4paper", cls="extarticle", geometry="margin=18mm",
               running="Tekninen lautakunta")
    cols = ["TA 2025", "Muutokset", "TA+muutokset", "Toteutuma", "Poikkeama", "Käyttö-%"]
    num = TeXNum(r"\,", "$-$")
    d.add(sect("Käyttötalouden toteutuminen"))
    d.add(para(h3.PROSE[0]))
    for i, (cap, scale) in enumerate((("Käyttötalous, €", 5_000_000), ("Ruokapalvelut, €", 1_200_000))):
        t = Table("kaytto-%d" % (i + 1), cap, cols, h3.kaytto_rows(rng, scale), [nf()] * 5 + [nf(1)], unit="€",
                  identities=h3.KAYTTO_IDS)
        d.add(booktabs(t, plain_head("", cols), "@{}l" + "r" * 6 + "@{}", num))
        d.tables.append(t)
        d.add(para(h3.PROSE[1 + i]))
    return d


def doc02():
    """A tuloslaskelma in siunitx S columns (decimal alignment on the comma: output-decimal-marker
    {,}, group-separator {\\,}, group-minimum-digits 4, minus U+2212 by siunitx), TP 2025 | TP 2024 in
    1 000 € with one decimal, the unit under the header row, booktabs; mathptmx Times (T1)."""
    rng = random.Random(502 + SEED)
    d = TeXDoc("hold5-02-siunitx-tuloslaskelma", fonts=r"\usepackage[T1]{fontenc}\usepackage{mathptmx}",
               running="Tilinpäätös 2025",
               extra="\\sisetup{output-decimal-marker={,}, group-separator={\\,}, group-minimum-digits=4}\n")
    cols = ["TP 2025", "TP 2024"]
    rows = h4.tulos_rows(rng)
    t = Table("tuloslaskelma", "Tuloslaskelma", cols, rows, [nf(1)] * 2, unit="1 000 €",
              identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                          "Vuosikate = Toimintakate + Verotulot + Valtionosuudet + Rahoitustuotot ja -kulut",
                          "Tilikauden tulos = Vuosikate + Poistot"])
    d.add(sect("Tuloslaskelma"))
    d.add(para(h3.PROSE[3]))
    out = ["\\begin{center}\\begin{tabular}{@{}l S[table-format=-6.1] S[table-format=-6.1]@{}}", "\\toprule",
           " & {TP 2025} & {TP 2024} \\\\", " & \\multicolumn{2}{c}{\\small 1~000~\\texteuro} \\\\", "\\midrule"]
    for r in rows:
        vals = [h3.show(x, nf(1))[1] for x in r.values]
        if r.cls == "b":
            out.append("\\textbf{%s} & \\bfseries %s & \\bfseries %s \\\\" % (tx(r.label), vals[0], vals[1]))
        else:
            out.append("%s & %s & %s \\\\" % (tx(r.label), vals[0], vals[1]))
    out.append("\\bottomrule\\end{tabular}\\end{center}")
    d.add("\n".join(out))
    d.tables.append(t)
    d.add(para(h3.PROSE[0]))
    return d


def doc03():
    """A long investment programme (five groups, ~100 projects) in a longtable over three pages:
    \\endfirsthead with the caption `Taulukko 1: Investointiohjelma 2026–2029`, two header rows (a
    \\multicolumn band `Taloussuunnitelma` over TS 2027-2029 with \\cmidrule), an \\endhead repeated
    after every page break under `(jatkoa edelliseltä sivulta)`, an \\endfoot `jatkuu seuraavalla
    sivulla`, group headings as \\multicolumn rows, `… yhteensä` rows; Latin Modern (T1), thousands
    `~` (a tie: an unbreakable interword space), minus `\\textminus`; fancyhdr head naming the section."""
    rng = random.Random(503 + SEED)
    d = TeXDoc("hold5-03-longtable-investoinnit", running="Investointiosa 2026–2029")
    cols = ["Kustannusarvio", "TA 2026", "TS 2027", "TS 2028", "TS 2029"]
    num = TeXNum("~", "\\textminus{}")
    _, rows = h4.investment_rows(rng)
    cap = "Investointiohjelma 2026–2029"
    t = Table("investoinnit", cap, ["Kustannusarvio", "TA 2026", "Taloussuunnitelma TS 2027",
                                    "Taloussuunnitelma TS 2028", "Taloussuunnitelma TS 2029"],
              rows, [nf()] * 5, unit="€",
              identities=["… yhteensä = sum of the group's projects", "Investoinnit yhteensä = sum of the groups"])
    d.add(sect("Investointiosa"))
    d.add(para(h3.PROSE[3]))
    head = ["\\toprule",
            "\\multirow{2}{*}{\\texteuro} & \\multicolumn{1}{r}{Kustannus-} & & \\multicolumn{3}{c}{Taloussuunnitelma} \\\\",
            "\\cmidrule(l){4-6}",
            " & \\multicolumn{1}{r}{arvio} & \\multicolumn{1}{r}{TA 2026} & \\multicolumn{1}{r}{TS 2027} & "
            "\\multicolumn{1}{r}{TS 2028} & \\multicolumn{1}{r}{TS 2029} \\\\", "\\midrule"]
    out = ["\\small\\begin{longtable}{@{}p{62mm}rrrrr@{}}", "\\caption{%s}\\\\" % tx(cap)] + head
    out.append("\\endfirsthead")
    notes = "no-contnote" not in ABLATE   # the longtable's "continued" lines above and below a break
    if notes:
        out.append("\\multicolumn{6}{@{}l}{\\footnotesize\\emph{(jatkoa edelliseltä sivulta)}} \\\\")
    out += head + ["\\endhead"]
    if notes:
        out.append("\\midrule\\multicolumn{6}{r@{}}{\\footnotesize\\emph{jatkuu seuraavalla sivulla}} \\\\")
    out += ["\\endfoot", "\\bottomrule", "\\endlastfoot"]
    out += body_rows(t, num, 6)
    out.append("\\end{longtable}")
    t.columns = ["Kustannusarvio", "TA 2026", "Taloussuunnitelma TS 2027", "Taloussuunnitelma TS 2028",
                 "Taloussuunnitelma TS 2029"]
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc04():
    """Key figures with \\dotfill leaders in a p{} label column (`Asukasluku 31.12. ........`) before
    TP 2024 | TA 2025 | TA 2026, a format per row; then a list of one-value lines `label \\dotfill
    value` (paragraphs, no table) under `Tilinpäätös 2025`; Computer Modern in the OT1 encoding
    (ä = a + a separate diaeresis glyph; no TS1 font, so the euro is written EUR), thousands `\\,`, minus `--` (an en dash)."""
    rng = random.Random(504 + SEED)
    d = TeXDoc("hold5-04-dotfill-ot1", fonts="", opts="11pt,a4paper", running="Yleisperustelut")
    cols = ["TP 2024", "TA 2025", "TA 2026"]
    num = TeXNum(r"\,", "--")
    nf0, pc2, nf1 = nf(), NF(ndec=2), nf(1)
    base = rnd(rng, 8_000, 40_000)
    specs = [("Asukasluku 31.12.", lambda i: base - 110 * i + rng.randint(-40, 40), nf0),
             ("Tuloveroprosentti", lambda i: D("8.90") + D("0.10") * (i // 2), pc2),
             ("Verotulot, EUR/asukas", lambda i: rnd(rng, 3_900, 4_700), nf0),
             ("Valtionosuudet, EUR/asukas", lambda i: rnd(rng, 1_500, 2_600), nf0),
             ("Vuosikate, EUR/asukas", lambda i: rnd(rng, -150, 480), nf0),
             ("Lainakanta, EUR/asukas", lambda i: rnd(rng, 2_100, 5_600), nf0),
             ("Henkilöstö, htv", lambda i: rnd(rng, 400, 1_400, 1), nf1),
             ("Investoinnit, 1 000 EUR", lambda i: rnd(rng, 2_000, 18_000, 1), nf1)]
    rows = [Row(lab, [fn(i) for i in range(3)], fmts=[fm] * 3) for lab, fn, fm in specs]
    t = Table("tunnusluvut", "Keskeiset tunnusluvut", cols, rows, [nf0] * 3)
    lead = "" if "no-leader" in ABLATE else "\\dotfill"
    d.add(sect("Yleisperustelut"))
    d.add(para(h3.PROSE[0]))
    out = ["\\subsection*{%s}" % tx(t.caption), "\\noindent\\begin{tabular}{@{}p{80mm}rrr@{}}"]
    out += plain_head("", cols)
    out.append("\\midrule")
    for r in rows:
        out.append(" & ".join([tx(r.label) + lead] + cells_src(t, r, num)) + " \\\\")
    out.append("\\end{tabular}\n")
    d.add("\n".join(out))
    d.tables.append(t)
    d.add(para(h3.PROSE[1]))
    items = [("Toimintatuotot", rnd(rng, 18_000, 26_000, 1)), ("Toimintakulut", -rnd(rng, 120_000, 160_000, 1))]
    items.append(("Toimintakate", items[0][1] + items[1][1]))
    items += [("Verotulot", rnd(rng, 70_000, 90_000, 1)), ("Valtionosuudet", rnd(rng, 35_000, 60_000, 1))]
    items.append(("Vuosikate", items[2][1] + items[3][1] + items[4][1]))
    t2 = Table("tilinpaatos", "Tilinpäätös 2025", ["TP 2025"], [Row(a, [v]) for a, v in items], [nf1],
               unit="1 000 EUR", identities=["Toimintakate = Toimintatuotot + Toimintakulut",
                                            "Vuosikate = Toimintakate + Verotulot + Valtionosuudet"])
    out = ["\\subsection*{%s}" % tx(t2.caption), "{\\small 1\\,000~EUR}\\par\\medskip",
           "\\begin{minipage}{100mm}"]
    for r in t2.rows:
        out.append("\\noindent %s%s\\ %s\\par" % (tx(r.label), lead or "\\hfill", num.src(t2.cell(r, 0))))
    out.append("\\end{minipage}\n")
    d.add("\n".join(out))
    d.tables.append(t2)
    return d


def doc05():
    """A tase (vastaavaa, vastattavaa) in € with cents; figures carry footnote marks typeset the
    LaTeX way: `\\textsuperscript{1)}`, `$^{*}$` and a \\footnotemark (a bare raised digit, its text
    by \\footnotetext at the page foot); booktabs; Charter (T1), thousands `\\,`, minus `$-$`."""
    rng = random.Random(505 + SEED)
    d = TeXDoc("hold5-05-footnote-marks-tase", fonts=r"\usepackage[T1]{fontenc}\usepackage{charter}",
               running="Tilinpäätös 2025")
    f = nf(2)
    num = TeXNum(r"\,", "$-$")

    va, vt = h4.tase_lines(rng)
    cols = ["31.12.2025", "31.12.2024"]
    marks = {} if "no-marks" in ABLATE else {
        ("I Aineettomat hyödykkeet", 1): "\\textsuperscript{1)}", ("III Sijoitukset", 0): "$^{*}$",
        ("II Lyhytaikainen", 0): "\\footnotemark[2]", ("B POISTOERO", 1): "\\textsuperscript{1)}"}
    d.add(sect("Tase"))
    for tid, cap, lines in (("vastaavaa", "VASTAAVAA", va), ("vastattavaa", "VASTATTAVAA", vt)):
        t = Table(tid, cap, cols, [Row(lab, vals or [None, None], cls) for lab, cls, vals in lines], [f] * 2,
                  unit="€", identities=["VASTAAVAA YHTEENSÄ = VASTATTAVAA YHTEENSÄ", "group = sum of its items"])
        d.add(booktabs(t, plain_head("\\texteuro", cols),
                       "@{}p{80mm}rr@{}", num, marks=marks))
        d.tables.append(t)
    if marks:
        d.add("\\footnotetext[2]{Sisältää konsernitilin velan.}")
        d.add("\\medskip{\\footnotesize 1) Vertailuvuoden luku oikaistu.\\quad * Sisältää tytäryhteisöosakkeet.}\n")
    return d


def doc06():
    """A rahoituslaskelma whose groups (Toiminnan rahavirta, Investointien rahavirta, Rahoituksen
    rahavirta) open with a \\multicolumn heading row, TP 2025 | TP 2024 in EUR; Computer Modern in the
    OT1 encoding, the default of plain \\documentclass{article} (no fontenc: ä composed from a and
    a diaeresis), thousands `~` (tie), minus `--`; \\hline rules and vertical rules `|`."""
    rng = random.Random(506 + SEED)
    d = TeXDoc("hold5-06-ot1-rahoitus-vrules", fonts="", running="Tilinpäätös 2025")
    cols = ["TP 2025", "TP 2024"]
    num = TeXNum("~", "--")

    rows = h4.rahoitus_rows(rng)
    t = Table("rahoituslaskelma", "Rahoituslaskelma", cols, rows, [nf(), nf()], unit="EUR",
              identities=["each … yhteensä = sum of its items", "Rahavarojen muutos = sum of the three yhteensä"])
    d.add(sect("Rahoituslaskelma"))
    d.add(para(h3.PROSE[1]))
    out = ["\\begin{center}\\begin{tabular}{|l|r|r|}\\hline", "\\textbf{EUR} & \\textbf{TP 2025} & \\textbf{TP 2024} \\\\ \\hline"]
    out += [s.replace("\\midrule", "\\hline") for s in body_rows(t, num, 3)]
    out.append("\\hline\\end{tabular}\\end{center}")
    d.add("\n".join(out).replace("\\multicolumn{3}{@{}l}", "\\multicolumn{3}{|l|}"))
    d.tables.append(t)
    d.add(para(h3.PROSE[2]))
    return d


def doc07():
    """Määrärahat of six boards under \\multicolumn band headers `Talousarvio 2026` and
    `Taloussuunnitelma 2027`, each over MENOT | TULOT | NETTOMENO with a \\cmidrule(lr) under the band;
    a Yhteensä row after a \\midrule; helvet (Helvetica clone, sans serif, T1), \\small, thousands
    `{ }` (an interword space in braces), minus `\\textminus`."""
    rng = random.Random(507 + SEED)
    d = TeXDoc("hold5-07-multicolumn-bands", fonts="\\usepackage[T1]{fontenc}\\usepackage[scaled]{helvet}"
               "\\renewcommand{\\familydefault}{\\sfdefault}", running="Talousarvio 2026")
    kinds = ["MENOT", "TULOT", "NETTOMENO"]
    cols = ["Talousarvio 2026 " + k for k in kinds] + ["Taloussuunnitelma 2027 " + k for k in kinds]
    num = TeXNum("{ }", "\\textminus{}")
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
    t = Table("maararahat", "Määrärahat ja tuloarviot lautakunnittain", cols, rows, [nf()] * 6, unit="€",
              identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the boards"])
    d.add(sect("Määrärahat ja tuloarviot"))
    d.add(para(h3.PROSE[2]))
    head = ["\\texteuro & \\multicolumn{3}{c}{Talousarvio 2026} & \\multicolumn{3}{c}{Taloussuunnitelma 2027} \\\\",
            "\\cmidrule(lr){2-4}\\cmidrule(l){5-7}",
            " & " + " & ".join("\\multicolumn{1}{r}{%s}" % k for k in kinds * 2) + " \\\\"]
    d.add(booktabs(t, head, "@{}l" + "r" * 6 + "@{}", num, size="\\small"))
    d.tables.append(t)
    d.add(para(h3.PROSE[3]))
    return d


def doc08():
    """A twocolumn document (\\documentclass[twocolumn]): prose, then a small tabular of
    määrärahojen toteutuminen (TA | TOT | Käyttö-%) in the left column, more prose, and a second
    small tabular (henkilöstö, htv) at the top of the right column (\\newpage moves to it);
    Latin Modern (T1), thousands `\\,`."""
    rng = random.Random(508 + SEED)
    d = TeXDoc("hold5-08-twocolumn", opts="10pt,a4paper" + ("" if "one-column" in ABLATE else ",twocolumn"),
               geometry="margin=18mm", running="Talousarvio lyhyesti")
    cols = ["TA", "TOT", "Käyttö-%"]
    num = TeXNum(r"\,", "$-$")
    rows = []
    for bd in h3.BOARDS[1:5]:
        ta = rnd(rng, 200_000, 4_000_000)
        tot = ta + rnd(rng, -int(ta) // 10, int(ta) // 10)
        rows.append(Row(bd, [ta, tot, pct(tot, ta)]))
    t = Table("toteutuminen", "Määrärahojen toteutuminen", cols, rows, [nf(), nf(), nf(1)], unit="€")
    rows2 = [Row(bd, [rnd(rng, 5, 400, 1) for _ in range(2)]) for bd in h3.BOARDS[2:6]]
    t2 = Table("henkilosto", "Henkilöstö, htv", ["2024", "2025"], rows2, [nf(1)] * 2)
    d.add(sect("Talousarvio lyhyesti"))
    d.add(para(h3.PROSE[0]))
    d.add(para(h3.PROSE[2]))
    d.add(booktabs(t, plain_head("", cols), "@{}l@{\\hspace{4pt}}rrr@{}", num, size="\\small"))
    d.tables.append(t)
    for s in h3.PROSE[1:] + h3.PROSE[:2]:
        d.add(para(s))
    d.add("\\newpage")
    d.add(booktabs(t2, plain_head("", t2.columns), "@{}lrr@{}", num))
    d.tables.append(t2)
    for s in h3.PROSE:
        d.add(para(s))
    return d


def doc09():
    """A landscape page by pdflscape (\\begin{landscape}: the page gets /Rotate 90 and its content
    is set rotated): a wide cross-tab of toimintakulut, 10 cost centres × 6 cost kinds + Yhteensä,
    cost kinds wrapped in p{} header cells, booktabs; page 1 portrait prose; Latin Modern (T1),
    thousands `\\,`."""
    rng = random.Random(509 + SEED)
    d = TeXDoc("hold5-09-pdflscape-crosstab", running="Toimintakulut")
    kinds = h3.COSTS
    cols = kinds + ["Yhteensä"]
    num = TeXNum(r"\,", "$-$")
    centres = ["Hallinto", "Talous", "Henkilöstö", "Tietohallinto", "Ruokapalvelut", "Siivous", "Kiinteistöt",
               "Kadut", "Vesihuolto", "Liikunta"]
    rows, acc = [], [D(0)] * 7
    for c in centres:
        v = [rnd(rng, 0, 2_500_000) if rng.random() < 0.9 else D(0) for _ in kinds]
        v.append(sum(v))
        acc = [a + b for a, b in zip(acc, v)]
        rows.append(Row(c, v))
    rows.append(Row("Yhteensä", acc, "tot"))
    t = Table("toimintakulut", "Toimintakulut kustannuspaikoittain 2025", cols, rows, [nf()] * 7, unit="€",
              identities=["Yhteensä column = sum of the kinds", "Yhteensä row = sum of the centres"])
    d.add(sect("Toimintakulut 2025"))
    for k in range(3):
        d.add(para(h3.PROSE[k]))
    upright = "upright" in ABLATE
    head = [" & ".join(["\\texteuro"] + ["\\multicolumn{1}{>{\\raggedleft\\arraybackslash}p{%s}}{%s}"
                                          % ("17mm" if upright else "25mm", tx(k)) for k in cols]) + " \\\\"]
    body = booktabs(t, head, "@{}l" + "r" * 7 + "@{}", num, size="\\footnotesize" if upright else "")
    d.add(body if upright else "\\begin{landscape}\n%s\n\\end{landscape}" % body)
    d.tables.append(t)
    return d


def doc10():
    """Talousarvion toteutuminen by board with Muutos-% and Käyttö-% (TA 2025 | Muutokset |
    TA+muutokset | Toteutuma | Käyttö-% | Muutos-% against TP 2024), tabular with \\hline rules,
    siunitx for the amounts (group-separator {\\,}), percentages with one decimal (negative Muutos-%
    with siunitx's minus); mathptmx Times in OT1 (no fontenc)."""
    rng = random.Random(510 + SEED)
    d = TeXDoc("hold5-10-toteutuminen-ot1-times", fonts="\\usepackage{mathptmx}", opts="10pt,a4paper",
               geometry="margin=16mm", running="Talousarvion toteutuminen",
               extra="\\sisetup{output-decimal-marker={,}, group-separator={\\,}, group-minimum-digits=4}\n")
    cols, rows = h3.toteutuminen_board_rows(rng)
    t = Table("toteutuminen", "Käyttötalousosan toteutuminen lautakunnittain", cols, rows,
              [nf()] * 5 + [nf(1)] * 2, unit="€",
              identities=["TA+muutokset = TA 2025 + Muutokset", "Käyttö-% = Toteutuma / TA+muutokset × 100",
                          "Muutos-% = (Toteutuma - TP 2024) / TP 2024 × 100", "Yhteensä = sum of the boards"])
    d.add(sect("Talousarvion toteutuminen"))
    d.add(para(h3.PROSE[2]))
    out = ["\\subsection*{%s}" % tx(t.caption), "\\noindent{\\small\\begin{tabular}{|l|*{5}{S[table-format=7.0]|}"
           "S[table-format=3.1]|S[table-format=-2.1]|}\\hline",
           " & ".join(["\\texteuro"] + ["{%s}" % tx(c) for c in cols]) + " \\\\ \\hline"]
    for r in rows:
        vals = [h3.show(x, t.fmt_of(r, i))[1] for i, x in enumerate(r.values)]
        lab = tx(r.label)
        if r.cls == "tot":
            out.append("\\hline")
        out.append(" & ".join([lab] + vals) + " \\\\")
    out.append("\\hline\\end{tabular}}\n")
    d.add("\n".join(out))
    d.tables.append(t)
    d.add(para(h3.PROSE[0]))
    return d


def doc11():
    """A tuloslaskelma with two value columns per year (item amounts, and the group subtotal on the
    group's last line), the usual tilinpäätös layout, in a tabular with @{} edges; no rules at all
    except \\hline under the head; Latin Modern (T1), thousands `~`, minus `$-$`; the TP 2024
    comparison in the same layout."""
    rng = random.Random(511 + SEED)
    d = TeXDoc("hold5-11-kaytto-plan-muutos", running="Talousarvio 2026")
    cols = ["TP 2024", "TA 2025", "TA 2026", "Muutos-%", "TS 2027", "TS 2028"]
    num = TeXNum("~", "$-$")
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
    t = Table("maararahat", "Määrärahat ja tuloarviot 2026–2028", cols, rows, [nf(), nf(), nf(), nf(1), nf(), nf()],
              unit="€", identities=["NETTOMENO = MENOT + TULOT", "Yhteensä = sum of the groups",
                                    "Muutos-% = (TA 2026 - TA 2025) / |TA 2025| × 100"])
    d.add(sect("Määrärahat ja tuloarviot"))
    d.add(para(h3.PROSE[2]))
    out = ["\\subsection*{%s}" % tx(t.caption), "\\noindent{\\small\\begin{tabular}{@{}l*{6}{r}@{}}"]
    out += plain_head("\\texteuro", cols)
    out.append("\\hline")
    out += body_rows(t, num, 7)
    out.append("\\end{tabular}}\n")
    d.add("\n".join(out))
    d.tables.append(t)
    return d


def doc12():
    """Budget sections of five boards set by LuaLaTeX (fontspec, Latin Modern OpenType: ä one glyph,
    Unicode), each a \\section whose title the fancyhdr running head repeats on its pages
    (\\rightmark: the head differs from page to page); under each a MENOT / TULOT / NETTOMENO booktabs
    table over TP 2024 | TA 2025 | TA 2026 | TS 2027 | TS 2028, some breaking over a page; siunitx
    S columns (group-separator {\\,}, minus U+2212)."""
    rng = random.Random(512 + SEED)
    d = TeXDoc("hold5-12-lualatex-sections", fonts="\\usepackage{fontspec}", engine="lualatex",
               running="Talousarvio 2026",
               extra="\\sisetup{output-decimal-marker={,}, group-separator={\\,}, group-minimum-digits=4}\n")
    cols = ["TP 2024", "TA 2025", "TA 2026", "TS 2027", "TS 2028"]
    for i, bd in enumerate(h3.BOARDS[2:7]):
        m = [-rnd(rng, 300_000, 9_000_000) for _ in range(5)]
        tl = [rnd(rng, 0, 2_000_000) for _ in range(5)]
        rows = [Row("MENOT", m), Row("TULOT", tl), Row("NETTOMENO", [a + c for a, c in zip(m, tl)], "b")]
        t = Table("kaytto-%d" % (i + 1), bd, cols, rows, [nf()] * 5, unit="€", identities=["NETTOMENO = MENOT + TULOT"])
        d.add("\\section{%s}" % tx(bd))
        for k in range(3 + i % 2):
            d.add(para(h3.PROSE[(i + k) % 4]))
        out = ["\\begin{center}\\begin{tabular}{@{}l*{5}{S[table-format=-7.0]}@{}}\\toprule",
               " & ".join(["€"] + ["{%s}" % c for c in cols]) + " \\\\ \\midrule"]
        for r in rows:
            vals = [h3.show(x, nf())[1] for x in r.values]
            out.append(" & ".join([tx(r.label)] + vals) + " \\\\")
        out.append("\\bottomrule\\end{tabular}\\end{center}")
        d.add("\n".join(out))
        d.tables.append(t)
    return d


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10, doc11, doc12]


def typeset(d, tex_path, pdf_path):
    """Run the engine three times (longtable and marks settle) in a scratch directory with the dates
    pinned; copy the PDF out."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.tex")
        shutil.copy(tex_path, src)
        for _ in range(3):
            r = subprocess.run([d.engine, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], cwd=tmp,
                               env=env, capture_output=True, text=True, errors="replace")
            if r.returncode != 0:
                sys.exit("%s failed on %s:\n%s" % (d.engine, d.name, r.stdout[-3000:]))
        data = open(os.path.join(tmp, "doc.pdf"), "rb").read()
    # LuaTeX ignores an empty trailerid and hashes the scratch path into /ID: pin it (same length)
    data = re.sub(rb"/ID \[ ?<[0-9A-F]{32}> ?<[0-9A-F]{32}> ?\]", lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group(0)), data)
    with open(pdf_path, "wb") as fh:
        fh.write(data)


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
        elif args[0] == "--keep-tex":
            keep, args = True, args[1:]
        else:
            sys.exit("unknown option %s" % args[0])
    out = args[0] if args else ".build-holdout/docs5"
    os.makedirs(out, exist_ok=True)
    done = []
    for mk in DOCS:
        if only and mk.__name__[3:] not in only:
            continue
        d = mk()
        tp = os.path.join(out, d.name + ".tex")
        with open(tp, "w", encoding="utf-8") as fh:
            fh.write(d.tex())
        pdf = os.path.join(out, d.name + ".pdf")
        typeset(d, tp, pdf)
        pages = h3.pages_text(pdf)
        h3.place_tables(d, pages)
        truth = {"document": d.name + ".pdf",
                 "notes": "Hold-out set 5, truth by construction (tools/holdout/make_holdout5.py, %s; LaTeX "
                          "typeset by %s): %s Every value is the canonical decimal of the digits printed; "
                          "identities hold on the printed values." % (mk.__name__, d.engine, " ".join(mk.__doc__.split())),
                 "tables": [t.truth() for t in d.tables]}
        with open(os.path.join(out, d.name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if not keep:
            os.remove(tp)
        done.append(d)
        print("%-40s %d tables, %d pages" % (d.name, len(d.tables), len([p for p in pages if p.strip()])))
    bad = h3.selfcheck(out, done)
    print("selfcheck: %d problems" % bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
