"""Errors and diagnostics. Warnings are data the caller decides about; errors are typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class ResconvError(Exception):
    """Base of every error resconv raises on purpose."""


class InputError(ResconvError):
    """The input cannot be read as a resolution: names the file, line and problem."""

    def __init__(self, problem: str, *, file: str = "<input>", line: int | None = None) -> None:
        self.problem, self.file, self.line = problem, file, line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {problem}")


class FormatError(ResconvError):
    """An unknown format name, or a format that cannot be read or written."""


class OutputError(ResconvError):
    """An output cannot be written (bad path, missing engine, schema violation)."""


@dataclass(frozen=True)
class Diagnostic:
    """One finding about an input: where it is and what is wrong."""

    file: str
    line: int | None
    message: str
    severity: Literal["warning", "error"] = "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message}"


class Diagnostics(list[Diagnostic]):
    """A list of diagnostics bound to one input file."""

    def __init__(self, file: str = "<input>") -> None:
        super().__init__()
        self.file = file

    def warn(self, message: str, line: int | None = None) -> None:
        self.append(Diagnostic(self.file, line, message))
