"""A verb's possessive complement, which the UN emphasises with its leading phrase ("*Reiterates
its request*", "*повторяет свою просьбу*", "*تكرر تأكيد طلبها*") but not a document it names
("*Reaffirms* its resolution 74/274"). What makes a complement is learnt from the known phrases;
the language files only name the possessives (``possessives``, Arabic ``possessive_endings``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from resconv.language import language
from resconv.recover.phrases import LEFT_OUT_ODDS, PHRASE_WINDOW, fold_with_map, folded_phrases, word_like

MAX_COMPLEMENT_WORDS = 3  # after the possessive: "its previous requests", "свой настоятельный призыв"
STEM_CHANGE = 2  # letters an ending may change: "request(s)", "solicitud(es)", "просьб(у|ы)"
MIN_STEM = 5  # letters of a noun; shorter words ("for", "upon" of "its call upon") end no complement


@dataclass(frozen=True)
class Complements:
    """What the known phrases show of a verb's possessive complement ("Reiterates *its request*",
    "Reitera *sus solicitudes anteriores*", "تؤكد من جديد *التزامها*"): the words a complement
    follows (heads), the words before its noun ("deep", "previous"), its nouns, those of them that
    make one alone (nouns for sure: "request", "compromiso", "طلبها"), the adjectives set after a noun
    ("anteriores", "البالغ"), and the nouns the UN prints outside the phrase too often to take."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    nouns: frozenset[str]
    alone: frozenset[str]
    after_noun: frozenset[str]
    left_out: frozenset[str]


def complement_words(words: list[str], code: str) -> list[str] | None:
    """The words of the possessive complement ``words`` open with, the possessive left out ("its
    request" -> ["request"]); Arabic writes the possessive as the noun's ending ("طلبها")."""
    if words[0] in possessives(code):
        return words[1:]
    endings = _possessive_endings(code)
    return words[:2] if endings and words[0].endswith(endings) else None  # "قلقها البالغ"


@cache
def possessives(code: str) -> frozenset[str]:
    """The language file's possessive words, folded ("its", "sus", "свою"); none in Arabic."""
    return frozenset(fold_with_map(str(word))[0] for word in language(code).strings.get("possessives", []))


@cache
def _possessive_endings(code: str) -> tuple[str, ...]:
    return tuple(str(ending) for ending in language(code).strings.get("possessive_endings", []))


@cache
def complements_of(code: str, suffixes: tuple[str, ...]) -> Complements:
    """Complements as the known phrases of ``code`` show them; one of ``suffixes`` that closes one
    ("its support once again") is no part of it."""
    closing = tuple(f" {suffix}" for suffix in suffixes)
    found: list[tuple[str, list[str], int]] = []  # (head, complement words, times emphasised)
    for kind in ("preambular", "operative"):
        for phrase, count in folded_phrases(code, kind):
            phrase = phrase.removesuffix(next((s for s in closing if phrase.endswith(s)), ""))
            split = phrase.split(" ")
            for cut in range(1, len(split)):
                inside = complement_words(split[cut:], code)
                if inside and (split[cut] in possessives(code) or cut >= len(split) - 2):
                    found.append((split[cut - 1], inside, count))  # Arabic: the noun near the end
                    break
    alone = frozenset(inside[0] for _, inside, _ in found if len(inside) == 1 and len(inside[0]) >= MIN_STEM)
    modifiers: set[str] = set()
    nouns: set[str] = set()
    after_noun: set[str] = set()
    emphasised: dict[str, int] = {}
    attached = bool(_possessive_endings(code))
    for _, inside, count in found:
        nouns_at = (at for at, word in enumerate(inside) if attached or _known_stem(word, alone))
        at = next(nouns_at, len(inside) - 1)  # Arabic: the noun bears the possessive
        if len(inside[at]) < MIN_STEM or len(inside) > at + 2:
            continue  # "its call for": no noun to end it
        modifiers.update(inside[:at])
        nouns.add(inside[at])
        after_noun.update(inside[at + 1 :])
        emphasised[inside[at]] = emphasised.get(inside[at], 0) + count
    return Complements(
        heads=frozenset(head for head, _, _ in found),
        modifiers=frozenset(modifiers),
        nouns=frozenset(nouns),
        alone=alone,
        after_noun=frozenset(after_noun),
        left_out=_left_out_nouns(code, frozenset(nouns), emphasised),
    )


