"""Showing a batch's progress: a rich bar on a terminal, plain lines in logs, nothing when quiet.

All three share one small interface so the batch loop never branches on where output goes.
"""

from __future__ import annotations

import sys
import time
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from resconv.batch_report import Result


class Display:
    """Silent: the interface, doing nothing (``--quiet``)."""

    def start(self, total: int | None) -> None:
        """Begin; ``total`` is the number of inputs when known."""

    def update(self, result: Result) -> None:
        """One input finished."""

    def stop(self) -> None:
        """The batch ended."""


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} docs/s")


class RichDisplay(Display):
    """A live bar with counts, rate and ETA on stderr; failures printed above it."""

    def __init__(self, stream: IO[str]) -> None:
        self.console = Console(file=stream)
        columns = (
            TextColumn("converting"),
            BarColumn(),
            MofNCompleteColumn(),
            _Rate(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
        )
        self.bar = Progress(*columns, console=self.console)
        self.task_id = self.bar.add_task("batch", total=None)

    def start(self, total: int | None) -> None:
        self.bar.update(self.task_id, total=total)
        self.bar.start()

    def update(self, result: Result) -> None:
        for failure in result.failures:
            self.console.print(
                f"[red]failed[/red] {failure.file} ({failure.stage}): {failure.message}",
                markup=True,
                highlight=False,
            )
        self.bar.advance(self.task_id)

    def stop(self) -> None:
        self.bar.stop()


class LineDisplay(Display):
    """Plain lines for logs: each failure, and a status line about every 5 % (or 10 s)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.total: int | None = None
        self.done = 0
        self.started = self.last = time.monotonic()

    def start(self, total: int | None) -> None:
        self.total = total
        self.started = self.last = time.monotonic()

    def update(self, result: Result) -> None:
        self.done += 1
        for failure in result.failures:
            self._print(f"failed {failure.file} ({failure.stage}): {failure.message}")
        step = max(1, (self.total or 0) // 20)
        now = time.monotonic()
        if self.done % step == 0 or now - self.last >= 10 or self.done == self.total:
            self.last = now
            self._print(self._status(now))

    def _status(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        if not self.total:
            return f"{self.done} done, {rate:.1f} docs/s"
        eta = (self.total - self.done) / rate if rate else 0.0
        share = 100 * self.done / self.total
        return f"{self.done}/{self.total} done ({share:.0f}%), {rate:.1f} docs/s, ETA {eta:.0f} s"

    def _print(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


def display_for(quiet: bool, stream: IO[str] | None = None) -> Display:
    """The right display for where stderr goes."""
    stream = stream or sys.stderr
    if quiet:
        return Display()
    return RichDisplay(stream) if stream.isatty() else LineDisplay(stream)
