#!/usr/bin/env bash
# make flavours-more: the text of extractors Luku had never been measured on (hold-out flavours,
# scored before any rule was written for them), of every PDF with truth (corpus/, ../shared/real,
# ../shared/synth), into .build-flavours/more/<stem>.<flavour>.txt, and the flavour matrix of each
# (real and synth apart, the synth one summed per producer family). Separate from tools/flavours.sh,
# whose flavours and venv it leaves alone.
#   PyPI, in a virtual environment of its own under .build-flavours/venv-more:
#     pdfium            pypdfium2: page.get_textpage().get_text_range() (PDFium, Chrome's engine; CRLF lines)
#     pdfium-bounded    pypdfium2: get_text_bounded() (the page's box; PDFium's other text call)
#     pdfminer          pdfminer.six extract_text() (pdf2txt.py), default LAParams
#     pdfminer-alltexts pdfminer.six with all_texts=True (pdf2txt.py --all-texts: text in figures
#                       too), written only where it differs from pdfminer
#     pdfplumber        pdfplumber page.extract_text()
#     pdfplumber-layout pdfplumber page.extract_text(layout=True)
#   Debian libpdfbox2-java (Apache PDFBox 2, the text Apache Tika gives):
#     pdfbox            ExtractText (content-stream order)
#     pdfbox-sort       ExtractText -sort (sorted by position)
# Pages are parted by a form feed (PDFBox: its own page end, a line break, as users get it).
# pdftotext -bbox-layout and -tsv are skipped: they are HTML and TSV of word boxes, not text.
# Usage: tools/flavours_more.sh [--no-make] [--no-score] [LUKU]   (default .build/release/luku)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
make=1 score=1
while [ $# -gt 0 ]; do
  case $1 in
    --no-make) make=0; shift ;;
    --no-score) score=0; shift ;;
    *) break ;;
  esac
done
luku=${1:-.build/release/luku}
shared=../shared
out=.build-flavours/more
venv=.build-flavours/venv-more
mkdir -p "$out"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pypdfium2 pdfminer.six pdfplumber || echo "flavours-more: PyPI extractors unavailable" >&2
fi
# Debian's libpdfbox2-java: the library, its command-line tools, FontBox and commons-logging.
pdfbox_cp=""
if [ -f /usr/share/java/pdfbox2-tools.jar ]; then
  pdfbox_cp=/usr/share/java/pdfbox2.jar:/usr/share/java/pdfbox2-tools.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar
fi
if [ -z "$pdfbox_cp" ] && [ "$make" = 1 ]; then
  echo "flavours-more: no PDFBox (apt-get install libpdfbox2-java); pdfbox flavours skipped" >&2
fi

# make_more PDF: every new flavour of one PDF into $out/<stem>.<flavour>.txt.
make_more() {
  local pdf=$1 stem
  stem=$(basename "$pdf" .pdf)
  "$venv/bin/python" tools/flavours_more.py "$pdf" "$out/$stem" || echo "flavours-more: $stem: Python extractors failed" >&2
  if [ -n "$pdfbox_cp" ]; then
    java -cp "$pdfbox_cp" org.apache.pdfbox.tools.ExtractText -encoding UTF-8 "$pdf" "$out/$stem.pdfbox.txt" \
      >/dev/null 2>&1 || rm -f "$out/$stem.pdfbox.txt"
    java -cp "$pdfbox_cp" org.apache.pdfbox.tools.ExtractText -sort -encoding UTF-8 "$pdf" "$out/$stem.pdfbox-sort.txt" \
      >/dev/null 2>&1 || rm -f "$out/$stem.pdfbox-sort.txt"
  fi
}
export -f make_more
export out venv pdfbox_cp

pdfs() {
  for pdf in corpus/*.pdf "$shared"/real/*.pdf; do
    [ -f "$shared/truth/$(basename "$pdf" .pdf).truth.json" ] && echo "$pdf"
  done
  for pdf in "$shared"/synth/*.pdf; do
    [ -f "${pdf%.pdf}.truth.json" ] && echo "$pdf"
  done
  return 0
}
if [ "$make" = 1 ]; then
  pdfs | xargs -P 2 -I{} bash -c 'make_more "$1"' _ {}
fi
if [ "$score" = 1 ]; then
  # The matrix (tools/flavour_matrix.py): document × flavour → numeric and text cells correct /
  # wrong / wrong without a flag; real and corpus first, then synth with its family lines.
  python3 tools/flavour_matrix.py --luku "$luku" --totals --out "$out/json" $(ls "$out"/*.txt | grep -v '/synth-')
  python3 tools/flavour_matrix.py --luku "$luku" --totals --out "$out/json-synth" $(ls "$out"/synth-*.txt)
fi
