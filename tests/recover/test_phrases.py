"""Choosing among known phrases: the longest wins unless the UN's own files say otherwise."""

from __future__ import annotations

import pytest

from resconv.recover.phrases import fold_with_map, match_phrase


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("zh", "请秘书长向大会第七十六届会议提交报告；", "请"),
        ("en", "Stresses the importance of cooperation;", "Stresses"),
        ("es", "Toma nota de los esfuerzos;", "Toma nota"),
    ],
)
def test_the_shorter_phrase_wins_where_the_un_mostly_emphasises_it(
    code: str, text: str, expected: str
) -> None:
    """The harvest counts how often the UN emphasises only the start of a longer known phrase
    ("*请*秘书长"); where that is more often than the whole, the shorter phrase is taken."""
    assert text[: match_phrase(text, code, "operative")] == expected


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "Takes note with appreciation of the report", "Takes note with appreciation"),
        ("zh", "又请秘书长", "又请"),
        ("ru", "постановляет далее, что", "постановляет далее"),
    ],
)
def test_the_longest_phrase_wins_otherwise(code: str, text: str, expected: str) -> None:
    assert text[: match_phrase(text, code, "operative")] == expected


def test_a_typographic_apostrophe_folds_to_the_plain_one() -> None:
    """The UN files spell "Ayant à l’esprit" both ways; text of other sessions may use either."""
    assert fold_with_map("Ayant à l’esprit")[0] == fold_with_map("Ayant à l'esprit")[0] == "ayant à l'esprit"
    assert fold_with_map("l’Assemblée\u00a0générale")[0] == "l'assemblée générale"  # the slow path too


def test_a_latin_c_typed_for_the_russian_preposition_folds_to_the_cyrillic_one() -> None:
    """The UN's own files sometimes type "c удовлетворением" with a Latin c."""
    assert fold_with_map("c удовлетворением отмечая")[0] == "с удовлетворением отмечая"
    assert fold_with_map("Annex C of the report")[0] == "annex c of the report"
    assert match_phrase("c признательностью отмечая усилия", "ru", "preambular") == len(
        "c признательностью отмечая"
    )


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("وإذ تحيط علماً بتقرير الأمين العام", "وإذ تحيط علماً"),  # the tanwin after the alef
        ("وإذ تشير أيضاً إلى قراراتها", "وإذ تشير أيضاً"),
        ("وإذ تحيط علما بتقرير الأمين العام", "وإذ تحيط علما"),  # spelt without it
    ],
)
def test_an_arabic_phrase_keeps_the_vowel_mark_on_its_last_letter(text: str, phrase: str) -> None:
    """Vowel marks are left out when phrases are compared, but belong to the printed phrase."""
    assert text[: match_phrase(text, "ar", "preambular")] == phrase
