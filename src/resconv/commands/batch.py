"""``resconv batch``: convert folders, globs and lists of files, in parallel, resumably."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from resconv.batch import Backend, Settings, default_jobs, local_backend, run
from resconv.batch_paths import READABLE, iter_work
from resconv.batch_progress import display_for
from resconv.batch_report import ReportWriter, Result, Summary
from resconv.commands.options import from_format, to_formats
from resconv.errors import ResconvError
from resconv.formats import lookup, writer_for

REPORT_NAME = "resconv-batch.jsonl"


def _formats(value: str) -> tuple[str, ...]:
    """The requested formats, each with a writer that loads (checked once, not per document)."""
    names = tuple(to_formats(value))
    try:
        for name in names:
            writer_for(lookup(name))
    except ImportError as exc:
        raise click.BadParameter(f"a writer is not available: {exc}") from exc
    except ResconvError as exc:
        raise click.BadParameter(str(exc)) from exc
    return names


def _backend(scheduler: str | None, settings: Settings) -> Backend:
    if scheduler is None:
        return local_backend(settings)
    from resconv.batch_dask import DaskBackend

    try:
        return DaskBackend(scheduler)
    except (OSError, TimeoutError) as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    except ValueError as exc:  # distributed's word for an address it cannot parse
        message = f"{scheduler!r} is no scheduler address ({exc})"
        raise click.BadParameter(message, param_hint="--scheduler") from exc


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--to", "to", required=True, help="Output formats: json, markdown, akn, docx, pdf (comma list)")
@click.option(
    "-o",
    "--outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the outputs; input folder structure is kept below it.",
)
@click.option(
    "--from",
    "from_",
    callback=from_format,
    help="Input format (default: from each file's extension or content).",
)
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (0: all cores).")
@click.option("--paper", type=click.Choice(["letter", "a4"]), default="letter", show_default=True)
@click.option("--force", is_flag=True, help="Redo outputs that are newer than their input.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first failure.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"JSON Lines report, one line per input with its outputs, failures and warnings "
    f"(default: OUTDIR/{REPORT_NAME}).",
)
@click.option(
    "--recycle-after",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Replace a worker process after this many documents (bounds memory); 0: never.",
)
@click.option(
    "--parts",
    is_flag=True,
    help="Also write the later resolutions of a publication of several (A/RES/75/101 A-B): "
    "res.json holds the first, res-B.json the next.",
)
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster, e.g. tcp://10.0.0.5:8786.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; the exit status tells.")
def batch(
    inputs: tuple[str, ...],
    to: str,
    outdir: Path,
    from_: str | None,
    jobs: int,
    paper: str,
    force: bool,
    fail_fast: bool,
    report: Path | None,
    recycle_after: int,
    parts: bool,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Convert many resolutions: files, folders (walked) and quoted globs.

    Outputs are written atomically; a re-run skips an output newer than its input that the same
    input wrote with the same options (OUTDIR/.resconv-batch-manifest.jsonl), so a killed batch
    resumes where it stopped. Exit status 1 when any input failed.

    \b
    Examples:
      resconv batch archive/ --to pdf,akn -o converted/ --jobs 2
      resconv batch 'devset/*/seed.md' --to json,docx -o out/ --report out/report.jsonl
      resconv batch archive/ --to pdf -o /shared/out --scheduler tcp://scheduler:8786
    """
    settings = Settings(
        _formats(to), outdir, from_, paper, force, jobs or default_jobs(), fail_fast, recycle_after, parts
    )
    report = report or outdir / REPORT_NAME
    count = _count(inputs, outdir, report)
    try:
        summary = _run(inputs, settings, report, count, _backend(scheduler, settings), quiet)
    except ResconvError as exc:  # the report or OUTDIR cannot be written
        raise click.ClickException(str(exc)) from exc
    _finish(summary, report, quiet)


def _count(inputs: tuple[str, ...], outdir: Path, report: Path) -> int:
    """How many inputs there are; refuses a batch with none, or whose report is one of them
    (the report would empty it before it is read)."""
    count = 0
    for item in iter_work(inputs, outdir):
        if os.path.realpath(item.source) == os.path.realpath(report):
            raise click.BadParameter(f"{report} is an input; name another file", param_hint="--report")
        count += 1
    if not count:
        readable = " ".join(READABLE)
        raise click.ClickException(
            f"no input to convert: no {readable} file in {' '.join(inputs)} outside {outdir}"
        )
    return count


def _run(
    inputs: tuple[str, ...], settings: Settings, report: Path, count: int, backend: Backend, quiet: bool
) -> Summary:
    """Convert every input, each result going to the report and the progress display."""
    try:
        writer = ReportWriter(report)
    except ResconvError:
        backend.close()
        raise
    display = display_for(quiet)
    display.start(count)

    def on_result(result: Result) -> None:
        writer.write(result)
        display.update(result)

    try:
        return run(iter_work(inputs, settings.outdir), settings, backend, on_result)
    finally:
        backend.close()
        display.stop()
        writer.close()


def _finish(summary: Summary, report: Path | None, quiet: bool) -> None:
    if not quiet:
        click.echo(summary.line(), err=True)
        for failure in summary.failures:
            click.echo(f"  {failure.file}: {failure.stage}: {failure.message}", err=True)
        if summary.failed > len(summary.failures):
            click.echo(f"  … and {summary.failed - len(summary.failures)} more", err=True)
        click.echo(f"report: {report}", err=True)
    if summary.failed:
        sys.exit(1)
