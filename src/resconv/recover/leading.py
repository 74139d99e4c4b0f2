"""Leading phrases in text with no emphasis to go by: a known phrase, one composed of known parts
the way the lists show phrases being built, or one guessed from the opening words. The hidden
documents come from sessions whose phrases the lists partly lack."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import Any

from resconv.language import LanguageData, language
from resconv.recover.complements import complement_length, possessives
from resconv.recover.coordination import clause_phrase, coordinated, word_length
from resconv.recover.patterns import caseless
from resconv.recover.phrases import (
    LEFT_OUT_ODDS,
    PHRASE_WINDOW,
    ends_phrase,
    fold_with_map,
    folded_phrases,
    known_phrases,
    match_phrase,
    word_like,
)


def is_known_start(text: str, code: str) -> bool:
    """Whether a line begins with any known leading phrase, alone or behind a prefix, an adverb or
    an opener ("又注意到", "满意地注意到", "с большой тревогой отмечает"): a likely paragraph start."""
    kind = "preambular"
    return bool(_known_phrase(text, code, kind) or _prefixed(text, code, kind) or _opened(text, code, kind))


def is_common_preambular_start(text: str, code: str) -> bool:
    """Whether a line opens with a preambular phrase the UN uses often enough for the language's
    ``common_phrase_times`` ("ссылаясь", "признавая"): in hard-wrapped text it then starts a
    paragraph even after a full-width line."""
    length = match_phrase(text, code, "preambular")
    if not length:
        return False
    folded = fold_with_map(text[:length])[0].strip()
    counts = dict(folded_phrases(code, "preambular"))
    # "напоминая далее" is as sure a start as "напоминая": the phrase or one it extends is common
    words = folded.split(" ")
    common = int(language(code).strings["common_phrase_times"])
    return any(counts.get(" ".join(words[:n]), 0) >= common for n in range(len(words), 0, -1))


MAX_GUESSED_WORDS = 4
_WORD_GAP = re.compile(r"[ \t\u00a0\u202f]")
PRODUCTIVE = 3  # distinct known phrases a suffix must extend to be taken as a general extension


def leading_phrase(text: str, code: str, kind: str) -> int:
    """Length in source characters of the known or composed leading phrase of a paragraph with no
    emphasis to go by, or 0.

    The hidden documents come from sessions whose phrases the lists partly lack, so a known phrase
    is extended the way the lists show phrases being extended ("Recalls" + "with concern",
    "Recognizing" + "and affirming"), or found behind a prefix or an opener."""
    readings = (_known_phrase(text, code, kind), _prefixed(text, code, kind), _infixed(text, code, kind))
    # The longest reading: "принимая также во внимание" is "принимая во внимание" with "также"
    # inside, not "принимая" + "также"; "表示关切地注意到" is an adverb and "注意到". But not when
    # it only adds to the known phrase words the UN prints after phrases, outside them, more than
    # once ("Also reaffirms" + "its commitment"). An opener before a known phrase is the last
    # resort: "Also encourages supporting" is no phrase for "Supporting" being one.
    direct, *others = (_extended(text, code, length, kind) for length in readings)
    longest = max(direct, *others)
    if not longest:
        return _extended(text, code, _opened(text, code, kind), kind)
    added = fold_with_map(text[direct:longest])[0].strip()
    if direct and language(code).left_out_after_phrase.get(added, 0) > 1:
        return direct
    return longest


def guessed_phrase(text: str, code: str, kind: str = "operative") -> int:
    """Length of the phrase of a paragraph that opens with none known, guessed from its first
    words ("Disappointed", "Souscrit", "وإذ تهيب", "缅怀"), or 0 where none can be."""
    return _extended(text, code, _first_word(text, code), kind)


def _extended(text: str, code: str, length: int, kind: str) -> int:
    while length:
        phrase, rest = text[:length], text[length:]
        step = _suffix(rest, code, kind) or coordinated(rest, code, phrase) or _complement(phrase, rest, code)
        if not step or fold_with_map(text[: length + step])[0].strip() in known_phrases(code):
            break  # a known longer phrase was match_phrase's to take, and it chose the shorter
        length += step
    return length


def is_recognised(phrase: str, code: str) -> bool:
    """Whether a paragraph's phrase opens with a known one (directly or behind a prefix such as
    "Also"), rather than being guessed from the first word or missing."""
    return bool(phrase) and bool(
        _known_phrase(phrase, code, "preambular") or _prefixed(phrase, code, "preambular")
    )


def _known_phrase(text: str, code: str, kind: str) -> int:
    other = "operative" if kind == "preambular" else "preambular"
    return match_phrase(text, code, kind) or match_phrase(text, code, other)


def _prefixed(text: str, code: str, kind: str, depth: int = 2) -> int:
    """Length of a known phrase behind a prefix that the lists show before several phrases
    ("Also", "вновь", "وإذ", "又", "赞赏地"): "又注意到", "وإذ تهيب" when "تهيب" is known."""
    adverb = _marked_adverb(text, code)
    if adverb:
        length = _known_phrase(text[adverb:], code, kind)
        if length:
            return adverb + length
    folded, ends = fold_with_map(text[:PHRASE_WINDOW])
    for prefix in _prefixes(code):
        if not folded.startswith(prefix):
            continue
        start = ends[len(prefix) - 1]
        rest = text[start:]
        if code != "zh":
            if not rest[:1].isspace():
                continue
            rest = rest.lstrip()
        length = _known_phrase(rest, code, kind) or (depth > 1 and _prefixed(rest, code, kind, depth - 1))
        if length:
            return len(text) - len(rest) + length
    return 0


def _opened(text: str, code: str, kind: str) -> int:
    """Length of an opener, one or two words and a known phrase: "с глубоким сожалением признает"
    ("с" opens known phrases such as "с удовлетворением отмечает", "признает" is known)."""
    if code == "zh":
        return 0
    words = text.split(" ", 4)
    if len(words) < 3 or fold_with_map(words[0])[0] not in _openers(code):
        return 0
    for skip in (1, 2):
        if not all(word_like(word) for word in words[1 : skip + 1]):
            return 0
        start = sum(len(word) + 1 for word in words[: skip + 1])
        length = _known_phrase(text[start:], code, kind)
        if length:
            return start + length
    return 0


def _infixed(text: str, code: str, kind: str) -> int:
    """Length of a known phrase of several words with a suffix such as "également" set after its
    first word: "Prend également acte" when "Prend acte" is known."""
    first = word_length(text)
    if code == "zh" or not first:
        return 0
    inner = _suffix(text[first:], code, kind)
    if not inner:
        return 0
    length = _known_phrase(text[:first] + text[first + inner :], code, kind)
    return length + inner if length > first else 0


def _marked_adverb(text: str, code: str) -> int:
    """Length of an adverb such as "满意地" opening the text (languages with ``adverb_marks``)."""
    marks = language(code).strings.get("adverb_marks", [])
    for end in range(2, 6):
        if text[end - 1 : end] in marks and all(char.isalpha() for char in text[:end]):
            return end
    return 0


@cache
def _prefixes(code: str) -> tuple[str, ...]:
    """Folded words that open several known phrases made of them and another known phrase
    ("also", "вновь", "وإذ", "又", "再次"), longest first."""
    known = known_phrases(code)
    found: dict[str, set[str]] = {}
    for phrase in known:
        cuts = range(1, min(4, len(phrase) - 1)) if code == "zh" else _word_cuts(phrase)
        for cut in cuts:
            rest = phrase[cut:].lstrip()
            if rest in known:
                found.setdefault(phrase[:cut].rstrip(), set()).add(rest)
    productive = {prefix for prefix, rests in found.items() if len(rests) >= PRODUCTIVE}
    return tuple(sorted(productive | _modifiers(code, "phrase_prefixes"), key=len, reverse=True))


def _word_cuts(phrase: str) -> list[int]:
    return [index for index, char in enumerate(phrase) if char == " "]


@cache
def _suffixes(code: str, kind: str) -> tuple[str, ...]:
    """Folded word sequences that extend several known phrases into other known phrases
    ("also", "with concern", "en outre", "مع التقدير") and that the UN seldom prints after a
    phrase outside it, with the language file's own suffixes (checked against the UN files by a
    conformance test, not here; ``preambular_suffixes`` for preambles alone), longest first."""
    known = known_phrases(code)
    bases: dict[str, set[str]] = {}
    for phrase in known:
        words = phrase.split(" ")
        for cut in range(1, len(words)):
            if " ".join(words[:cut]) in known:
                bases.setdefault(" ".join(words[cut:]), set()).add(" ".join(words[:cut]))
    left_out = language(code).left_out_after_phrase
    productive = {
        suffix
        for suffix, found in bases.items()
        if len(found) >= PRODUCTIVE and LEFT_OUT_ODDS * left_out.get(suffix, 0) <= len(found)
    }
    modifiers = _modifiers(code, "phrase_suffixes") | _modifiers(code, f"{kind}_suffixes")
    return tuple(sorted(productive | modifiers, key=len, reverse=True))


def _modifiers(code: str, key: str) -> set[str]:
    """The language file's own modifiers, folded: phrases of other sessions use them too, though
    the UN files here may show them with too few phrases to be learnt from the lists."""
    return {fold_with_map(str(word))[0].strip() for word in language(code).strings.get(key, [])}


@cache
def _never_last(code: str) -> frozenset[str]:
    """Folded words that known phrases hold but never end with ("having", "con", "into", "وإذ"),
    and the language file's one-word prefixes that end none ("إذ", "being"): a guessed phrase goes
    on past them."""
    inner: set[str] = set()
    last: set[str] = set()
    for phrase in known_phrases(code):
        words = phrase.split(" ")
        inner.update(words[:-1])
        last.add(words[-1])
    prefixes = {prefix for prefix in _modifiers(code, "phrase_prefixes") if " " not in prefix}
    return frozenset((inner | prefixes) - last)  # not "also": "Recalls also" ends with it


@cache
def _tails(code: str) -> tuple[str, ...]:
    """Folded words that follow the first word of known phrases, also behind a prefix ("in mind",
    "en cuenta", "à l'esprit", "منها", "في الاعتبار" of "وإذ تأخذ في الاعتبار"), and that the UN
    seldom prints after a phrase outside it; longest first. A guessed phrase takes them along:
    "Tiene en cuenta", "تصميما منها", "Gardant à l'esprit"."""
    prefixes = tuple(f"{prefix} " for prefix in _prefixes(code))
    dangling = {fold_with_map(str(w))[0] for w in language(code).strings.get("dangling_words", [])}
    heads: dict[str, set[str]] = {}
    for phrase in known_phrases(code):
        bare = phrase[len(next((p for p in prefixes if phrase.startswith(p)), "")) :]
        for first, _, tail in {phrase.partition(" "), bare.partition(" ")}:
            words = tail.split(" ")
            # at most three words: the UN's counts of words left out after phrases go no further
            if tail and len(words) <= 3 and (len(words) > 1 or len(tail) > 3) and words[-1] not in dangling:
                heads.setdefault(tail, set()).add(first)  # not a lone "por": "Expresa preocupación por"
    left_out = language(code).left_out_after_phrase
    tails = (tail for tail, firsts in heads.items() if LEFT_OUT_ODDS * left_out.get(tail, 0) <= len(firsts))
    return tuple(sorted(tails, key=len, reverse=True))


@cache
def _openers(code: str) -> frozenset[str]:
    """Folded first words of known phrases that never make a phrase alone ("having", "deeply",
    "وإذ", "se"): a guessed phrase opening with one takes the next word too."""
    known = known_phrases(code)
    firsts = {p.split(" ")[0] for p in known if " " in p}
    return frozenset(firsts - known)


def _suffix(rest: str, code: str, kind: str) -> int:
    return _following(rest, code, _suffixes(code, kind))


def _tail(rest: str, code: str) -> int:
    return _following(rest, code, _tails(code))


def _following(rest: str, code: str, sequences: tuple[str, ...]) -> int:
    """Length of the first of ``sequences`` (folded, longest first) that ``rest`` opens with
    after a space, ending where a word does; 0 if none."""
    if not rest[:1].isspace():
        return 0
    folded, ends = fold_with_map(rest[:PHRASE_WINDOW])
    found = next((s for s in sequences if ends_phrase(folded, " " + s, code)), "")
    return ends[len(found)] if found else 0


def _complement(phrase: str, rest: str, code: str) -> int:
    """Length of the verb's possessive complement after ``phrase`` ("its request"), or 0."""
    return complement_length(phrase, rest, code, _all_suffixes(code))


