"""AKN throughput: documents per second for import (AKN -> model) and export (model -> AKN).

    python benchmarks/bench_akn.py [folder] [--rounds N]

Runs over every *.xml in the folder (default ../shared/corpus/unxml), in memory (files are read
before timing), best of N rounds, one process. Export is timed without schema validation;
validation is timed on its own line (the schema is compiled before timing).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from resconv.akn_schema import schema, validate
from resconv.errors import Diagnostics
from resconv.formats import ReadOptions, WriteOptions
from resconv.model import Resolution
from resconv.readers.akn import read
from resconv.writers.akn import write

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unxml"


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The fastest of ``rounds`` runs, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.xml"))
    if not files:
        print(f"no *.xml files in {args.folder}", file=sys.stderr)
        return 1
    sources = [f.read_bytes() for f in files]
    models: list[Resolution] = [read(s, options=ReadOptions(), diagnostics=Diagnostics()) for s in sources]
    outputs = [write(m, options=WriteOptions()) for m in models]
    schema()  # compile once, outside the timings

    def import_all() -> None:
        for s in sources:
            read(s, options=ReadOptions(), diagnostics=Diagnostics())

    def export_all() -> None:
        for m in models:
            write(m, options=WriteOptions())

    def validate_all() -> None:
        for o in outputs:
            validate(o)

    rows = [
        ("import (AKN -> model)", best_of(args.rounds, import_all)),
        ("export (model -> AKN)", best_of(args.rounds, export_all)),
        ("strict XSD validation", best_of(args.rounds, validate_all)),
    ]
    megabytes = sum(map(len, sources)) / 1e6
    print(f"{len(files)} documents, {megabytes:.1f} MB, best of {args.rounds} rounds, folder {args.folder}")
    print(f"{'operation':24} {'seconds':>9} {'docs/s':>9} {'ms/doc':>8}")
    for name, seconds in rows:
        print(f"{name:24} {seconds:9.3f} {len(files) / seconds:9.1f} {1000 * seconds / len(files):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
