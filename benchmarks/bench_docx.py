#!/usr/bin/env python3
"""Benchmark: the devset to DOCX with resconv, beside pandoc converting the same Markdown to DOCX.

    python benchmarks/bench_docx.py                 # all 60 devset resolutions, 3 repeats
    python benchmarks/bench_docx.py --repeat 5 --json out.json

Input: each devset folder's ``seed.md`` (the Markdown a user would hand to either tool).
Everything runs on one core, one document after the other, so the figures are per core.

- resconv, in process, from the devset's UN XML (``source.xml``): read AKN and write DOCX.
- resconv, in process: read the Markdown and write DOCX (``resconv.read`` + ``resconv.render``),
  the way a Python caller or ``resconv batch`` converts; the DOCX writer alone is also reported.
- resconv, one process per document: ``resconv convert seed.md --to docx`` (includes Python start-up).
- pandoc, one process per document: ``pandoc seed.md -o out.docx`` (pandoc has no in-process API;
  this is how users run it).

The best of ``--repeat`` timed rounds is reported after one untimed warm-up round, as documents
per second of wall-clock time and per CPU second (this process plus its children, user + system):
the CPU figure is the per-core comparison and does not depend on what else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "corpus" / "devset"
sys.path.insert(0, str(ROOT / "src"))

import resconv  # noqa: E402


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (user + system)."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def best_of(repeat: int, task: Callable[[], None]) -> tuple[float, float]:
    """Best wall-clock time and best CPU time of ``repeat`` rounds, after a warm-up round."""
    task()  # warm-up: imports, caches, disk cache
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _cpu()
        task()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return min(walls), min(cpus)


def rates(n: int, times: tuple[float, float]) -> tuple[float, float]:
    return n / times[0], n / times[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args(argv)
    seeds = sorted(DEVSET.glob("*/seed.md"))
    if args.limit:
        seeds = seeds[: args.limit]
    if not seeds:
        sys.exit(f"no devset found at {DEVSET}")
    pandoc, cli = shutil.which("pandoc"), shutil.which("resconv")
    n = len(seeds)
    texts = [p.read_bytes() for p in seeds]
    models = [resconv.read(t, format="markdown") for t in texts]
    figures: dict[str, tuple[float, float]] = {}  # name -> (docs/s, docs per CPU second)
    with tempfile.TemporaryDirectory(prefix="bench-docx-") as tmp:
        out = Path(tmp)

        def resconv_in_process() -> None:
            for i, text in enumerate(texts):
                model = resconv.read(text, format="markdown")
                (out / f"r{i}.docx").write_bytes(resconv.render(model, "docx"))

        sources = [p.parent / "source.xml" for p in seeds]

        def resconv_from_akn() -> None:
            for i, source in enumerate(sources):
                (out / f"a{i}.docx").write_bytes(resconv.render(resconv.read(source), "docx"))

        def writer_only() -> None:
            for model in models:
                resconv.render(model, "docx")

        def per_process(command: Callable[[Path, Path], list[str]]) -> Callable[[], None]:
            def run() -> None:
                for i, seed in enumerate(seeds):
                    subprocess.run(command(seed, out / f"p{i}.docx"), check=True, capture_output=True)

            return run

        figures["resconv md->docx, in process"] = rates(n, best_of(args.repeat, resconv_in_process))
        figures["resconv akn->docx, in process"] = rates(n, best_of(args.repeat, resconv_from_akn))
        figures["resconv docx writer only"] = rates(n, best_of(args.repeat, writer_only))
        if cli:
            figures["resconv CLI, 1 process/doc"] = rates(
                n,
                best_of(
                    1, per_process(lambda s, o: [cli, "convert", str(s), "--to", "docx", "-o", str(o), "-q"])
                ),
            )
        if pandoc:
            figures["pandoc md->docx, 1 process/doc"] = rates(
                n, best_of(args.repeat, per_process(lambda s, o: [pandoc, str(s), "-o", str(o)]))
            )
    print(f"{n} devset documents, seed.md -> DOCX, one document at a time, best of {args.repeat}")
    print(f"  {'':<34} {'docs/s':>9} {'docs/CPU-s':>11}")
    for name, (wall_rate, cpu_rate) in figures.items():
        print(f"  {name:<34} {wall_rate:9.1f} {cpu_rate:11.1f}")
    base = figures.get("pandoc md->docx, 1 process/doc")
    if base:
        print("  per core (docs per CPU second) against pandoc, target >= 5x:")
        for name, (_, cpu_rate) in figures.items():
            if not name.startswith("pandoc"):
                print(f"    {name:<34} {cpu_rate / base[1]:5.1f}x")
    else:
        print("  pandoc not installed: no comparison")
    if args.json:
        args.json.write_text(
            json.dumps({"documents": n, "docs_per_s_and_per_cpu_s": figures}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