@cache
def _all_suffixes(code: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*_suffixes(code, "operative"), *_suffixes(code, "preambular"))))


def _first_word(text: str, code: str) -> int:
    """The guessed phrase of a paragraph opening with no known one: its first word, and the next
    ones while the last taken never ends a known phrase ("Having examined", "Being gravely
    concerned", "Acoge con aprecio", "وإذ تهيب"), when that word can be a phrase here at all."""
    data = language(code)
    if code == "zh":
        prefix = next((len(p) for p in _prefixes(code) if text.startswith(p)), 0)  # "又" + "嘉许"
        rest = text[prefix:]
        guess = clause_phrase(rest, data.strings) or _chinese_guess(rest, data)  # no spaces
        return prefix + guess if guess else 0
    # one character between words, as lines are joined, but a no-break space or a tab counts too
    words = _WORD_GAP.split(text, maxsplit=MAX_GUESSED_WORDS)[:MAX_GUESSED_WORDS]
    first = words[0].rstrip(",،:;")
    if not word_like(first) or _not_a_phrase(first, data.strings, data.opens_with_capital):
        return 0
    if text[len(first) :].lstrip().startswith(data["organ"]):
        return 0  # "تنعقد الجمعية العامة ...": a rule with its own subject, not the Assembly's act
    dangling = {str(w).casefold() for w in data.strings.get("dangling_words", [])}
    determiners = {str(w).casefold() for w in data.strings.get("determiners", [])}
    never_last = _never_last(code)
    taken = [first]
    for previous, word in itertools.pairwise(words):
        following = word.rstrip(",،:;")
        if previous != taken[-1] or fold_with_map(previous)[0] not in never_last:
            break  # a comma after it, or it may end a phrase
        if not word_like(following) or following.casefold() in dangling | determiners:
            break
        if fold_with_map(following)[0] in possessives(code):
            length = len(" ".join(taken))  # "Expresa" + "su grave preocupación", if a known one
            complement = _complement(text[:length], text[length:], code)
            if complement:
                return length + complement
        taken.append(following)
    while len(taken) > 1 and _ends_badly(taken[-1], code):
        taken.pop()  # "Takes into", "Renews its": a phrase does not end on a short function word
    length = len(" ".join(taken))
    return length + _tail(text[length:], code) if len(taken) == 1 else length


