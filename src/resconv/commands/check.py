"""``resconv check``: report departures from the GA's drafting conventions, with file and line."""

from __future__ import annotations

import json
import sys

import click

from resconv.checker import Finding, check_file, has_errors
from resconv.commands.options import from_format
from resconv.errors import InputError, ResconvError
from resconv.model import LANGUAGES


@click.command()
# no exists=True: a missing file is a finding like any other, and the others are still checked
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["human", "json"]),
    default="human",
    show_default=True,
    help="Human-readable lines, or a JSON list of findings.",
)
@click.option(
    "--from", "from_", callback=from_format, help="Input format (default: from the extension or the content)."
)
@click.option(
    "--lang", "language", type=click.Choice(LANGUAGES), help="Language of the input (default: detected)."
)
@click.option("--errors-only", is_flag=True, help="Do not report warnings.")
def check(
    files: tuple[str, ...], output_format: str, from_: str | None, language: str | None, errors_only: bool
) -> None:
    """Check resolutions against the drafting conventions; exit 1 when any error is found.

    \b
    Examples:
      resconv check draft.md
      resconv check --format json archive/*.md > findings.json
    """
    findings: list[Finding] = []
    for name in files:
        try:
            found = check_file(name, format=from_, language=language)
        except ResconvError as exc:
            found = [_unreadable(name, exc)]
        findings += [f for f in found if not errors_only or f.severity == "error"]
    if output_format == "json":
        click.echo(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            click.echo(str(finding))
        _summary(findings, len(files))
    if has_errors(findings):
        sys.exit(1)


def _unreadable(name: str, exc: ResconvError) -> Finding:
    """A file that cannot be read is an error finding like any other, counted and listed."""
    if isinstance(exc, InputError):
        return Finding(exc.file, exc.line, "readable", "error", exc.problem)
    return Finding(name, None, "readable", "error", str(exc))


def _summary(findings: list[Finding], files: int) -> None:
    errors = sum(f.severity == "error" for f in findings)
    click.echo(f"{files} file(s): {errors} error(s), {len(findings) - errors} warning(s)", err=True)
