"""The document's symbol and session from what the masthead and the text print."""

from __future__ import annotations

from pathlib import Path

import pytest

import resconv
from resconv.model import Meta, SessionKind
from resconv.recover.symbols import document_symbol, settle_session


def test_a_resolution_symbol_the_text_cites_is_not_the_documents_own(fixtures: Path) -> None:
    # a converter's Markdown prints no symbol: the number line names the resolution
    text = (fixtures / "en-converted.md").read_text(encoding="utf-8")
    formula = text.index("\n", text.index("The General Assembly")) + 1
    citing = text[:formula] + "\n*Recalling* its resolution ES-11/1 (A/RES/ES-11/1),\n" + text[formula:]
    meta = resconv.read(citing.encode("utf-8"), format="markdown").meta
    assert (meta.symbol, meta.resolution_number) == ("A/RES/78/321", "78/321")


def test_a_draft_citing_a_resolution_symbol_keeps_its_own() -> None:
    text = (
        "United Nations A/80/L.9\nGeneral Assembly Distr.: Limited\n1 December 2025\n\n"
        "Eightieth session\nAgenda item 31\n\nUkraine: draft resolution\n\nAggression against Ukraine\n\n"
        "The General Assembly,\n\nRecalling its resolution A/RES/ES-11/1 of 2 March 2022,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    meta = resconv.read(text.encode("utf-8"), format="text").meta
    assert (meta.symbol, meta.stage, meta.session) == ("A/80/L.9", "draft", 80)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["United Nations A/RES/ES-11/1", "ES-11/1. Aggression against Ukraine"], "A/RES/ES-11/1"),
        (["Nations Unies A/RES/ES\u201110/18"], "A/RES/ES-10/18"),  # the no-break hyphen, read as "-"
        (["[without reference to a Main Committee (A/ES-11/L.1)]", "ES-11/1. Title"], "A/RES/ES-11/1"),
        (["A/ES-11/L.7", "Ukraine: draft resolution"], "A/ES-11/L.7"),
    ],
)
def test_the_masthead_symbol(lines: list[str], expected: str) -> None:
    text = "\n".join(lines) + "\n\nThe General Assembly,\n\nRecalling its resolution A/RES/ES-11/1,\n"
    assert document_symbol(lines, text) == expected


@pytest.mark.parametrize(
    ("symbol", "number", "line", "expected"),
    [
        ("A/RES/ES-11/1", "ES-11/1", None, (11, "emergency special")),
        ("A/C.1/80/L.14", "", None, (80, "regular")),
        ("A/RES/ES-11/1", "ES-11/1", (11, "regular"), (11, "emergency special")),  # a cut session line
        ("A/RES/ES-11/1", "ES-11/1", (12, "regular"), (12, "regular")),  # a line of another session wins
    ],
)
def test_the_session_settled_from_the_symbol(
    symbol: str, number: str, line: tuple[int, SessionKind] | None, expected: tuple[int, str]
) -> None:
    meta = Meta(symbol=symbol, resolution_number=number)
    if line is not None:
        meta.session, meta.session_kind = line
    settle_session(meta)
    assert (meta.session, meta.session_kind) == expected
