#!/usr/bin/env python3
"""Benchmark: the whole devset to PDF in one process, beside LibreOffice converting resconv's DOCX.

    python benchmarks/bench_pdf.py                  # all devset resolutions, 6 one-at-a-time soffice runs
    python benchmarks/bench_pdf.py --single 0 --json out.json

resconv: every devset ``source.xml`` is read once (not timed), then written to PDF in this process;
the time is split into resconv's own share (model -> JSON data, writing the file) and the Typst
compile. The first document pays for the font scan and compiler start; that start-up is included
in the batch figure and also reported alone.

LibreOffice (what a user would otherwise run): resconv writes DOCX for the same documents, then
``soffice --headless --convert-to pdf`` converts them all in ONE call, then ``--single`` of them one
call per file. A private profile is created by an untimed warm-up conversion first. Skipped, with a
message, when the DOCX writer or soffice is not available.

The one-process figure is the headline; its CPU time (``time.process_time``) is reported too, as
the machine may be shared. ``resconv.render_many`` (one thread per core, one call, in a fresh
interpreter so Typst's memoised layout from the first run cannot help it) is reported beside it,
as is ``resconv batch`` (the CLI, ``--jobs 0``: one worker process per core,
start-up and XML reading included) is reported beside it unless ``--no-batch``; LibreOffice uses
one process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "corpus" / "devset"
sys.path.insert(0, str(ROOT / "src"))

import resconv  # noqa: E402
from resconv.formats import WriteOptions  # noqa: E402
from resconv.model import Resolution  # noqa: E402


@dataclass
class Result:
    tool: str
    documents: int
    pages: int
    seconds: float
    notes: dict[str, float | str] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")), 0)


def load_models(limit: int | None) -> list[tuple[str, Resolution]]:
    sources = sorted(DEVSET.glob("*/source.xml"))[:limit]
    return [(path.parent.name, resconv.read(path)) for path in sources]


def bench_resconv(models: list[tuple[str, Resolution]], outdir: Path) -> Result:
    """All documents in this process; split resconv's own work from Typst's compile."""
    from resconv.writers import pdf
    from resconv.writers.pdf_fonts import typst_fonts

    options = WriteOptions()
    own = compile_s = 0.0
    start = time.perf_counter()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    typst_fonts()  # the font scan, once per process
    startup = time.perf_counter() - t0
    per_doc: list[float] = []
    for name, model in models:
        d0 = time.perf_counter()
        payload = pdf.model_input(model, options)
        d1 = time.perf_counter()
        data = pdf.compile_payload(payload, options)
        d2 = time.perf_counter()
        assert isinstance(data, bytes)
        (outdir / f"{name}.pdf").write_bytes(data)
        d3 = time.perf_counter()
        own += (d1 - d0) + (d3 - d2)
        compile_s += d2 - d1
        per_doc.append(d3 - d0)
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    pages = sum(pdf_pages(outdir / f"{name}.pdf") for name, _ in models)
    # the same documents again through the public writer: Typst memoizes unchanged layout, so this
    # is an upper bound for re-rendering, not a fresh-document figure
    w0 = time.perf_counter()
    for _, model in models:
        pdf.write(model, options=options)
    via_write = time.perf_counter() - w0
    return Result(
        "resconv (Typst)",
        len(models),
        pages,
        total,
        {
            "cpu_s": round(cpu, 3),
            "docs_per_cpu_s": round(len(models) / cpu, 2),
            "startup_s": round(startup, 4),
            "own_share_s": round(own, 4),
            "typst_compile_s": round(compile_s, 4),
            "own_share_pct": round(100 * own / (own + compile_s), 1),
            "median_doc_ms": round(1000 * statistics.median(per_doc), 1),
            "repeat_docs_per_s_memoized": round(len(models) / via_write, 1),
        },
    )


def bench_threads(limit: int | None, outdir: Path) -> Result:
    """``resconv.render_many`` with one thread per core, in a fresh interpreter so that Typst's
    memoised layout from the one-thread run above cannot help it; start-up included."""
    out = subprocess.run(
        [sys.executable, __file__, "--threads-run", str(outdir), "--limit", str(limit or 0)],
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    ).stdout
    figures = json.loads(out.splitlines()[-1])
    pdfs = sorted(outdir.glob("*.pdf"))
    tool = f"resconv.render_many, {figures['threads']} threads"
    notes = {"includes": "font scan and Typst start-up", "cpu_s": figures["cpu_s"]}
    return Result(tool, len(pdfs), sum(pdf_pages(p) for p in pdfs), figures["seconds"], notes)


def threads_run(outdir: Path, limit: int | None) -> None:
    """The child side of :func:`bench_threads`: prints its figures as one JSON line."""
    from resconv.threads import available_cores

    models = load_models(limit)
    outdir.mkdir(parents=True, exist_ok=True)
    start, cpu0 = time.perf_counter(), time.process_time()
    for (name, _), data in zip(models, resconv.render_many((m for _, m in models), "pdf"), strict=True):
        if isinstance(data, Exception):
            raise data
        (outdir / f"{name}.pdf").write_bytes(data)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu0
    print(json.dumps({"seconds": seconds, "cpu_s": round(cpu, 3), "threads": available_cores()}))


def bench_convert(names: list[str], outdir: Path) -> list[Result]:
    """``resconv convert`` with every file in one call, as a user would run it beside soffice."""
    resconv_cli = shutil.which("resconv")
    if resconv_cli is None:
        print("resconv convert skipped: the resconv command is not installed")
        return []
    inputs = outdir.parent / "convert-in"  # the same files under their folder names (untimed)
    inputs.mkdir(parents=True)
    for name in names:
        (inputs / f"{name}.xml").symlink_to(DEVSET / name / "source.xml")
    files = [str(inputs / f"{name}.xml") for name in names]
    t0 = time.perf_counter()
    subprocess.run(
        [resconv_cli, "convert", *files, "--to", "pdf", "-o", f"{outdir}/", "-q"],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    seconds = time.perf_counter() - t0
    pdfs = sorted(outdir.glob("*.pdf"))
    note = "CLI start-up and XML reading included; one thread per core"
    return [
        Result(
            "resconv convert, one call",
            len(pdfs),
            sum(pdf_pages(p) for p in pdfs),
            seconds,
            {"includes": note},
        )
    ]


def bench_batch(names: list[str], outdir: Path) -> list[Result]:
    """``resconv batch`` on the same sources in one call, worker processes as many as cores."""
    resconv_cli = shutil.which("resconv")
    if resconv_cli is None:
        print("resconv batch skipped: the resconv command is not installed")
        return []
    inputs = outdir.parent / "batch-in"  # the same files under their folder names (a copy, untimed)
    for name in names:
        (inputs / name).mkdir(parents=True)
        shutil.copyfile(DEVSET / name / "source.xml", inputs / name / "source.xml")
    command = [resconv_cli, "batch", str(inputs / "*" / "source.xml"), "--to", "pdf", "-o", str(outdir)]
    t0 = time.perf_counter()
    subprocess.run(
        [*command, "--jobs", "0", "-q"],
        check=True,
        capture_output=True,
        timeout=1800,
    )
    seconds = time.perf_counter() - t0
    pdfs = sorted(outdir.rglob("*.pdf"))
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    tool = f"resconv batch, {workers} worker processes"
    note = "CLI start-up, worker start-up and XML reading included"
    return [Result(tool, len(pdfs), sum(pdf_pages(p) for p in pdfs), seconds, {"includes": note})]


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_convert(soffice: str, files: list[Path], outdir: Path, profile: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
        env=dict(os.environ),
    )
    return time.perf_counter() - t0


def bench_libreoffice(models: list[tuple[str, Resolution]], work: Path, single: int) -> list[Result]:
    soffice = soffice_binary()
    if soffice is None:
        print("LibreOffice side skipped: soffice is not installed")
        return []
    try:
        docx = [(name, resconv.render(model, "docx")) for name, model in models]
    except Exception as exc:  # the DOCX writer is another engineer's and may not have landed
        print(f"LibreOffice side skipped: resconv cannot write DOCX yet ({type(exc).__name__}: {exc})")
        return []
    src, batch_out, single_out, profile = (work / d for d in ("docx", "lo-batch", "lo-single", "lo-profile"))
    for d in (src, batch_out, single_out):
        d.mkdir()
    files = []
    for name, data in docx:
        files.append(src / f"{name}.docx")
        files[-1].write_bytes(data)
    soffice_convert(soffice, files[:1], work, profile)  # untimed: creates the profile
    batch_s = soffice_convert(soffice, files, batch_out, profile)
    batch_pages = sum(pdf_pages(batch_out / f.with_suffix(".pdf").name) for f in files)
    results = [Result("LibreOffice, one call", len(files), batch_pages, batch_s)]
    if single:
        times = [soffice_convert(soffice, [f], single_out, profile) for f in files[:single]]
        pages = sum(pdf_pages(single_out / f.with_suffix(".pdf").name) for f in files[:single])
        results.append(
            Result(
                "LibreOffice, one file per call",
                len(times),
                pages,
                sum(times),
                {"median_call_s": round(statistics.median(times), 3)},
            )
        )
    return results


def report(results: list[Result]) -> None:
    print(f"{'tool':34} {'docs':>5} {'pages':>6} {'seconds':>8} {'docs/s':>8} {'pages/s':>8}")
    for r in results:
        rates = f"{r.docs_per_s:8.2f} {r.pages_per_s:8.2f}"
        print(f"{r.tool:34} {r.documents:5d} {r.pages:6d} {r.seconds:8.3f} {rates}")
        for key, value in r.notes.items():
            print(f"{'':36}{key} = {value}")
    for ours in (r for r in results if r.tool.startswith("resconv")):
        for other in (r for r in results if r.tool.startswith("LibreOffice")):
            print(
                f"{ours.tool} vs {other.tool}: {ours.docs_per_s / other.docs_per_s:.1f}x documents per "
                f"second, {ours.pages_per_s / other.pages_per_s:.1f}x pages per second"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N devset documents")
    parser.add_argument("--single", type=int, default=6, help="documents converted one soffice call each")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--no-batch", action="store_true", help="skip the resconv batch (worker processes) run"
    )
    parser.add_argument("--threads-run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.threads_run:
        threads_run(args.threads_run, args.limit or None)
        return 0
    if not DEVSET.is_dir():
        sys.exit(f"no devset at {DEVSET}")
    models = load_models(args.limit)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        work = Path(tmp)
        (work / "resconv").mkdir()
        results = [bench_resconv(models, work / "resconv")]
        results.append(bench_threads(args.limit, work / "resconv-threads"))
        results += bench_convert([name for name, _ in models], work / "resconv-convert")
        if not args.no_batch:
            results += bench_batch([name for name, _ in models], work / "resconv-batch")
        results += bench_libreoffice(models, work, args.single)
    report(results)
    if args.json:
        args.json.write_text(
            json.dumps(
                [asdict(r) | {"docs_per_s": r.docs_per_s, "pages_per_s": r.pages_per_s} for r in results],
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
