"""``resconv convert``: one or more inputs to one or more formats."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from resconv.api import read_with_diagnostics, render
from resconv.errors import ResconvError
from resconv.formats import FORMATS, lookup


def _split_formats(value: str) -> list[str]:
    try:
        return [lookup(name.strip()).name for name in value.split(",") if name.strip()]
    except ResconvError as exc:
        raise click.BadParameter(str(exc)) from exc


def _target(output: str | None, source: str, fmt: str, several: bool) -> Path | None:
    """Where one output goes: None for stdout."""
    ext = FORMATS[fmt].extensions[0]
    stem = "stdin" if source == "-" else Path(source).name.split(".")[0]
    if output == "-":
        return None
    if output is None:
        return None if not several and source == "-" else Path(source).with_suffix("").with_suffix(ext)
    out = Path(output)
    if several or output.endswith(("/", "\\")) or out.is_dir():
        out.mkdir(parents=True, exist_ok=True)
        return out / f"{stem}{ext}"
    return out


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--to", "to", required=True, help="Output format(s), comma-separated: json, markdown, akn, docx, pdf."
)
@click.option("--from", "from_", help="Input format (default: from the extension or the content).")
@click.option("-o", "--output", help="Output file, folder (ending in /) or - for stdout.")
@click.option("--encoding", help="Input encoding (default: detected).")
@click.option("--lang", "language", help="Language of the input (default: detected).")
@click.option("--paper", type=click.Choice(["letter", "a4"]), default="letter", show_default=True)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings.")
def convert(
    inputs: tuple[str, ...],
    to: str,
    from_: str | None,
    output: str | None,
    encoding: str | None,
    language: str | None,
    paper: str,
    strict: bool,
    quiet: bool,
) -> None:
    """Convert resolutions. INPUT may be - for standard input.

    \b
    Examples:
      resconv convert a-res-75-47.zh.md --to json -o 75_47.json
      resconv convert res.txt --to akn,docx,pdf -o out/
      cat res.md | resconv convert - --from markdown --to json -o -
    """
    formats = _split_formats(to)
    several = len(inputs) > 1 or len(formats) > 1
    failed = False
    for source in inputs:
        try:
            data: str | Path | bytes = sys.stdin.buffer.read() if source == "-" else Path(source)
            model, diagnostics = read_with_diagnostics(
                data, format=from_, encoding=encoding, language=language, name=source
            )
            for finding in diagnostics if not quiet or strict else []:
                click.echo(str(finding), err=True)
            if strict and diagnostics:
                raise click.ClickException(f"{source}: {len(diagnostics)} warning(s) and --strict")
            for fmt in formats:
                payload = render(model, fmt, paper=paper)
                target = _target(output, source, fmt, several)
                if target is None:
                    sys.stdout.buffer.write(payload)
                else:
                    target.write_bytes(payload)
        except ResconvError as exc:
            click.echo(f"error: {exc}", err=True)
            failed = True
        except OSError as exc:
            click.echo(f"error: {source}: {exc.strerror or exc}", err=True)
            failed = True
    if failed:
        sys.exit(1)
