"""Footnote areas with no rule in the text.

The UN's own PDFs print the footnote rule as a row of underscores, which ``pdftotext`` keeps. A
PDF made elsewhere (LibreOffice or Word from a DOCX, a delegation's draft) draws the rule as a
line, and the text shows only the notes: each page's body runs straight on into "1", "2" ... or
"1" / "United Nations, Treaty Series ...". A page's notes are told from its text by three things
together: a marker alone on its line that comes next after the document's notes so far; that
number printed as a reference above it on the page; and the page's later markers in order.

pdftotext without ``-layout`` may also print the markers of a page's first notes after all the
texts ("Resolution 217 A (III)." / "See ..." / "3" / ... / "1" / "2"): the notes then begin as
many finished note texts above the first marker alone as markers are printed late.
"""

from __future__ import annotations

import re
from functools import cache

from resconv.recover.furniture import is_furniture
from resconv.recover.patterns import ends_finished_note, ends_with_abbreviation

PAGE_NUMBER_LINES = 2  # last lines of a page that may print its number alone ("3"), after the notes
TOP_NOTE_LINES = 2  # lines of the topmost note printed without its marker, at most
MISSED_NOTES = 1  # notes the text lost or printed out of the way, skipped to find a page's first
LATE_MARKERS = 9  # markers pdftotext may print after their notes' texts, at most
STARRED_NOTE_LINES = 6  # the sponsors' note's lines, and the page's foot after them, at most
_STAR_ALONE = re.compile(r"^\s*\*(?:\s+\*)?\s*$")
_STAR_REFERENCE = re.compile(r"[^\s*]\*(?!\*)")
_BARE_MARKER = re.compile(r"^\s*\(?(\d{1,3})\)?\s*$")
_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}\.\s*$")  # "22." printed apart from its paragraph: no note's end
_PAGE_OF_PAGES = re.compile(r"(?<!\S)\d{1,3}/\d{1,3}(?!\S)")  # "2/5", as the UN numbers its pages
_LEADING_MARKER = re.compile(r"^\s*\(?(\d{1,3})\)?(?:\s|$)")


def notes_start(lines: list[str], next_marker: int, page_number: int = 0) -> int | None:
    """Index in a page's ``lines`` where its unruled notes begin, or None. ``next_marker`` is the
    number the page's first note must carry (one after the document's last note so far); the
    document's first notes may start higher, as the UN's own numbering sometimes does (at 3).
    A draft's first page may open its notes with the sponsors' "*" note. ``page_number``: the
    page's own number, which a PDF made from Word may print alone ("3"), not a note's marker."""
    numbered = _numbered_notes_start(lines, next_marker, page_number)
    if numbered is None:
        numbered = _leading_notes_start(lines, next_marker)
    if next_marker > 1:
        return numbered  # the sponsors' note comes first, on the first page with notes
    starred = _starred_note_start(lines, len(lines) if numbered is None else numbered)
    return numbered if starred is None else starred


def _starred_note_start(lines: list[str], end: int) -> int | None:
    """The sponsors' note, "*" alone on its line (or twice, as LibreOffice prints a custom mark)
    above the numbered notes or the page's foot, its mark glued to a line above ("Mexico:*")."""
    for index in range(end):
        if _STAR_ALONE.match(lines[index]):
            text = [line for line in lines[index + 1 : end] if line.strip()]
            glued = any(_STAR_REFERENCE.search(line) for line in lines[:index])
            return index if glued and len(text) <= STARRED_NOTE_LINES else None
    return None


def _numbered_notes_start(lines: list[str], next_marker: int, page_number: int) -> int | None:
    for index, line in enumerate(lines):
        bare = _BARE_MARKER.match(line)
        number = int(bare.group(1)) if bare else 0
        if not next_marker <= number <= next_marker + LATE_MARKERS:
            continue
        if number == page_number != next_marker:
            continue  # the page's number, unless it is the very marker expected
        late = set(range(next_marker, number))
        rest = lines[index + 1 :]
        if not any(_note_text(line) for line in rest):
            continue  # a marker with no text after it on the page
        in_order = _in_order_after(rest, number, late | ({page_number} - {number}))  # "1" twice: a mark
        if not (in_order and _referred_to(lines[:index], number)):
            continue
        if not late:
            return index
        if not late <= _bare_markers(rest):
            if next_marker == 1 or len(late) <= MISSED_NOTES:
                return index  # numbered from ``number`` (the document's first), or a note was missed
            continue
        start = _texts_above(lines, index, len(late))
        if start is not None:
            return start
    return None


def _leading_notes_start(lines: list[str], next_marker: int) -> int | None:
    """Where a page's notes begin when each marker opens its note's line ("1 A/75/195." /
    "2 See ..."), as PyMuPDF, pdfplumber, pypdfium2 and pypdf print them: the line opening with
    the next marker, which the page's text above refers to, after which the page holds nothing
    but the next notes in order, their wrapped lines and the page's foot."""
    for index, line in enumerate(lines):
        leading = _LEADING_MARKER.match(line)
        if not leading or _BARE_MARKER.match(line) or int(leading.group(1)) != next_marker:
            continue
        if _referred_to(lines[:index], next_marker) and _notes_to_the_foot(lines[index:], next_marker):
            return index
    return None


