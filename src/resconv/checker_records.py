"""The flat view of a resolution the style checker works on: one record per paragraph-like node.

Rules read records rather than the model so that they can be fed from any source (an importer's
model, or lines a caller parsed itself) and stay small: (line, kind, number, label, phrase, text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from resconv.language import fold
from resconv.model import (
    Block,
    FootnoteRef,
    Heading,
    Inline,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    plain_text,
)

# Record kinds
PREAMBULAR = "preambular"
OPERATIVE = "operative"
HEADING = "heading"
ANNEX = "annex"
SUBPARAGRAPH = "subparagraph"
FOOTNOTE = "footnote"
FOOTNOTE_REF = "footnote_ref"


@dataclass(frozen=True)
class Record:
    """One node as the rules see it.

    ``number`` is the printed operative number (None when unnumbered); for subparagraphs it names
    the parent (siblings share it), for annex blocks the annex. ``text`` of a paragraph includes its
    subparagraphs and wrap-up, so its last character is the paragraph's real ending.
    """

    line: int | None
    kind: str
    number: str | None
    label: str
    phrase: str
    text: str
    end_line: int | None = None  # where ``text`` ends: its last subparagraph's line, when known


def records_from_model(resolution: Resolution) -> list[Record]:
    """All records of ``resolution`` in reading order."""
    return list(_iter_model(resolution))


def _iter_model(resolution: Resolution) -> Iterator[Record]:
    for index, para in enumerate(resolution.preamble, start=1):
        yield from _preambular(para, index)
    for position, block in enumerate(resolution.operative):
        yield from _block(block, OPERATIVE, "", position)
    for number, annex in enumerate(resolution.annexes, start=1):
        for position, block in enumerate(annex.blocks):
            yield from _block(block, ANNEX, f"annex {number}", position)
    for footnote in resolution.footnotes:
        yield Record(footnote.source_line, FOOTNOTE, None, footnote.marker, "", plain_text(footnote.text))
        yield from _refs(footnote.text, footnote.source_line)


def _preambular(para: PreambularParagraph, index: int) -> Iterator[Record]:
    text = _flatten(para.text, para.subparagraphs, [])
    end = _last_line(para.subparagraphs)
    yield Record(para.source_line, PREAMBULAR, None, str(index), para.phrase, text, end)
    yield from _refs(para.text, para.source_line)
    yield from _subparagraphs(para.subparagraphs, f"pre {index}", para.source_line)


def _block(block: Block, kind: str, annex: str, position: int) -> Iterator[Record]:
    if isinstance(block, Heading):
        yield Record(block.source_line, HEADING, block.num, annex, "", plain_text(block.text))
        yield from _refs(block.text, block.source_line)
        return
    yield _operative(block, kind, annex)
    yield from _refs(block.text + block.wrap_up, block.source_line)
    parent = f"{annex or 'op'} #{position}"
    yield from _subparagraphs(block.subparagraphs, parent, block.source_line)


def _operative(para: OperativeParagraph, kind: str, annex: str) -> Record:
    text = _flatten(para.text, para.subparagraphs, para.wrap_up)
    end = None if para.wrap_up else _last_line(para.subparagraphs)
    return Record(para.source_line, kind, para.number, annex, para.phrase, text, end)


def _last_line(items: list[Subparagraph]) -> int | None:
    """The line of the last of ``items`` (of its own last subparagraph, if any)."""
    if not items:
        return None
    return _last_line(items[-1].subparagraphs) or items[-1].source_line


def _subparagraphs(items: list[Subparagraph], parent: str, line: int | None) -> Iterator[Record]:
    for item in items:
        where = item.source_line or line
        yield Record(where, SUBPARAGRAPH, parent, item.label, "", plain_text(item.text))
        yield from _refs(item.text, where)
        yield from _subparagraphs(item.subparagraphs, f"{parent}/{item.label}", where)


def _refs(inlines: list[Inline], line: int | None) -> Iterator[Record]:
    for node in inlines:
        if isinstance(node, FootnoteRef):
            yield Record(line, FOOTNOTE_REF, None, node.marker, "", "")


def _flatten(text: list[Inline], subs: list[Subparagraph], wrap_up: list[Inline]) -> str:
    parts = [plain_text(text).strip()]
    for item in subs:
        parts.append(_flatten(item.text, item.subparagraphs, []))
    parts.append(plain_text(wrap_up).strip())
    return "\n".join(part for part in parts if part)


def locate_lines(records: list[Record], source: str) -> list[Record]:
    """Records whose missing line numbers are found by searching ``source`` in reading order.

    Models read from formats without line information (JSON, DOCX) still get usable locations
    when the caller has the text; a record whose start is not found keeps ``line=None``.
    """
    lines = [fold(line) for line in source.splitlines()]
    cursor, located = 0, []
    for record in records:
        if record.line is not None or not record.text:
            located.append(record)
            continue
        probe = fold(record.text.split("\n")[0])[:40]
        found = next((i for i in range(cursor, len(lines)) if probe and probe in lines[i]), None)
        if found is not None:
            cursor = found
            record = replace(record, line=found + 1)
        located.append(record)
    return located
