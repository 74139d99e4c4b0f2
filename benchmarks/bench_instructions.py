#!/usr/bin/env python3
"""Importer cost in machine instructions per document, counted by valgrind's callgrind.

    python benchmarks/bench_instructions.py [devset] [--importers markdown,text] [--no-pandoc]

Timings on a shared virtual machine wander by a third from one run to the next, which hides the
few per cent a change to a reader gains or loses. Instructions do not: callgrind counts the same
total for the same code and inputs whatever else the machine does. Each importer is counted twice
in a fresh interpreter, once reading every devset file once after a warm-up pass and once doing
the warm-up alone; the difference over the number of files is the cost of one document (the
mean, where ``bench_importers.py`` reports the median's time). ``pandoc -f markdown -t json`` over
the same ``seed.md`` files in one call, less a call on empty input, is the reference.
Needs valgrind (Debian package ``valgrind``); skipped without it. Not a unit test: it measures.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "devset"
INPUTS = {"markdown": "seed.md", "text": "pdftext.txt"}
_COLLECTED = re.compile(r"Collected : (\d+)")


def counted(command: list[str], stdin: bytes = b"") -> int:
    """Instructions callgrind counts for ``command`` (children are not followed)."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        input=stdin,
        capture_output=True,
        check=True,
    )
    match = _COLLECTED.search(run.stderr.decode("utf-8", "replace"))
    if match is None:
        raise RuntimeError(f"callgrind printed no total for {command[0]}")
    return int(match.group(1))


def read_all(importer: str, paths: list[str], rounds: int) -> None:
    """The work counted: a warm-up pass over the files, then ``rounds`` passes."""
    from resconv.errors import Diagnostics
    from resconv.formats import ReadOptions
    from resconv.readers import markdown, plaintext

    reader = markdown.read if importer == "markdown" else plaintext.read
    sources = [Path(path).read_bytes() for path in paths]
    for _ in range(1 + rounds):
        for data in sources:
            reader(data, options=ReadOptions(), diagnostics=Diagnostics())


def per_document(importer: str, paths: list[Path]) -> float:
    python = str(Path(sys.executable).resolve())  # the interpreter itself, not a launcher script
    base = [python, __file__, "--inner", importer]
    files = [str(path) for path in paths]
    return (counted([*base, "1", *files]) - counted([*base, "0", *files])) / len(paths)


def pandoc_per_document(paths: list[Path]) -> float:
    command = ["pandoc", "-f", "markdown", "-t", "json"]
    text = b"\n\n".join(path.read_bytes() for path in paths)
    return (counted(command, text) - counted(command)) / len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("devset", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--importers", default="markdown,text")
    parser.add_argument("--no-pandoc", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("skipped: valgrind is not installed")
        return 0
    print(f"devset {args.devset}: instructions per document (mean), callgrind")
    for importer in args.importers.split(","):
        paths = sorted(args.devset.glob(f"*/{INPUTS[importer]}"))
        if not paths:
            print(f"skipped {importer}: no */{INPUTS[importer]} under {args.devset}")
            continue
        cost = per_document(importer, paths)
        print(f"  {f'{importer} ({len(paths)} {INPUTS[importer]})':34} {cost / 1e6:8.1f} M")
    seeds = sorted(args.devset.glob("*/seed.md"))
    if not args.no_pandoc and shutil.which("pandoc") and seeds:
        label = f"pandoc -t json ({len(seeds)} seed.md)"
        print(f"  {label:34} {pandoc_per_document(seeds) / 1e6:8.1f} M")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--inner":
        read_all(sys.argv[2], sys.argv[4:], int(sys.argv[3]))
    else:
        sys.exit(main())
