"""The public Python API: read a resolution from anything, write it to any format."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from resconv.errors import Diagnostics, FormatError, InputError, OutputError, ResconvError
from resconv.formats import (
    FORMATS,
    ReadOptions,
    WriteOptions,
    Writer,
    as_parts_reader,
    detect,
    lookup,
    parts_reader_for,
    reader_for,
    writer_for,
)
from resconv.model import LANGUAGES, Resolution
from resconv.threads import ordered_map


def read_with_diagnostics(
    source: str | Path | bytes,
    *,
    format: str | None = None,
    encoding: str | None = None,
    language: str | None = None,
    name: str | None = None,
) -> tuple[Resolution, Diagnostics]:
    """Read ``source`` (a path, or the document itself as text or bytes) and report findings.
    Of a publication of several lettered resolutions (A/RES/75/101 A-B), the first, with a
    warning; :func:`read_parts_with_diagnostics` reads each."""
    models, diagnostics = _read(source, format, encoding, language, name, every_part=False)
    return models[0], diagnostics


def read_parts_with_diagnostics(
    source: str | Path | bytes,
    *,
    format: str | None = None,
    encoding: str | None = None,
    language: str | None = None,
    name: str | None = None,
    every_part: bool = True,
) -> tuple[list[Resolution], Diagnostics]:
    """Each resolution ``source`` holds: one, or each lettered part of a publication of several
    (A/RES/75/101 A and B), in order; the same options as :func:`read_with_diagnostics`. Not
    ``every_part``: the first alone, as :func:`read_with_diagnostics` reads it."""
    return _read(source, format, encoding, language, name, every_part=every_part)


def read(source: str | Path | bytes, **kwargs: str | None) -> Resolution:
    """Read a resolution; see :func:`read_with_diagnostics` for the options."""
    return read_with_diagnostics(source, **kwargs)[0]


def read_parts(
    source: str | Path | bytes,
    *,
    format: str | None = None,
    encoding: str | None = None,
    language: str | None = None,
    name: str | None = None,
) -> list[Resolution]:
    """Read each resolution of a publication; see :func:`read_parts_with_diagnostics`."""
    return read_parts_with_diagnostics(
        source, format=format, encoding=encoding, language=language, name=name
    )[0]


def part_names(resolutions: list[Resolution]) -> list[str]:
    """What each resolution of a publication adds to the name of the files it is written to: the
    first nothing (it is what reading one resolution gives), each later one its letter ("B"), or
    its place ("2") where the letters cannot tell the parts apart."""
    letters = [resolution.meta.part for resolution in resolutions]
    if all(letters) and len(set(letters)) == len(letters):
        return ["", *letters[1:]]
    return ["", *(str(place) for place in range(2, len(resolutions) + 1))]


def named_for_part(path: Path, name: str) -> Path:
    """``res.json`` for the first part, ``res-B.json`` for the part named "B"."""
    return path.with_name(f"{path.stem}-{name}{path.suffix}") if name else path


def _read(
    source: str | Path | bytes,
    format: str | None,
    encoding: str | None,
    language: str | None,
    name: str | None,
    *,
    every_part: bool,
) -> tuple[list[Resolution], Diagnostics]:
    if language is not None and language not in LANGUAGES:
        raise FormatError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    data, label, fmt_name = _load_source(source, format, name)
    try:
        fmt = lookup(fmt_name)
        reader = parts_reader_for(fmt) if every_part else as_parts_reader(reader_for(fmt))
    except FormatError as exc:
        raise InputError(str(exc), file=label) from exc
    diagnostics = Diagnostics(label)
    options = ReadOptions(encoding=encoding, language=language)
    if len(data) > options.max_bytes:
        raise InputError(f"input is larger than the {options.max_bytes}-byte limit", file=label)
    try:
        models = reader(data, options=options, diagnostics=diagnostics)
    except InputError as exc:
        if exc.file != "<input>":
            raise
        raise InputError(exc.problem, file=label, line=exc.line) from exc  # a part that named no file
    except ResconvError:
        raise
    except (ValueError, LookupError, UnicodeError) as exc:
        raise InputError(f"cannot read as {fmt.name}: {exc}", file=label) from exc
    except RecursionError as exc:  # '[' * 200000, or elements inside elements as deep
        raise InputError(f"cannot read as {fmt.name}: nested too deeply", file=label) from exc
    except Exception as exc:  # a reader bug must reach the user as one line, not a traceback
        raise InputError(
            f"internal error in the {fmt.name} reader ({type(exc).__name__}: {exc}); "
            "please report it with this file",
            file=label,
        ) from exc
    return models, diagnostics


def render(resolution: Resolution, format: str, **options: object) -> bytes:
    """The resolution written in ``format``, as bytes."""
    writer = writer_for(lookup(format))
    return _render_with(writer, format, resolution, WriteOptions(**options))  # type: ignore[arg-type]


def render_many(
    resolutions: Iterable[Resolution], format: str, *, threads: int = 0, **options: object
) -> Iterator[bytes | ResconvError]:
    """Each resolution written in ``format``, in order, by ``threads`` threads (0: one per core).

    A document that fails yields its error in its place, so one bad model costs no other its
    output. At most two documents per thread are in flight (``threads.ordered_map``). Threads
    pay off for PDF: Typst lays pages out with the GIL released (1.5 times the documents per
    second of one thread on two cores); the other writers are pure Python."""
    writer = writer_for(lookup(format))
    write_options = WriteOptions(**options)  # type: ignore[arg-type]

    def one(resolution: Resolution) -> bytes | ResconvError:
        try:
            return _render_with(writer, format, resolution, write_options)
        except ResconvError as exc:
            return exc

    yield from ordered_map(one, resolutions, threads)


def _render_with(writer: Writer, format: str, resolution: Resolution, options: WriteOptions) -> bytes:
    """A writer's output; a writer's bug reaches the caller as an OutputError naming the
    document, never as whatever exception it raised (one bad document stops no batch)."""
    try:
        return writer(resolution, options=options)
    except ResconvError:
        raise
    except Exception as exc:
        raise OutputError(
            f"{resolution.meta.symbol or 'document'}: internal error in the {format} writer "
            f"({type(exc).__name__}: {exc}); please report it with the input"
        ) from exc


def write(resolution: Resolution, path: str | Path, *, format: str | None = None, **options: object) -> Path:
    """Write ``resolution`` to ``path`` (format from ``format`` or the extension)."""
    target = Path(path)
    fmt = lookup(format) if format else detect(target)
    payload = render(resolution, fmt.name, **options)
    try:
        target.write_bytes(payload)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def _load_source(source: str | Path | bytes, format: str | None, name: str | None) -> tuple[bytes, str, str]:
    if isinstance(source, bytes):
        return source, name or "<bytes>", format or _sniff(source)
    if isinstance(source, Path) or ("\n" not in source and len(source) < 4096 and _names_a_file(source)):
        path = Path(source)
        try:
            data = read_at_most(path, ReadOptions.max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot open: {exc.strerror}", file=str(path)) from exc
        return data, name or str(path), format or _format_of_path(path, data)
    data = source.encode("utf-8")
    return data, name or "<text>", format or _sniff(data)


def read_at_most(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a file: one past the limit tells it is too large without
    holding all of it (a 300 MB file, /dev/zero)."""
    with path.open("rb") as stream:
        return stream.read(size)