def _notes_to_the_foot(lines: list[str], first: int) -> bool:
    """Whether ``lines`` are notes from marker ``first`` on, then the page's foot: each line opens
    with the next marker, or goes on with a note that has not ended ("Supplement No." / "5
    (A/75/5)."), or is page furniture after the last."""
    expected, previous, foot = first, "", False
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if is_furniture(line) or (foot and _BARE_MARKER.match(line)):  # "3": Word's page number
            foot = True
            continue
        if foot:
            return False  # text after the page's foot: the notes were no notes
        leading = _LEADING_MARKER.match(line)
        if leading and not ends_with_abbreviation(previous):
            if int(leading.group(1)) != expected:
                return False  # another number: a line of text that opens with one
            expected += 1  # the next note (a note that ends with no point ends where the next begins)
        elif not previous or _ends_note(previous):
            return False  # text with no marker after a finished note
        previous = line
    return expected > first


def marker_after(lines: list[str], next_marker: int, page_number: int = 0) -> int:
    """The marker the next note must carry after a footnote area's ``lines``: markers count in
    order; a number opening a line counts where the note above has ended ("Supplement No." /
    "5 (A/75/5)." goes on), one alone on its line also out of order, but not the page's number."""
    finished = True
    for line in (line for line in lines if line.strip()):
        bare = _BARE_MARKER.match(line)
        leading = bare or (_LEADING_MARKER.match(line) if finished else None)
        number = int(leading.group(1)) if leading else 0
        if number == next_marker or (bare and number > next_marker and number != page_number):
            next_marker = number + 1
        finished = bool(bare) or _ends_note(line)
    return next_marker


def own_page_number(line: str, page_number: int, notes: list[str], next_marker: int) -> bool:
    """A page's own number printed alone among its notes (Word's way, on a page that prints no
    "2/5": see :func:`numbers_its_pages`), unless it is the very marker the next note carries."""
    return line == str(page_number) and line != str(marker_after(notes, next_marker))


def numbers_its_pages(page: list[str]) -> bool:
    """Whether a page prints its number the UN's way, "2/5" (maybe beside the job number), in a
    footer line: then a number alone on a line is no page number."""
    return any(_PAGE_OF_PAGES.search(line) and is_furniture(line.strip()) for line in page)


def _referred_to(body: list[str], marker: int) -> bool:
    """Whether the page's text above prints ``marker`` as a reference: after a word or
    punctuation, glued or with one space ("Crime1 and", "Women 4", "thereto,5", "宣言》， 1其中"),
    or after a year ("travaux de 20201,": 2020 and note 1; "de 1949 1 y") or a resolution's
    number ("71/2057"), or glued to the word after a comma ("1994, 1in which")."""
    return any(_reference(marker).search(line) for line in body)


@cache
def _reference(marker: int) -> re.Pattern[str]:
    after = r"(?=[\s,.;:，。；、)”»《“（\u4e00-\u9fff]|$)"  # Chinese runs on after it
    glued = rf"(?:(?<=[^\s\d/.\-])\s?|(?<=(?<![0-9])(?:19|20)[0-9][0-9])){marker}{after}"
    year = rf"(?<=(?<![0-9])(?:19|20)[0-9][0-9] ){marker}(?=[\s,.;:]|$)"  # "de 1949 1 y sus"
    number = rf"(?<=\d/\d\d\d){marker}{after}"  # "resolutions 71/2057 and": 71/205 and note 7
    return re.compile(rf"{glued}|{year}|{number}|(?<=[,;:] ){marker}(?=[^\W\d_])")  # "1994, 1in which"


def _in_order_after(rest: list[str], first: int, late: set[int]) -> bool:
    """Whether the markers the rest of the page opens lines with go on from ``first`` one by one,
    the ``late`` ones aside: a line opening with another number is a note's own text ("12 April
    2012 ...") where it is not the next marker and not alone on its line, or the page's number
    at its foot."""
    expected = first + 1
    filled = [line for line in rest if line.strip()]
    for position, line in enumerate(filled):
        bare = _BARE_MARKER.match(line)
        leading = bare or _LEADING_MARKER.match(line)
        number = int(leading.group(1)) if leading else 0
        if number == expected:
            expected += 1
        elif bare and number not in late and position < len(filled) - PAGE_NUMBER_LINES:
            return False
    return True


def _ends_note(line: str) -> bool:
    """A note's last line: not a paragraph's number printed apart ("22."), nor an abbreviation's
    point ("vol. 999, No." / "14668.")."""
    return ends_finished_note(line) and not _NUMBER_ALONE.match(line)


def _note_text(line: str) -> bool:
    """A line of text, not a marker alone nor the page's edge (job number, "2/5", barcode)."""
    return bool(line.strip()) and not _BARE_MARKER.match(line) and not is_furniture(line.strip())


def _bare_markers(lines: list[str]) -> set[int]:
    return {int(match.group(1)) for match in map(_BARE_MARKER.match, lines) if match}


def _texts_above(lines: list[str], index: int, count: int) -> int | None:
    """Where the ``count`` finished note texts just above ``lines[index]`` begin: going up, a
    text begins below a line that ends like a note ("Resolution 72/1."). The topmost may follow a
    body line that stops mid-sentence: it is taken to be its last line and the lines above that
    end with an abbreviation ("vol. 999, No." / "14668."), unless a note's end is found within
    ``TOP_NOTE_LINES``."""
    filled = [position for position in range(index) if lines[position].strip()]
    ends = [_ends_note(lines[position]) for position in filled]
    if not ends or not ends[-1]:
        return None  # the line above the first marker alone ends no note
    found, last = 0, len(filled) - 1
    for offset in range(len(filled) - 1, 0, -1):
        if found == count - 1 and last - offset >= TOP_NOTE_LINES:
            while last > 0 and ends_with_abbreviation(lines[filled[last - 1]]):
                last -= 1
            return filled[last]
        if ends[offset - 1]:
            found, last = found + 1, offset - 1
            if found == count:
                return filled[offset]
    return None