def _left_out_nouns(code: str, nouns: frozenset[str], emphasised: dict[str, int]) -> frozenset[str]:
    """Complement nouns the UN files print after a phrase, outside it, too often for the odds
    ("*Also reaffirms* its commitment": 3 times against 10 inside)."""
    outside: dict[str, int] = {}
    for words, times in language(code).left_out_after_phrase.items():
        inside = complement_words(words.split(" "), code) if times else None
        noun = next((word for word in inside or [] if word in nouns), None)
        if noun:
            outside[noun] = outside.get(noun, 0) + times
    return frozenset(
        noun for noun, times in outside.items() if LEFT_OUT_ODDS * times > emphasised.get(noun, 1)
    )


def complement_length(phrase: str, rest: str, code: str, suffixes: tuple[str, ...]) -> int:
    """Length of a possessive complement that the known phrases show after a word of the phrase
    ("Reiterates" + "its previous requests", "повторяет" + "свою просьбу"): the UN emphasises it
    with the verb. Not after a phrase none of whose words known phrases show a complement after
    ("*Recalls* its request"), nor without a complement noun ("*Reaffirms* its resolution").

    The complement ends on its first known noun, in any form ("requests" for "request"), and an
    adjective that known complements set after their noun ("anteriores"). The words before the
    noun are known to stand there, or one unseen word stands before a noun that makes a complement
    alone ("its previous requests" from "its request"). A noun the UN often prints outside the
    phrase is not taken at all ("its commitment", "its firm commitment")."""
    found = complements_of(code, suffixes)
    if not rest[:1].isspace() or found.heads.isdisjoint(fold_with_map(phrase)[0].split()):
        return 0  # any word of the phrase: "تكرر تأكيد" + "طلبها" as "تكرر" + "طلبها"
    folded, ends = fold_with_map(rest[:PHRASE_WINDOW])
    split = folded.lstrip().split(" ")
    inside = complement_words(split, code)
    if not inside:
        return 0
    taken = _noun_phrase(inside[:MAX_COMPLEMENT_WORDS], found)
    if not taken or not all(map(word_like, inside[:taken])):
        return 0
    possessive = int(split[0] in possessives(code))  # a word of its own, or an Arabic ending
    complement = " ".join(split[: possessive + taken])
    return ends[len(folded) - len(folded.lstrip()) + len(complement) - 1]


def _noun_phrase(words: list[str], found: Complements) -> int:
    """How many of ``words`` make a complement: modifiers, a noun, maybe an adjective after it."""
    for at, word in enumerate(words):
        if _known_stem(word, found.nouns):  # "alone" nouns are among them
            if _known_stem(word, found.left_out):
                return 0
            unseen = sum(not _known_stem(before, found.modifiers) for before in words[:at])
            if unseen > 1 or (unseen and not _known_stem(word, found.alone)):
                return 0
            follows = at + 1 < len(words) and _known_stem(words[at + 1], found.after_noun)
            return at + 1 + follows
    return 0


def _known_stem(word: str, known: frozenset[str]) -> bool:
    """Whether ``word`` is a known word or one of its forms (ending changed by a letter or two)."""
    return word in known or any(_same_stem(word, other) for other in known)


def _same_stem(word: str, other: str) -> bool:
    """Forms of one word: "request" and "requests", "просьбу" and "просьбы", "solicitud" and
    "solicitudes"; at least ``MIN_STEM`` letters in common."""
    common = len(os.path.commonprefix([word, other]))  # noqa: RUF071 - characters, not paths
    return common >= MIN_STEM and len(word) - common <= STEM_CHANGE and len(other) - common <= STEM_CHANGE
