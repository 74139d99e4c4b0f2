"""The document's symbol, resolution number and session as its masthead and text print them.

A/RES/75/47 and "75/47."; a special or emergency special session's A/RES/S-30/1 and "ES-11/1."
(Arabic prints the prefix in its own letters, "دإط-11/1."; the UN's French files a no-break hyphen).
Shared by the masthead reader and the readers that find a symbol before it runs.
"""

from __future__ import annotations

import re

from resconv.model import Meta
from resconv.sessions import session_of_symbol, session_prefix_pattern, symbol_number

PART_RANGE = r"(?:[-\u2011\u2013][A-Z]\b)?"  # the last letter of a publication's parts: "A-B", "A–C"
# A/RES/75/47, A/RES/75/101 A, A/RES/75/101 A-B (a publication of both), A/RES/ES-11/1 (the UN's
# French files print a no-break hyphen)
_RESOLUTION = r"RES/(?:ES[-\u2011]|S[-\u2011])?\d+/\d+(?: ?\[?[A-Z]\]?\b" + PART_RANGE + ")?"
SYMBOL_RE = re.compile(
    r"\bA/(?:" + _RESOLUTION + r"|C\.\d/\d+/L\.\d+(?:/Rev\.\d+)?"  # committee drafts: A/C.1/80/L.14
    r"|(?:ES[-\u2011]|S[-\u2011])?\d+/L\.\d+(?:/Rev\.\d+)?)"  # plenary drafts: A/80/L.9, A/ES-11/L.1
)
RES_SYMBOL_RE = re.compile(r"\bA/" + _RESOLUTION)
PART_LETTERS_RE = re.compile(r" ?[A-Z]\b" + PART_RANGE)  # what follows a symbol: " B", " A-B"
_LETTERS_AT_END = re.compile(r" ?\[?[A-Z]\]?" + PART_RANGE + "$")


def lettered_symbol(symbol: str, letter: str) -> str:
    """The symbol of one lettered resolution of a publication: "A/RES/75/101 B" of "A/RES/75/101
    A-B" (which names the publication) or of "A/RES/75/101"; other symbols are left as they are."""
    if not (letter and symbol.startswith("A/RES/")):
        return symbol
    return f"{unlettered_symbol(symbol)} {letter}"


def unlettered_symbol(symbol: str) -> str:
    """A resolution symbol without the letters of its parts: "A/RES/75/101" of "A/RES/75/101 B"."""
    return _LETTERS_AT_END.sub("", symbol) if symbol.startswith("A/RES/") else symbol


NUMBER_LINE_RE = re.compile(
    rf"^\s*((?:{session_prefix_pattern()})?\d{{1,3}}/\d{{1,4}})(?:\s?([A-Z]))?\s*\.(?:\s+|$|(?=[^\W\d_]))(.*)$"
)  # "75/47. Title", "ES-11/1. Title", Arabic "دإط-11/1." (ES-11/1)


def document_symbol(lines: list[str], whole_text: str) -> str:
    """The document's symbol from its masthead lines: a resolution symbol first; a draft symbol
    only outside the report line's brackets (there it names the draft the resolution was adopted
    on). Where the masthead prints neither, a resolution symbol in the first paragraphs may be the
    document's own, as a page header prints it, or one the text cites: it is taken only as the
    number line agrees ("75/47." and A/RES/75/47), and after a draft's own symbol."""
    joined = " ".join(lines)
    match = RES_SYMBOL_RE.search(joined)
    if match is None:  # the rest only where the masthead prints no resolution symbol
        head, number = whole_text[:3000], _printed_number(lines)
        own = (m for m in RES_SYMBOL_RE.finditer(head) if _numbered(m.group(0), number)) if number else ()
        unbracketed = re.sub(r"\[[^\]]*\]", " ", joined)
        match = next(iter(own), None) or SYMBOL_RE.search(unbracketed)
        match = match or (RES_SYMBOL_RE.search(head) if not number else None)
    return re.sub(r"[\[\]]", "", match.group(0)).replace("\u2011", "-") if match else ""


def _printed_number(lines: list[str]) -> str:
    """The resolution number the number line prints, in the symbol's form ("ES-11/1"); empty if none."""
    for line in lines:
        match = NUMBER_LINE_RE.match(unmirror_number(line.strip()))
        if match and "[" not in line:
            return symbol_number(match.group(1))
    return ""


def _numbered(symbol: str, number: str) -> bool:
    """Whether a resolution symbol is the one of this number: A/RES/77/263 B is 77/263's."""
    own = re.sub(r"[\[\]]", "", symbol).replace("\u2011", "-").removeprefix("A/RES/")
    return own.split(" ")[0] == number


_SYMBOL_REST = re.compile(r"(?:^|\s)(/\S+)")


def split_symbol(lines: list[str]) -> str:
    """The symbol as pdfplumber prints it: its large "A" on a line of its own, the rest beside
    "United Nations" ("A" / "United Nations /C.1/80/L.14")."""
    if not any(line.strip() == "A" for line in lines):
        return ""
    for line in lines:
        for match in _SYMBOL_REST.finditer(line):
            if SYMBOL_RE.fullmatch(symbol := "A" + match.group(1)):
                return symbol
    return ""


def settle_session(meta: Meta) -> None:
    """The session, and its kind, from the resolution number or the symbol ("ES-11/1", A/ES-11/L.7,
    A/C.1/80/L.14) where no line names the session; and the kind where the session line reads as
    a regular one of the same number: pdftotext may cut it before its last words ("Onzième
    session" / "extraordinaire d’urgence"), a front matter may leave the kind out."""
    found = session_of_symbol(meta.resolution_number) or session_of_symbol(meta.symbol)
    if found is None:
        return
    if meta.session is None:
        meta.session, meta.session_kind = found
    elif meta.session == found[0] and found[1] != "regular":
        meta.session_kind = found[1]


_MIRRORED_NUMBER = re.compile(rf"\.((?:{session_prefix_pattern()})?\d{{1,3}}/\d{{1,4}})")


def unmirror_number(line: str) -> str:
    """ ".75/9" is "75/9." as pdftotext orders it inside a right-to-left line."""
    mirrored = _MIRRORED_NUMBER.fullmatch(line)
    return f"{mirrored.group(1)}." if mirrored else line
