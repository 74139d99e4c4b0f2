"""Page furniture: what a running header prints beside the document's symbol."""

from __future__ import annotations

import pytest

from resconv.language import language
from resconv.recover.furniture import beside_symbol, is_furniture, is_title_piece, job_number, squeezed


@pytest.mark.parametrize(
    ("line", "beside"),
    [
        ("A/RES/80/4 Promotion of multilateralism", True),
        ("Promotion of multilateralism A/RES/80/4", True),
        ("A/RES/80/4", True),
        ("A/RES/80/45 of 2 December 2025 and other resolutions,", False),  # another symbol
        ("see also document XA/RES/80/4", False),
        ("as in resolution A/RES/80/4/Add.1", False),
    ],
)
def test_a_line_is_beside_the_symbol_only_with_the_whole_symbol(line: str, beside: bool) -> None:
    assert beside_symbol("A/RES/80/4", line) is beside


def test_title_pieces_are_compared_without_spaces_and_hyphens() -> None:
    masthead = squeezed(
        "78/321. Early warning for glacial lake outburst floods, landslides and non-proliferation"
    )
    assert is_title_piece("landslides and non\u2011proliferation", masthead)
    assert not is_title_piece("Early warning for glacial lake outburst floods,", masthead)  # a body line's?
    assert is_title_piece("Early warning for glacial lake outburst floods,", masthead, comma=True)
    assert not is_title_piece("Early warning for glacial lake outburst floods.", masthead, comma=True)


def test_a_chinese_title_piece_may_be_two_characters_long() -> None:
    """ "联合国近东巴勒斯坦难民救济和工程处" / "的业务": two or three characters of Chinese are a
    title's line, three letters of English are not."""
    masthead = squeezed("75/94. 联合国近东巴勒斯坦难民救济和工程处的业务")
    assert is_title_piece("的业务", masthead)
    assert is_title_piece("业务", masthead)
    assert not is_title_piece("的", masthead)
    assert not is_title_piece("and", squeezed("78/20. Reducing space threats through norms and rules"))


def test_a_running_title_with_a_no_break_space_is_still_a_title_piece() -> None:
    masthead = squeezed("78/20. Reducing space threats through norms, rules and principles")
    assert is_title_piece("Reducing\u00a0space threats through norms, rules and\u202fprinciples", masthead)


@pytest.mark.parametrize("code", ["ar", "zh", "en", "fr", "ru", "es"])
def test_please_recycle_of_every_language_is_furniture(code: str) -> None:
    words = language(code)["please_recycle"]
    assert is_furniture(words) and is_furniture(f"{words} ♲")
    assert not is_furniture(f"{words}d paper is the norm")  # a sentence that only opens the same way


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("فقرة\n)20-16570 (C\nنص", "20-16570 (C)"),  # as pdftotext prints it on a right-to-left page
        (")20-16570 (A\n", "20-16570 (A)"),
        ("الصفحة 2)20-16570 (A\n", ""),  # not at a line's start
        ("text\n20-16570 (E)\n", "20-16570 (E)"),
        ("No. 120-16570 (E)", ""),  # the figures run on from another number
    ],
)
def test_the_job_number_is_read_where_the_first_page_prints_it(text: str, job: str) -> None:
    assert job_number(text) == job
