"""The devset moved to sessions it does not come from: a later regular session, an emergency special
session (A/RES/ES-11/…) and a special session (A/RES/S-30/…).

The documents resconv is judged on come from other sessions than the devset's 75-77, and the UN's
AKN repository holds emergency special sessions (ES-10, ES-11) beside the regular ones. Each devset
``seed.md`` and ``pdftext.txt`` is moved: its session line, symbol and resolution number rewritten,
its ``gold.json`` likewise. Moved, every document must get the official scorer's verdict it gets
where it is. Skipped without ../shared/corpus or the scorer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import resconv
from builders import official_scorer
from resconv.language import language
from resconv.model import SessionKind
from resconv.sessions import session_name

INPUTS = {"seed.md": "markdown", "pdftext.txt": "text"}  # each rendition and its reader
MOVES: list[tuple[int, SessionKind, str]] = [
    (81, "regular", ""),
    (11, "emergency special", "ES-"),
    (30, "special", "S-"),
]


def _mover(meta: dict[str, Any], session: int, kind: SessionKind, prefix: str) -> Callable[[str], str]:
    """A rewrite of text (or of gold.json's text) from the document's session to another."""
    old_session, number = meta["resolution_number"].split("/")
    new_number = f"{prefix}{session}/{number}"
    session_line = session_name(meta["language"], session, kind)
    own_number = re.compile(rf"(?<![\d/\-]){old_session}/{number}(?!\d)")

    def move(text: str) -> str:
        text = text.replace(meta["session_text"], session_line)
        return own_number.sub(
            new_number, text.replace(f"A/RES/{old_session}/{number}", f"A/RES/{new_number}")
        )

    return move


def _fully_right(score: ModuleType, gold: dict[str, Any], source: bytes, name: str) -> bool:
    got = json.loads(resconv.read(source, format=INPUTS[name], name=name).model_dump_json())
    return all(score.correct(field, value) for field, value in score.compare(gold, got).items())


@pytest.fixture(scope="module")
def verdicts(corpus: Path) -> dict[tuple[str, str], bool]:
    """Each devset document's verdict where it is: (folder, input file) -> fully right."""
    score = official_scorer()
    found = {}
    for folder in sorted(p.parent for p in (corpus / "devset").glob("*/gold.json")):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        for name in INPUTS:
            found[(folder.name, name)] = _fully_right(score, gold, (folder / name).read_bytes(), name)
    return found


@pytest.mark.conformance
@pytest.mark.parametrize(("session", "kind", "prefix"), MOVES, ids=[f"{k} {s}" for s, k, _ in MOVES])
def test_a_document_moved_to_another_session_reads_as_well(
    corpus: Path, verdicts: dict[tuple[str, str], bool], session: int, kind: SessionKind, prefix: str
) -> None:
    score = official_scorer()
    changed = []
    for folder in sorted(p.parent for p in (corpus / "devset").glob("*/gold.json")):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        move = _mover(gold["meta"], session, kind, prefix)
        moved_gold = json.loads(move(json.dumps(gold, ensure_ascii=False)))
        moved_gold["meta"]["session"] = session
        for name in INPUTS:
            text = (folder / name).read_text(encoding="utf-8")
            moved = move(text)
            assert moved != text, f"{folder.name}/{name}: nothing to move"
            if _fully_right(score, moved_gold, moved.encode("utf-8"), name) != verdicts[(folder.name, name)]:
                right = "right" if verdicts[(folder.name, name)] else "wrong"
                changed.append(f"{folder.name}/{name}: {right} where it is, not moved")
    assert len(verdicts) >= 100
    assert changed == []


@pytest.mark.conformance
def test_an_arabic_number_line_with_its_own_prefix_reads_as_well(
    corpus: Path, verdicts: dict[tuple[str, str], bool]
) -> None:
    """Arabic writes an emergency special session's numbers "دإط-10/25" in its running text; a
    number line printed so must give the same resolution as "ES-10/25." does."""
    score = official_scorer()
    printed = {own: text for text, own in language("ar").strings["session_prefixes"].items()}["ES-"]
    changed = []
    for folder in sorted(p.parent for p in (corpus / "devset").glob("*_ar/gold.json")):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        move = _mover(gold["meta"], 10, "emergency special", "ES-")
        moved_gold = json.loads(move(json.dumps(gold, ensure_ascii=False)))
        moved_gold["meta"]["session"] = 10
        number = moved_gold["meta"]["resolution_number"]  # "ES-10/25"
        number_line = re.compile(rf"^(\s*(?:#+ )?){re.escape(number)}\.", re.MULTILINE)
        for name in INPUTS:
            moved = number_line.sub(
                rf"\g<1>{printed}{number.removeprefix('ES-')}.",
                move((folder / name).read_text(encoding="utf-8")),
            )
            assert printed in moved, f"{folder.name}/{name}: no number line"
            if _fully_right(score, moved_gold, moved.encode("utf-8"), name) != verdicts[(folder.name, name)]:
                changed.append(f"{folder.name}/{name}")
    assert changed == []
