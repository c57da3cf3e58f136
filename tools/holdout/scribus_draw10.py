"""Run inside Scribus (its Python scripter): draw the documents described by a JSON spec and export
each as PDF. Used by make_holdout10.py:

    xvfb-run -a scribus -g -ns -py tools/holdout/scribus_draw10.py      (SPEC=/path/spec.json)

The spec is a list of documents; each: `pdf` (output path), `landscape`, `facing` (facing pages,
first page right), `margins` [left, right, top, bottom] mm, `pages`, `cstyles` / `pstyles`
(character and paragraph styles; tab positions in mm, tab types 0 left, 1 right, 2 period, 3 comma,
4 centre, a fill character for leaders) and `items`: text frames (`paras`: [paragraph style, text], `cols`, `gap`, `link` to the
next frame of the story), tables (`rows` of cell texts, `colw`, `fills`), lines and rectangles. A
frame whose story does not fit is an error (a figure would go unprinted): written to SPEC.errors.
Nothing here decides content; make_holdout10.py does.
"""
import json
import os
import traceback

import scribus

MM = 72.0 / 25.4


def styles(doc):
    for c in doc["cstyles"]:
        scribus.createCharStyle(name=c["name"], font=c["font"], fontsize=c["size"], tracking=c.get("tracking", 0))
    for p in doc["pstyles"]:
        tabs = [(t[0] * MM, t[1], t[2]) for t in p.get("tabs", [])]
        scribus.createParagraphStyle(name=p["name"], linespacingmode=0, linespacing=p["leading"],
                                     alignment=p.get("align", 0), charstyle=p["cstyle"],
                                     leftmargin=p.get("left", 0) * MM, firstindent=p.get("first", 0) * MM,
                                     gapbefore=p.get("before", 0), gapafter=p.get("after", 0), tabs=tabs)


def colour(name, rgb):
    scribus.defineColorRGB(name, rgb[0], rgb[1], rgb[2])
    return name


def draw(it, errors, frames):
    k = it["t"]
    if k == "text":
        f = scribus.createText(it["x"], it["y"], it["w"], it["h"], it["name"])
        scribus.setTextDistances(0, 0, 0, 0, f)
        if it.get("cols", 1) > 1:
            scribus.setColumns(it["cols"], f)
            scribus.setColumnGap(it.get("gap", 5), f)   # in the document's unit (mm)
        frames[it["name"]] = it
        if "paras" in it:
            text = "\r".join(p[1] for p in it["paras"])
            scribus.setText(text, f)
            pos = 0
            for style, s in it["paras"]:
                scribus.selectText(pos, len(s), f)
                scribus.setParagraphStyle(style, f)
                pos += len(s) + 1
            scribus.selectText(0, 0, f)
    elif k == "table":
        n, m = len(it["rows"]), len(it["colw"])
        tb = scribus.createTable(it["x"], it["y"], sum(it["colw"]), it.get("rowh", 5) * n, n, m, it["name"])
        for c, w in enumerate(it["colw"]):
            scribus.resizeTableColumn(c, w * MM, tb)   # in points, unlike createTable
        for r, row in enumerate(it["rows"]):
            scribus.resizeTableRow(r, it.get("rowh", 5) * MM, tb)
            for c, s in enumerate(row):
                for side in ("Top", "Bottom", "Left", "Right"):   # the tool's default padding hides 12 pt text in a 6 mm row
                    getattr(scribus, "setCell%sPadding" % side)(r, c, 0.5 if side == "Left" else 0, tb)
                if s:
                    scribus.setCellText(r, c, s, tb)
        none = []
        rule = [(it.get("rule", 0.5), scribus.LINE_SOLID, "Black")]
        for r in range(n):
            for c in range(m):
                for side in ("Left", "Right"):
                    getattr(scribus, "setCell%sBorder" % side)(r, c, rule if it.get("grid") else none, tb)
                scribus.setCellTopBorder(r, c, rule if it.get("grid") or r == 0 else none, tb)
                scribus.setCellBottomBorder(r, c, rule, tb)
        for r, rgb in it.get("fills", {}).items():
            for c in range(m):
                scribus.setCellFillColor(int(r), c, colour("fill%s" % "".join("%02x" % v for v in rgb), rgb), tb)
    elif k == "line":
        ln = scribus.createLine(it["x1"], it["y1"], it["x2"], it["y2"])
        scribus.setLineWidth(it.get("w", 0.5), ln)
    elif k == "rect":
        rc = scribus.createRect(it["x"], it["y"], it["w"], it["h"])
        scribus.setFillColor(colour("fill%s" % "".join("%02x" % v for v in it["rgb"]), it["rgb"]), rc)
        scribus.setLineColor("None", rc)   # drawn before the text over it (items in order)


def one(doc, errors):
    size = scribus.PAPER_A4
    scribus.newDocument(size, tuple(doc["margins"]), scribus.LANDSCAPE if doc.get("landscape") else scribus.PORTRAIT,
                        1, scribus.UNIT_MILLIMETERS, scribus.PAGE_2 if doc.get("facing") else scribus.PAGE_1,
                        1 if doc.get("facing") else 0, doc["pages"])
    styles(doc)
    frames = {}
    for it in doc["items"]:
        scribus.gotoPage(it.get("page", 1))
        draw(it, errors, frames)
    for it in doc["items"]:
        if it["t"] == "text" and it.get("link"):
            scribus.linkTextFrames(it["name"], it["link"])
    for it in doc["items"]:
        if it["t"] == "text" and "paras" in it:
            scribus.layoutTextChain(it["name"])
            if scribus.textOverflows(it["name"]):
                errors.append("%s: frame %s overflows" % (os.path.basename(doc["pdf"]), it["name"]))
    pdf = scribus.PDFfile()
    pdf.file = doc["pdf"]
    pdf.compress = 1
    pdf.fontEmbedding = 0
    pdf.save()
    scribus.closeDoc()


def main():
    spec = os.environ["SPEC"]
    errors = []
    try:
        for doc in json.load(open(spec, encoding="utf-8")):
            one(doc, errors)
    except Exception:
        errors.append(traceback.format_exc())
    with open(spec + ".errors", "w", encoding="utf-8") as fh:
        fh.write("\n".join(errors))


main()
