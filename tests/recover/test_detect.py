"""Telling the six languages apart: by script, then by masthead strings, months and articles."""

from __future__ import annotations

import pytest

from resconv.recover.detect import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The main domain of this index is the remaining material of the main folders.", "en"),
        ("Le domaine principal des résolutions adoptées le 7 mai par les États.", "fr"),
        ("Las resoluciones aprobadas el 7 de mayo por los Estados Miembros.", "es"),
        ("Генеральная Ассамблея, ссылаясь на свои резолюции,", "ru"),
        ("大会，回顾其各项决议，", "zh"),
        ("إن الجمعية العامة، إذ تشير إلى قراراتها،", "ar"),
    ],
)
def test_language_of_a_short_text(text: str, code: str) -> None:
    """A French month is a whole word: "main" and "domain" hold no "mai"."""
    assert detect_language(text) == code
