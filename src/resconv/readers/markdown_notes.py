"""A page's footnotes in Markdown that a converter made from an official PDF, rewritten as the
``<sup>n</sup>`` notes the Markdown reader understands (:func:`rewrite_notes`).

The notes sit under a rule of underscores (printed plain, quoted, as a heading or a list item,
with the first note on its line), or with no rule at all (pymupdf4llm 1.28), quoted (1.27) or as
list items (2.0: "- 2 See A/74/548."), wherever the converter put them
(:func:`notes_without_rule`). Converters run a page's notes together on one
line, set a loose note line's words apart after it or among the page's footer lines (pdfminer),
and glue a two-digit mark to its text ("12Ibid."), which may also be the end of a figure ("53A").
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from resconv.language import is_date_line
from resconv.model import LANGUAGES
from resconv.recover.inline import SYMBOL_RE
from resconv.recover.patterns import ends_finished_note, ends_with_abbreviation

# "**_______________**", and as pymupdf4llm's layout mode may print it: "> **___**", "## **___**",
# "- **___**"
_NOTE_RULE = re.compile(r"^(?:\s*>|\s*#{1,6}|\s*[-+*](?=\s))?[\s*]*_{5,}\**(?:\s+|$)")
# "2 [A/80/126.](https://...)", "[1 Resolution 55/2.](https://...)", "3 See A/75/1.", and the
# two-digit marks some converters glue to the text: "12Ibid.", "[14See A/77/727.](https://...)"
_GLUED_START = r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ\u4e00-\u9fff\[《「『（“«])"  # a capital, a character, an opening mark
# a note quoted or as a list item, as pymupdf4llm's versions print them ("> 2 See", "- 14《...")
# (not an Arabic paragraph's number as a list item: "- 1 - *تقرر*")
_QUOTED_NOTE = re.compile(rf"^\s*(?:>|[-*+])\s?(?=\d{{1,3}}(?:\s+(?![-\u2013.])\S|{_GLUED_START}))")
_QUOTE = re.compile(r"^\s*>\s?")
_QUOTATION_OPENINGS = "«“„\"‘'"  # a quotation's opening marks, which no note's rest opens with
_NOTE_START = re.compile(
    rf"^(\s*)(?:\[(\d{{1,3}})(?:\s+|{_GLUED_START})|(\d{{1,3}})(?:\s+(?=\S)|{_GLUED_START})|([-*])\s+(?=\S))"
)
# a mark alone on its line, its note's text on the next ("17" / "[见A/77/294。](...)")
_BARE_MARK = re.compile(r"^\s*(\d{1,3})\s*$")
# a reference as "<sup>1</sup>", "[1]", or a figure set against the word or mark it follows
# ("Agenda7 and", "Crime,7 and"); written to open with the number itself, so that the regex
# engine skips to each of its occurrences rather than trying the pattern at every character (the
# match is the number alone: it tells whether there is a reference, not where its mark begins)
_REFERENCE = (
    r"{n}(?:(?<=<sup>{n})(?=</sup>)|(?<=\[{n})\](?![(\[])"
    # ... or against a letter, or a letter and its punctuation, or French's "démocratie »6 ;"
    r"|(?:(?<=[^\W\d_]{n})|(?<=[^\W\d_][,.;:»”)]{n})|(?<=[\s\u00a0\u202f]»{n}))(?=[\s,.;:])"
    # ... or against a closing bracket or quotation mark, and its punctuation: "(2015-2030)6,",
    # "democracy”;6"
    r"|(?:(?<=\w[)”»]{n})|(?<=\w[)”»][,.;:]{n}))(?=[\s,.;:]|$)"
    # ... or against a year, or a year and its comma: "à l’horizon 20307 et", "in 2011,5",
    # "2015–2030,6" (not a job number's "20-19012")
    r"|(?:(?<=[\s\u00a0\u2013](?:19|20)\d\d{n})|(?<=[\s\u00a0\u2013](?:19|20)\d\d[,;]{n}))(?=\s|$)"
    # Chinese sets the mark between a closing mark and the next character: "《议程》7和"
    r"|(?<=[》」』），。；：]{n})(?=[\u4e00-\u9fff，。；：、]))"  # not "第47、48和50段"
)


def notes_without_rule(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
    """Lines that are a page's notes where the converter printed no rule above them (pymupdf4llm
    1.28: "1 Resolution 55/2." before the page's footer, 1.27: "> 2 See A/74/548." anywhere on the
    page): each opens with the number of a note the text has referred to ("<sup>1</sup>",
    "Agenda7"), quoted, or with page furniture or another such note after it. A quoted line that
    opens with a number the text never referred to is a quotation ("> 12 members shall ...")."""
    candidates: set[int] = set()
    found: set[int] = set()
    whole = "\n".join(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    highest = 0  # notes are numbered in order: "14 décembre 2020" after note 23 is the closing date
    numbers: set[str] = set()  # of the notes found so far
    numbered: dict[int, str] = {}  # the number each line opening as a note opens with
    for position, index in enumerate(filled):
        quoted = _QUOTED_NOTE.match(lines[index])
        note = _NOTE_START.match(lines[index][quoted.end() :] if quoted else lines[index])
        if not note or _closing_date(lines[index]):
            continue  # "21 December 2020" under the meeting line
        number = note.group(2) or note.group(3) or ""
        numbered[index] = number
        # under a note that stops unfinished, a number opens its next line ("> 8 ... No." / "> 7 (A/75/7).")
        late = bool(number) and int(number) <= highest
        goes_on = late and position > 0 and _unfinished(lines[filled[position - 1]])
        if (
            quoted
            and number
            and number not in numbers
            and not goes_on
            and referred(whole, number, len(whole))
        ):
            # a quoted note may come before its reference, or after the page's later notes (pymupdf4llm
            # prints a page's first note last when the page draws its rule as a line: "> 8", "> 9", "> 7")
            found.add(index)
        elif number and int(number) <= highest:
            continue
        # the sponsors' note of a draft, "- On behalf of ...", comes before any other
        elif (
            quoted
            or (number and referred(whole, number, starts[index]))
            or (note.group(4) and not candidates)
        ):
            candidates.add(index)
        if number and (index in found or index in candidates):
            numbers.add(number)
        if number and (index in found or index in candidates or _after_rule(lines, filled, position)):
            highest = max(highest, int(number))
    for position in range(len(filled) - 2, -1, -1):
        index = filled[position]
        if index not in candidates:
            continue
        after = _after_note(lines, filled, position)
        if after in drop or after in found or _NOTE_RULE.match(lines[after]):
            found.add(index)
    return found | _numbered_runs(lines, numbered, found | candidates, drop)


def _numbered_runs(
    lines: list[str], numbered: dict[int, str], referred_notes: set[int], drop: set[int]
) -> set[int]:
    """The lines of each block of lines numbered one after another (2, 3, 4) right above the
    page's footer, of which the text refers to one at least: a page's notes, where pdfminer
    (markitdown) prints the others' references apart from their word ("Anguilla 2 and"). A
    note that stops unfinished ("Supplement No.") ends the block: its next line is its own."""
    found: set[int] = set()
    for index in sorted(numbered):
        opens_block = index == 0 or not lines[index - 1].strip()
        if not opens_block or index in found:
            continue
        end = index
        while _follows(numbered.get(end, ""), numbered.get(end + 1, "")) and not _unfinished(lines[end]):
            end += 1
        if end == index or not referred_notes.intersection(range(index, end + 1)):
            continue
        if _next_with_text(lines, end) in drop:
            found.update(range(index, end + 1))
    return found


def _next_with_text(lines: list[str], index: int) -> int | None:
    """The first line after ``index`` that holds text."""
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)


def _follows(number: str, following: str) -> bool:
    return number.isdigit() and following.isdigit() and int(following) == int(number) + 1


def _quoted_rest(lines: list[str], index: int, notes_or_furniture: set[int]) -> bool:
    """Whether a line is the quoted rest of a note a page before began: quoted, with no mark,
    opening as a sentence's rest does ("> l'Organisation des États", "> (A/74/34), annexe I.", not
    a quotation's "> « Le Corps commun …"), and the page's furniture or notes right after it."""
    line = lines[index]
    quote = _QUOTE.match(line)
    if not quote or _QUOTED_NOTE.match(line) or _NOTE_RULE.match(line):
        return False
    first = line[quote.end() :].lstrip(" *_")[:1]
    if first.isupper() or first in _QUOTATION_OPENINGS:
        return False
    after = _next_with_text(lines, index)
    return after is not None and after in notes_or_furniture


def _after_note(lines: list[str], filled: list[int], position: int) -> int:
    """The first line with text after the note that the ``position``-th filled line opens, past
    the lines a quoted note goes on with ("> 4 *Documents officiels ...*" / "> (A/74/34), annexe I.");
    the last line when nothing follows."""
    quoted = _QUOTE.match(lines[filled[position]]) is not None
    for next_position in range(position + 1, len(filled)):
        line = lines[filled[next_position]]
        if not (quoted and _QUOTE.match(line) and not _QUOTED_NOTE.match(line)):
            return filled[next_position]
    return filled[-1]


def _closing_date(line: str) -> bool:
    """Whether a line is a date and little else, in any of the six languages."""
    return any(is_date_line(line, code) for code in LANGUAGES)


def referred(text: str, number: str, end: int) -> bool:
    """Whether ``text`` refers to note ``number`` before position ``end``."""
    return _reference(number).search(text, 0, end) is not None


@cache
def _reference(number: str) -> re.Pattern[str]:
    return re.compile(_REFERENCE.format(n=number))


def _after_rule(lines: list[str], filled: list[int], position: int) -> bool:
    """Whether the ``position``-th filled line follows a footnote rule, or another line that does
    (a page's notes)."""
    for before in reversed(filled[:position]):
        if _NOTE_RULE.match(lines[before]):
            return True
        if not _NOTE_START.match(lines[before]):
            return False
    return False


def rewrite_notes(lines: list[str], drop: set[int], unruled: set[int]) -> tuple[list[str], set[str]]:
    """The lines without ``drop``, each page's notes as ``<sup>n</sup> text``; the markers seen.
    Dropped and joined lines leave an empty line, so later line numbers stay true."""
    markers: set[str] = set()
    out: list[str] = []
    in_notes = in_note = footer = False
    note_at: int | None = None  # where in ``out`` the latest note is
    notes_on_page = 0
    notes_or_furniture = drop | unruled
    for index, line in enumerate(lines):
        if index in drop:
            footer, in_notes = footer or in_notes, False
            out.append("")
            continue
        if footer and line.strip() and note_at is not None and _between_furniture(lines, index, drop):
            out[note_at] += " " + line.strip()  # a note's words set among the page's footer lines
            out.append("")
            continue
        footer = footer and not line.strip()
        carried_on = note_at is not None and _quoted_rest(lines, index, notes_or_furniture)
        if carried_on and _unfinished(out[note_at or 0]):
            out[note_at or 0] += " " + _QUOTE.sub("", line).strip()  # "> l'Organisation des États ..."
            out.append("")
            continue
        rule = _NOTE_RULE.match(line)
        if rule:
            in_notes, notes_on_page = True, 0
            if not line[rule.end() :].strip():
                out.append("")
                continue
            line = line[rule.end() :]  # pymupdf4llm's layout mode: "**_____** 1 Resolution 55/2."
        quoted = _QUOTED_NOTE.match(line) if index in unruled else None
        if quoted:  # ... and "> 2 See A/74/548, annex.", above the rule too
            line = line[quoted.end() :]
        in_notes = in_notes or index in unruled
        if in_notes and in_note and not line.strip() and _unfinished(out[note_at or 0]):
            out.append("")  # a converter's blank line inside a note ("Дополнение № 53" / "(A/76/53)")
            continue
        note = (_NOTE_START.match(line) or _BARE_MARK.match(line)) if in_notes else None
        if note and not _in_sequence(note, markers):
            note = None  # "53A" of "Supplement No. 53A" set apart under note 3, not note 53
        if note and _list_item_goes_on(note, in_note, out[note_at] if note_at is not None else ""):
            line, note = line[note.end() :], None  # "- 1 Rapport ..., 5-13 septembre" / "- 1994 (...)"
        carried = notes_on_page == 0  # text under the rule before any mark: the end of a long note
        if (
            in_notes
            and not note
            and line.strip()
            and note_at is not None
            and (in_note or carried or _next_note_follows(lines, index, drop, notes_on_page))
        ):
            out[note_at] += " " + _QUOTE.sub("", line).strip()  # a note wrapped onto another line or page
            out.append("")
            in_note = True
            continue
        in_note = bool(note)
        if note:
            marker = _marker(note)
            markers.add(marker)
            rest = line[note.end() :]
            opened_link = note.re is _NOTE_START and note.group(2)  # "[1 Resolution 55/2.](...)"
            line = f"<sup>{marker}</sup> " + (f"[{rest}" if opened_link else rest)
            line, marker = _split_run_on_notes(line, marker)
            markers.add(marker)
            note_at, notes_on_page = len(out), notes_on_page + 1
        out.append(line)
    return out, markers


NOTE_FRAGMENTS = 8  # lines of words a converter may set apart between two notes of a page


def _next_note_follows(lines: list[str], index: int, drop: set[int], notes_so_far: int) -> bool:
    """Whether a line under the rule after a finished note is a piece of that note that the
    converter set apart (pdfminer's boxes: "Supplement No." / "Sixty-ninth" / "Session," ...),
    the page's next note following within a few lines, before the page ends."""
    seen = 0
    for after in range(index + 1, len(lines)):
        if after in drop or _NOTE_RULE.match(lines[after]) or seen == NOTE_FRAGMENTS:
            return False
        if not lines[after].strip():
            continue
        note = _NOTE_START.match(lines[after])
        if note and (note.group(2) or note.group(3)):
            return notes_so_far > 0
        seen += 1
    return False


def _split_run_on_notes(line: str, marker: str) -> tuple[str, str]:
    """A line holding several notes, as pymupdf4llm's layout mode runs a page's notes together
    ("3 See resolution S-10/2. 4 See resolution 50/70 M. 5 A/59/119."), with each next note on a
    line of its own (``<br>``, which keeps the line's number); and the last note's marker. A note
    starts only at the next number in sequence, after a note's end."""
    while marker.isdigit():
        following = str(int(marker) + 1)
        match = next(
            (
                m
                for m in re.finditer(rf"(?<=[.。)»”])\s+{following}\s+(?=\S)", line)
                if not ends_with_abbreviation(line[: m.start()])
            ),
            None,
        )
        if not match:
            break
        line = f"{line[: match.start()]}<br><sup>{following}</sup> {line[match.end() :]}"
        marker = following
    return line, marker


FOOTER_FRAGMENT = 30  # characters: a few words of a note, not a line of the next page


def _between_furniture(lines: list[str], index: int, drop: set[int]) -> bool:
    """Whether a few words sit between two lines of a page's footer ("20-17322 (E)" /
    "(A/69/53/Add.1," / "Please recycle"): the nearest lines with text either side are furniture,
    and none of the furniture right before is a running header with the symbol (the next page
    has begun there)."""
    if len(lines[index].strip()) > FOOTER_FRAGMENT:
        return False
    before = next((i for i in range(index - 1, -1, -1) if lines[i].strip()), None)
    after = _next_with_text(lines, index)
    if before not in drop or after not in drop:
        return False
    furniture = itertools.takewhile(lambda i: i in drop or not lines[i].strip(), range(index - 1, -1, -1))
    return not any(SYMBOL_RE.search(lines[i]) for i in furniture)  # the next page's running header


def _in_sequence(note: re.Match[str], markers: set[str]) -> bool:
    """Whether a note start is one: a mark glued to its text ("12Ibid.") only where it is the
    number after the highest so far, as such marks are easily the end of a figure ("53A")."""
    number = note.group(3) if note.re is _NOTE_START else None
    if not number or note.group(0)[-1:].isspace():
        return True
    highest = max((int(marker) for marker in markers if marker.isdigit()), default=0)
    return int(number) == highest + 1


def _list_item_goes_on(note: re.Match[str], in_note: bool, open_note: str) -> bool:
    """Whether a list item with no number under a note that stops mid-sentence is that note's
    next line, which pymupdf4llm 2.0 prints as an item of its own ("- 1 *Report of the
    Conference ..., 5-13 September*" / "- *1994* (United Nations publication ...)", "... chap. IV,
    secc." / "- A."), not a "*" note; an item that opens a sentence after a note with no final
    point is a note of its own ("... No. 20378" / "- On behalf of ...", a draft's sponsors' note)."""
    if not (note.re is _NOTE_START and note.group(4) == "-" and in_note and _unfinished(open_note)):
        return False
    opening = note.string[note.end() :].lstrip(" *_")[:1]
    return not opening.isupper() or ends_with_abbreviation(open_note.rstrip().rstrip("*_"))


def _marker(note: re.Match[str]) -> str:
    if note.re is _BARE_MARK:
        return note.group(1)
    return note.group(2) or note.group(3) or "*"


def _unfinished(note: str) -> bool:
    """A note that stops without the full stop notes end with, or on an abbreviation's point
    ("chap. IV, secc." / "A.")."""
    return not ends_finished_note(note.rstrip().rstrip("*_\u200e\u200f "))
