"""Finding the leading phrase at the start of a paragraph: the longest known phrase wins."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from resconv.language import language

PHRASE_WINDOW = 120  # characters: longer than any leading phrase, short enough to fold fast
PHRASE_TRAIL = " ,،，:;\u00a0"  # what an emphasised phrase may take along that is not the phrase
# Words taken into a phrase in text with no emphasis (a suffix, a tail, a complement) must be inside
# known phrases this many times more often than the UN files print them after one, outside it
# ("Encourages further efforts", "Reaffirming its commitment to").
LEFT_OUT_ODDS = 4
_SKIP = {"\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"}
_VOWEL_MARKS = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}  # Arabic: "علمًا" is "علما"
_SKIP |= _VOWEL_MARKS


_NOT_PLAIN = re.compile("[" + "".join(sorted(_SKIP)) + r"]|[^\S ]|  ")


@lru_cache(maxsize=4096)
def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of the source character after it."""
    folded = text.casefold().replace("’", "'")  # the UN files spell "l’esprit" both ways
    if len(folded) == len(text) and not _NOT_PLAIN.search(text) and unicodedata.is_normalized("NFKC", text):
        # most text: one folded character for each
        return _cyrillic_c(folded), list(range(1, len(text) + 1))
    folded, ends = _fold_each(text)
    return _cyrillic_c(folded), ends


def _cyrillic_c(folded: str) -> str:
    return _LATIN_C.sub("с", folded) if "c " in folded else folded


# A Latin "c" typed for the Russian preposition "с" ("c удовлетворением отмечая"), as the UN's
# own files sometimes have it: folded to the Cyrillic letter, so that the phrase is known.
_LATIN_C = re.compile(r"(?<!\w)c(?= [\u0430-\u044f\u0451])")


def _fold_each(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    ends: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char in _SKIP:
            if ends and char in _VOWEL_MARKS:
                ends[-1] = index + 1  # the mark belongs to the letter before it: "أيضاً" keeps its tanwin
            continue
        piece = unicodedata.normalize("NFKC", char).casefold().replace("’", "'")
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
def folded_phrases(code: str, kind: str) -> tuple[tuple[str, int], ...]:
    """Known phrases, folded, with how often the UN files emphasise them; longest first."""
    data = language(code)
    phrases = data.preambular_phrases if kind == "preambular" else data.operative_phrases
    folded: dict[str, int] = {}
    for phrase in phrases:
        key = fold_with_map(phrase)[0].strip()
        folded[key] = folded.get(key, 0) + data.phrase_counts[kind].get(phrase, 0)
    return tuple(sorted(folded.items(), key=lambda item: len(item[0]), reverse=True))


INDEX_CHARS = 3  # folded characters that index the phrase table


@cache
def _phrases_by_start(code: str, kind: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """The known phrases grouped by their first ``INDEX_CHARS`` characters (a shorter phrase by
    all of it), longest first in each group."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for phrase, count in folded_phrases(code, kind):
        groups.setdefault(phrase[:INDEX_CHARS], []).append((phrase, count))
    return {start: tuple(items) for start, items in groups.items()}


def _candidates(folded: str, code: str, kind: str) -> list[tuple[str, int]]:
    """Known phrases that open ``folded`` and end where a word does, longest first."""
    by_start = _phrases_by_start(code, kind)
    found = [(p, n) for p, n in by_start.get(folded[:INDEX_CHARS], ()) if ends_phrase(folded, p, code)]
    for length in range(min(INDEX_CHARS, len(folded)) - 1, 0, -1):  # phrases shorter than the index
        found += [(p, n) for p, n in by_start.get(folded[:length], ()) if ends_phrase(folded, p, code)]
    return found


def match_phrase(text: str, code: str, kind: str) -> int:
    """Length in source characters of the leading phrase at the start of ``text``, or 0.

    The longest known phrase wins, unless the UN more often emphasises only a shorter known phrase
    at its start ("*Stresses* the importance", "*请*秘书长"), or it only adds a dangling word to
    one ("Toma nota de")."""
    folded, ends = fold_with_map(text[:PHRASE_WINDOW])
    candidates = _candidates(folded, code, kind)
    strings = language(code).strings
    dangling = {w.casefold() for w in strings.get("dangling_words", [])}
    known = {p for p, _ in candidates}
    for phrase, _ in candidates:
        if _mostly_split(phrase, code) and any(len(shorter) < len(phrase) for shorter, _ in candidates):
            continue
        words = phrase.split(" ")
        if len(words) > 1 and words[-1] in dangling and " ".join(words[:-1]) in known:
            phrase = " ".join(words[:-1])
        return ends[len(phrase) - 1]
    return 0


def _mostly_split(phrase: str, code: str) -> bool:
    """Whether the UN more often emphasises only a shorter phrase at the start of this one than
    the whole ("*请*秘书长", "*Stresses* the importance"): a paragraph without emphasis then most
    likely has the shorter."""
    split = _split_counts(code).get(phrase, 0)
    return split > 0 and split > _emphasised(code).get(phrase, 0)


@cache
def _split_counts(code: str) -> dict[str, int]:
    return {fold_with_map(p)[0].strip(): n for p, n in language(code).emphasised_shorter.items()}


@cache
def _emphasised(code: str) -> dict[str, int]:
    """Times the UN files emphasise each folded phrase, as either kind."""
    totals: dict[str, int] = {}
    for kind in ("preambular", "operative"):
        for phrase, count in folded_phrases(code, kind):
            totals[phrase] = totals.get(phrase, 0) + count
    return totals


def ends_phrase(folded: str, phrase: str, code: str) -> bool:
    if not phrase or not folded.startswith(phrase):
        return False
    after = folded[len(phrase) : len(phrase) + 1]
    return code == "zh" or not after or not (after.isalnum() or after in "-\u2011'’")


@cache
def known_phrases(code: str) -> frozenset[str]:
    """Every known phrase of either kind, folded."""
    return frozenset(p for kind in ("preambular", "operative") for p, _ in folded_phrases(code, kind))


@cache
def phrase_first_words(code: str) -> frozenset[str]:
    """The words known phrases of either kind open with, folded ("будучи", "с", "вновь")."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in known_phrases(code))


def word_like(word: str) -> bool:
    """A word of a phrase: letters, with a hyphen or an apostrophe at most ("co-sponsors", "l'esprit")."""
    return len(word) >= 2 and all(c.isalpha() or c in "-\u2011'’" for c in word)
