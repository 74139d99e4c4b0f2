"""Where the later resolutions of a publication of several lettered parts begin (75/101 A-B)."""

from __future__ import annotations

import pytest

from resconv.language import language
from resconv.model import Text
from resconv.recover.lines import Line
from resconv.recover.parts import part_starts


def _lines(*texts: str) -> list[Line]:
    return [Line(number, [Text(text=text)] if text else []) for number, text in enumerate(texts, 1)]


def test_a_letter_a_title_and_the_formula_begin_the_next_part() -> None:
    lines = _lines(
        "1. Requests the Secretary-General to report;",
        "45th plenary meeting",
        "16 December 2024",
        "B",
        "United Nations open data",
        "policies",
        "The General Assembly,",
        "Recalling its resolution 78/99,",
    )
    [start] = part_starts(lines, language("en"), "A")
    assert (start.letter_index, start.letter, start.formula_index) == (3, "B", 6)
    assert start.title == ["United Nations open data", "policies"]
    assert start.formula == "The General Assembly,"


def test_a_formula_without_the_next_letter_above_it_begins_nothing() -> None:
    """A quoted text may open with the formula; a letter out of sequence, or a paragraph's end
    between the letter and the formula, makes no part either."""
    quoted = _lines("1. Adopts the following text:", "The General Assembly,", "Recalling ...")
    assert part_starts(quoted, language("en"), "A") == []
    out_of_sequence = _lines("closing", "C", "The General Assembly,")
    assert part_starts(out_of_sequence, language("en"), "A") == []
    clause_between = _lines("B", "and requests the Committee to report;", "The General Assembly,")
    assert part_starts(clause_between, language("en"), "A") == []


def test_a_title_may_end_with_a_comma_and_a_page_s_notes_may_stand_before_the_formula() -> None:
    lines = _lines(
        "B", "Assistance to Palestine refugees,", "including special assistance", "The General Assembly,"
    )
    [start] = part_starts(lines, language("en"), "A")
    assert start.title == ["Assistance to Palestine refugees,", "including special assistance"]
    noted = _lines("B", "United Nations open data policies", "1 Resolution 78/99 A.", "The General Assembly,")
    noted[2].footnote_area = True
    [start] = part_starts(noted, language("en"), "A")
    assert start.title == ["United Nations open data policies"]


def test_parts_follow_in_sequence_and_arabic_spells_its_letters() -> None:
    lines = _lines(
        "باء",
        "عنوان الجزء باء",
        "إن الجمعية العامة،",
        "1 - تطلب إلى الأمين العام ...؛",
        "جيم",
        "إن الجمعية العامة،",
    )
    starts = part_starts(lines, language("ar"), "A")
    assert [(s.letter, s.title) for s in starts] == [("B", ["عنوان الجزء باء"]), ("C", [])]


@pytest.mark.parametrize(
    ("code", "letter_b", "formula"),
    [
        ("ru", "В", "Генеральная Ассамблея,"),  # a Cyrillic capital typed for the Latin one
        ("zh", "Ｂ", "大会，"),  # full width
        ("fr", "B", "L’Assemblée générale,"),
        ("es", "B", "La Asamblea General,"),
    ],
)
def test_letters_as_other_languages_and_typists_set_them(code: str, letter_b: str, formula: str) -> None:
    lines = _lines("45th plenary meeting", letter_b, "Title of part B", formula, "Text")
    [start] = part_starts(lines, language(code), "A")
    assert (start.letter, start.title, start.formula_index) == ("B", ["Title of part B"], 3)


def test_a_converter_s_letter_and_title_on_one_line() -> None:
    [start] = part_starts(
        _lines("B. United Nations open data policies", "The General Assembly,"), language("en"), "A"
    )
    assert (start.letter, start.title) == ("B", ["United Nations open data policies"])
