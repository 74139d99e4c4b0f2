"""``resconv convert``: one or more inputs to one or more formats."""

from __future__ import annotations

import dataclasses
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from resconv.api import named_for_part, part_names, read_parts_with_diagnostics, render
from resconv.commands.options import from_format, to_formats
from resconv.errors import ResconvError
from resconv.formats import FORMATS, ReadOptions
from resconv.model import LANGUAGES
from resconv.threads import ordered_map


def _stem(source: str) -> str:
    """The name an input's outputs take: ``res.en.md`` writes ``res.en.json``, ``res.en.pdf`` ...
    (the language tag stays, so ``res.en.md`` and ``res.fr.md`` never write one file)."""
    return "stdin" if source == "-" else Path(source).stem


def _target(output: str | None, source: str, fmt: str, several: bool) -> Path | None:
    """Where one output goes: None for stdout."""
    ext = FORMATS[fmt].extensions[0]
    stem = _stem(source)
    if output == "-":
        return None
    if output is None:
        return None if not several and source == "-" else Path(source).with_name(stem + ext)
    out = Path(output)
    if several or _names_folder(output):
        return out / f"{stem}{ext}"
    return out


def _names_folder(output: str) -> bool:
    return output.endswith(("/", "\\")) or Path(output).is_dir()


def _check_output(
    output: str | None, formats: list[str], several: bool, parts: bool = False, inputs: tuple[str, ...] = ()
) -> None:
    """Refuse an -o that cannot hold what is asked, before any work: several outputs in one
    file, several formats on standard output, one format under another's extension, a file
    for what --parts may write as several."""
    if not formats:
        raise click.BadParameter("name at least one format", param_hint="--to")
    if parts and output is not None and output != "-" and not _names_folder(output):
        raise click.UsageError("--parts writes a file for each part: give a folder (-o out/) or no -o")
    if parts and output == "-":
        raise click.UsageError("--parts writes a file for each part, not standard output: give a folder")
    if parts and output is None and "-" in inputs:
        raise click.UsageError(
            "--parts writes a file for each part of standard input: give a folder (-o out/)"
        )
    if output == "-":
        if len(formats) > 1:
            raise click.UsageError("standard output takes one format at a time; give a folder: -o out/")
        if several and formats[0] != "markdown":  # Markdown texts follow one another; JSON or zips cannot
            raise click.UsageError(
                f"standard output takes one {formats[0]} document, not several; give a folder: -o out/"
            )
        return
    if output is None or _names_folder(output):
        return
    written_as = {ext: name for name, f in FORMATS.items() if f.writer for ext in f.extensions}
    named = written_as.get(Path(output).suffix.lower())
    if several and named:
        raise click.UsageError(f"-o {output} names one file, but there are several outputs; give a folder")
    if not several and named and named != formats[0]:
        raise click.UsageError(f"-o {output} names a {named} file, but the output is {formats[0]}")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--to", "to", required=True, help="Output format(s), comma-separated: json, markdown, akn, docx, pdf."
)
@click.option(
    "--from", "from_", callback=from_format, help="Input format (default: from the extension or the content)."
)
@click.option(
    "-o",
    "--output",
    help="Output file, folder (ending in /; made if missing) or - for stdout. "
    "Default: beside each input, never over it.",
)
@click.option("--encoding", help="Input encoding (default: detected).")
@click.option(
    "--lang", "language", type=click.Choice(LANGUAGES), help="Language of the input (default: detected)."
)
@click.option("--paper", type=click.Choice(["letter", "a4"]), default="letter", show_default=True)
@click.option(
    "--parts",
    is_flag=True,
    help="Also write the later resolutions of a publication of several (A/RES/75/101 A-B), each to "
    "a file of its own: res.json holds the first, res-B.json the next. Without it, the first is "
    "written, with a warning.",
)
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
    parts: bool,
    strict: bool,
    quiet: bool,
) -> None:
    """Convert resolutions. INPUT may be - for standard input.

    \b
    Examples:
      resconv convert a-res-75-47.zh.md --to json -o 75_47.json
      resconv convert res.txt --to akn,docx,pdf -o out/
      cat res.md | resconv convert - --from markdown --to json -o -
      resconv convert A_RES_75_101.txt --parts --to json -o out/
    """
    formats = to_formats(to)
    several = len(inputs) > 1 or len(formats) > 1
    _check_output(output, formats, several, parts, inputs)
    settings = _Settings(formats, several, from_, output, encoding, language, paper, parts, strict, quiet)
    if parts:
        settings = dataclasses.replace(settings, planned=_planned(inputs, settings))
    _refuse_shared_targets(inputs, settings)
    _refuse_overwriting_inputs(inputs, settings)
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


