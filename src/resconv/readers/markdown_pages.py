"""Markdown that a converter made from an official PDF page by page (pymupdf4llm, marker and the
like) keeps what the pages print around the text: the job number and barcode, "2/3", the running
header of symbol and short title, and each page's footnote area under a rule of underscores with
notes as "1 Resolution 55/2." and references as "[1]". This module drops the furniture and rewrites
the notes to the ``<sup>n</sup>`` form the Markdown reader understands.

pymupdf4llm's versions each print these their own way: the masthead's symbol as "A /RES/75/47";
the rule quoted, as a heading or a list item, with the first note on its line, the others quoted,
run together on one line or above the rule; no rule at all (1.28); place-holders for pictures;
an underlined word of the running title as "<u>penalty</u>"; each note a list item (2.0: "- 2 See
A/74/548."), and two paragraphs run together ("...; 5. _Calls upon_ ...", split in
:mod:`resconv.recover.blocks`). markitdown (pdfminer) boxes the
words of a loose note line apart and prints them after the note, or among the footer's lines.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache

from resconv.recover.furniture import is_furniture, is_header_symbol, is_title_piece, squeezed
from resconv.recover.inline import SYMBOL_RE
from resconv.recover.patterns import ends_with_abbreviation, is_enacting_formula

# "#" at a line's start, found after its "\n" (fast to scan for); the caller puts one before the text
_HEADING_MARK = re.compile(r"\n#+[ \t]*")
# "**_______________**", and as pymupdf4llm's layout mode may print it: "> **___**", "## **___**",
# "- **___**"
_NOTE_RULE = re.compile(r"^(?:\s*>|\s*#{1,6}|\s*[-+*](?=\s))?[\s*]*_{5,}\**(?:\s+|$)")
# "2 [A/80/126.](https://...)", "[1 Resolution 55/2.](https://...)", "3 See A/75/1.", and the
# two-digit marks some converters glue to the text: "12Ibid.", "[14See A/77/727.](https://...)"
_GLUED_START = r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ\u4e00-\u9fff\[《「『（“«])"  # a capital, a character, an opening mark
# a note quoted or as a list item, as pymupdf4llm's versions print them ("> 2 See", "- 14《...")
# (not an Arabic paragraph's number as a list item: "- 1 - *تقرر*")
_QUOTED_NOTE = re.compile(rf"^\s*(?:>|[-*+])\s?(?=\d{{1,3}}(?:\s+(?![-\u2013.])\S|{_GLUED_START}))")
_NOTE_START = re.compile(
    rf"^(\s*)(?:\[(\d{{1,3}})(?:\s+|{_GLUED_START})|(\d{{1,3}})(?:\s+(?=\S)|{_GLUED_START})|([-*])\s+(?=\S))"
)
# a mark alone on its line, its note's text on the next ("17" / "[见A/77/294。](...)")
_BARE_MARK = re.compile(r"^\s*(\d{1,3})\s*$")
# the asterisk of a draft's sponsor note, which some converters print as a spaced-out dash
_ASTERISK_REFERENCE = re.compile(r"(?<=\S)[ \t]{2,}[-*][ \t]+")
# a reference as "<sup>1</sup>", "[1]", or a figure set against the word or mark it follows
# ("Agenda7 and", "Crime,7 and"); written to open with the number itself, so that the regex
# engine skips to each of its occurrences rather than trying the pattern at every character (the
# match is the number alone: it tells whether there is a reference, not where its mark begins)
_REFERENCE = (
    r"{n}(?:(?<=<sup>{n})(?=</sup>)|(?<=\[{n})\](?![(\[])"
    r"|(?:(?<=[^\W\d_]{n})|(?<=[^\W\d_][,.;:»”)]{n}))(?=[\s,.;:])"
    # Chinese sets the mark between a closing mark and the next character: "《议程》7和"
    r"|(?<=[》」』），。；：]{n})(?=[\u4e00-\u9fff，。；：、]))"  # not "第47、48和50段"
)
_BRACKET_REFERENCE = re.compile(r" ?\[(\d{1,3})\](?![(\[])")
_BOLD_LINE = re.compile(r"^\s*\*\*[^*].*\*\*\s*$")  # a running title is set in bold
# the masthead's symbol as PyMuPDF spells it when "A" and "/RES/75/108" are set in two sizes
_SPACED_SERIES = re.compile(r" /(?<=\bA /)(?=[A-Z])")  # opens with " /": a fast scan
_BARCODE = re.compile(r"^\d{6,8}$")  # "_***2519833***_", "*2519833*": barcode text without its stars
# pymupdf4llm's place-holder for an image (the UN emblem, the QR code): "==> picture [57 x 48]
# intentionally omitted <==", and the lines around the text it read inside one
_PICTURE = re.compile(r"^==> picture \[\d+ x \d+\] intentionally omitted <==$|^-{3,} (?:Start|End) of pic")
# an underline or other style tag a converter writes round words ("the death **<u>penalty</u>**")
_STYLE_TAG = re.compile(r"</?(?:u|b|i|em|strong|ins)>", re.IGNORECASE)
MASTHEAD_LINES = 25  # at most this many lines before the enacting formula: the masthead and title
HEADER_REACH = 8  # lines either side of a running symbol that may hold the title (five in Russian)


def clean_pages(text: str) -> str:
    """The text without page furniture and with page footnotes as ``<sup>n</sup>`` notes."""
    lines = text.split("\n")
    markup_free = _HEADING_MARK.sub("\n", "\n" + text)[1:].replace("*", "").replace("_", "").replace("\\", "")
    if "<" in markup_free:
        markup_free = _STYLE_TAG.sub("", markup_free)
    plain = [" ".join(line.split()) for line in markup_free.split("\n")]
    filled = [index for index, value in enumerate(plain) if value]
    for index in filled[:MASTHEAD_LINES]:
        lines[index], plain[index] = (_SPACED_SERIES.sub("/", line) for line in (lines[index], plain[index]))
    symbol_match = next((SYMBOL_RE.search(plain[i]) for i in filled[:10] if SYMBOL_RE.search(plain[i])), None)
    symbol = symbol_match.group(0) if symbol_match else None
    top = filled[:MASTHEAD_LINES]
    formula = next((n for n, i in enumerate(top) if is_enacting_formula(plain[i])), len(top))
    # up to "The General Assembly,"; without spaces, as the title wraps elsewhere in the header
    # and Chinese lines join without one
    masthead = squeezed("".join(plain[i] for i in top[:formula]))
    drop = {i for i in filled if is_furniture(plain[i]) or _page_mark(plain[i])}
    if symbol:
        bold = {i for i in filled if _BOLD_LINE.match(lines[i])}
        drop |= _running_headers(plain, filled[formula + 1 :], symbol, masthead, bold)
    out, markers = _rewrite_notes(lines, drop, _notes_without_rule(lines, filled, drop))
    body = top[formula] + 1 if formula < len(top) else len(lines)
    if sum(_EMPHASISED_START.match(line) is not None for line in out[body:]) >= EMPHASISED_STARTS:
        out = _join_across_pages(out, drop, body)
    cleaned = "\n".join(out)
    if "*" in markers:
        cleaned = _ASTERISK_REFERENCE.sub("<sup>*</sup> ", cleaned, count=1)
    if markers:
        cleaned = _BRACKET_REFERENCE.sub(
            lambda m: f"<sup>{m.group(1)}</sup>" if m.group(1) in markers else m.group(0), cleaned
        )
    return cleaned


# where a paragraph may end: the UN ends each with one of these (a note's mark may follow)
_PARAGRAPH_END = (".", ";", ":", ",", "。", "；", "：", "，", "،", "؛", "!", "?", "”", "»", "’")
# what opens a block of its own: a heading, a note, a number, a label, an emphasised phrase, a quote
_OPENS_OWN_BLOCK = re.compile(r"\s*(?:#|<sup>|>|\||[*_]|\d{1,3}\s*[.-]|\(?[^\W\d_]{1,4}\)|[IVXLC]+\.\s)")
# what may follow a paragraph's end: emphasis closing, a note's mark ("weapons,2", "<sup>2</sup>")
_TRAILING_MARKUP = re.compile(r"(?:\s|[*_]|<sup>[^<]*</sup>|(?<=[^\w\s])\d{1,3})+$")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # "[A/75/1.](https://...)": its text ends the line
_ITALIC_LINE = re.compile(r"^\s*(?:_[^_].*_|\*[^*].*\*)\s*$")
HEADING_LINE = 25  # characters: a shorter line ending with no punctuation is a heading ("Annex")


# a paragraph opening with its emphasised phrase, after its number perhaps ("5. _Requests_")
_EMPHASISED_START = re.compile(r"\s*(?:\d{1,3}\s*[.-]\s*)?[*_]+[^\W\d_]")
EMPHASISED_STARTS = 3  # paragraphs so opening before a converter is taken to keep the page's words in order


def _join_across_pages(out: list[str], drop: set[int], body: int) -> list[str]:
    """A paragraph a page break cut: the converter starts the next page's part as a paragraph of
    its own ("...充分享受所有" / furniture / "人权制造了更多障碍，"). Where the body's last line
    before the page's furniture stops mid-sentence and the next page's first line opens no block,
    the two go back together (the second line leaves an empty line, so line numbers stay true).
    Only for a converter that keeps the emphasis of leading phrases (pymupdf4llm): pdfminer's
    (markitdown's) boxes put a loose line's words out of order, so a page's last line is no
    sure end of its text there."""
    last: int | None = None  # the body's latest line with text, before any furniture since
    crossed = False
    for index in range(body, len(out)):
        line = out[index]
        if index in drop:
            crossed = last is not None
            continue
        if not line.strip() or line.startswith("<sup>"):
            continue  # a blank line, a page's note
        if crossed and last is not None and _runs_on(out[last], line):
            for after in _paragraph_from(out, index, drop):  # a hard-wrapped part moves whole
                out[last] = _joined(out[last], out[after].strip())
                out[after] = ""
            crossed = False
            continue
        last, crossed = index, False
    return out


def _paragraph_from(out: list[str], index: int, drop: set[int]) -> range:
    """The lines of the Markdown paragraph that starts at ``index``: up to a blank line, a page's
    furniture or a note."""
    end = index + 1
    while end < len(out) and out[end].strip() and end not in drop and not out[end].startswith("<sup>"):
        end += 1
    return range(index, end)


def _runs_on(previous: str, line: str) -> bool:
    """Whether ``line`` goes on with the sentence ``previous`` left unfinished: not after a
    heading, a bold title or a line set wholly in italics (the meeting line, the date), and not
    with a short line that ends unpunctuated, as a heading does ("Annex")."""
    end = _TRAILING_MARKUP.sub("", _LINK.sub(r"\1", previous))
    text = line.strip()
    return (
        bool(end)
        and not end.endswith(_PARAGRAPH_END)
        and not previous.lstrip().startswith("#")
        and not _BOLD_LINE.match(previous)
        and not _ITALIC_LINE.match(previous)
        and not _OPENS_OWN_BLOCK.match(line)
        and (len(text) >= HEADING_LINE or _TRAILING_MARKUP.sub("", text).endswith(_PARAGRAPH_END))
    )


def _joined(previous: str, line: str) -> str:
    """Two pieces of a paragraph, a space between them unless Chinese meets Chinese."""
    before = previous.rstrip()
    chinese = _CJK.match(before[-1:]) and _CJK.match(line[:1])
    return before + ("" if chinese else " ") + line


def _page_mark(line: str) -> bool:
    """A barcode's text or a converter's place-holder for a picture."""
    return _BARCODE.match(line) is not None or _PICTURE.match(line) is not None


def _notes_without_rule(lines: list[str], filled: list[int], drop: set[int]) -> set[int]:
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
    for position, index in enumerate(filled):
        quoted = _QUOTED_NOTE.match(lines[index])
        note = _NOTE_START.match(lines[index][quoted.end() :] if quoted else lines[index])
        if not note:
            continue
        number = note.group(2) or note.group(3) or ""
        if number and int(number) <= highest:
            continue
        if quoted and _referred(whole, number, len(whole)):  # a quoted note may come before its reference
            found.add(index)
        # the sponsors' note of a draft, "- On behalf of ...", comes before any other
        elif (
            quoted
            or (number and _referred(whole, number, starts[index]))
            or (note.group(4) and not candidates)
        ):
            candidates.add(index)
        if number and (index in found or index in candidates or _after_rule(lines, filled, position)):
            highest = int(number)
    for position in range(len(filled) - 2, -1, -1):
        index, after = filled[position], filled[position + 1]
        if index in candidates and (after in drop or after in found or _NOTE_RULE.match(lines[after])):
            found.add(index)
    return found


def _referred(text: str, number: str, end: int) -> bool:
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


def _rewrite_notes(lines: list[str], drop: set[int], unruled: set[int]) -> tuple[list[str], set[str]]:
    """The lines without ``drop``, each page's notes as ``<sup>n</sup> text``; the markers seen.
    Dropped and joined lines leave an empty line, so later line numbers stay true."""
    markers: set[str] = set()
    out: list[str] = []
    in_notes = in_note = footer = False
    note_at: int | None = None  # where in ``out`` the latest note is
    notes_on_page = 0
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
        carried = notes_on_page == 0  # text under the rule before any mark: the end of a long note
        if (
            in_notes
            and not note
            and line.strip()
            and note_at is not None
            and (in_note or carried or _next_note_follows(lines, index, drop, notes_on_page))
        ):
            out[note_at] += " " + line.strip()  # a note wrapped onto another line or page
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
    after = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
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


def _marker(note: re.Match[str]) -> str:
    if note.re is _BARE_MARK:
        return note.group(1)
    return note.group(2) or note.group(3) or "*"


def _unfinished(note: str) -> bool:
    """A note that stops without the full stop notes end with."""
    return not note.rstrip().rstrip("*_").endswith((".", "。", "»", "”", ")"))


def _running_headers(
    plain: list[str], candidates: list[int], symbol: str, masthead: str, bold: set[int]
) -> set[int]:
    """Lines printing the symbol alone or beside a piece of the title, after the masthead, and the
    title lines next to them. One may end with the comma that the title has there when it is bold
    or printed the same on another page: a line of the body that happens to be a piece of the title
    ("non-proliferation,") is neither."""
    found: set[int] = set()
    filled = [i for i, value in enumerate(plain) if value]
    repeated = {value for value, count in Counter(plain[i] for i in candidates).items() if count > 1}
    for index in candidates:
        if not is_header_symbol(plain[index], symbol, masthead):
            continue
        found.add(index)
        position = filled.index(index)
        before = filled[:position][::-1][:HEADER_REACH]
        after = filled[position + 1 :][:HEADER_REACH]
        for side in (before, after):
            for other in side:
                known = other in bold or plain[other] in repeated
                # a converter that joins a page's lines prints a long running title on one bold line
                piece = (
                    is_title_piece(plain[other], masthead, known, longest=len(masthead))
                    if other in bold
                    else is_title_piece(plain[other], masthead, known)
                )
                if not piece:
                    break
                found.add(other)
    return found
