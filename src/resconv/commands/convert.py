"""``resconv convert``: one or more inputs to one or more formats."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from resconv.api import read_with_diagnostics, render
from resconv.errors import ResconvError
from resconv.formats import FORMATS, lookup
from resconv.threads import ordered_map


def _split_formats(value: str) -> list[str]:
    try:
        return [lookup(name.strip()).name for name in value.split(",") if name.strip()]
    except ResconvError as exc:
        raise click.BadParameter(str(exc)) from exc


def _stem(source: str) -> str:
    """The name an input's outputs take: ``res.en.md`` writes ``res.json``, ``res.pdf`` ..."""
    return "stdin" if source == "-" else Path(source).name.split(".")[0]


def _target(output: str | None, source: str, fmt: str, several: bool) -> Path | None:
    """Where one output goes: None for stdout."""
    ext = FORMATS[fmt].extensions[0]
    stem = _stem(source)
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
    settings = _Settings(formats, several, from_, output, encoding, language, paper, strict, quiet)
    _refuse_shared_targets(inputs, settings)
    failed = False
    for messages, ok in _convert_all(inputs, settings):
        for message in messages:
            click.echo(message, err=True)
        failed = failed or not ok
    if failed:
        sys.exit(1)


def _refuse_shared_targets(inputs: tuple[str, ...], settings: _Settings) -> None:
    """Two inputs of one name in different folders would write the same file: say so before
    converting anything, rather than keep whichever finished last."""
    if settings.output == "-":
        return
    seen: dict[str, str] = {}
    for source in inputs:
        stem = _stem(source)
        folder = str(Path(source).parent) if settings.output is None and source != "-" else ""
        key = f"{folder}/{stem}"
        if key in seen and seen[key] != source:
            raise click.UsageError(
                f"{seen[key]} and {source} would write the same output ({stem}.*); "
                "rename one, or use `resconv batch`, which keeps each input's folder"
            )
        seen[key] = source


@dataclass(frozen=True)
class _Settings:
    formats: list[str]
    several: bool
    from_: str | None
    output: str | None
    encoding: str | None
    language: str | None
    paper: str
    strict: bool
    quiet: bool


def _convert_all(inputs: tuple[str, ...], settings: _Settings) -> Iterator[tuple[list[str], bool]]:
    """Each input's messages and success, in input order. Several files are converted by one
    thread per core: Typst lays out PDF pages with the GIL released, so PDF output runs about
    1.5 times faster on two cores; at most two files per thread are in flight."""
    if len(inputs) == 1 or "-" in inputs or settings.output == "-":  # stdout: one at a time
        yield from (_convert_one(source, settings) for source in inputs)
        return
    yield from ordered_map(lambda source: _convert_one(source, settings), inputs)


def _convert_one(source: str, settings: _Settings) -> tuple[list[str], bool]:
    """Read one input and write each format; the lines to print and whether all went well."""
    messages: list[str] = []
    try:
        data: str | Path | bytes = sys.stdin.buffer.read() if source == "-" else Path(source)
        model, diagnostics = read_with_diagnostics(
            data, format=settings.from_, encoding=settings.encoding, language=settings.language, name=source
        )
        if not settings.quiet or settings.strict:
            messages += [str(finding) for finding in diagnostics]
        if settings.strict and diagnostics:
            messages.append(f"error: {source}: {len(diagnostics)} warning(s) and --strict")
            return messages, False
        for fmt in settings.formats:
            payload = render(model, fmt, paper=settings.paper)
            target = _target(settings.output, source, fmt, settings.several)
            if target is None:
                sys.stdout.buffer.write(payload)
            else:
                target.write_bytes(payload)
    except ResconvError as exc:
        messages.append(f"error: {exc}")
        return messages, False
    except OSError as exc:
        messages.append(f"error: {source}: {exc.strerror or exc}")
        return messages, False
    return messages, True
