"""The agenda line's item numbers, and a title a converter joined to the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resconv
from resconv.language import language
from resconv.model import Meta
from resconv.recover.masthead import _item_and_title
from resconv.sessions import session_name


@pytest.mark.parametrize(
    ("code", "item", "expected"),
    [
        ("en", "103 (u)", ("103 (u)", "")),
        ("en", "12 and 115", ("12 and 115", "")),
        ("en", "72 (a) and (b)", ("72 (a) and (b)", "")),
        ("es", "70 b)", ("70 b)", "")),
        ("ar", "100 (ه ه)", ("100 (ه ه)", "")),
        ("en", "12 Cooperation between the United Nations", ("12", "Cooperation between the United Nations")),
        ("en", "99 (s) General and complete disarmament", ("99 (s)", "General and complete disarmament")),
    ],
)
def test_item_numbers_and_a_joined_title(code: str, item: str, expected: tuple[str, str]) -> None:
    assert _item_and_title(item, language(code)) == expected


def test_a_title_wrapped_at_its_hyphen_is_joined_without_a_space(fixtures: Path) -> None:
    text = (fixtures / "en-pdftext.txt").read_text(encoding="utf-8")
    wrapped = text.replace(
        "78/321. Early warning for glacial lake outburst floods",
        "78/321. Early warning for glacial lake outburst floods in high-\naltitude regions",
    )
    assert wrapped != text
    model = resconv.read(wrapped.encode("utf-8"), format="text")
    assert model.meta.title == "Early warning for glacial lake outburst floods in high-altitude regions"


def test_a_chinese_title_loses_the_space_a_pdf_leaves_beside_a_figure(fixtures: Path) -> None:
    text = (fixtures / "zh-pdftext.txt").read_text(encoding="utf-8")
    spaced = text.replace("78/321. 冰川湖溃决洪水预警", "78/321. 2013 年冰川湖溃决洪水预警")
    assert spaced != text
    assert resconv.read(spaced.encode("utf-8"), format="text").meta.title == "2013年冰川湖溃决洪水预警"


RUSSIAN_DRAFT = (  # its Main Committee on a line of its own, in the nominative
    "Организация Объединенных Наций                    A/C.1/81/L.5\n"
    "Генеральная Ассамблея                     Distr.: Limited\n\n"
    "Восемьдесят первая сессия\nПервый комитет\nПункт 99 (s) повестки дня\n"
    "Всеобщее и полное разоружение\n\n"
    "Индонезия: проект резолюции\n\nСодействие многосторонности\n\n"
    "Генеральная Ассамблея,\n\nссылаясь на свои резолюции,\n\n1. постановляет продолжить.\n"
)
CHINESE_DRAFT = (  # pdftotext -layout: "联合国" and the symbol on one line, set apart by spaces
    "             联合国                                         A/C.1/81/L.5\n"
    "             大会                                      Distr.: Limited\n\n"
    "第八十一届会议\n第一委员会\n议程项目99 (s)\n全面彻底裁军\n\n"
    "             印度尼西亚：决议草案\n\n             促进多边主义\n\n"
    "                 大会，\n                 回顾其以往的各项决议，\n"
    "                 1.    决定继续处理此案。\n"
)


@pytest.mark.parametrize("text", [RUSSIAN_DRAFT, CHINESE_DRAFT], ids=["ru-nominative", "zh-layout"])
def test_a_drafts_symbol_and_committee_in_pdf_text(text: str) -> None:
    meta = _text_meta(text)
    assert (meta.stage, meta.committee, meta.symbol) == ("draft", "firstCommittee", "A/C.1/81/L.5")


def _text_meta(text: str) -> Meta:
    return resconv.read(text.encode("utf-8"), format="text").meta


def test_a_draft_whose_symbol_a_converter_dropped_is_still_a_draft() -> None:
    """pandoc's text of a DOCX leaves out the page header that holds the symbol."""
    text = (
        "Eighty-first session\n\nFirst Committee\n\nAgenda item 99 (s)\n\n"
        "General and complete disarmament\n\nIndonesia: draft resolution\n\n"
        "Promotion of multilateralism\n\nThe General Assembly,\n\n"
        "Recalling its previous resolutions on the subject,\n\n1. Decides to remain seized of the matter.\n"
    )
    meta = _text_meta(text)
    assert (meta.stage, meta.distribution, meta.committee) == ("draft", "limited", "firstCommittee")
    assert (meta.sponsors, meta.title) == (["Indonesia"], "Promotion of multilateralism")


