"""Batch conversion: many inputs, many formats, in parallel, without one failure costing another.

The parent process streams the work list, skips inputs whose outputs are newer, and keeps a bounded
number of tasks in flight; workers (local processes, or Dask workers with ``batch_dask``) read,
render and write atomically, keeping loaded writers, fonts and language data warm across documents.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import multiprocessing
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from resconv.api import named_for_part, part_names, read_parts_with_diagnostics, render
from resconv.batch_io import atomic_write
from resconv.batch_manifest import Manifest
from resconv.batch_paths import WorkItem, output_path
from resconv.batch_report import Result, Summary
from resconv.errors import ResconvError
from resconv.formats import FORMATS, lookup, writer_for
from resconv.language import language
from resconv.model import LANGUAGES

PAGED_FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class Settings:
    """What every task of one batch shares."""

    formats: tuple[str, ...]
    outdir: Path
    from_format: str | None = None
    paper: str = "letter"
    force: bool = False
    jobs: int = 1
    fail_fast: bool = False
    recycle_after: int = 50  # documents per worker process before a fresh one replaces it; 0: never
    parts: bool = False  # also write the later resolutions of a publication of several (res-B.json)

    def fingerprint(self, fmt: str) -> str:
        """The options that shape an output of ``fmt``: one written under others is redone. The
        paper size shapes only the paged formats."""
        options: dict[str, object] = {
            "from": self.from_format,
            "paper": self.paper if fmt in PAGED_FORMATS else None,
        }
        if self.parts:  # written without --parts, the later parts are missing: redo
            options["parts"] = True
        return json.dumps(options, sort_keys=True)

    def format_of(self, target: str) -> str:
        """The format of one of this batch's outputs, by its extension."""
        return next((f for f in self.formats if target.endswith(FORMATS[f].extensions[0])), "")


@dataclass(frozen=True)
class Task:
    """One input to convert to the formats whose outputs are missing or stale (picklable)."""

    source: str
    targets: tuple[tuple[str, str], ...]  # (format, output path)
    from_format: str | None
    paper: str
    parts: bool = False


# --------------------------------------------------------------------------- worker side
@cache
def warm(formats: tuple[str, ...]) -> None:
    """Load writers and language data once per process; later documents reuse them."""
    for code in LANGUAGES:
        language(code)
    for name in formats:
        with contextlib.suppress(ImportError, ResconvError):  # reported per document instead
            writer_for(lookup(name))


def convert_one(task: Task) -> Result:
    """Read one input and write each target; every failure is recorded, none is raised."""
    started = time.perf_counter()
    result = Result(task.source)
    warm(tuple(fmt for fmt, _ in task.targets))
    try:
        models, diagnostics = read_parts_with_diagnostics(
            Path(task.source), format=task.from_format, every_part=task.parts
        )
        result.warnings = len(diagnostics)
        result.messages = [str(finding) for finding in diagnostics]
    except Exception as exc:  # one unreadable input must never stop the batch
        result.fail("read", _describe(exc))
        result.seconds = time.perf_counter() - started
        return result
    named = zip(models, part_names(models), strict=True)
    written: dict[str, list[str]] = {}
    for (model, name), (fmt, target) in itertools.product(named, task.targets):
        stage = f"render {fmt}"
        try:
            payload = render(model, fmt, paper=task.paper)
            stage = f"write {fmt}"
            path = named_for_part(Path(target), name)
            atomic_write(path, payload)
            written.setdefault(fmt, []).append(str(path))
        except Exception as exc:  # a writer bug costs this output only
            result.fail(stage, _describe(exc))
    _drop_incomplete(result, written)
    result.seconds = time.perf_counter() - started
    return result


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ResconvError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _drop_incomplete(result: Result, written: dict[str, list[str]]) -> None:
    """The outputs to record: a format whose later part failed is left out, whole, so that the next
    run writes every part of it again (its first file alone would pass as up to date)."""
    failed = {failure.stage.partition(" ")[2] for failure in result.failures}
    result.outputs = [path for fmt, paths in written.items() if fmt not in failed for path in paths]


# --------------------------------------------------------------------------- parent side
def _current(manifest: Manifest, target: Path, source: Path, options: str, settings: Settings) -> bool:
    """Whether ``target`` is up to date; with --parts, also the later parts' files next to it."""
    if not manifest.current(target, source, options):
        return False
    return not settings.parts or manifest.all_current(source, options, target.suffix)


def plan(item: WorkItem, settings: Settings, manifest: Manifest | None = None) -> Task | Result:
    """The task for ``item``, or a finished Result when every output is up to date (or unsafe):
    written by this input with these options (``manifest``), and newer than the input."""
    manifest = manifest or Manifest.read(settings.outdir)
    targets, skipped = [], []
    result = Result(str(item.source))
    for fmt in settings.formats:
        try:
            target = output_path(settings.outdir, item.relative, FORMATS[fmt].extensions[0])
        except ResconvError as exc:
            result.fail("plan", str(exc))
            continue
        if target == item.source.resolve():
            result.fail("plan", f"{target} would overwrite the input")
        elif not settings.force and _current(
            manifest, target, item.source, settings.fingerprint(fmt), settings
        ):
            skipped.append(str(target))
        else:
            targets.append((fmt, str(target)))
    if targets and not result.failures:
        return Task(str(item.source), tuple(targets), settings.from_format, settings.paper, settings.parts)
    result.skipped = skipped
    if not result.failures:
        result.status = "skipped"
    return result


