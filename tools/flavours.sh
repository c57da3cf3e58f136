#!/usr/bin/env bash
# make flavours: the text that common extractors make of every PDF with truth, into
# .build-flavours/text/<stem>.<flavour>.txt (or .md), and a matrix of how Luku scores on each.
#   poppler-utils: pdftotext -layout, -raw and default reading order (Debian package);
#   PyPI, in a virtual environment under .build-flavours/venv: PyMuPDF get_text() (one cell per
#   line), pypdf extract_text(), pymupdf4llm Markdown (pipe tables), markitdown[pdf] Markdown
#   (pdfplumber's tables as pipe tables on a fine grid, `SpacerPipeColumns`).
#   --synth: the same flavours of the 24 synthetic statements in ../shared/synth (truth beside each
#   PDF) into .build-flavours/synth/, and the matrix summed per producer family.
# Usage: tools/flavours.sh [--synth] [LUKU]   (default .build/release/luku)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
synth=0
if [ "${1:-}" = "--synth" ]; then synth=1; shift; fi
luku=${1:-.build/release/luku}
shared=../shared
out=.build-flavours
mkdir -p "$out/text" "$out/json"
if [ ! -x "$out/venv/bin/python" ]; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install --quiet pymupdf pypdf pymupdf4llm 'markitdown[pdf]' || echo "flavours: PyPI extractors unavailable; poppler flavours only" >&2
fi
py="$out/venv/bin/python"
# make_flavours PDF DIR: every flavour of one PDF into DIR/<stem>.<flavour>.txt (or .md).
make_flavours() {
  local pdf=$1 dir=$2 stem
  stem=$(basename "$pdf" .pdf)
  pdftotext -layout "$pdf" "$dir/$stem.layout.txt"
  pdftotext -raw "$pdf" "$dir/$stem.raw.txt"
  pdftotext "$pdf" "$dir/$stem.default.txt"
  if "$py" -c 'import fitz' 2>/dev/null; then
    "$py" - "$pdf" "$dir/$stem.pymupdf.txt" <<'PY'
import sys, fitz
doc = fitz.open(sys.argv[1])
open(sys.argv[2], "w").write("\f".join(page.get_text() for page in doc))
PY
  fi
  if "$py" -c 'import pypdf' 2>/dev/null; then
    "$py" - "$pdf" "$dir/$stem.pypdf.txt" <<'PY'
import sys, pypdf
r = pypdf.PdfReader(sys.argv[1])
open(sys.argv[2], "w").write("\f".join((p.extract_text() or "") for p in r.pages))
PY
  fi
  if "$py" -c 'import pymupdf4llm' 2>/dev/null; then
    "$py" -c 'import sys, pymupdf4llm; open(sys.argv[2], "w").write(pymupdf4llm.to_markdown(sys.argv[1]))' \
      "$pdf" "$dir/$stem.pymupdf4llm.md" 2>/dev/null || true
  fi
  if [ -x "$out/venv/bin/markitdown" ]; then
    "$out/venv/bin/markitdown" "$pdf" > "$dir/$stem.markitdown.md" 2>/dev/null || rm -f "$dir/$stem.markitdown.md"
  fi
}
if [ "$synth" = 1 ]; then
  mkdir -p "$out/synth"
  for pdf in "$shared"/synth/*.pdf; do
    [ -f "${pdf%.pdf}.truth.json" ] && make_flavours "$pdf" "$out/synth"
  done
  python3 tools/flavour_matrix.py --luku "$luku" --synth
  exit 0
fi
pdfs=$(ls corpus/*.pdf "$shared"/real/*.pdf 2>/dev/null | grep -v skannattu || true)
for pdf in $pdfs; do
  stem=$(basename "$pdf" .pdf)
  [ -f "$shared/truth/$stem.truth.json" ] || continue
  make_flavours "$pdf" "$out/text"
done
# The matrix: document × flavour → numeric and text cells correct / wrong / wrong without a flag,
# the real texts published with documents in ../shared/real included.
python3 tools/flavour_matrix.py --luku "$luku"
