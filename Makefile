# Luku — build, demo, test and golden-file workflow.
# `make demo` and `make test` are the two commands a newcomer needs (README.md, Quick start).

SHELL := /bin/bash
.DEFAULT_GOAL := build

LUKU      := .build/release/luku
# The release build links the Swift runtime and Foundation into the binary (--static-swift-stdlib):
# every `luku` process then skips loading and binding 14 Swift libraries (about 7 000 of its
# 20 400 symbol relocations; 20 M of 50 M instructions for `luku --version`), a large share of a
# short document's time; output is byte-identical to
# the dynamically linked build. Poppler, cairo, glib, PCRE2 and SQLite stay shared libraries.
# The binary is ~90 MB (ICU's data inside). `swift build -c release` alone builds the same
# program linked dynamically (and switching between the two recompiles everything).
RELEASE_BUILD := swift build -c release --static-swift-stdlib
REAL_PDFS := $(wildcard ../shared/real/*.pdf)
# apt-get as root, or through sudo otherwise; never asks questions.
SUDO      := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
APT_GET   := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: deps build demo test golden bench bench-memory clean flavours flavours-more holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9

# deps: install what is missing: poppler-glib, PCRE2 and SQLite headers, pdftotext, pkg-config and
# chromium (apt), Python's jsonschema for the schema test and pandas for the CSV read-back test
# (pip, or apt where pip is missing or refuses).
deps:
	@if pkg-config --exists poppler-glib libpcre2-8 sqlite3 2>/dev/null && command -v pdftotext >/dev/null 2>&1; then \
	  echo "deps: poppler-glib, libpcre2-8, sqlite3 and pdftotext present"; \
	else \
	  $(APT_GET) update && \
	  $(APT_GET) install -y libpoppler-glib-dev libpcre2-dev libsqlite3-dev poppler-utils pkg-config; \
	fi
	@if python3 -c 'import jsonschema' >/dev/null 2>&1; then \
	  echo "deps: python3 jsonschema present"; \
	elif python3 -m pip --version >/dev/null 2>&1 && python3 -m pip install --quiet jsonschema; then \
	  echo "deps: installed jsonschema with pip"; \
	else \
	  $(APT_GET) update && $(APT_GET) install -y python3-jsonschema; \
	fi
	@# chromium: only the browser test of `luku view` (ViewReportTests) needs it; it skips without.
	@if command -v chromium >/dev/null 2>&1; then \
	  echo "deps: chromium present"; \
	else \
	  $(APT_GET) update && $(APT_GET) install -y --no-install-recommends chromium; \
	fi
	@if python3 -c 'import pandas' >/dev/null 2>&1; then \
	  echo "deps: python3 pandas present"; \
	elif python3 -m pip --version >/dev/null 2>&1 && python3 -m pip install --quiet pandas; then \
	  echo "deps: installed pandas with pip"; \
	else \
	  $(APT_GET) update && $(APT_GET) install -y python3-pandas; \
	fi

# build: the release binary .build/release/luku (Swift runtime and Foundation linked in: RELEASE_BUILD).
build: deps
	$(RELEASE_BUILD)

# demo: ingest every document in corpus/ into out/, one summary line per document.
demo: build
	$(LUKU) ingest corpus -o out --summary

# test: the whole test suite (unit, golden and schema tests).
test: deps
	swift test

# golden: regenerate golden/ from corpus/; review with `git diff golden/` before committing.
golden: deps
	$(RELEASE_BUILD)
	$(LUKU) golden update

# bench: pipeline speed against pdftotext on the corpus PDFs and, when present, ../shared/real.
bench: build
	$(LUKU) bench corpus/*.pdf $(REAL_PDFS)

# bench-memory: peak resident memory of `luku ingest` (one process per input) for Kauhava's
# 158 pages repeated with qpdf to 1 580 and 4 740 pages (BIG=1 adds 15 800), then of one run over
# ten 1 580-page files (a folder run: should match one file's peak, not grow). Files go to
# MEMORY_DIR; needs qpdf (apt-get install qpdf) and ../shared/real/kauhava-tilinpaatos-2024.pdf.
MEMORY_DIR ?= /tmp/luku-bench-memory
KAUHAVA    := ../shared/real/kauhava-tilinpaatos-2024.pdf
bench-memory: build
	@command -v qpdf >/dev/null || { echo "bench-memory needs qpdf: apt-get install qpdf"; exit 2; }
	@test -f $(KAUHAVA) || { echo "bench-memory needs $(KAUHAVA)"; exit 2; }
	@mkdir -p $(MEMORY_DIR)/folder
	@for n in 10 30 $(if $(BIG),100); do \
	  test -f $(MEMORY_DIR)/kauhava-x$$n.pdf || qpdf --empty --pages $$(for i in $$(seq $$n); do printf '%s ' $(KAUHAVA); done) -- $(MEMORY_DIR)/kauhava-x$$n.pdf; \
	done
	@for i in 0 1 2 3 4 5 6 7 8 9; do cp -n $(MEMORY_DIR)/kauhava-x10.pdf $(MEMORY_DIR)/folder/kauhava-x10-$$i.pdf; done
	$(LUKU) bench --memory $(KAUHAVA) $(MEMORY_DIR)/kauhava-x10.pdf $(MEMORY_DIR)/kauhava-x30.pdf $(if $(BIG),$(MEMORY_DIR)/kauhava-x100.pdf)
	$(LUKU) bench --memory $(MEMORY_DIR)/folder/*.pdf

# flavours: the text every common extractor makes of each PDF with truth (poppler-utils; PyMuPDF,
# pypdf and pymupdf4llm from PyPI in .build-flavours/venv), scored by tools/flavour_matrix.py: document ×
# flavour → numeric and text cells correct, wrong, wrong without a flag. The corpus PDFs' flavours are
# committed in corpus/ (<stem>.<flavour>.txt|md) for FlavourTruthTests.
flavours: build
	tools/flavours.sh $(LUKU)

# flavours-more: the hold-out extractor flavours (PDFium, pdfminer.six, pdfplumber from PyPI in
# .build-flavours/venv-more; Apache PDFBox from Debian's libpdfbox2-java) of every PDF with truth,
# corpus, ../shared/real and ../shared/synth, into .build-flavours/more/, and their matrices.
flavours-more: build
	@[ -f /usr/share/java/pdfbox2.jar ] || { $(APT_GET) update && $(APT_GET) install -y libpdfbox2-java; } || true
	tools/flavours_more.sh $(LUKU)

# clean: remove build products and demo output.
clean:
	rm -rf .build out

# fuzz: libFuzzer (ASan) over FinnishNumber, DigitRunSplitter and, once present, NumberLexer, for
# FUZZ_SECONDS (default 60). Seeds in Fuzz/corpus; new inputs in .build-fuzz/corpus, crashes in
# .build-fuzz/artifacts. The LukuCore number sources (not the JSON report) and the one model file
# they use are compiled into the harness directly, in one module.
FUZZ_SECONDS ?= 60
FUZZ_DIR     := .build-fuzz
FUZZ_LEXER   := $(wildcard Sources/LukuCore/Numbers/NumberLexer.swift)
FUZZ_SOURCES := Fuzz/NumbersFuzz/main.swift Sources/LukuCore/Model/Column.swift Sources/LukuCore/Segment/MisplacedMinus.swift \
                $(filter-out %Report.swift,$(wildcard Sources/LukuCore/Numbers/*.swift))

.PHONY: fuzz
fuzz: deps
	mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	swiftc -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld -module-name NumbersFuzz \
	  $(if $(FUZZ_LEXER),-D LUKU_HAS_LEXER) -I Sources/CPCRE2 $(FUZZ_SOURCES) -lpcre2-8 -o $(FUZZ_DIR)/numbers-fuzz
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/numbers-fuzz -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_DIR)/artifacts/ $(FUZZ_DIR)/corpus Fuzz/corpus

# fuzz-all: `make fuzz`, then libFuzzer (ASan) over everything else that reads input, each target
# for FUZZ_SECONDS: the text reader and segmenter (plain, tab-separated and Markdown-like text),
# the JSON reader `inspect` uses, and the PDF path (poppler, text-layer checks, layout, tables).
# One harness (Fuzz/InputsFuzz/main.swift) with every LukuCore source compiled in, the target
# chosen by LUKU_FUZZ_TARGET. Seeds: corpus/ (the texts of every flavour, Markdown included), golden/
# and the bad-input set; new inputs in .build-fuzz/corpus-TARGET, crashes in
# .build-fuzz/artifacts/TARGET-*.
FUZZ_ALL_SOURCES := Fuzz/InputsFuzz/main.swift $(shell find Sources/LukuCore -name '*.swift' | sort)

.PHONY: fuzz-all fuzz-inputs-build
fuzz-inputs-build: deps
	mkdir -p $(FUZZ_DIR)/artifacts $(FUZZ_DIR)/seeds-text $(FUZZ_DIR)/seeds-json $(FUZZ_DIR)/seeds-pdf
	cp corpus/*.txt corpus/*.md Tests/LukuCoreTests/BadInputs/files/*.txt $(FUZZ_DIR)/seeds-text/
	cp golden/*.json $(FUZZ_DIR)/seeds-json/
	cp corpus/*.pdf Tests/LukuCoreTests/BadInputs/files/*.pdf $(FUZZ_DIR)/seeds-pdf/
	# Luku's own C (the SHA-256 block step) is compiled apart; its module map is in include/.
	clang -O2 -g -c -I Sources/CSHA256/include Sources/CSHA256/sha256_hardware.c -o $(FUZZ_DIR)/sha256_hardware.o
	swiftc -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld -module-name InputsFuzz \
	  $(addprefix -I ,$(wildcard Sources/C*)) -I Sources/CSHA256/include $(addprefix -Xcc ,$(shell pkg-config --cflags poppler-glib cairo sqlite3)) \
	  $(FUZZ_ALL_SOURCES) $(FUZZ_DIR)/sha256_hardware.o $(shell pkg-config --libs poppler-glib cairo libpcre2-8 sqlite3) -o $(FUZZ_DIR)/inputs-fuzz

fuzz-all: fuzz fuzz-inputs-build
	for target in text json pdf; do \
	  mkdir -p $(FUZZ_DIR)/corpus-$$target; \
	  if [ $$target = text ]; then max_len=65536; else max_len=262144; fi; \
	  LUKU_FUZZ_TARGET=$$target SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Fuzz/lsan.supp $(FUZZ_DIR)/inputs-fuzz -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=$$max_len -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/$$target- \
	    $(FUZZ_DIR)/corpus-$$target $(FUZZ_DIR)/seeds-$$target || exit 1; \
	done

# holdout: the independent hold-out set (tools/holdout/README.md). Builds a venv with reportlab in
# .build-holdout/venv, generates 12 PDFs with truth into .build-holdout/docs (deterministic, self-checked),
# ingests each PDF and its pdftotext -layout / -raw text with $(HOLDOUT_LUKU) and scores them with
# ../shared/tools/score.py; the table goes to .build-holdout/results.md. Not part of `make test`.
HOLDOUT_DIR  := .build-holdout
HOLDOUT_LUKU ?= $(LUKU)
holdout:
	@# set 1 draws with DejaVu and Liberation TrueType fonts (fonts-dejavu-core, fonts-liberation)
	@test -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf -a -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
	  { $(APT_GET) update && $(APT_GET) install -y fonts-liberation fonts-dejavu-core; }
	@test -x $(HOLDOUT_DIR)/venv/bin/python || python3 -m venv $(HOLDOUT_DIR)/venv
	@$(HOLDOUT_DIR)/venv/bin/python -c 'import reportlab' 2>/dev/null || $(HOLDOUT_DIR)/venv/bin/pip install --quiet reportlab
	@test -x $(HOLDOUT_LUKU) || $(RELEASE_BUILD)
	$(HOLDOUT_DIR)/venv/bin/python tools/holdout/make_holdout.py $(HOLDOUT_DIR)/docs
	python3 tools/holdout/run_holdout.py --docs $(HOLDOUT_DIR)/docs --out $(HOLDOUT_DIR)/out --luku $(HOLDOUT_LUKU) \
	  --score ../shared/tools/score.py | tee $(HOLDOUT_DIR)/results.md

# holdout2: the second hold-out set (tools/holdout/README2.md), same venv and scoring, into
# .build-holdout/docs2 and .build-holdout/out2; the table goes to .build-holdout/results2.md.
holdout2:
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { $(APT_GET) update && $(APT_GET) install -y fonts-dejavu-core; }
	@test -x $(HOLDOUT_DIR)/venv/bin/python || python3 -m venv $(HOLDOUT_DIR)/venv
	@$(HOLDOUT_DIR)/venv/bin/python -c 'import reportlab' 2>/dev/null || $(HOLDOUT_DIR)/venv/bin/pip install --quiet reportlab
	@test -x $(HOLDOUT_LUKU) || $(RELEASE_BUILD)
	$(HOLDOUT_DIR)/venv/bin/python tools/holdout/make_holdout2.py $(HOLDOUT_DIR)/docs2
	python3 tools/holdout/run_holdout.py --docs $(HOLDOUT_DIR)/docs2 --out $(HOLDOUT_DIR)/out2 --luku $(HOLDOUT_LUKU) \
	  --score ../shared/tools/score.py | tee $(HOLDOUT_DIR)/results2.md

# holdout3: the third hold-out set (tools/holdout/README3.md): 12 PDFs printed by headless Chromium
# from HTML (no reportlab; needs chromium, fonts-dejavu-core and fonts-liberation), into
# .build-holdout/docs3 and .build-holdout/out3, scored on the PDF, -layout, -raw and, when the
# flavour venv has them, markitdown and pymupdf4llm; the table goes to .build-holdout/results3.md.
# Sets 3 and 4: the DejaVu and Liberation fonts and a Luku binary; then, holdout_score N: ingest
# and score docsN into outN (PDF, -layout, -raw, markitdown, pymupdf4llm), the table to resultsN.md.
define holdout_fonts_and_luku
@test -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf -a -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
  { $(APT_GET) update && $(APT_GET) install -y fonts-liberation fonts-dejavu-core; }
@test -x $(HOLDOUT_LUKU) || $(RELEASE_BUILD)
endef
holdout_score = python3 tools/holdout/run_holdout.py --docs $(HOLDOUT_DIR)/docs$(1) --out $(HOLDOUT_DIR)/out$(1) \
  --luku $(HOLDOUT_LUKU) --score ../shared/tools/score.py --markdown markitdown,pymupdf4llm | tee $(HOLDOUT_DIR)/results$(1).md

CHROMIUM ?= /usr/bin/chromium
holdout3:
	@test -x $(CHROMIUM) || { $(APT_GET) update && $(APT_GET) install -y chromium; }
	$(call holdout_fonts_and_luku)
	CHROMIUM=$(CHROMIUM) python3 tools/holdout/make_holdout3.py $(HOLDOUT_DIR)/docs3
	$(call holdout_score,3)

# holdout4: the fourth hold-out set (tools/holdout/README4.md): 12 PDFs typeset by Apache FOP from
# XSL-FO (needs fop, fonts-dejavu-core and fonts-liberation), into .build-holdout/docs4 and
# .build-holdout/out4, scored like set 3; the table goes to .build-holdout/results4.md.
FOP ?= fop
holdout4:
	@command -v $(FOP) >/dev/null 2>&1 || { $(APT_GET) update && $(APT_GET) install -y fop; }
	$(call holdout_fonts_and_luku)
	FOP=$(FOP) python3 tools/holdout/make_holdout4.py $(HOLDOUT_DIR)/docs4
	$(call holdout_score,4)

# holdout5: the fifth hold-out set (tools/holdout/README5.md): 12 PDFs typeset by TeX (pdfLaTeX, one
# by LuaLaTeX) into .build-holdout/docs5 and .build-holdout/out5, scored like sets 3 and 4; the table
# goes to .build-holdout/results5.md. Installs TeX Live's LaTeX packages with apt when pdflatex,
# lualatex or lmodern is missing (Latin Modern is the lmodern package; luaotfload is texlive-luatex).
TEX_PACKAGES := texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-science \
  texlive-lang-european texlive-luatex lmodern
holdout5:
	@command -v pdflatex >/dev/null 2>&1 && command -v lualatex >/dev/null 2>&1 && kpsewhich lmodern.sty >/dev/null 2>&1 && \
	  kpsewhich luaotfload-main.lua >/dev/null 2>&1 || \
	  { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends $(TEX_PACKAGES); }
	@test -x $(HOLDOUT_LUKU) || $(RELEASE_BUILD)
	python3 tools/holdout/make_holdout5.py $(HOLDOUT_DIR)/docs5
	$(call holdout_score,5)

# holdout6: the sixth hold-out set (tools/holdout/README6.md): 11 PDFs drawn by iText 5 as report
# engines (JasperReports, Crystal Reports, SSRS) write them, into .build-holdout/docs6 and
# .build-holdout/out6, scored like sets 3-5; the table goes to .build-holdout/results6.md. Installs
# iText 5 and a JDK with apt when /usr/share/java/itext5.jar or javac is missing.
holdout6:
	@test -f /usr/share/java/itext5.jar && command -v javac >/dev/null 2>&1 || \
	  { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends libitext5-java default-jdk-headless; }
	$(call holdout_fonts_and_luku)
	python3 tools/holdout/make_holdout6.py $(HOLDOUT_DIR)/docs6
	$(call holdout_score,6)

# holdout7: the seventh hold-out set (tools/holdout/README7.md): 12 PDFs printed by wkhtmltopdf (Qt WebKit,
# Qt's PDF engine) from HTML into .build-holdout/docs7 and .build-holdout/out7, scored like sets 3-5; the
# table goes to .build-holdout/results7.md. Installs wkhtmltopdf with apt when it is missing (Debian 12:
# 0.12.6 on unpatched Qt; it runs without a display on Qt's offscreen platform).
WKHTMLTOPDF ?= wkhtmltopdf
holdout7:
	@command -v $(WKHTMLTOPDF) >/dev/null 2>&1 || { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends wkhtmltopdf; }
	$(call holdout_fonts_and_luku)
	WKHTMLTOPDF=$(WKHTMLTOPDF) python3 tools/holdout/make_holdout7.py $(HOLDOUT_DIR)/docs7
	$(call holdout_score,7)

# holdout8: the eighth hold-out set (tools/holdout/README8.md): 12 PDFs drawn by fpdf2 (the FPDF / TCPDF
# family of report writers: cell by cell, core fonts or embedded TrueType subsets) into
# .build-holdout/docs8 and .build-holdout/out8, scored like sets 3-7; the table goes to
# .build-holdout/results8.md. Makes .build-holdout/venv8 with fpdf2 (pip) when it is missing.
holdout8:
	@test -x $(HOLDOUT_DIR)/venv8/bin/python || python3 -m venv $(HOLDOUT_DIR)/venv8
	@$(HOLDOUT_DIR)/venv8/bin/python -c 'import fpdf' 2>/dev/null || $(HOLDOUT_DIR)/venv8/bin/pip install --quiet fpdf2
	$(call holdout_fonts_and_luku)
	$(HOLDOUT_DIR)/venv8/bin/python tools/holdout/make_holdout8.py $(HOLDOUT_DIR)/docs8
	$(call holdout_score,8)

# holdout9: the ninth hold-out set (tools/holdout/README9.md): every PDF with truth we have (corpus,
# ../shared/real, synth) re-written by a second producer, Ghostscript pdfwrite (and PDF/A-2b) and cairo
# (pdftocairo), into .build-holdout/docs9 and .build-holdout/out9, scored like sets 3-8; the table goes to
# .build-holdout/results9.md, per producer and source set to .build-holdout/results9-summary.md.
holdout9:
	@command -v gs >/dev/null 2>&1 || { $(APT_GET) update && $(APT_GET) install -y ghostscript; }
	$(call holdout_fonts_and_luku)
	python3 tools/holdout/make_holdout9.py $(HOLDOUT_DIR)/docs9
	$(call holdout_score,9)
	python3 tools/holdout/make_holdout9.py --summary $(HOLDOUT_DIR)/results9.md | tee $(HOLDOUT_DIR)/results9-summary.md
# holdout10: the tenth hold-out set (tools/holdout/README10.md): 10 PDFs laid out in Scribus 1.5 (desktop
# publishing: threaded text frames, tabbed tables with dot leaders and decimal tabs, the table tool,
# master pages on facing pages) into .build-holdout/docs10 and .build-holdout/out10, scored like sets
# 3-8; the table goes to .build-holdout/results10.md. Installs scribus and xvfb with apt when missing.
.PHONY: holdout10
holdout10:
	@command -v scribus >/dev/null 2>&1 && command -v xvfb-run >/dev/null 2>&1 || \
	  { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends scribus xvfb xauth; }
	$(call holdout_fonts_and_luku)
	python3 tools/holdout/make_holdout10.py $(HOLDOUT_DIR)/docs10
	$(call holdout_score,10)

# holdout11: the eleventh hold-out set (tools/holdout/README11.md): 10 PDFs printed by WeasyPrint (HTML/CSS
# with its own layout engine and the pydyf writer: repeated thead, multi-column sections, @page running
# heads with page counters, footnotes) into .build-holdout/docs11 and .build-holdout/out11, scored like
# sets 3-10; the table goes to .build-holdout/results11.md. Makes .build-holdout/venv11 with weasyprint
# (pip) when it is missing; WeasyPrint needs Pango (libpango-1.0-0, installed with apt when missing).
.PHONY: holdout11
holdout11:
	@test -e /usr/lib/x86_64-linux-gnu/libpango-1.0.so.0 || ldconfig -p | grep -q libpango-1.0 || \
	  { $(APT_GET) update && $(APT_GET) install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0; }
	@test -x $(HOLDOUT_DIR)/venv11/bin/python || python3 -m venv $(HOLDOUT_DIR)/venv11
	@$(HOLDOUT_DIR)/venv11/bin/python -c 'import weasyprint' 2>/dev/null || $(HOLDOUT_DIR)/venv11/bin/pip install --quiet weasyprint
	$(call holdout_fonts_and_luku)
	$(HOLDOUT_DIR)/venv11/bin/python tools/holdout/make_holdout11.py $(HOLDOUT_DIR)/docs11
	$(call holdout_score,11)
