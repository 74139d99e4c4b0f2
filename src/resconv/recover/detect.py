"""Which of the six official languages a text is in: by script, then by fixed masthead strings."""

from __future__ import annotations

import re

from resconv.language import fold, language
from resconv.model import LANGUAGES

_SCRIPTS = (
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_NOT_LETTERS = re.compile(r"[\W\d_]+")
SAMPLE = 3000  # characters: the masthead and the first recitals settle it, and every read pays for it


def detect_language(text: str) -> str:
    """ISO 639-1 code of the likeliest official language of ``text``."""
    sample = text[:SAMPLE]
    letters = max(1, len(_NOT_LETTERS.sub("", sample)))
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) / letters > 0.2:
            return code
    folded = fold(sample)
    scores = {code: _latin_score(folded, code) for code in ("en", "fr", "es")}
    return max(scores, key=lambda code: scores[code])


def _latin_score(folded: str, code: str) -> int:
    data = language(code)
    markers = [data["organ"], data["formula_phrase"], *data.months]
    words = {"en": " the ", "fr": " les ", "es": " los "}
    return sum(folded.count(fold(m)) * 5 for m in markers) + folded.count(words[code])


def known(code: str | None) -> bool:
    return code in LANGUAGES