def _ends_badly(word: str, code: str) -> bool:
    """A short word no known phrase ends with ("into"), or a possessive, which the complement step
    takes with its noun or not at all."""
    folded = fold_with_map(word)[0]
    return (len(word) <= 4 and folded in _never_last(code)) or folded in possessives(code)


def _chinese_guess(text: str, data: LanguageData) -> int:
    """The first characters of a Chinese paragraph that opens with no known phrase, unless it
    names the Assembly ("大会常会每年..." is a quoted rule, with no phrase)."""
    length = int(data.strings.get("guessed_phrase_length", 0))
    if not length or text.startswith(data["organ"]) or not all(_is_han(c) for c in text[: length + 1]):
        return 0
    particles = tuple(data.strings.get("guessed_phrase_particles", []))
    return length + 1 if text[length : length + 1] in particles else length


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _not_a_phrase(word: str, strings: dict[str, Any], capital: bool) -> bool:
    """An article ("The General Assembly shall ...") or, where phrases have a case, the wrong one."""
    determiners = [str(d).casefold() for d in strings.get("determiners", [])]
    folded = word.casefold()
    if folded in determiners or any(d.endswith(("’", "'")) and folded.startswith(d) for d in determiners):
        return True
    if caseless(word[:1]):
        return False  # Arabic: no case to go by
    return word[:1].isupper() != capital
