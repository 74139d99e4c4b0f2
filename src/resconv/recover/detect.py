"""Which of the six official languages a text is in: by script, then by fixed masthead strings."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from resconv.language import fold, language
from resconv.model import LANGUAGES

_SCRIPTS = (
    ("ar", re.compile(r"[\u0600-\u06ff]+")),
    ("zh", re.compile(r"[\u4e00-\u9fff]+")),
    ("ru", re.compile(r"[\u0400-\u04ff]+")),
)
_NOT_LETTERS = re.compile(r"[\W\d_]+")
SAMPLE = 3000  # characters: the masthead and the first recitals settle it, and every read pays for it


def detect_language(text: str) -> str:
    """ISO 639-1 code of the likeliest official language of ``text``."""
    sample = text[:SAMPLE]
    letters = max(1, len(_NOT_LETTERS.sub("", sample)))
    for code, pattern in _SCRIPTS:
        if sum(map(len, pattern.findall(sample))) / letters > 0.2:  # runs, not one string a letter
            return code
    folded = fold(sample)
    words = Counter(_WORD.findall(folded))
    scores = {code: _latin_score(folded, words, code) for code in ("en", "fr", "es")}
    return max(scores, key=lambda code: scores[code])


_WORD = re.compile(r"\w+")


def _latin_score(folded: str, words: Counter[str], code: str) -> int:
    """Five for each masthead string and month, one for each of the language's commonest article.
    Months and articles count as whole words: "mai" (French May) is no mark of French inside
    "domain" or "main"."""
    phrases, months, article = _markers(code)
    strings = sum(folded.count(phrase) for phrase in phrases) + sum(words[month] for month in months)
    return strings * 5 + words[article]


@cache
def _markers(code: str) -> tuple[tuple[str, str], tuple[str, ...], str]:
    data = language(code)
    article = {"en": "the", "fr": "les", "es": "los"}[code]
    return (fold(data["organ"]), fold(data["formula_phrase"])), tuple(fold(m) for m in data.months), article


def known(code: str | None) -> bool:
    return code in LANGUAGES
