"""The one table of formats: names, file extensions and the modules that read or write them.

Modules are imported lazily, so ``import resconv`` stays fast and a missing optional engine only
matters to the format that needs it. Readers never import writers and formats never import each
other; shared code lives outside ``readers/`` and ``writers/`` format modules.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from resconv.errors import Diagnostics, FormatError
from resconv.model import Resolution


class Reader(Protocol):
    def __call__(self, data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution: ...


class PartsReader(Protocol):
    def __call__(
        self, data: bytes, *, options: ReadOptions, diagnostics: Diagnostics
    ) -> list[Resolution]: ...


class Writer(Protocol):
    def __call__(self, resolution: Resolution, *, options: WriteOptions) -> bytes: ...


@dataclass(frozen=True)
class ReadOptions:
    """Options every reader accepts."""

    encoding: str | None = None
    language: str | None = None
    max_bytes: int = 50_000_000


@dataclass(frozen=True)
class WriteOptions:
    """Options every writer accepts; a writer ignores those that do not concern it."""

    paper: str = "letter"
    timestamp: str | None = None
    templates_dir: Path | None = None


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    reader: str | None  # "module:function" under resconv
    writer: str | None
    binary: bool = False
    unreadable_because: str = ""  # what to do instead, for a format without a reader
    parts_reader: str | None = None  # reads every lettered part of a publication (75/101 A-B)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "markdown",
            (".md", ".markdown"),
            "readers.markdown:read",
            "writers.markdown:write",
            parts_reader="readers.markdown:read_parts",
        ),
        Format(
            "text",
            (".txt", ".text"),
            "readers.plaintext:read",
            None,
            parts_reader="readers.plaintext:read_parts",
        ),
        Format("json", (".json",), "readers.json:read", "writers.json:write"),
        Format(
            "akn",
            (".akn", ".xml"),
            "readers.akn:read",
            "writers.akn:write",
            parts_reader="readers.akn:read_parts",
        ),
        Format("docx", (".docx",), "readers.docx:read", "writers.docx:write", binary=True),
        Format(
            "pdf",
            (".pdf",),
            None,
            "writers.pdf:write",
            binary=True,
            unreadable_because="extract its text first (pdftotext -enc UTF-8 FILE.pdf) and read that",
        ),
    )
}
ALIASES = {"md": "markdown", "txt": "text", "xml": "akn", "plain": "text"}


def lookup(name: str) -> Format:
    """The format called ``name`` (or an alias), or a FormatError listing the known ones."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise FormatError(f"unknown format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[key]


def readable(name: str) -> Format:
    """The format called ``name`` if resconv reads it, else a FormatError naming those it reads."""
    return _able(name, "read", [f.name for f in FORMATS.values() if f.reader])


def writable(name: str) -> Format:
    """The format called ``name`` if resconv writes it, else a FormatError naming those it writes."""
    return _able(name, "write", [f.name for f in FORMATS.values() if f.writer])


def _able(name: str, verb: str, names: list[str]) -> Format:
    fmt = FORMATS.get(ALIASES.get(name.lower(), name.lower()))
    if fmt is None or fmt.name not in names:
        instead = f": {fmt.unreadable_because}" if fmt and verb == "read" and fmt.unreadable_because else ""
        raise FormatError(f"resconv cannot {verb} {name!r}{instead}; it can {verb}: {', '.join(names)}")
    return fmt


def detect(path: str | Path) -> Format:
    """The format a file name implies."""
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.extensions:
            return fmt
    raise FormatError(f"{path}: cannot tell the format from the extension {suffix!r}; name the format")


def _load(spec: str) -> object:
    module, func = spec.split(":")
    return getattr(importlib.import_module(f"resconv.{module}"), func)


def reader_for(fmt: Format) -> Reader:
    if fmt.reader is None:
        instead = f"; {fmt.unreadable_because}" if fmt.unreadable_because else ""
        raise FormatError(f"resconv cannot read {fmt.name}{instead}")
    return _load(fmt.reader)  # type: ignore[return-value]


def parts_reader_for(fmt: Format) -> PartsReader:
    """The format's reader of every part; for a format whose files hold one resolution, its
    reader's one resolution as a list."""
    if fmt.parts_reader is not None:
        return _load(fmt.parts_reader)  # type: ignore[return-value]
    return as_parts_reader(reader_for(fmt))


def as_parts_reader(read: Reader) -> PartsReader:
    """A reader of one resolution as a reader of a list of them."""

    def one(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> list[Resolution]:
        return [read(data, options=options, diagnostics=diagnostics)]

    return one


def writer_for(fmt: Format) -> Writer:
    if fmt.writer is None:
        raise FormatError(f"resconv cannot write {fmt.name}")
    return _load(fmt.writer)  # type: ignore[return-value]
