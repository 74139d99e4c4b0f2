"""Inline operations shared by the importers: references to UN documents found in plain text, and
links Word split into runs."""

from __future__ import annotations

import pytest

from resconv.model import DocumentRef, Inline, Text
from resconv.recover.inline import join_split_references, link_symbols, take_session_prefixes


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
        "adopted in its Decisions \n   74/565",  # a line break and spaces between word and number
    ],
)
def test_a_decision_number_is_no_resolution_reference(text: str) -> None:
    assert _refs(text) == []


def test_a_word_only_ending_like_a_decision_word_is_none() -> None:
    assert _refs("its indecision 74/565 and a resolution 73/41 decision") == ["A/RES/74/565", "A/RES/73/41"]


def test_resolutions_and_symbols_beside_a_decision_are_still_linked() -> None:
    text = "decision 74/565, resolution 73/41, A/75/399 and 第55/2号决议"
    assert _refs(text) == ["A/RES/73/41", "A/75/399", "A/RES/55/2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its resolutions ES-10/15 of 20 July 2004 and ES-10/17", ["A/RES/ES-10/15", "A/RES/ES-10/17"]),
        ("sus resoluciones S-27/2 y 73/41", ["A/RES/S-27/2", "A/RES/73/41"]),
        ("又回顾大会ES-10/15号决议", ["A/RES/ES-10/15"]),
        # Arabic prints the prefixes in its own letters: emergency special "دإط-", special "دإ-"
        ("وإلى قراريها دإط-10/15 ودإط-10/17", ["A/RES/ES-10/15", "A/RES/ES-10/17"]),
        ("انظر القرار دإ-30/1، المرفق", ["A/RES/S-30/1"]),
        # the UN's French files print a no-break hyphen (U+2011) there
        ("ses résolutions ES\u201110/18 et S\u201130/1", ["A/RES/ES-10/18", "A/RES/S-30/1"]),
        ("voir A/ES\u201110/794", ["A/ES-10/794"]),
    ],
)
def test_a_special_session_resolution_keeps_its_prefix(text: str, expected: list[str]) -> None:
    # the number after "ES-" alone names no resolution: before its 31st session the Assembly
    # numbered them "915 (X)", so A/RES/10/15 is a symbol of nothing
    assert _refs(text) == expected


def test_a_link_split_into_runs_is_one_reference() -> None:
    """The UN's files repeat one link on each run Word split it into ("42" + "/220"), with a
    no-break space between some ("14" + " " + "(I)")."""
    split: list[Inline] = [
        Text(text="resolutions "),
        DocumentRef(text="42", symbol="A/RES/42/220"),
        DocumentRef(text="/220", symbol="A/RES/42/220"),
        Text(text=" and "),
        DocumentRef(text="14", symbol="A/RES/14(I)"),
        Text(text="\u00a0"),
        DocumentRef(text="(I)", symbol="A/RES/14(I)"),
    ]
    assert join_split_references(split) == [
        Text(text="resolutions "),
        DocumentRef(text="42/220", symbol="A/RES/42/220"),
        Text(text=" and "),
        DocumentRef(text="14\u00a0(I)", symbol="A/RES/14(I)"),
    ]


def test_references_to_different_documents_stay_apart() -> None:
    apart: list[Inline] = [
        DocumentRef(text="56/24", symbol="A/RES/56/24"),
        Text(text=" "),
        DocumentRef(text="57/63", symbol="A/RES/57/63"),
        DocumentRef(text="A/75/399", symbol="A/75/399"),
        Text(text=" and "),
        DocumentRef(text="A/75/399", symbol="A/75/399"),
    ]
    assert join_split_references(apart) == apart


def test_a_link_on_the_number_after_a_session_prefix_takes_the_prefix() -> None:
    # the UN's Arabic files link only "10/15" of "دإط-10/15"; a converter keeps that link
    nodes: list[Inline] = [
        Text(text="إلى قراريها دإط-"),
        DocumentRef(text="10/15", symbol="A/RES/10/15"),
        Text(text=" و ES-"),
        DocumentRef(text="10/17", symbol="A/RES/10/17"),
        Text(text=" و 73/"),
        DocumentRef(text="41", symbol="A/RES/73/41"),  # no number of its own: left as it is
    ]
    refs = [(n.text, n.symbol) for n in take_session_prefixes(nodes) if isinstance(n, DocumentRef)]
    assert refs == [("دإط-10/15", "A/RES/ES-10/15"), ("ES-10/17", "A/RES/ES-10/17"), ("41", "A/RES/73/41")]
