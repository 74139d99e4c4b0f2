"""Resolutions published together under one number (A/RES/75/101 A-B): where each part begins.

The UN prints the parts one after the other: part A closes with its meeting and date lines, then
part B's letter stands alone on a line ("B", Arabic "باء"), its own title follows, and the
enacting formula opens it again ("The General Assembly,"). Read as one resolution, part B's
recitals would become operative paragraphs of part A; so the body lines are cut where a later
part begins, and each part is recovered on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from resconv.errors import Diagnostics
from resconv.language import LanguageData
from resconv.model import Meta, Resolution
from resconv.recover.footnotes import attach_markers, referred_markers
from resconv.recover.lines import Line
from resconv.recover.masthead import TITLE_LINES, lettered_line
from resconv.recover.patterns import formula_match
from resconv.recover.symbols import lettered_symbol

_CLAUSE_ENDS = (";", "؛", "；")  # a paragraph's end: no title line ends so ("Assistance to ...,")


@dataclass(frozen=True)
class PartStart:
    """A later part: its letter line, its title lines and its enacting formula, by body index."""

    letter_index: int
    letter: str
    title: list[str]
    formula_index: int
    formula: str


@dataclass
class Piece:
    """What one resolution of a publication is recovered from."""

    meta: Meta
    formula: str
    lines: list[Line]


def part_starts(
    lines: list[Line], data: LanguageData, first_letter: str, formulas: list[int] | None = None
) -> list[PartStart]:
    """The parts after the first, each found as an enacting formula with the next letter before
    it ("B" after "A"), at most a title between them. A formula without its letter is no part:
    a quoted text may open "The General Assembly," too. ``formulas``: the formula lines, when
    already found (:func:`formula_lines`)."""
    expected = _next_letter(first_letter or "A")
    starts: list[PartStart] = []
    for index in formula_lines(lines, data) if formulas is None else formulas:
        found = _letter_before(lines, index, data)
        if found is None or found[1] != expected:
            continue
        letter_index, letter, title = found
        starts.append(PartStart(letter_index, letter, title, index, lines[index].text.strip().strip("*_ ")))
        expected = _next_letter(letter)
    return starts


def formula_lines(lines: list[Line], data: LanguageData) -> list[int]:
    """The indexes of the lines that are the enacting formula ("The General Assembly,")."""
    longest = len(data["formula_phrase"]) + 10  # formula_match's own limit, checked before folding
    return [i for i, line in enumerate(lines) if len(line.text) <= longest and formula_match(line.text, data)]


def _letter_before(lines: list[Line], index: int, data: LanguageData) -> tuple[int, str, list[str]] | None:
    """(index, letter, title lines) of the part letter printed above the formula at ``index``;
    the notes of a page that ends between them are passed over."""
    title: list[str] = []
    for at in range(index - 1, -1, -1):
        text = lines[at].text.strip().strip("*_# ")
        if not text or lines[at].in_notes:
            continue
        letter, rest = lettered_line(text, data)
        if letter:
            return at, letter, [rest, *title] if rest else title
        if len(title) == TITLE_LINES or text.endswith(_CLAUSE_ENDS):
            return None  # a paragraph's end, not a title
        title.insert(0, text)
    return None


def _next_letter(letter: str) -> str:
    return chr(ord(letter) + 1) if len(letter) == 1 and "A" <= letter < "Z" else ""


def cut(meta: Meta, formula: str, body: list[Line], starts: list[PartStart]) -> list[Piece]:
    """The body cut where each later part begins (its letter line). A part's letter and title go
    to its metadata; a page's notes printed between them, to the part before."""
    if not starts:
        return [Piece(meta, formula, body)]
    pieces = [
        Piece(_lettered(meta, meta.part or "A", meta.part_title), formula, body[: starts[0].letter_index])
    ]
    for at, part in enumerate(starts):
        end = starts[at + 1].letter_index if at + 1 < len(starts) else len(body)
        pieces[-1].lines += [ln for ln in body[part.letter_index : part.formula_index] if ln.in_notes]
        later = _lettered(meta, part.letter, " ".join(part.title), later=True)
        pieces.append(Piece(later, part.formula, body[part.formula_index + 1 : end]))
    return pieces


def _lettered(meta: Meta, letter: str, title: str, *, later: bool = False) -> Meta:
    """One part's metadata: the masthead's, with the part's letter, title and symbol
    ("A/RES/75/101 A-B" names the publication, "A/RES/75/101 B" the part); a ``later`` part's
    closing lines give its own meeting and date."""
    update: dict[str, object] = {
        "part": letter,
        "part_title": title,
        "symbol": lettered_symbol(meta.symbol, letter),
    }
    if later:
        update |= {"meeting": None, "meeting_resumed": False, "adopted_on": None}
    return meta.model_copy(update=update, deep=True)


def share_notes(resolutions: list[Resolution], reports: list[Diagnostics]) -> None:
    """Join each note with its reference. The notes of a publication of several parts are
    numbered through it and printed at the foot of each page, so a part's notes may stand among
    the next part's lines: each part takes, in order, the notes its text refers to, and a note
    no text refers to stays where it was printed (and is reported there)."""
    if len(resolutions) == 1:
        attach_markers(resolutions[0], reports[0])
        return
    notes = [(index, note) for index, resolution in enumerate(resolutions) for note in resolution.footnotes]
    owners: dict[int, int] = {}  # note's place in ``notes`` -> the part that refers to it
    for index, resolution in enumerate(resolutions):
        unclaimed = [place for place in range(len(notes)) if place not in owners]
        resolution.footnotes = [notes[place][1] for place in unclaimed]
        attach_markers(resolution, Diagnostics(reports[index].file))
        for marker in referred_markers(resolution):
            place = next((p for p in unclaimed if notes[p][1].marker == marker and p not in owners), None)
            if place is not None:
                owners[place] = index
    for index, resolution in enumerate(resolutions):
        mine = (note for place, (printed, note) in enumerate(notes) if owners.get(place, printed) == index)
        resolution.footnotes = list(mine)
        # the first pass put in each reference found; this one finds those present and passes
        # them over, so only a note no text refers to is looked for again, and reported
        attach_markers(resolution, reports[index])
