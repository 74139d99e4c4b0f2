"""Importer throughput: documents per second for the Markdown and plain-text readers on the devset.

    python benchmarks/bench_importers.py [devset] [--rounds N]

Reads every ``seed.md`` (Markdown reader) and ``pdftext.txt`` (plain-text reader) under the
devset (default ../shared/corpus/devset; skipped when absent). Files are loaded before timing;
each round imports all of them in this one process; the median of N rounds is reported, as wall
time and as CPU time of this process (the per-core figure: the readers are single-threaded).
As a reference point, ``pandoc -f markdown -t json`` parses the same seed.md files, when pandoc
is installed: once per file (what a per-document pipeline pays, process start included) and in
one call over all files concatenated (parser throughput alone).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from resconv.errors import Diagnostics
from resconv.formats import ReadOptions
from resconv.readers import markdown, plaintext

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "devset"


def median_of(rounds: int, work: Callable[[], object]) -> tuple[float, float]:
    """Median wall and CPU seconds of ``rounds`` runs of ``work``."""
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def typical_cpu(rounds: int, reader: Callable[..., object], sources: list[bytes]) -> float:
    """CPU seconds of the median document (each document's median over ``rounds`` runs)."""
    per_document = []
    for data in sources:
        runs = []
        for _ in range(rounds):
            start = time.process_time()
            reader(data, options=ReadOptions(), diagnostics=Diagnostics())
            runs.append(time.process_time() - start)
        per_document.append(statistics.median(runs))
    return statistics.median(per_document)


def _importer(reader: Callable[..., object], sources: list[bytes]) -> Callable[[], None]:
    def run() -> None:
        for data in sources:
            reader(data, options=ReadOptions(), diagnostics=Diagnostics())

    return run


def _pandoc_each(files: list[Path]) -> Callable[[], None]:
    def run() -> None:
        for path in files:
            subprocess.run(
                ["pandoc", "-f", "markdown", "-t", "json", str(path)], check=True, stdout=subprocess.DEVNULL
            )

    return run


def _pandoc_once(text: bytes) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(
            ["pandoc", "-f", "markdown", "-t", "json"], input=text, check=True, stdout=subprocess.DEVNULL
        )

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("devset", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    seeds = sorted(args.devset.glob("*/seed.md"))
    texts = sorted(args.devset.glob("*/pdftext.txt"))
    if not seeds and not texts:
        print(f"skipped: no */seed.md or */pdftext.txt under {args.devset}")
        return 0
    seed_bytes = [p.read_bytes() for p in seeds]
    text_bytes = [p.read_bytes() for p in texts]
    _importer(markdown.read, seed_bytes[:3])()  # warm up: imports, compiled patterns, language data
    _importer(plaintext.read, text_bytes[:3])()

    md_reader, text_reader = _importer(markdown.read, seed_bytes), _importer(plaintext.read, text_bytes)
    rows = [
        ("markdown (seed.md)", len(seeds), *median_of(args.rounds, md_reader)),
        ("plain text (pdftext.txt)", len(texts), *median_of(args.rounds, text_reader)),
    ]
    typical = [
        ("markdown (seed.md)", typical_cpu(args.rounds, markdown.read, seed_bytes)),
        ("plain text (pdftext.txt)", typical_cpu(args.rounds, plaintext.read, text_bytes)),
    ]
    if shutil.which("pandoc") and seeds:
        rounds = max(1, min(args.rounds, 3))
        wall, _ = median_of(rounds, _pandoc_each(seeds))
        rows.append(("pandoc -t json, per file", len(seeds), wall, float("nan")))
        wall, _ = median_of(rounds, _pandoc_once(b"\n\n".join(seed_bytes)))
        rows.append(("pandoc -t json, one call", len(seeds), wall, float("nan")))
    else:
        print("pandoc not installed: no reference figures")

    megabytes = (sum(map(len, seed_bytes)) + sum(map(len, text_bytes))) / 1e6
    print(
        f"devset {args.devset}: {len(seeds)} seed.md + {len(texts)} pdftext.txt, {megabytes:.1f} MB, "
        f"median of {args.rounds} rounds, one process"
    )
    print(f"{'importer':28} {'docs':>5} {'wall s':>8} {'docs/s':>8} {'cpu s':>8} {'docs/s/core':>12}")
    for name, count, wall, cpu in rows:
        per_core = "" if cpu != cpu else f"{count / cpu:12.1f}"  # NaN: the work ran in child processes
        cpu_cell = "" if cpu != cpu else f"{cpu:8.3f}"
        print(f"{name:28} {count:5d} {wall:8.3f} {count / wall:8.1f} {cpu_cell:>8} {per_core:>12}")
    print("typical document (median of the per-document CPU times):")
    for name, seconds in typical:
        print(f"  {name:26} {1000 * seconds:7.2f} ms  = {1 / seconds:7.1f} docs/s/core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
