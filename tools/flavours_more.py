#!/usr/bin/env python3
"""The Python extractors of tools/flavours_more.sh: PDF and an output prefix; writes
PREFIX.<flavour>.txt for each extractor that imports, pages parted by a form feed, each text as the
library gives it (PDFium's CRLF line ends kept). An extractor that fails leaves no file.
Usage: flavours_more.py PDF PREFIX   (run with .build-flavours/venv-more/bin/python)"""
import os, sys


def write(path, pages):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("\f".join(pages))
    os.replace(tmp, path)


def pdfium(pdf, prefix):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    ranged, bounded = [], []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        ranged.append(tp.get_text_range())
        bounded.append(tp.get_text_bounded())
    write(prefix + ".pdfium.txt", ranged)
    write(prefix + ".pdfium-bounded.txt", bounded)


def pdfminer(pdf, prefix):
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    # extract_text ends every page with a form feed already. The --all-texts reading is written
    # only where it differs (text inside figures), so the matrix holds no duplicate rows.
    text = extract_text(pdf, laparams=LAParams())
    write(prefix + ".pdfminer.txt", [text])
    every = extract_text(pdf, laparams=LAParams(all_texts=True))
    if every != text:
        write(prefix + ".pdfminer-alltexts.txt", [every])
    elif os.path.exists(prefix + ".pdfminer-alltexts.txt"):
        os.remove(prefix + ".pdfminer-alltexts.txt")


def pdfplumber(pdf, prefix):
    import pdfplumber as plumber
    with plumber.open(pdf) as doc:
        plain, layout = [], []
        for page in doc.pages:
            plain.append(page.extract_text() or "")
            layout.append(page.extract_text(layout=True) or "")
            page.flush_cache()
    write(prefix + ".pdfplumber.txt", plain)
    write(prefix + ".pdfplumber-layout.txt", layout)


def main():
    pdf, prefix = sys.argv[1], sys.argv[2]
    failed = 0
    for extractor in (pdfium, pdfminer, pdfplumber):
        try:
            extractor(pdf, prefix)
        except Exception as e:  # one extractor's failure leaves the others' texts
            print("flavours_more: %s: %s: %s" % (os.path.basename(pdf), extractor.__name__, e), file=sys.stderr)
            failed = 1
    sys.exit(failed)


if __name__ == "__main__":
    main()