class Handle(Protocol):
    """A running task: concurrent.futures.Future and distributed.Future both fit."""

    def result(self, timeout: float | None = None) -> Result: ...

    def cancel(self) -> object: ...

    def done(self) -> bool: ...


class Backend(ABC):
    """Where tasks run: ``submit`` returns a handle, ``wait_any`` returns the finished ones."""

    @abstractmethod
    def submit(self, task: Task) -> Handle:
        """Start ``task``; each backend (inline, processes, Dask) says where."""

    def wait_any(self, pending: set[Handle]) -> set[Handle]:
        futures: list[Future[Result]] = [handle for handle in pending if isinstance(handle, Future)]
        done, _ = wait(futures, return_when=FIRST_COMPLETED)
        return set(done)

    @property
    def slots(self) -> int:
        return 1

    def close(self) -> None:  # noqa: B027 - optional hook: the inline backend has nothing to release
        """Release workers."""


class InlineBackend(Backend):
    """Runs each task at once in this process: one job, no start-up cost."""

    def submit(self, task: Task) -> Handle:
        future: Future[Result] = Future()
        future.set_result(convert_one(task))
        return future


class ProcessBackend(Backend):
    """A pool of worker processes forked from a server that has resconv already imported.

    Workers are replaced after ``recycle_after`` documents: some engines' caches grow with every
    document rendered (Typst memoises each compilation), and a fresh worker keeps memory flat
    however long the batch, at the price of re-warming once per ``recycle_after`` documents.
    """

    def __init__(self, jobs: int, formats: tuple[str, ...], recycle_after: int = 0) -> None:
        self.jobs = jobs
        self.pool: Executor = ProcessPoolExecutor(
            jobs,
            mp_context=_context(),
            initializer=warm,
            initargs=(formats,),
            max_tasks_per_child=recycle_after or None,
        )

    def submit(self, task: Task) -> Handle:
        return self.pool.submit(convert_one, task)

    @property
    def slots(self) -> int:
        return self.jobs

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (safe with threads, cheap per worker), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["resconv.batch"])
        return context
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def local_backend(settings: Settings) -> Backend:
    """In-process for one job without recycling, else a pool of (recycled) worker processes."""
    if settings.jobs <= 1 and not settings.recycle_after:
        return InlineBackend()
    return ProcessBackend(settings.jobs, settings.formats, settings.recycle_after)


def run(
    items: Iterable[WorkItem],
    settings: Settings,
    backend: Backend,
    on_result: Callable[[Result], None] = lambda result: None,
) -> Summary:
    """Convert every item; ``on_result`` sees each result as it arrives (report, progress)."""
    manifest = Manifest.open(settings.outdir)
    try:
        return _run(items, settings, backend, on_result, manifest)
    finally:
        manifest.close()


def _run(
    items: Iterable[WorkItem],
    settings: Settings,
    backend: Backend,
    on_result: Callable[[Result], None],
    manifest: Manifest,
) -> Summary:
    summary = Summary()
    window = max(2, backend.slots * 4)
    pending: dict[Handle, str] = {}

    written_by: dict[str, str] = {}  # this run's outputs: a later part may take another input's name

    def finish(result: Result) -> None:
        for target in result.outputs:
            other = written_by.setdefault(target, result.file)
            if other != result.file:
                result.fail("write", f"{target} is an output of {other} too, which one replaced; rename one")
        summary.add(result)
        on_result(result)
        for target in result.outputs:  # after the report: a manifest that cannot be written stops no batch
            manifest.record(target, result.file, settings.fingerprint(settings.format_of(target)))

    for task in _tasks(items, settings, finish, manifest):
        if summary.failed and settings.fail_fast:
            break
        pending[backend.submit(task)] = task.source
        _harvest(pending, finish)
        while len(pending) >= window:
            _collect(backend, pending, finish)
    while pending and not (summary.failed and settings.fail_fast):
        _collect(backend, pending, finish)
    for future in pending:
        future.cancel()
    summary.stopped_early = bool(summary.failed and settings.fail_fast)
    return summary


def _tasks(
    items: Iterable[WorkItem], settings: Settings, finish: Callable[[Result], None], manifest: Manifest
) -> Iterator[Task]:
    for item in items:
        planned = plan(item, settings, manifest)
        if isinstance(planned, Task):
            yield planned
        else:
            finish(planned)


def _collect(backend: Backend, pending: dict[Handle, str], finish: Callable[[Result], None]) -> None:
    """Wait for at least one task and hand its result on; ``pending`` shrinks in place."""
    _hand_on(backend.wait_any(set(pending)), pending, finish)


def _harvest(pending: dict[Handle, str], finish: Callable[[Result], None]) -> None:
    """Hand on the tasks already finished, without waiting (progress and --fail-fast stay prompt)."""
    _hand_on({handle for handle in pending if handle.done()}, pending, finish)


def _hand_on(done: set[Handle], pending: dict[Handle, str], finish: Callable[[Result], None]) -> None:
    for future in done:
        source = pending.pop(future)
        try:
            result = future.result()
        except Exception as exc:  # a crashed worker fails its task, not the batch
            result = Result(source)
            result.fail("worker", _describe(exc))
        finish(result)