def _names_a_file(source: str) -> bool:
    """Whether a one-line string is a path: a file that exists, or a name with the extension of a
    readable format (then a missing file is an error, not a document reading "nope.md")."""
    try:
        if Path(source).is_file():
            return True
    except OSError:  # a name too long for the system: text, not a file
        return False
    # "nope.md", "my draft.md": the name of a file, even with spaces, when it ends like one
    suffix = Path(source.strip()).suffix.lower()
    return len(source) < 260 and any(suffix in fmt.extensions for fmt in FORMATS.values())


def _format_of_path(path: Path, data: bytes) -> str:
    try:
        return detect(path).name
    except ResconvError:
        return _sniff(data)


def _sniff(data: bytes) -> str:
    """Guess a format from content: zip (docx), XML, JSON, Markdown markers, else plain text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if _is_xml(head):
        return "akn"
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"---") or b"\n## " in data[:4096] or head.startswith(b"#") or b"<sup>" in data:
        return "markdown"
    return "text"


def _is_xml(head: bytes) -> bool:
    """An XML document: a declaration, a comment or doctype first, or the AKN root; in UTF-16 too."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").lstrip().encode("utf-8")
    if head.startswith((b"<?xml", b"<akomaNtoso")):
        return True
    return head.startswith((b"<!--", b"<!DOCTYPE")) and b"<akomaNtoso" in head
