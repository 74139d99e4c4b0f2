"""Joining footnote texts with their points of reference.

Markdown keeps references as ``<sup>n</sup>``; PDF text glues the marker to the word before it
("Declaration,1 in which"). Markers are found in document order, each after the previous one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import cache

from resconv.errors import Diagnostics
from resconv.model import (
    DocumentRef,
    FootnoteRef,
    Heading,
    Inline,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Subparagraph,
    Text,
    plain_text,
)

TextOwner = PreambularParagraph | OperativeParagraph | Heading | Subparagraph


def text_owners(resolution: Resolution) -> Iterator[TextOwner]:
    """Every paragraph, heading and subparagraph of the body and the annexes, in reading order."""

    def with_subparagraphs(items: Sequence[TextOwner]) -> Iterator[TextOwner]:
        for item in items:
            yield item
            yield from with_subparagraphs(getattr(item, "subparagraphs", []))

    blocks = [*resolution.operative, *(b for annex in resolution.annexes for b in annex.blocks)]
    yield from with_subparagraphs([*resolution.preamble, *blocks])


def attach_markers(resolution: Resolution, diagnostics: Diagnostics) -> None:
    """Insert a FootnoteRef for each footnote that has none, where its marker is printed."""
    containers = [owner.text for owner in text_owners(resolution)]
    present = {n.marker for c in containers for n in c if isinstance(n, FootnoteRef)}
    position = (0, 0)
    for note in resolution.footnotes:
        if note.marker in present or not note.marker.isdigit():
            continue
        marker = note.marker
        found = _find(containers, marker, position) or _find_after_number(containers, marker, position)
        if found is None:
            diagnostics.warn(
                f"footnote {note.marker}: no reference to it found in the text", note.source_line
            )
            continue
        position = found


def take_sponsors_note(resolution: Resolution) -> None:
    """A draft's "*" note that no body text refers to belongs to its sponsors line ("Indonesia:*
    draft resolution" / "* On behalf of ..."): it is the draft's sponsors note, not a footnote."""
    if resolution.meta.stage != "draft" or resolution.meta.sponsors_note:
        return
    note = next((n for n in resolution.footnotes if n.marker == "*"), None)
    referred = any(
        isinstance(node, FootnoteRef) and node.marker == "*"
        for owner in text_owners(resolution)
        for node in owner.text
    )
    if note is not None and not referred:
        resolution.meta.sponsors_note = " ".join(plain_text(note.text).split())
        resolution.footnotes = [n for n in resolution.footnotes if n is not note]


@cache
def _pattern(marker: str) -> re.Pattern[str]:
    """Where a printed marker sits: glued after a word or punctuation, or after a comma and a
    space; Chinese text also runs on after it ("，3其中"), so there it must follow punctuation;
    after a date it is glued to the year ("de 19 de junio de 20204,": 2020 and note 4)."""
    return re.compile(
        rf"(?<=[^\s\d/])(?:{marker})(?=[\s,.;:，。；、)”»]|$)|(?<=[,;:]) {marker}(?=\s|$)"
        rf"|(?<=[，。、》）”」])(?:{marker})(?=[\u4e00-\u9fff《“（])"
        rf"|(?<=(?<![0-9])(?:19|20)[0-9][0-9])(?:{marker})(?=[\s,.;:，。；、)]|$)"
    )


def _find(containers: list[list[Inline]], marker: str, start: tuple[int, int]) -> tuple[int, int] | None:
    pattern = _pattern(marker)
    for index in range(start[0], len(containers)):
        nodes = containers[index]
        first_node = start[1] if index == start[0] else 0
        for node_index in range(first_node, len(nodes)):
            node = nodes[node_index]
            if not isinstance(node, Text) or marker not in node.text:
                continue  # a cheap test first: the pattern opens with look-behinds, slow to scan
            match = pattern.search(node.text)
            if match:
                before, after = node.text[: match.start()], node.text[match.end() :]
                nodes[node_index : node_index + 1] = [
                    n
                    for n in (Text(text=before), FootnoteRef(marker=marker), Text(text=after))
                    if getattr(n, "text", 1)
                ]
                return index, node_index + 1
    return None


# More resolutions than any session adopts: "74/553" is resolution 74/55 and note 3
_MOST_RESOLUTIONS = 400
_RESOLUTION_SYMBOL = re.compile(r"A/RES/(\d+)/(\d+)")


def _find_after_number(
    containers: list[list[Inline]], marker: str, start: tuple[int, int]
) -> tuple[int, int] | None:
    """A marker glued to a resolution number, read as part of it ("resolution 74/553")."""
    for index in range(start[0], len(containers)):
        nodes = containers[index]
        for node_index in range(start[1] if index == start[0] else 0, len(nodes)):
            node = nodes[node_index]
            symbol = _RESOLUTION_SYMBOL.fullmatch(node.symbol) if isinstance(node, DocumentRef) else None
            if not (isinstance(node, DocumentRef) and symbol and node.text.endswith(marker)):
                continue
            number = symbol.group(2)
            if int(number) <= _MOST_RESOLUTIONS or len(number) <= len(marker):
                continue
            kept = number[: -len(marker)]
            reference = DocumentRef(text=node.text[: -len(marker)], symbol=f"A/RES/{symbol.group(1)}/{kept}")
            nodes[node_index : node_index + 1] = [reference, FootnoteRef(marker=marker)]
            return index, node_index + 2
    return None


def referred_markers(resolution: Resolution) -> set[str]:
    """The markers of the notes the resolution's text refers to."""
    return {
        node.marker
        for owner in text_owners(resolution)
        for node in owner.text
        if isinstance(node, FootnoteRef)
    }


def in_reference_order(resolution: Resolution) -> None:
    """Notes printed out of order (pymupdf4llm sets a page's first note last: 8, 9, 7) in the
    order the text refers to them, as the UN numbers them and as its AKN files hold them (each
    note at its reference); a note nothing refers to keeps its place after the note printed
    before it. Notes whose numbers go up as printed stay as they are."""
    numbers = [int(note.marker) for note in resolution.footnotes if note.marker.isdecimal()]
    if all(a < b for a, b in itertools.pairwise(numbers)):
        return
    first_reference: dict[str, int] = {}
    for owner in text_owners(resolution):
        for node in owner.text:
            if isinstance(node, FootnoteRef):
                first_reference.setdefault(node.marker, len(first_reference))
    keys: list[int] = []
    for note in resolution.footnotes:
        keys.append(first_reference.get(note.marker, keys[-1] if keys else -1))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    resolution.footnotes = [resolution.footnotes[index] for index in order]
