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


RARE = 0.02  # a longer phrase loses to a shorter one it extends when used < 2% as often


@cache
def _folded_phrases(code: str, kind: str) -> tuple[tuple[str, int], ...]:
    data = language(code)
    phrases = data.preambular_phrases if kind == "preambular" else data.operative_phrases
    folded: dict[str, int] = {}
    for phrase in phrases:
        key = _fold_with_map(phrase)[0].strip()
        folded[key] = folded.get(key, 0) + data.phrase_counts.get(phrase, 0)
    return tuple(sorted(folded.items(), key=lambda item: len(item[0]), reverse=True))


def match_phrase(text: str, code: str, kind: str) -> int:
    """Length in source characters of the known leading phrase at the start, or 0.

    Of the known phrases that open the text, the longest wins unless it is rare beside a
    shorter one it extends (the UN emphasises "Notes", rarely "Notes the importance")."""
    folded, ends = _fold_with_map(text)
    candidates = [(p, n) for p, n in _folded_phrases(code, kind) if _opens(folded, p, code)]
    if not candidates:
        return 0
    most = max(n for _, n in candidates)
    phrase = next(p for p, n in candidates if n >= RARE * most and (n > 0 or most == 0))
    phrase = _without_function_word(phrase, {p for p, _ in candidates}, code)
    return ends[len(phrase) - 1]


def _without_function_word(phrase: str, known: set[str], code: str) -> str:
    words = phrase.split(" ")
    function_words = {w.casefold() for w in language(code).strings.get("function_words", [])}
    if len(words) > 1 and words[-1] in function_words and " ".join(words[:-1]) in known:
        return " ".join(words[:-1])
    return phrase


def _opens(folded: str, phrase: str, code: str) -> bool:
    if not phrase or not folded.startswith(phrase):
        return False
    after = folded[len(phrase):len(phrase) + 1]
    return code == "zh" or not after or not (after.isalnum() or after in "-\u2011'’")


def is_known_start(text: str, code: str) -> bool:
    """Whether a line begins with any known leading phrase (a likely paragraph start)."""
    return bool(match_phrase(text, code, "preambular") or match_phrase(text, code, "operative"))