def test_a_title_that_mentions_a_draft_resolution_makes_no_draft() -> None:
    text = "Eighty-first session\n\nFollow-up to the draft resolution\n\n"
    text += "The General Assembly,\n\n1. Decides.\n"
    assert _text_meta(text).stage != "draft"


def _emergency_session(text: str, code: str, number: str) -> str:
    """A fixture's resolution moved to the eleventh emergency special session, as ES-11/1."""
    session = re.search(r"^(?:## )?(.*(?:session|sesiones|сессия|届会议|الدورة).*)$", text, re.MULTILINE)
    assert session is not None
    moved = text.replace(session.group(1), session_name(code, 11, "emergency special"))
    return moved.replace(f"A/RES/{number}", "A/RES/ES-11/1").replace(f"{number}.", "ES-11/1.")


@pytest.mark.parametrize(
    ("name", "code", "number"),
    [
        ("ar-converted.md", "ar", "78/321"),
        ("zh-converted.md", "zh", "78/321"),
        ("en-converted.md", "en", "78/321"),
        ("fr-converted.md", "fr", "78/290"),
        ("ru-converted.md", "ru", "78/321"),
        ("en-pdftext.txt", "en", "78/321"),
        ("zh-pdftext.txt", "zh", "78/321"),
    ],
)
def test_an_emergency_special_session_resolution_reads_like_any_other(
    fixtures: Path, name: str, code: str, number: str
) -> None:
    # pdftotext's text: "A/RES/ES-11/1" is the whole symbol; read as none, the running headers that
    # print it stayed in the paragraphs they interrupt (the Markdown cases guard the number line)
    text = (fixtures / name).read_text(encoding="utf-8")
    moved = _emergency_session(text, code, number)
    regular, emergency = resconv.read(text.encode("utf-8")), resconv.read(moved.encode("utf-8"))
    assert (emergency.meta.symbol, emergency.meta.resolution_number) == ("A/RES/ES-11/1", "ES-11/1")
    assert (emergency.meta.session, emergency.meta.session_kind) == (11, "emergency special")
    assert emergency.preamble == regular.preamble
    assert emergency.operative == regular.operative


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("دإط-11/1", ("ES-11/1", 11, "emergency special")), ("دإ-30/1", ("S-30/1", 30, "special"))],
)
def test_an_arabic_special_session_number_is_read_as_the_symbol_writes_it(
    fixtures: Path, printed: str, expected: tuple[str, int, str]
) -> None:
    # the session line left out, so that the number alone says which session it is
    text = (fixtures / "ar-converted.md").read_text(encoding="utf-8")
    moved = text.replace("## الدورة الثامنة والسبعون\n", "").replace("78/321.", f"{printed}.")
    meta = resconv.read(moved.encode("utf-8"), format="markdown").meta
    assert (meta.resolution_number, meta.session, meta.session_kind) == expected
    assert meta.symbol == f"A/RES/{expected[0]}"
    assert meta.title == resconv.read(text.encode("utf-8"), format="markdown").meta.title


@pytest.mark.parametrize(
    ("code", "cut"),
    [
        ("fr", "Onzième session\nextraordinaire d’urgence"),
        ("es", "Undécimo período extraordinario de sesiones\nde emergencia"),
    ],
)
def test_a_session_line_cut_before_its_kind_takes_it_from_the_number(
    fixtures: Path, code: str, cut: str
) -> None:
    # pdftotext may wrap the session line: its first words alone name a session of another kind
    # (the English fixture read as French or Spanish, for the session line only)
    text = (fixtures / "en-pdftext.txt").read_text(encoding="utf-8")
    moved = text.replace("A/RES/78/321", "A/RES/ES-11/22").replace("78/321.", "ES-11/22.")
    cut_text = moved.replace("Seventy-eighth session", cut).encode("utf-8")
    meta = resconv.read(cut_text, format="text", language=code).meta
    assert (meta.session, meta.session_kind, meta.symbol) == (11, "emergency special", "A/RES/ES-11/22")
