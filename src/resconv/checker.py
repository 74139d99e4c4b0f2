"""The style checker: a resolution against the General Assembly's drafting conventions.

Findings are data (file, line, rule, severity, message); the command line decides how to print
them. The rules themselves live in ``checker_rules`` and work on flat records, see
``checker_records``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from resconv.api import read_parts_with_diagnostics
from resconv.checker_records import Record, locate_lines, records_from_model
from resconv.checker_rules import RULES, Context, Rule, Severity
from resconv.language import language
from resconv.model import Meta, Resolution
from resconv.textio import decode


@dataclass(frozen=True)
class Finding:
    """One departure from the conventions, where it is and how bad."""

    file: str
    line: int | None
    rule: str
    severity: Severity
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message} [{self.rule}]"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def check_records(
    records: list[Record], meta: Meta, *, file: str = "<input>", rules: Iterable[tuple[str, Rule]] = RULES
) -> list[Finding]:
    """Run ``rules`` over records of a document in ``meta.language``; findings sorted by line."""
    context = Context(language(meta.language), meta, records)
    findings = [
        Finding(file, issue.line, name, issue.severity, issue.message)
        for name, rule in rules
        for issue in rule(context)
    ]
    return sorted(findings, key=lambda finding: finding.line or 0)


def check_model(resolution: Resolution, *, file: str = "<input>", source: str | None = None) -> list[Finding]:
    """Check a model; ``source`` (the text it was read from) fills in lines the model lacks."""
    records = records_from_model(resolution)
    if source is not None:
        records = locate_lines(records, source)
    return check_records(records, resolution.meta, file=file)


def check_file(path: str | Path, *, format: str | None = None, language: str | None = None) -> list[Finding]:
    """Read ``path`` with resconv's importers and check it, each lettered resolution of a
    publication of several (A/RES/75/101 A-B) in turn; reader warnings are not repeated."""
    path = Path(path)
    models, _ = read_parts_with_diagnostics(path, format=format, language=language)
    data = path.read_bytes()
    source = None if data.startswith(b"PK") else decode(data, None, str(path))
    return [finding for model in models for finding in check_model(model, file=str(path), source=source)]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(finding.severity == "error" for finding in findings)