def _planned(inputs: tuple[str, ...], settings: _Settings) -> frozenset[Path]:
    targets = (
        _target(settings.output, source, fmt, settings.several)
        for source in inputs
        for fmt in settings.formats
    )
    return frozenset(target for target in targets if target is not None)


def _refuse_overwriting_inputs(inputs: tuple[str, ...], settings: _Settings) -> None:
    """An output never replaces an input (``res.md --to md`` without -o would write res.md)."""
    sources = {Path(source).resolve() for source in inputs if source != "-"}
    for source in inputs:
        for fmt in settings.formats:
            target = _target(settings.output, source, fmt, settings.several)
            if target is not None and target.resolve() in sources:
                raise click.UsageError(f"the {fmt} output of {source} would overwrite input {target}")


@dataclass(frozen=True)
class _Settings:
    formats: list[str]
    several: bool
    from_: str | None
    output: str | None
    encoding: str | None
    language: str | None
    paper: str
    parts: bool
    strict: bool
    quiet: bool
    planned: frozenset[Path] = frozenset()  # every input's own outputs, which no later part may take


def _convert_all(inputs: tuple[str, ...], settings: _Settings) -> Iterator[tuple[list[str], bool]]:
    """Each input's messages and success, in input order. Several files are converted by one
    thread per core: Typst lays out PDF pages with the GIL released, so PDF output runs about
    1.5 times faster on two cores; at most two files per thread are in flight."""
    if len(inputs) == 1 or "-" in inputs or settings.output == "-":  # stdout: one at a time
        yield from (_convert_one(source, settings) for source in inputs)
        return
    yield from ordered_map(lambda source: _convert_one(source, settings), inputs)


def _convert_one(source: str, settings: _Settings) -> tuple[list[str], bool]:
    """Read one input and write each format; the lines to print and whether all went well.
    A bug met on one input is that input's error: the others are still converted."""
    try:
        return _convert_checked(source, settings)
    except Exception as exc:
        problem = f"{type(exc).__name__}: {exc}"
        return [f"error: {source}: internal error ({problem}); please report it with this file"], False


def _stdin() -> bytes:
    """Standard input up to one byte past the reading limit (the reader refuses more)."""
    return sys.stdin.buffer.read(ReadOptions.max_bytes + 1)


def _convert_checked(source: str, settings: _Settings) -> tuple[list[str], bool]:
    messages: list[str] = []
    try:
        data: str | Path | bytes = _stdin() if source == "-" else Path(source)
        models, diagnostics = read_parts_with_diagnostics(
            data,
            format=settings.from_,
            encoding=settings.encoding,
            language=settings.language,
            name=source,
            every_part=settings.parts,
        )
    except ResconvError as exc:
        return [f"error: {exc}"], False
    except OSError as exc:
        return [f"error: {source}: {exc.strerror or exc}"], False
    if not settings.quiet or settings.strict:
        messages += [str(finding) for finding in diagnostics]
    if settings.strict and diagnostics:
        messages.append(f"error: {source}: {len(diagnostics)} warning(s) and --strict")
        return messages, False
    names = part_names(models)
    for (model, name), fmt in itertools.product(zip(models, names, strict=True), settings.formats):
        planned = _target(settings.output, source, fmt, settings.several)
        target = named_for_part(planned, name) if planned is not None else None
        if name and target in settings.planned:
            messages.append(
                f"error: {source}: part {name} would write {target}, another input's output; rename one"
            )
            return messages, False
        try:
            payload = render(model, fmt, paper=settings.paper)
            if target is None:
                sys.stdout.buffer.write(payload)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(payload)
        except ResconvError as exc:
            messages.append(f"error: {source}: {exc}")
            return messages, False
        except OSError as exc:
            messages.append(f"error: cannot write {target or 'standard output'}: {exc.strerror or exc}")
            return messages, False
    return messages, True
