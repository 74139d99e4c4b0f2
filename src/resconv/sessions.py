"""General Assembly session names ("Seventy-fifth session", "第七十五届会议") in the six languages.

The names come from ``resconv/data/sessions/<lang>.toml`` (an explicit table of the 99 ordinals plus
one pattern per kind of session), so a wrong form is fixed in data, not code. ``parse_session`` is
the inverse, for readers that meet a masthead in the wild.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

from resconv.language import fold, language
from resconv.model import LANGUAGES, SESSION_KIND_PREFIXES, SessionKind

KINDS: Final[tuple[SessionKind, ...]] = ("regular", "special", "emergency special")
MAX_SESSION: Final = 99

# Characters that print alike but compare unequal: hyphens, apostrophes, Arabic alef with hamza
# or madda (often typed bare), Russian ё (UN style writes е).
_FOLD_TABLE: Final = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "ё": "е",
    }
)
_ARABIC_MARKS: Final = re.compile(r"[\u064b-\u0652\u0670]")


@dataclass(frozen=True)
class SessionNames:
    """One language's ordinals (index n - 1 for session n) and its pattern per kind of session."""

    ordinals: tuple[str, ...]
    kinds: dict[str, str]
    ignore_spaces: bool = False


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


@cache
def session_names(lang: str) -> SessionNames:
    """The session-name data of one language, read once from the package data."""
    text = (
        resources.files("resconv")
        .joinpath("data", "sessions", f"{_check_lang(lang)}.toml")
        .read_text(encoding="utf-8")
    )
    data = tomllib.loads(text)
    ordinals = tuple(str(item) for item in data["ordinals"])
    kinds = {str(kind): str(pattern) for kind, pattern in data["kinds"].items()}
    if len(ordinals) != MAX_SESSION or set(kinds) != set(KINDS):
        raise ValueError(f"sessions/{lang}.toml: need {MAX_SESSION} ordinals and kinds {KINDS}")
    return SessionNames(ordinals, kinds, bool(data.get("ignore_spaces", False)))


def session_name(lang: str, number: int, kind: str = "regular") -> str:
    """The session name as the masthead prints it, e.g. ("fr", 71) -> "Soixante et onzième session"."""
    names = session_names(lang)
    if kind not in KINDS:
        raise ValueError(f"unknown session kind {kind!r}; expected one of {KINDS}")
    if not 1 <= number <= MAX_SESSION:
        raise ValueError(f"session number {number} is outside 1..{MAX_SESSION}")
    text = names.kinds[kind].format(ordinal=names.ordinals[number - 1])
    return text[:1].upper() + text[1:]


def _key(text: str, ignore_spaces: bool) -> str:
    """A comparison key: case, NBSP, tatweel, diacritics and hyphen variants do not matter."""
    key = _ARABIC_MARKS.sub("", fold(text).translate(_FOLD_TABLE))
    return key.replace(" ", "") if ignore_spaces else key


@cache
def _index(lang: str) -> dict[str, tuple[int, SessionKind]]:
    names = session_names(lang)
    index: dict[str, tuple[int, SessionKind]] = {}
    for kind in KINDS:
        for number in range(1, MAX_SESSION + 1):
            key = _key(session_name(lang, number, kind), names.ignore_spaces)
            if key in index:
                raise ValueError(f"sessions/{lang}.toml: {key!r} names two sessions")
            index[key] = (number, kind)
    return index


def parse_session(text: str, lang: str) -> tuple[int, SessionKind] | None:
    """(number, kind) of a session name such as "Seventy-fifth session", or None if it is not one."""
    return _index(lang).get(_key(text, session_names(lang).ignore_spaces))


_SESSION_IN_SYMBOL = re.compile(r"(?:A/(?:RES/|C\.\d/)?)?(ES-|S-|)(\d{1,3})/")


def session_of_symbol(symbol: str) -> tuple[int, SessionKind] | None:
    """(number, kind) of the session a symbol or resolution number is of: "A/RES/75/47" and
    "75/47" the 75th, "A/ES-11/L.7" and "ES-11/1" the 11th emergency special, "A/C.1/80/L.14"
    the 80th; None for any other text."""
    found = _SESSION_IN_SYMBOL.match(symbol.replace("\u2011", "-"))
    return (int(found.group(2)), SESSION_KIND_PREFIXES[found.group(1)]) if found else None


# ------------------------------------------------------------- special sessions' numbers
@cache
def session_prefixes() -> dict[str, str]:
    """Every printed prefix of a special or emergency special session's resolution numbers ->
    the symbol's, longest first: the symbol's own ("ES-", "S-"), each language's
    ``session_prefixes`` (Arabic "دإط-" for "ES-"), each also with the no-break hyphen the UN's
    French files print ("ES\u201110/18")."""
    prefixes = {prefix: prefix for prefix in SESSION_KIND_PREFIXES if prefix}
    for code in LANGUAGES:
        printed = language(code).strings.get("session_prefixes", {})
        prefixes |= {str(text): str(own) for text, own in printed.items()}
    prefixes |= {text.replace("-", "\u2011"): own for text, own in prefixes.items()}
    return dict(sorted(prefixes.items(), key=lambda pair: -len(pair[0])))


def session_prefix_pattern() -> str:
    """A regular expression for any printed prefix, to put before a session number."""
    return "|".join(re.escape(prefix) for prefix in session_prefixes())


def symbol_number(printed: str) -> str:
    """A resolution number as the symbol writes it: "دإط-10/15" -> "ES-10/15", "75/47" as is."""
    for prefix, own in session_prefixes().items():
        if printed.startswith(prefix):
            return own + printed[len(prefix) :]
    return printed
