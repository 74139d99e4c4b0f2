"""Read plain text, typically ``pdftotext`` output of an official PDF.

The text is cleaned page by page: page furniture (running headers, job numbers, page numbers
"2/4", barcodes, dates of the print run) is dropped, lines under the footnote rule are marked as
footnote area, and masthead columns printed side by side are split. Hard-wrapped lines are
rejoined later, when blocks are assembled (without spaces next to Chinese characters).
"""

from __future__ import annotations

import itertools
import re

from resconv.errors import Diagnostics
from resconv.formats import ReadOptions
from resconv.model import FootnoteRef, Inline, Resolution, Text
from resconv.readers.plaintext_layout import PageLeads, mark_indents
from resconv.readers.plaintext_marks import mend_early_marks, restore_stray_marks
from resconv.readers.plaintext_notes import marker_after, notes_start, numbers_its_pages, own_page_number
from resconv.readers.plaintext_pages import MASTHEAD_LINES, restore_page_breaks
from resconv.readers.plaintext_spread import rejoin_spread_lines
from resconv.recover import Line, build_parts
from resconv.recover.endnotes import rewrite_end_notes
from resconv.recover.furniture import beside_symbol, is_furniture, squeezed
from resconv.recover.inline import collapse_spaces
from resconv.recover.patterns import HAN, ends_finished_note, is_enacting_formula
from resconv.recover.symbols import SYMBOL_RE, split_symbol
from resconv.textio import decode, plain_characters, un_tanwin_order, writable

# pdftotext wraps right-to-left runs in embedding marks (U+202A-U+202E, U+2066-U+2069)
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Inside a right-to-left line it marks each left-to-right run (U+202A ... U+202C) and prints the
# neutral characters that open the run (spaces, brackets, commas, dashes) before it, where they
# logically follow it: "\u202a 57/63\u202cالمؤرخ" is "57/63 المؤرخ", "\u202a - .75/47\u202c" is
# "75/47. - ", "\u202a])96\u202c" is "96)]". A marker glued to punctuation ("،2") stays.
_LTR_RUN = re.compile("\u202a([^\u202a-\u202e]*)\u202c")
_NEUTRALS_THEN_TEXT = re.compile(r"^([\s\-.,:;()\[\]،؛]+)(\S.*?)$")
_MARKER_AFTER_PUNCTUATION = re.compile(r"^[.,:;،؛]\d{1,3}$")
# A number after an Arabic word and a hyphen comes out with the hyphen last: "دإط\u202a 10/15-\u202c"
# is "دإط-10/15" (an emergency special session's resolution), "(د\u202a )3-\u202c" is "(د-3)",
# resolution 3 (III) as Arabic writes it.
_NUMBER_THEN_HYPHEN = re.compile(r"^(\d{1,4}(?:/\d{1,4})?)-$")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# A note opening with a left-to-right text under an Arabic page's rule comes out with its marker
# at the end of that run: "\u202b\u202a.A/59/2005 2\u202c\u202c" is note 2, "A/59/2005.".
_LTR_NOTE = re.compile("^([ \t]*)\u202b\u202a([^\u202a-\u202e]*?\\S) (\\d{1,3})\u202c", re.MULTILINE)
# A bracketed Arabic mark, "(1)" as the UN prints it, comes out split around an embedding: under
# the rule "(\u202a )1\u202c" before the note's text, or "(\u202a.United Nations ... )3\u202c" around a
# left-to-right one; in the text "(\u202a،)1\u202c" after the punctuation it follows. (Under
# the rule, ``pdftotext -layout`` sets a note in by spaces, which stay.)
_BRACKETED_NOTE = re.compile(
    "^([ \t]*)\u202b\\(\u202a([^\u202a-\u202e]*?) ?\\)(\\d{1,3})\u202c", re.MULTILINE
)
_BRACKETED_MARK = re.compile("\\(\u202a([.,:;،؛]?)\\)(\\d{1,3})\u202c")
# ... and may set a note's marker against its first Arabic word: "12انظر" is note 12, "انظر ..."
_GLUED_MARKER = re.compile(r"^(\d{1,3})(?=[\u0600-\u06ff])")
# pdfplumber sets a two-digit marker against a capital, a character or an opening mark
# ("10Decision", "12同上。", "13《"), but a Chinese note may wrap before a date ("2005年1月" / "10日")
_GLUED_OTHER_MARKER = re.compile(r"^(\d{1,3})(?=[A-ZÀ-ÖØ-ÞА-ЯЁ《「『（“«]|(?![年月日号])[\u4e00-\u9fff])")
# ... and, left of a number, the dash of a paragraph number: " - 1تعيد" is "1 - تعيد"
_VISUAL_NUMBER = re.compile(r"^-\s*(\.?)(\d{1,4}(?:/\d{1,4})?)\s*(?=[\u0600-\u06ff])")
# pypdfium2 breaks the line after a raised note mark and starts the rest of that printed line with
# a space ("Pathway1" / " is a stand-alone ..."): a mark after a letter or a punctuation mark, not
# the end of a number ("A/RES/76/203" / " متابعة ...", a header as PyMuPDF prints Arabic).
_AFTER_MARK = r"\n(?:(?<=[^\W\d_]\d\n)|(?<=[^\W\d_]\d\d\n)|(?<=[,.;:)”»]\d\n)|(?<=[,.;:)”»]\d\d\n))"
_REST_AFTER_MARK = re.compile(_AFTER_MARK + r" (?=[^\W\d_])")  # opening with "\n": searched fast
# ... or with the punctuation after the mark, which no line of its own opens with ("l'homme1" /
# ", le Pacte", "relever »10" / ",")
_PUNCTUATION_AFTER_MARK = re.compile(_AFTER_MARK + r"(?=[ \u00a0\u202f]?(?:[,;:]|\.(?! ?\.)))")  # not "..."
# pypdfium2 gives the UN's no-break hyphen ("Secretary‑General") as U+FFFE, a noncharacter; it
# is put back (``to_lines``).
_RULE = re.compile(r"^\s*_{5,}\s*$")
_INLINE_MARKER = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}|\*{1,3})\s+\S")
_MARKER_ONLY = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}|\*{1,3})\s*$")
# LibreOffice prints a custom footnote mark twice, its own label and the mark in the note's text
# ("*   *", "10 10"): a line holding only that, under a rule or where notes begin without one.
_DOUBLED_MARKER = re.compile(r"^(\(?\d{1,3}\)?|\*{1,3})\s+\1$")
_COLUMNS = re.compile(r"\s{3,}")


