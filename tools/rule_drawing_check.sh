#!/usr/bin/env bash
# Builds tools/rule_drawing_check.c (needs gcc and the poppler-glib and cairo headers) and runs
# one of its modes on every PDF of the corpus, ../shared/real, ../shared/synth and the hold-out
# sets (or on the files given):
#   tools/rule_drawing_check.sh band [--translate] [FILE...]   band drawing against the whole page
#   tools/rule_drawing_check.sh rows [FILE...]                  main's drawing against translated / printing
# Exit 0 when nothing differs. See the C file for what each mode compares and why.
set -eu
cd "$(dirname "$0")/.."
bin=.build/rule_drawing_check
mkdir -p .build
if [ ! -x $bin ] || [ tools/rule_drawing_check.c -nt $bin ]; then
  gcc -O2 -Wall -o $bin tools/rule_drawing_check.c $(pkg-config --cflags --libs poppler-glib cairo) -lm
fi
mode=$1; shift
flags=()
if [ "${1:-}" = "--translate" ]; then flags=(--translate); shift; fi
if [ $# -eq 0 ]; then
  holdout=.build-holdout; [ -d $holdout ] || holdout=/work/main/.build-holdout
  set -- corpus/*.pdf ../shared/real/*.pdf ../shared/synth/*.pdf $holdout/docs*/*.pdf
fi
exec $bin "$mode" "${flags[@]}" "$@"
