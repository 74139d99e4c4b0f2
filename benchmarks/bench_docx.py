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

The best of ``--repeat`` timed rounds is reported after one untimed warm-up round.
"""

from __future__ import annotations

import argparse
import json
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


def best_of(repeat: int, task: Callable[[], None]) -> float:
    task()  # warm-up: imports, caches, disk cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        task()
        times.append(time.perf_counter() - start)
    return min(times)


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
    figures: dict[str, float] = {}
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

        figures["resconv md->docx, in process"] = n / best_of(args.repeat, resconv_in_process)
        figures["resconv akn->docx, in process"] = n / best_of(args.repeat, resconv_from_akn)
        figures["resconv docx writer only"] = n / best_of(args.repeat, writer_only)
        if cli:
            figures["resconv CLI, 1 process/doc"] = n / best_of(
                1, per_process(lambda s, o: [cli, "convert", str(s), "--to", "docx", "-o", str(o), "-q"])
            )
        if pandoc:
            figures["pandoc md->docx, 1 process/doc"] = n / best_of(
                args.repeat, per_process(lambda s, o: [pandoc, str(s), "-o", str(o)])
            )
    print(f"{n} devset documents, seed.md -> DOCX, one core, best of {args.repeat}")
    for name, rate in figures.items():
        print(f"  {name:<34} {rate:9.1f} docs/s")
    base = figures.get("pandoc md->docx, 1 process/doc")
    if base:
        for name in (
            "resconv md->docx, in process",
            "resconv akn->docx, in process",
            "resconv docx writer only",
            "resconv CLI, 1 process/doc",
        ):
            if name in figures:
                print(f"  {name} / pandoc: {figures[name] / base:.1f}x  (target >= 5x)")
    else:
        print("  pandoc not installed: no comparison")
    if args.json:
        args.json.write_text(json.dumps({"documents": n, "docs_per_s": figures}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