def read(data: bytes, *, options: ReadOptions, diagnostics: Diagnostics) -> Resolution:
    return read_parts(data, options=options, diagnostics=diagnostics, every_part=False)[0]


def read_parts(
    data: bytes, *, options: ReadOptions, diagnostics: Diagnostics, every_part: bool = True
) -> list[Resolution]:
    """Each resolution of the text: one, or each lettered part of a publication (75/101 A-B)."""
    text = writable(
        logical_text(plain_characters(decode(data, options.encoding, diagnostics.file))), keep="\f"
    )
    lines = _clean_lines(_notes_under_rule(text))
    return build_parts(lines, diagnostics, options.language, source=text, every_part=every_part)


def logical_text(text: str) -> str:
    """The text with one kind of line break, in logical order, without bidi controls, and the
    printed lines an extractor broke after a raised note mark whole again."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _PUNCTUATION_AFTER_MARK.sub("", _REST_AFTER_MARK.sub(" ", text))
    if "\u202a" in text:
        text = _BRACKETED_MARK.sub(r"\1(\2)", _BRACKETED_NOTE.sub(_bracketed_note, text))
        text = _LTR_RUN.sub(_logical_run, _LTR_NOTE.sub(_marker_first, text))
    return mend_early_marks(un_tanwin_order(_BIDI_CONTROLS.sub("", text).replace("\ufffe", "\u2011")))


def to_lines(text: str) -> list[Line]:
    """Clean text as Lines, page furniture removed, footnote areas marked."""
    return _clean_lines(_notes_under_rule(logical_text(text)))


def _clean_lines(text: str) -> list[Line]:
    symbol = _document_symbol(text)
    text = restore_page_breaks(text, symbol)
    out: list[Line] = []
    line_number = 0
    page_start = False
    pages = text.split("\f")
    headers = _running_titles(pages, symbol)
    leads: list[PageLeads] = []  # each page's body lines and the spaces before each
    next_marker = 1
    for page_index, page in enumerate(pages):
        raw_lines = page.split("\n")
        unruled = _unruled_notes(raw_lines, next_marker, page_index + 1)
        bare_page_numbers = unruled is not None and not numbers_its_pages(raw_lines)
        in_notes = False
        notes: list[str] = []
        blank_before = True
        leads.append([])
        for position, raw in enumerate(raw_lines):
            line_number += 1
            stripped = _VISUAL_NUMBER.sub(_logical_number, raw.strip())
            if not stripped:
                blank_before = True
                continue
            if _RULE.match(stripped) or position == unruled:
                in_notes, blank_before = True, True
                if position != unruled:
                    continue
            if _is_furniture(stripped, page_index, position, symbol) or (
                page_index > 0 and stripped in headers and position < 12
            ):
                continue
            if bare_page_numbers and own_page_number(stripped, page_index + 1, notes, next_marker):
                continue
            if in_notes:
                stripped = _DOUBLED_MARKER.sub(r"\1", stripped)
                stripped = _GLUED_OTHER_MARKER.sub(r"\1 ", _GLUED_MARKER.sub(r"\1 ", stripped))
                notes.append(stripped)
            top = page_start and not in_notes
            if top:
                blank_before = False  # a page break is not a paragraph break: the text decides
                page_start = False
            pieces = _columns(stripped, page_index == 0 and not in_notes)
            for piece in pieces:
                line = Line(
                    line_number,
                    _line_inlines(piece),
                    starts_block=blank_before,
                    footnote_area=in_notes,
                    wrapped=True,
                    page_top=top,
                )
                out.append(line)
                if not in_notes and len(pieces) == 1:
                    leads[-1].append((line, len(raw) - len(raw.lstrip(" "))))
                blank_before = top = False
        blank_before = page_start = True
        next_marker = marker_after(notes, next_marker, page_index + 1)
    mark_indents(leads)
    return _pair_split_markers(rejoin_spread_lines(_glue_raised_marks(restore_stray_marks(out))))


def _unruled_notes(lines: list[str], next_marker: int, page_number: int) -> int | None:
    """Where a page's notes begin when no rule of underscores sets them off (a drawn rule)."""
    if any(_RULE.match(line.strip()) for line in lines):
        return None
    return notes_start(lines, next_marker, page_number)


