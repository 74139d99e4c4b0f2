"""Leading phrases that go on past a conjunction: "Recognizing and affirming", "Reconoce y lamenta
profundamente", "وتؤكد", "承认并深感遗憾的是". In the UN's files a known phrase followed at once by
"and" (or its like) always takes the conjunction and the next verb along, so after a one-word
phrase a second verb the lists do not know is taken too when it ends the way the first words of
known phrases do."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from resconv.language import language
from resconv.recover.phrases import fold_with_map, known_phrases, match_phrase, word_like

MAX_CLAUSE_PHRASE = 10  # characters of a Chinese clause phrase ("感到失望的是")
ENDING = 2  # letters of a word's end compared with the first words of known phrases
SHARED_ENDING = 3  # first words that must end so
_FUNCTION_WORDS = ("determiners", "dangling_words")  # the language files' articles and prepositions


def coordinated(rest: str, code: str, phrase: str = "") -> int:
    """Length of "and affirming", "и подтверждая", "وتؤكد", "and profoundly regrets", "y lamenta
    profundamente" after ``phrase``: a conjunction, at most one adverb, and another phrase, known
    (or a Chinese clause phrase), or guessed from its ending after a phrase of one word, a verb
    ("Reaffirming its commitment and strong support" joins two nouns, not two verbs)."""
    stripped = rest.lstrip()
    if len(stripped) == len(rest) and code != "zh":
        return 0  # "Recognizing andrews": the conjunction must be a word of its own
    for conjunction in language(code).strings.get("phrase_conjunctions", []):
        attached = not conjunction.endswith(" ")
        if not stripped.startswith(conjunction):
            continue
        after = stripped[len(conjunction) :]
        if attached and not after[:1].isalpha():
            continue
        guess = not attached and len(phrase.split()) == 1
        length = _known_after(after, code) or (_guessed_after(after, code) if guess else 0)
        if length:
            return len(rest) - len(after) + length
    return 0


def _known_after(after: str, code: str) -> int:
    for skip in (0, word_length(after)):
        tail = after[skip:].lstrip()
        length = (
            match_phrase(tail, code, "operative")
            or match_phrase(tail, code, "preambular")
            or clause_phrase(tail, language(code).strings)  # "承认并深感遗憾的是，"
        )
        if length:
            return len(after) - len(tail) + length
    return 0


def _guessed_after(after: str, code: str) -> int:
    """Length of a verb no list knows, with an adverb before or after it ("profoundly regrets",
    "lamenta profundamente", "propose"), where the verb ends as known phrases' first words do."""
    if not language(code).strings.get("adverb_endings"):
        return 0  # without them an adverb ("глубоко") cannot be told from the verb
    words = after.split(" ", 3)
    adverb_first = _is_adverb(words[0], code) and len(words) > 1
    verb = words[1] if adverb_first else words[0]
    if not _may_be_verb(verb, code):
        return 0
    taken = words[: 2 if adverb_first else 1]
    if not adverb_first and len(words) > 2 and _is_adverb(words[1], code):
        taken.append(words[1])  # "lamenta profundamente"
    return len(" ".join(taken))


def _may_be_verb(word: str, code: str) -> bool:
    """A lower-case word of four letters or more, no article or preposition, ending as the first
    words of known phrases do."""
    strings = language(code).strings
    function_words = {str(w).casefold() for key in _FUNCTION_WORDS for w in strings.get(key, [])}
    return (
        word_like(word)
        and len(word) > 3
        and word.islower()
        and word not in function_words
        and fold_with_map(word)[0][-ENDING:] in _verb_endings(code)
    )


def _is_adverb(word: str, code: str) -> bool:
    endings = tuple(language(code).strings.get("adverb_endings", []))
    return bool(endings) and word_like(word) and word.casefold().endswith(endings)


@cache
def _verb_endings(code: str) -> frozenset[str]:
    """The last letters that several first words of known phrases share ("-es", "-ng", "-ce"; not
    the "-er" of "Further" alone)."""
    firsts = {phrase.split(" ", 1)[0] for phrase in known_phrases(code)}
    endings = Counter(word[-ENDING:] for word in firsts)
    return frozenset(ending for ending, count in endings.items() if count >= SHARED_ENDING)


def clause_phrase(text: str, strings: dict[str, Any]) -> int:
    """A short opening clause that ends the way phrases of its kind do ("感到失望的是，")."""
    comma = text.find("，", 0, MAX_CLAUSE_PHRASE + 1)
    if comma < 2:
        return 0
    clause = text[:comma]
    endings = strings.get("clause_phrase_endings", [])
    return comma if all(c.isalpha() for c in clause) and clause.endswith(tuple(endings)) else 0


def word_length(text: str) -> int:
    """Characters up to the first space (the whole text if none)."""
    end = 0
    while end < len(text) and not text[end].isspace():
        end += 1
    return end
