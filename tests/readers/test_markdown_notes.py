"""A page's notes in converted Markdown: where the text refers to a note."""

from __future__ import annotations

import pytest

from resconv.readers.markdown_notes import referred


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("the Declaration<sup>1</sup> and", "1", True),
        ("the Declaration<sup>12</sup> and", "2", False),
        ("as set out in [3] below", "3", True),
        ("see [3](#) below", "3", False),  # a link's text, not a reference
        ("Agenda7 and", "7", True),
        ("Crime,7 and", "7", True),
        ("Women»4.", "4", True),
        ("la démocratie »6 ;", "6", True),  # French sets a space inside its guillemets
        ("in 2017 and", "17", False),  # the end of a year
        ("see A/75/17 and", "17", False),  # the end of a symbol
        ("Agenda 7 and", "7", False),  # a figure set apart is a number of the text
        ("Agenda7", "7", False),  # a reference is followed by a space or a mark
        ("for disaster risk reduction (2015-2030)6, reaffirming", "6", True),
        ("education for democracy”;6 and", "6", True),
        ("submitted on 23 September 2011,5\n", "5", True),  # against a year and its comma
        ("à l’horizon 20307 et à l’objectif", "7", True),  # against a year
        ("resolutions 1, 2 and 3", "2", False),
        ("in 12011,5 cases", "5", False),  # no year
        ("the 1,5 million", "5", False),
    ],
)
def test_a_note_is_referred_to_by_a_sup_a_bracket_or_a_figure_against_a_word(
    text: str, number: str, expected: bool
) -> None:
    assert referred(text, number, len(text)) is expected


def test_a_reference_counts_only_before_the_given_position() -> None:
    text = "the Crime7 and the Women8 too"
    assert not referred(text, "8", text.index("Women"))
    assert referred(text, "7", text.index("Women"))


def test_a_chinese_enumeration_of_paragraphs_refers_to_no_note() -> None:
    assert not referred("见第47、48和50段", "48", 9)