def _notes_under_rule(text: str) -> str:
    """Notes set after the text ("[1] Resolution 55/2.", pandoc's plain text) as a PDF prints them,
    under a rule; each reference becomes a sentinel that ``_line_inlines`` makes a FootnoteRef, as
    bare digits glued to a symbol would change it ("A/75/116[3]" is not "A/75/1163")."""
    return rewrite_end_notes(
        text, reference=lambda n: f"\ue000{n}\ue001", note_start=lambda n: f"{n} ", rule="__________\n"
    )


_REFERENCE_SENTINEL = re.compile("\ue000(\\d{1,3})\ue001")


def _line_inlines(text: str) -> list[Inline]:
    """A line's text as inlines, the references ``_notes_under_rule`` marked as FootnoteRefs."""
    if "\ue000" not in text:
        return [Text(text=text)]
    out: list[Inline] = []
    position = 0
    for match in _REFERENCE_SENTINEL.finditer(text):
        if match.start() > position:
            out.append(Text(text=text[position : match.start()]))
        out.append(FootnoteRef(marker=match.group(1)))
        position = match.end()
    if position < len(text):
        out.append(Text(text=text[position:]))
    return out


def _document_symbol(text: str) -> str | None:
    """The symbol the first page prints: whole, or with its large "A" apart (pdfplumber), which
    a symbol cited in the first paragraphs ("A/RES/56/24") must not stand in for."""
    head = text[:4000]
    found = SYMBOL_RE.search(head)
    split = split_symbol(head.split("\n")[:MASTHEAD_LINES])
    if split and not (found and found.group(0) == split):
        return split
    return found.group(0) if found else None


