#!/usr/bin/env python3
"""Byte-mutated copies of a PDF, for crash sweeps (issue 8: "no input can take the process down").

    python3 tools/mutate_pdf.py corpus/kemijarvi-hallintopalvelut-tp2024.pdf /tmp/mutants --count 300

Writes COUNT files named mutant-NNN.pdf. The same SOURCE, COUNT and --seed always give the same
bytes (Python's `random.Random` is stable across versions for integer draws), so a crash found
once can be rebuilt anywhere. Each copy gets one of four damages, the kinds a broken download or
a bad disk gives: a few bytes overwritten, a run of bytes overwritten, a run deleted, or the
file cut short. Most land in compressed content streams, which then decode to garbage
operators, fonts and coordinates: the input poppler and the layout stages must survive.

`tools/crash_sweep.sh` runs `luku ingest` on each copy and reports any that kill the process.
"""
import argparse
import os
import random


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    kind = rng.randrange(4)
    if kind == 0:  # a few single bytes
        for _ in range(rng.randint(1, 16)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == 1:  # a run of random bytes
        start = rng.randrange(len(b))
        for i in range(start, min(len(b), start + rng.randint(2, 64))):
            b[i] = rng.randrange(256)
    elif kind == 2:  # a run deleted
        start = rng.randrange(len(b))
        del b[start:start + rng.randint(1, 256)]
    else:  # cut short (never to nothing: an empty file is a separate, known case)
        del b[rng.randint(len(b) // 10, len(b) - 1):]
    return bytes(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    with open(args.source, "rb") as f:
        data = f.read()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for n in range(args.count):
        with open(os.path.join(args.out, f"mutant-{n:03d}.pdf"), "wb") as f:
            f.write(mutate(data, rng))


if __name__ == "__main__":
    main()
