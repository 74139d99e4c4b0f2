"""Batch throughput and memory: N resolutions to every available format with 1 and 2 workers.

The inputs are the devset's seed.md files repeated (copied into a temporary folder, never into the
repository) until there are N of them. Each run is a separate ``resconv batch`` process; the
process tree's resident memory is sampled every 50 ms and its peak (sum over the batch process and
its workers) reported, together with documents per second.

    python benchmarks/bench_batch.py                      # 1,000 docs, 1 and 2 workers, + 100-doc run
    python benchmarks/bench_batch.py --docs 200 --formats json,akn
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from itertools import cycle, islice
from pathlib import Path

import psutil  # type: ignore[import-untyped]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "devset"
ALL_FORMATS = ("json", "markdown", "akn", "docx", "pdf")


def available_formats() -> list[str]:
    """The formats whose writer module is present in this checkout."""
    return [f for f in ALL_FORMATS if importlib.util.find_spec(f"resconv.writers.{f}") is not None]


def make_inputs(folder: Path, count: int) -> None:
    seeds = sorted(CORPUS.glob("*/seed.md"))
    if not seeds:
        sys.exit(f"no devset under {CORPUS}")
    for index, seed in enumerate(islice(cycle(seeds), count)):
        shutil.copyfile(seed, folder / f"{index:05d}_{seed.parent.name}.md")


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of the batch process and all its descendants (workers, fork server)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:  # the tree changed while being listed: a worker was just replaced
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def run(inputs: Path, formats: str, jobs: int, recycle: int) -> tuple[float, int, str]:
    """(seconds, peak tree RSS in bytes, outcome counts from the batch report) of one batch run."""
    out = Path(tempfile.mkdtemp(prefix="bench-out-"))
    command = [
        sys.executable,
        "-m",
        "resconv.cli",
        "batch",
        str(inputs),
        "--to",
        formats,
        "-o",
        str(out),
        "-j",
        str(jobs),
        "-q",
        "--force",
        "--recycle-after",
        str(recycle),
    ]
    started = time.perf_counter()
    child = psutil.Popen(command)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(child))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = child.wait()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    report = (out / "resconv-batch.jsonl").read_text(encoding="utf-8").splitlines()
    counts = Counter(json.loads(line)["status"] for line in report)
    shutil.rmtree(out, ignore_errors=True)
    return elapsed, peak, f"exit {status}, " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--small", type=int, default=100, help="size of the memory comparison run")
    parser.add_argument("--formats", default=",".join(available_formats()))
    parser.add_argument("--recycle-after", type=int, default=50, help="passed to resconv batch")
    args = parser.parse_args()
    print(
        f"formats: {args.formats}; recycle after {args.recycle_after}; cores: {psutil.cpu_count()}; "
        f"load: {psutil.getloadavg()}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-in-") as big, tempfile.TemporaryDirectory() as small:
        make_inputs(Path(big), args.docs)
        make_inputs(Path(small), args.small)
        rates = {}
        for jobs in (1, 2):
            seconds, peak, status = run(Path(big), args.formats, jobs, args.recycle_after)
            rates[jobs] = args.docs / seconds
            print(
                f"{args.docs} docs, {jobs} worker(s): {seconds:.1f} s, {rates[jobs]:.2f} docs/s, "
                f"peak RSS {peak / 2**20:.0f} MiB, {status}"
            )
        seconds, peak_small, status = run(Path(small), args.formats, 2, args.recycle_after)
        print(
            f"{args.small} docs, 2 workers: {seconds:.1f} s, peak RSS {peak_small / 2**20:.0f} MiB, {status}"
        )
        print(f"speed-up 2 vs 1 workers: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
