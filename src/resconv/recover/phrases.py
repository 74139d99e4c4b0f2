"""Finding the leading phrase at the start of a paragraph: the longest known phrase wins."""

from __future__ import annotations

import unicodedata
from functools import cache

from resconv.language import language

_SKIP = {"\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"}


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of the source character after it."""
    out: list[str] = []
    ends: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char in _SKIP:
            continue
        piece = unicodedata.normalize("NFKC", char).casefold()
        if piece.isspace():
            if previous_space:
                ends[-1] = index + 1
                continue
            piece, previous_space = " ", True
        else:
            previous_space = False
        for folded_char in piece:
            out.append(folded_char)
            ends.append(index + 1)
    return "".join(out), ends


@cache
def _folded_phrases(code: str, kind: str) -> tuple[str, ...]:
    data = language(code)
    phrases = data.preambular_phrases if kind == "preambular" else data.operative_phrases
    folded = {_fold_with_map(phrase)[0].strip() for phrase in phrases}
    return tuple(sorted(folded, key=len, reverse=True))


def match_phrase(text: str, code: str, kind: str) -> int:
    """Length in source characters of the longest known leading phrase at the start, or 0.

    A phrase that only runs on into a function word ("Toma nota de") is cut back to the known
    phrase without it: the UN emphasises "Toma nota"."""
    folded, ends = _fold_with_map(text)
    candidates = [p for p in _folded_phrases(code, kind) if _opens(folded, p, code)]
    if not candidates:
        return 0
    phrase = _without_function_word(candidates[0], set(candidates), code)
    return ends[len(phrase) - 1]


def _opens(folded: str, phrase: str, code: str) -> bool:
    if not phrase or not folded.startswith(phrase):
        return False
    after = folded[len(phrase):len(phrase) + 1]
    return code == "zh" or not after or not (after.isalnum() or after in "-\u2011'’")


def is_known_start(text: str, code: str) -> bool:
    """Whether a line begins with any known leading phrase (a likely paragraph start)."""
    return bool(match_phrase(text, code, "preambular") or match_phrase(text, code, "operative"))


def _without_function_word(phrase: str, known: set[str], code: str) -> str:
    words = phrase.split(" ")
    function_words = {w.casefold() for w in language(code).strings.get("function_words", [])}
    if len(words) > 1 and words[-1] in function_words and " ".join(words[:-1]) in known:
        return " ".join(words[:-1])
    return phrase
