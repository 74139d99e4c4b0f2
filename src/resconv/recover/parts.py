"""Resolutions published together under one number (A/RES/75/101 A-B): where each part begins.

The UN prints the parts one after the other: part A closes with its meeting and date lines, then
part B's letter stands alone on a line ("B", Arabic "باء"), its own title follows, and the
enacting formula opens it again ("The General Assembly,"). Read as one resolution, part B's
recitals would become operative paragraphs of part A; so the body lines are cut where a later
part begins, and each part is recovered on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from resconv.language import LanguageData
from resconv.recover.lines import Line
from resconv.recover.masthead import part_letter
from resconv.recover.patterns import formula_match

TITLE_LINES = 6  # at most this many lines of a part's title between its letter and the formula
_CLAUSE_ENDS = (",", ";", "،", "؛", "，", "；", ":", "：")


@dataclass(frozen=True)
class PartStart:
    """A later part: its letter line, its title lines and its enacting formula, by body index."""

    letter_index: int
    letter: str
    title: list[str]
    formula_index: int
    formula: str


def part_starts(lines: list[Line], data: LanguageData, first_letter: str) -> list[PartStart]:
    """The parts after the first, each found as an enacting formula with the next letter before
    it ("B" after "A"), at most a title between them. A formula without its letter is no part:
    a quoted text may open "The General Assembly," too."""
    expected = _next_letter(first_letter or "A")
    longest = len(data["formula_phrase"]) + 10
    starts: list[PartStart] = []
    for index, line in enumerate(lines):
        text = line.text
        if len(text) > longest or not formula_match(text, data):
            continue
        found = _letter_before(lines, index, data)
        if found is None or found[1] != expected:
            continue
        letter_index, letter, title = found
        starts.append(PartStart(letter_index, letter, title, index, text.strip().strip("*_ ")))
        expected = _next_letter(letter)
    return starts


def _letter_before(lines: list[Line], index: int, data: LanguageData) -> tuple[int, str, list[str]] | None:
    """(index, letter, title lines) of the part letter printed above the formula at ``index``."""
    title: list[str] = []
    for at in range(index - 1, -1, -1):
        text = lines[at].text.strip().strip("*_# ")
        if not text:
            continue
        letter = part_letter(text, data)
        if letter:
            return at, letter, title
        if len(title) == TITLE_LINES or text.endswith(_CLAUSE_ENDS):
            return None  # a paragraph's end, not a title
        title.insert(0, text)
    return None


def _next_letter(letter: str) -> str:
    return chr(ord(letter) + 1) if len(letter) == 1 and "A" <= letter < "Z" else ""
