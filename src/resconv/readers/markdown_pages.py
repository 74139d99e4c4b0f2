"""Markdown that a converter made from an official PDF page by page (pymupdf4llm, marker and the
like) keeps what the pages print around the text: the job number and barcode, "2/3", the running
header of symbol and short title, and each page's footnotes (rewritten in
:mod:`resconv.readers.markdown_notes`). This module drops the furniture, has the notes rewritten
to the ``<sup>n</sup>`` form the Markdown reader understands, and joins a paragraph that a page
break cut into two.

pymupdf4llm's versions each print these their own way: the masthead's symbol as "A /RES/75/47";
place-holders for pictures; an underlined word of the running title as "<u>penalty</u>" (2.0);
the next page's part of a paragraph as a paragraph of its own (2.0), and two paragraphs run
together ("...; 5. _Calls upon_ ...", split in :mod:`resconv.recover.run_on`).
"""

from __future__ import annotations

import re
from collections import Counter

from resconv.readers.markdown_notes import notes_without_rule, rewrite_notes
from resconv.recover.furniture import is_furniture, is_header_symbol, is_title_piece, squeezed
from resconv.recover.inline import SYMBOL_RE
from resconv.recover.patterns import is_enacting_formula
from resconv.recover.symbols import PART_LETTERS_RE

# "#" at a line's start, found after its "\n" (fast to scan for); the caller puts one before the text
_HEADING_MARK = re.compile(r"\n#+[ \t]*")
# the asterisk of a draft's sponsor note, which some converters print as a spaced-out dash
_ASTERISK_REFERENCE = re.compile(r"(?<=\S)[ \t]{2,}[-*][ \t]+")
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


def _with_part_letters(match: re.Match[str]) -> str:
    """The symbol with the letters of the parts it names ("A/RES/79/150 A-B", "A/RES/77/263 B"),
    as the running headers print it."""
    letters = PART_LETTERS_RE.match(match.string, match.end())
    return match.group(0) + (letters.group(0) if letters else "")


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
    symbol = _with_part_letters(symbol_match) if symbol_match else None
    top = filled[:MASTHEAD_LINES]
    formula = next((n for n, i in enumerate(top) if is_enacting_formula(plain[i])), len(top))
    # up to "The General Assembly,"; without spaces, as the title wraps elsewhere in the header
    # and Chinese lines join without one
    masthead = squeezed("".join(plain[i] for i in top[:formula]))
    drop = {i for i in filled if is_furniture(plain[i]) or _page_mark(plain[i])}
    if symbol:
        bold = {i for i in filled if _BOLD_LINE.match(lines[i])}
        drop |= _running_headers(plain, filled[formula + 1 :], symbol, masthead, bold)
        drop |= _repeated_titles(plain, filled[formula + 1 :], masthead, drop)
    out, markers = rewrite_notes(lines, drop, notes_without_rule(lines, filled, drop))
    body = top[formula] + 1 if formula < len(top) else len(lines)
    if drop and sum(_EMPHASISED_START.match(line) is not None for line in out[body:]) >= EMPHASISED_STARTS:
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


REPEATED_TITLE = 12  # characters a running title printed away from its symbol holds at least


def _repeated_titles(plain: list[str], candidates: list[int], masthead: str, furniture: set[int]) -> set[int]:
    """Running titles a converter printed away from the page's symbol (pdfminer may put a page's
    first body line between them): a Markdown paragraph whose every line is a piece of the title,
    printed the same among the furniture of two pages or more."""
    near = _near(candidates, furniture)
    runs: dict[tuple[str, ...], list[range]] = {}
    start = 0
    while start < len(candidates):
        end = start + 1
        while end < len(candidates) and candidates[end] == candidates[end - 1] + 1:
            end += 1
        lines = range(candidates[start], candidates[end - 1] + 1)
        if lines[0] in near:
            runs.setdefault(tuple(plain[i] for i in lines), []).append(lines)
        start = end
    return {
        index
        for values, places in runs.items()
        if len(places) > 1
        and len(squeezed("".join(values))) >= REPEATED_TITLE
        and all(is_title_piece(value, masthead, comma=True) for value in values)
        for lines in places
        for index in lines
    }


def _near(candidates: list[int], furniture: set[int]) -> set[int]:
    """The lines within ``HEADER_REACH`` lines with text of a page's furniture."""
    near: set[int] = set()
    for position, index in enumerate(candidates):
        if index in furniture:
            near.update(candidates[max(0, position - HEADER_REACH) : position + HEADER_REACH + 1])
    return near


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
