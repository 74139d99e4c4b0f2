"""What a batch records: one result per input, written as JSON Lines as results arrive, and a summary.

Results stream to the report file one line at a time (flushed), so a killed batch still leaves a
valid report of everything it finished; the summary keeps counts and only the first failures.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Literal

from resconv.batch_io import writing

Status = Literal["converted", "skipped", "failed"]
KEPT_FAILURES = 20


@dataclass(frozen=True)
class Failure:
    """One thing that went wrong with one input: at which stage, and why."""

    file: str
    stage: str
    message: str


@dataclass
class Result:
    """The outcome for one input file."""

    file: str
    status: Status = "converted"
    outputs: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: int = 0
    messages: list[str] = field(default_factory=list)  # the warnings: "file:line: warning: ..."
    seconds: float = 0.0

    def fail(self, stage: str, message: str) -> None:
        self.failures.append(Failure(self.file, stage, message))
        self.status = "failed"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


@dataclass
class Summary:
    """Counts over the whole batch, and the first failures to show a person."""

    converted: int = 0
    skipped: int = 0
    failed: int = 0
    outputs: int = 0
    failures: list[Failure] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    stopped_early: bool = False

    @property
    def done(self) -> int:
        return self.converted + self.skipped + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def add(self, result: Result) -> None:
        if result.status == "converted":
            self.converted += 1
        elif result.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        self.outputs += len(result.outputs)
        room = KEPT_FAILURES - len(self.failures)
        self.failures += result.failures[: max(room, 0)]

    def line(self) -> str:
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        text = (
            f"{self.converted} converted, {self.skipped} up to date, {self.failed} failed "
            f"({self.outputs} files written) in {self.elapsed:.1f} s, {rate:.1f} docs/s"
        )
        return text + (" — stopped at the first failure" if self.stopped_early else "")


class ReportWriter:
    """Appends results to a JSON Lines file, one flushed line per input. A report that cannot be
    written is an OutputError naming it (no folder, no permission, a full disk)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stream: IO[str] | None = None
        if path is not None:
            with writing(f"the report {self.path}"):
                path.parent.mkdir(parents=True, exist_ok=True)
                self._stream = path.open("w", encoding="utf-8")

    def write(self, result: Result) -> None:
        if self._stream is not None:
            with writing(f"the report {self.path}"):
                self._stream.write(result.to_json() + "\n")
                self._stream.flush()

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with writing(f"the report {self.path}"):
                stream.close()