def _bracketed_note(match: re.Match[str]) -> str:
    indent, text, marker = match.group(1), match.group(2).strip(), match.group(3)
    return f"{indent}\u202b({marker}) " + (f"\u202a{text}\u202c" if text else "")


def _marker_first(match: re.Match[str]) -> str:
    return f"{match.group(1)}\u202b{match.group(3)} \u202a{match.group(2)}\u202c"


def _logical_run(match: re.Match[str]) -> str:
    """A left-to-right run of a right-to-left line in logical order (see _LTR_RUN)."""
    run = match.group(1)
    parts = _NEUTRALS_THEN_TEXT.match(run)
    hyphenated = _NUMBER_THEN_HYPHEN.match(parts.group(2) if parts else run)
    if hyphenated and _ARABIC_LETTER.match(match.string[match.start() - 1 : match.start()]):
        return f"-{hyphenated.group(1)}{parts.group(1)[::-1] if parts else ''}"
    if parts is None or _MARKER_AFTER_PUNCTUATION.match(run):
        return run
    neutrals, body = parts.group(1), parts.group(2)
    if not neutrals.strip():
        return f"{body}{neutrals}"
    return f"{body}{neutrals[::-1]}"


def _logical_number(match: re.Match[str]) -> str:
    return f"{match.group(2)}{match.group(1)} - "


def _is_furniture(line: str, page: int, position: int, symbol: str | None) -> bool:
    if is_furniture(line):
        return True
    # a running header: the symbol with the short title
    return page > 0 and beside_symbol(symbol, line)


# A shorter line at a page's top may be a paragraph's first word that an extractor broke off its
# justified line ("с" / "беспокойством" / "напоминая" ...), though the title holds its letters:
# it is taken for the title's only when a longer title line follows ("َّح" / "الموَّحد للأمم
# المتحدة", a mark poppler set apart) or it ends the title lines above it ("Oceans and the law of
# the" / "sea"). Chinese titles are the exception.
MIN_TITLE_PIECE = 3


def _running_titles(pages: list[str], symbol: str | None) -> set[str]:
    """Short titles of running headers: lines at the top of later pages that the masthead of the
    first page also prints (in the title), without sentence punctuation."""
    masthead = [line.strip() for line in (pages[0].split("\n") if pages else []) if line.strip()][:30]
    formula = next((n for n, line in enumerate(masthead) if is_enacting_formula(line)), len(masthead))
    masthead = masthead[:formula]  # the title is above it; the preamble's words are not the title's
    first = squeezed("".join(masthead))
    found: set[str] = set()
    for page in pages[1:]:
        # pdftotext -layout prints a header's symbol and title side by side: one column a line
        columns = (column for ln in page.split("\n") for column in _COLUMNS.split(ln.strip()) if column)
        top = list(itertools.islice(columns, 6))
        # a page whose top prints the symbol has a running header: the title lines beside it go
        # too, however short ("States" on a line of its own, a Chinese title of five characters)
        has_symbol = any(SYMBOL_RE.fullmatch(line) or beside_symbol(symbol, line) for line in top[:4])
        pending: list[str] = []
        title = ""  # the title lines found on this page so far, squeezed
        for position, line in enumerate(top):
            if SYMBOL_RE.fullmatch(line) or is_furniture(line):
                continue
            # a title line may end with the title's own comma when the title goes on below it,
            # alone or beside the symbol
            following = top[position + 1] if position + 1 < len(top) else ""
            title_goes_on = any(
                len(piece) > 2 and piece in first
                for piece in (squeezed(following), squeezed(following.replace(symbol or "", "")))
            )
            comma = line.endswith(",") and has_symbol and title_goes_on
            if (
                (len(line) > 8 or has_symbol)
                and len(line) < 200  # a header in small type holds more than a body line
                and (comma or not line.endswith((",", ";", ".")))
                and (piece := squeezed(line))
                and piece in first
            ):
                if len(piece) > MIN_TITLE_PIECE or HAN.search(piece) or (title and title + piece in first):
                    found.update((*pending, line))  # a short line that ends the title too: "sea"
                    pending.clear()
                    title += piece
                else:
                    pending.append(line)  # a title's only if more of the title follows
            else:
                break
    return found


