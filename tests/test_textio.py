"""Text cleaning shared by the readers: characters no output can hold never reach the model."""

from __future__ import annotations

import pytest

from resconv.textio import un_tanwin_order, writable, writable_values


def test_controls_and_noncharacters_are_dropped_and_spacing_controls_become_spaces() -> None:
    assert writable("a\x1b[0m\x07b\ufffe\uffffc\x00") == "a[0mbc"
    assert writable("one\x0btwo\x0cthree") == "one two three"


def test_tab_newline_carriage_return_and_ordinary_text_are_kept() -> None:
    text = "Recalling\tits resolution\r\n« 联合国 » ‑ العربية"
    assert writable(text) is text


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert writable("a\ud800b") == "a\ufffdb"


def test_characters_a_caller_still_needs_are_kept() -> None:
    assert writable("page one\x0cpage two\x07", keep="\x0c") == "page one\x0cpage two"


def test_every_string_of_parsed_data_is_cleaned() -> None:
    parsed = {"title": "a\x1bb", "items": [{"number": "1\x07"}, 3, None]}
    assert writable_values(parsed) == {"title": "ab", "items": [{"number": "1"}, 3, None]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وإذ تحيط علمًا بتقرير", "وإذ تحيط علماً بتقرير"),  # the tanwin goes after its alef
        ("جدًّا", "جدّاً"),  # the shadda stays on its letter
        ("أيضاً", "أيضاً"),  # already as the UN writes it
        ("رسميةًالأمم", "رسميةًالأمم"),  # a lost space: the alef opens the next word
        ("no Arabic", "no Arabic"),
    ],
)
def test_a_word_final_tanwin_goes_after_its_alef(text: str, expected: str) -> None:
    assert un_tanwin_order(text) == expected
