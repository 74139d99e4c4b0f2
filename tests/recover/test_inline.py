"""Inline operations shared by the importers: references to UN documents found in plain text."""

from __future__ import annotations

import pytest

from resconv.model import DocumentRef, Text
from resconv.recover.inline import link_symbols


def _refs(text: str) -> list[str]:
    return [n.symbol for n in link_symbols([Text(text=text)]) if isinstance(n, DocumentRef)]


@pytest.mark.parametrize(
    "text",
    [
        "its decision 74/565 of 12 August 2020",
        "Human Rights Council Decision 18/120",
        "la décision\u00a018/120 du Conseil",
        "su decisión 74/565, de 12 de agosto",
        "и на решение\u00a018/120 Совета",
        "المقرر 74/548 المؤرخ 13 نيسان/أبريل 2020",
        "2020年4月13日第74/548号决定。",
    ],
)
def test_a_decision_number_is_no_resolution_reference(text: str) -> None:
    assert _refs(text) == []


def test_resolutions_and_symbols_beside_a_decision_are_still_linked() -> None:
    text = "decision 74/565, resolution 73/41, A/75/399 and 第55/2号决议"
    assert _refs(text) == ["A/RES/73/41", "A/75/399", "A/RES/55/2"]
