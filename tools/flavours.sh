#!/usr/bin/env bash
# make flavours: the text that common extractors make of every PDF with truth, into
# .build-flavours/text/<stem>.<flavour>.txt (or .md), and a matrix of how Luku scores on each.
#   poppler-utils: pdftotext -layout, -raw and default reading order (Debian package);
#   PyPI, in a virtual environment under .build-flavours/venv: PyMuPDF get_text() (one cell per
#   line), pypdf extract_text(), pymupdf4llm Markdown (pipe tables).
# Usage: tools/flavours.sh [LUKU]   (default .build/release/luku)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
luku=${1:-.build/release/luku}
shared=../shared
out=.build-flavours
mkdir -p "$out/text" "$out/json"
if [ ! -x "$out/venv/bin/python" ]; then
  python3 -m venv "$out/venv"
  "$out/venv/bin/pip" install --quiet pymupdf pypdf pymupdf4llm || echo "flavours: PyPI extractors unavailable; poppler flavours only" >&2
fi
py="$out/venv/bin/python"
pdfs=$(ls corpus/*.pdf "$shared"/real/*.pdf 2>/dev/null | grep -v skannattu || true)
for pdf in $pdfs; do
  stem=$(basename "$pdf" .pdf)
  [ -f "$shared/truth/$stem.truth.json" ] || continue
  pdftotext -layout "$pdf" "$out/text/$stem.layout.txt"
  pdftotext -raw "$pdf" "$out/text/$stem.raw.txt"
  pdftotext "$pdf" "$out/text/$stem.default.txt"
  if "$py" -c 'import fitz' 2>/dev/null; then
    "$py" - "$pdf" "$out/text/$stem.pymupdf.txt" <<'PY'
import sys, fitz
doc = fitz.open(sys.argv[1])
open(sys.argv[2], "w").write("\f".join(page.get_text() for page in doc))
PY
  fi
  if "$py" -c 'import pypdf' 2>/dev/null; then
    "$py" - "$pdf" "$out/text/$stem.pypdf.txt" <<'PY'
import sys, pypdf
r = pypdf.PdfReader(sys.argv[1])
open(sys.argv[2], "w").write("\f".join((p.extract_text() or "") for p in r.pages))
PY
  fi
  if "$py" -c 'import pymupdf4llm' 2>/dev/null; then
    "$py" -c 'import sys, pymupdf4llm; open(sys.argv[2], "w").write(pymupdf4llm.to_markdown(sys.argv[1]))' \
      "$pdf" "$out/text/$stem.pymupdf4llm.md" 2>/dev/null || true
  fi
done
# The matrix: document × flavour → numeric and text cells correct / wrong / wrong without a flag,
# the real texts published with documents in ../shared/real included.
python3 tools/flavour_matrix.py --luku "$luku"
