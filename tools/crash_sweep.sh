#!/usr/bin/env bash
# Crash sweep: byte-mutated copies of a PDF through `luku ingest`, one process per copy, so a
# crash names its input. Reports every copy that kills the process (exit status >= 128: a
# signal, e.g. SIGILL from a Swift trap) or runs past the time limit, then runs the whole
# folder in one process as a user would. Exit status 1 when anything crashed.
#
#   tools/crash_sweep.sh [SOURCE.pdf] [COUNT] [SEED]
#   defaults: corpus/kemijarvi-konserni-elinvoima-ta2026.pdf 300 8
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source_pdf=${1:-corpus/kemijarvi-konserni-elinvoima-ta2026.pdf}
count=${2:-300}
seed=${3:-8}
luku=.build/release/luku
limit=60   # seconds per copy

[ -x "$luku" ] || { echo "crash_sweep: build first (swift build -c release)" >&2; exit 2; }
work=$(mktemp -d /tmp/luku-crash-sweep.XXXXXX)
python3 tools/mutate_pdf.py "$source_pdf" "$work/in" --count "$count" --seed "$seed"

crashed=0; failed=0; ok=0; slow=0
start=$(date +%s.%N)
for f in "$work"/in/*.pdf; do
  timeout "$limit" "$luku" ingest "$f" -o "$work/out" --quiet >/dev/null 2>"$work/last-stderr"
  status=$?
  if [ "$status" -eq 124 ]; then
    slow=$((slow + 1)); echo "TIMEOUT ${limit}s: $f"
  elif [ "$status" -ge 128 ]; then
    crashed=$((crashed + 1)); echo "CRASH (status $status): $f"; tail -n 5 "$work/last-stderr"
  elif [ "$status" -eq 0 ]; then
    ok=$((ok + 1))
  else
    failed=$((failed + 1))
  fi
done
end=$(date +%s.%N)
echo "one process per copy: $count copies of $source_pdf (seed $seed): $ok read, $failed clear errors," \
     "$crashed crashes, $slow timeouts; $(python3 -c "print(f'{$end - $start:.1f}')") s"

# The whole folder in one process: every copy must get its JSON.
"$luku" ingest "$work/in" -o "$work/folder-out" --quiet >/dev/null 2>&1
status=$?
written=$(find "$work/folder-out" -name '*.json' | wc -l)
echo "one process for the folder: exit status $status, $written of $count JSON files written"
[ "$status" -ge 128 ] && crashed=$((crashed + 1))
[ "$written" -ne "$count" ] && crashed=$((crashed + 1))

rm -rf "$work"
[ "$crashed" -eq 0 ] && [ "$slow" -eq 0 ]