def _columns(line: str, first_page: bool) -> list[str]:
    """Masthead lines of ``pdftotext -layout`` hold two columns: split them."""
    if not first_page:
        return [collapse_spaces(line)]
    parts = (
        [part for part in _COLUMNS.split(line.replace("\t", "   ")) if part]
        if _COLUMNS.search(line) and not re.match(r"^\d{1,3}\.\s{3,}", line)
        else [line]
    )
    return [collapse_spaces(part) for part in parts]


def _glue_raised_marks(lines: list[Line]) -> list[Line]:
    """pdftotext may print a raised note mark on a line of its own, between the line it ends and
    the next ("...《国际卫生条例(2005)》，" / "13" / "同时确保..."): a body line that is only the
    mark of a note printed below a rule goes back to the end of the line before."""
    notes = {
        ln.text.split(maxsplit=1)[0].strip("()")
        for ln in lines
        if ln.footnote_area and (_INLINE_MARKER.match(ln.text) or _MARKER_ONLY.match(ln.text))
    }
    out: list[Line] = []
    for line in lines:
        mark = line.text.strip()
        if out and mark.isdigit() and mark in notes and _inside_body(out[-1], line):
            out[-1].inlines.append(Text(text=mark))
            continue
        out.append(line)
    return out


def _inside_body(previous: Line, line: Line) -> bool:
    """Whether ``line`` follows ``previous`` within the body text, with no blank line between."""
    return not (line.footnote_area or previous.footnote_area or line.starts_block)


def _pair_split_markers(lines: list[Line]) -> list[Line]:
    """pdftotext may print a page's footnote markers in a column of their own, before or after
    the texts: give each note its marker back."""
    out: list[Line] = []
    area: list[Line] = []
    for line in [*lines, Line(0, [], footnote_area=False)]:
        if line.footnote_area:
            area.append(line)
            continue
        out.extend(_pair_area(area))
        area = []
        if line.number:
            out.append(line)
    return out


def _pair_area(area: list[Line]) -> list[Line]:
    """One footnote area: notes that print their marker keep it; the others get the markers that
    pdftotext printed on lines of their own, in order."""
    markers = sorted((ln.text.strip() for ln in area if _MARKER_ONLY.match(ln.text)), key=_marker_order)
    if not markers:
        return area
    notes: list[tuple[str | None, list[Line]]] = []
    for line in (ln for ln in area if not _MARKER_ONLY.match(ln.text)):
        if _INLINE_MARKER.match(line.text):
            notes.append(("", [line]))  # prints its own marker
        elif notes and not ends_finished_note(notes[-1][1][-1].text):
            notes[-1][1].append(line)
        else:
            notes.append((None, [line]))
    unmarked = [index for index, (marker, _) in enumerate(notes) if marker is None]
    for extra in reversed(unmarked[len(markers) :]):  # more texts than markers: they run on
        if extra > 0:
            notes[extra - 1][1].extend(notes[extra][1])
            del notes[extra]
    queue = iter(markers)
    paired = []
    for marker, lines in notes:
        text = " ".join(line.text.strip() for line in lines)
        if marker is None:
            text = f"{next(queue, '')} {text}".strip()
        paired.append(Line(lines[0].number, [Text(text=text)], footnote_area=True, wrapped=True))
    return paired


def _marker_order(marker: str) -> tuple[int, str]:
    """Notes print in marker order even when pdftotext scatters the markers among them."""
    digits = marker.strip("()")
    return (int(digits), marker) if digits.isdigit() else (-1, marker)
