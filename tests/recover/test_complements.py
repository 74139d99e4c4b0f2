"""What the known phrases teach about a verb's possessive complement, and how far one reaches."""

from __future__ import annotations

import pytest

from resconv.recover.complements import complement_length, complements_of, possessives

SUFFIXES = ("also", "once again")


def test_complements_are_learnt_from_the_known_phrases() -> None:
    english = complements_of("en", SUFFIXES)
    assert {"reiterates", "reaffirms", "expresses"} <= english.heads
    assert "recalls" not in english.heads  # "*Recalls* its resolution": no phrase shows it with one
    assert {"request", "concern", "support"} <= english.alone
    assert {"deep", "previous"} <= english.modifiers
    assert "again" not in english.nouns  # "its support once again": the suffix is no part of it
    assert "commitment" in english.left_out  # printed after "Also reaffirms", outside it


def test_nouns_before_and_adjectives_after_are_told_apart() -> None:
    spanish = complements_of("es", SUFFIXES)
    assert "solicitud" in spanish.alone
    assert "anteriores" in spanish.after_noun  # "sus solicitudes anteriores"
    assert "anteriores" not in spanish.alone


@pytest.mark.parametrize(
    ("code", "phrase", "rest", "expected"),
    [
        ("en", "Reiterates", " its previous request to the", " its previous request"),
        ("en", "Reiterates", " its appeal for support to", " its appeal"),  # the first noun ends it
        ("es", "Reitera", " sus solicitudes anteriores a la", " sus solicitudes anteriores"),
        ("ar", "تكرر تأكيد", " قلقها الشديد إزاء", " قلقها الشديد"),
        ("en", "Reiterates", "\u00a0its request to", "\u00a0its request"),
        ("en", "Recalls", " its request to", ""),
        ("en", "Reiterates", " its", ""),
        ("en", "Reiterates", " its, and", ""),
        ("en", "Reiterates", "its request", ""),  # no space: not a word of its own
    ],
)
def test_a_complement_reaches_its_noun(code: str, phrase: str, rest: str, expected: str) -> None:
    assert rest[: complement_length(phrase, rest, code, SUFFIXES)] == expected


def test_french_and_arabic_possessives_come_from_the_language_files() -> None:
    assert {"son", "sa", "ses"} <= possessives("fr")
    assert not possessives("ar")  # a noun's ending there: possessive_endings
    assert not possessives("zh")
